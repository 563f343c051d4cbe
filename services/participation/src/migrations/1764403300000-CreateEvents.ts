import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.

export class CreateEvents1764403300000 implements MigrationInterface {
  name = 'CreateEvents1764403300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "participation".search_normalize(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(lower(input), 'àáâãäåāçćčèéêëēėęîïíīįìñńôöòóøōõûüùúūÿýžźżśšأإآٱةىًٌٍَُِّْٰـ', 'aaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzzzssااااهي')`);
    // collectivity_id leads the key: the table is ready to be distributed by tenant.
    await queryRunner.query(`
      CREATE TABLE participation.event (
        collectivity_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('TRAINING', 'INFORMATION_MEETING', 'COMMITTEE_MEETING',
          'CO_CREATION_WORKSHOP', 'PUBLIC_CONSULTATION', 'COUNCIL_SESSION', 'NETWORK_MEETING')),
        organizer text NOT NULL DEFAULT 'COLLECTIVITY' CHECK (organizer IN ('COLLECTIVITY', 'NETWORK')),
        title_ar text,
        title_fr text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        venue text,
        published boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (collectivity_id, id),
        CONSTRAINT event_has_title CHECK (coalesce(btrim(title_ar), '') <> '' OR coalesce(btrim(title_fr), '') <> ''),
        CONSTRAINT event_ends_after_start CHECK (ends_at IS NULL OR ends_at >= starts_at)
      )`);
    await queryRunner.query('CREATE INDEX event_id_idx ON participation.event (id)');
    await queryRunner.query('CREATE INDEX event_timeline_idx ON participation.event (collectivity_id, starts_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participation.event');
    await queryRunner.query('DROP FUNCTION participation.search_normalize(text)');
  }
}
