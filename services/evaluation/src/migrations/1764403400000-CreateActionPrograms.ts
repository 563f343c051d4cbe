import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.

export class CreateActionPrograms1764403400000 implements MigrationInterface {
  name = 'CreateActionPrograms1764403400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "evaluation".search_normalize(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(lower(input), 'àáâãäåāçćčèéêëēėęîïíīįìñńôöòóøōõûüùúūÿýžźżśšأإآٱةىًٌٍَُِّْٰـ', 'aaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzzzssااااهي')`);
    await queryRunner.query(`
      CREATE TABLE evaluation.action_program (
        collectivity_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title_ar text,
        title_fr text,
        status text NOT NULL DEFAULT 'CO_CREATION'
          CHECK (status IN ('CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTATION', 'CLOSED')),
        adopted_on text CHECK (adopted_on ~ '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'),
        published boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collectivity_id, id),
        CONSTRAINT action_program_has_title CHECK (coalesce(btrim(title_ar), '') <> '' OR coalesce(btrim(title_fr), '') <> ''),
        CONSTRAINT action_program_adoption_dated CHECK (status IN ('CO_CREATION', 'CONSULTATION') OR adopted_on IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX action_program_id_idx ON evaluation.action_program (id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation.action_program');
    await queryRunner.query('DROP FUNCTION evaluation.search_normalize(text)');
  }
}
