import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.

export class CreateTerritory1764403200000 implements MigrationInterface {
  name = 'CreateTerritory1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "territory".search_normalize(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(lower(input), 'àáâãäåāçćčèéêëēėęîïíīįìñńôöòóøōõûüùúūÿýžźżśšأإآٱةىًٌٍَُِّْٰـ', 'aaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzzzssااااهي')`);
    await queryRunner.query(`
      CREATE TABLE territory.network (
        id text PRIMARY KEY,
        name_ar text NOT NULL,
        name_fr text NOT NULL,
        founded_on text NOT NULL CHECK (founded_on ~ '^\\d{4}-\\d{2}-\\d{2}$'),
        website text
      )`);
    // The network is reference data, not demo data: it exists in every deployment.
    await queryRunner.query(
      `INSERT INTO territory.network (id, name_ar, name_fr, founded_on, website) VALUES ($1, $2, $3, $4, $5)`,
      [
        'moroccan-network',
        'الشبكة المغربية للجماعات الترابية المنفتحة',
        'Réseau marocain des collectivités territoriales ouvertes',
        '2022-10-21',
        'https://ctouvertes.collectivites-territoriales.gov.ma',
      ],
    );
    await queryRunner.query(`
      CREATE TABLE territory.collectivity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('REGION', 'PREFECTURE', 'PROVINCE', 'COMMUNE')),
        code text CHECK (code IS NULL OR btrim(code) <> ''),
        name_ar text NOT NULL CHECK (btrim(name_ar) <> ''),
        name_fr text NOT NULL CHECK (btrim(name_fr) <> ''),
        parent_id uuid REFERENCES territory.collectivity (id),
        is_fictional boolean NOT NULL DEFAULT false,
        search_text text GENERATED ALWAYS AS
          (territory.search_normalize(name_ar || ' ' || name_fr || ' ' || coalesce(code, ''))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT collectivity_kind_code_unique UNIQUE (kind, code),
        CONSTRAINT collectivity_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await queryRunner.query('CREATE INDEX collectivity_parent_idx ON territory.collectivity (parent_id)');
    await queryRunner.query('CREATE INDEX collectivity_kind_idx ON territory.collectivity (kind)');
    await queryRunner.query(`
      CREATE TABLE territory.network_membership (
        collectivity_id uuid PRIMARY KEY REFERENCES territory.collectivity (id),
        joined_on text NOT NULL
          CHECK (joined_on ~ '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX network_membership_status_idx ON territory.network_membership (status)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE territory.network_membership');
    await queryRunner.query('DROP TABLE territory.collectivity');
    await queryRunner.query('DROP TABLE territory.network');
    await queryRunner.query('DROP FUNCTION territory.search_normalize(text)');
  }
}
