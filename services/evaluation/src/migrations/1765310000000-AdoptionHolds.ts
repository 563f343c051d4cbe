import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";

/**
 * Adoption that holds, tied to its evidence, and the OGP Local template whole:
 * - a programme names its council-session event, the public consultation held before adoption or the reason it was
 *   waived (the free-text council session stays, deprecated);
 * - commitment versions: the text adopted, then each amendment (who, when, why, the council session that approved it,
 *   what changed), append-only;
 * - the template's missing fields: objective, causes, relevance to each OGP value, a contact, supporting actors by
 *   kind; a milestone's start, deliverable and evidence.
 */
export class AdoptionHolds1765310000000 implements MigrationInterface {
  name = 'AdoptionHolds1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      `ALTER TABLE evaluation.action_program
         ADD COLUMN council_session_event_id uuid,
         ADD COLUMN consultation_event_id uuid,
         ADD COLUMN consultation_waiver text,
         DROP CONSTRAINT action_program_adoption_session`,
      `ALTER TABLE evaluation.action_program
         ADD CONSTRAINT action_program_adoption_session
         CHECK (status IN ('CO_CREATION', 'CONSULTATION') OR council_session IS NOT NULL OR council_session_event_id IS NOT NULL) NOT VALID`,

      `ALTER TABLE evaluation.commitment
         ADD COLUMN objective text,
         ADD COLUMN causes text,
         ADD COLUMN relevance jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(relevance) = 'array'),
         ADD COLUMN contact_name text,
         ADD COLUMN contact_role text,
         ADD COLUMN contact_email text,
         ADD COLUMN contact_phone text,
         ADD COLUMN supporting_actors jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(supporting_actors) = 'array')`,
      `ALTER TABLE evaluation.milestone
         ADD COLUMN starts_on date,
         ADD COLUMN deliverable text,
         ADD COLUMN evidence text,
         ADD CONSTRAINT milestone_dates CHECK (starts_on IS NULL OR due_on IS NULL OR starts_on <= due_on)`,

      `CREATE TABLE evaluation.commitment_version (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         commitment_id uuid NOT NULL,
         number integer NOT NULL CHECK (number >= 1),
         kind text NOT NULL CHECK (kind IN ('ADOPTION', 'AMENDMENT')),
         reason text,
         council_session_event_id uuid,
         council_session text,
         amended_on date,
         changes jsonb NOT NULL DEFAULT '[]',
         snapshot jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         created_by uuid,
         PRIMARY KEY (collectivity_id, id),
         UNIQUE (collectivity_id, commitment_id, number),
         FOREIGN KEY (collectivity_id, commitment_id) REFERENCES evaluation.commitment (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT commitment_version_amendment CHECK (kind = 'ADOPTION' OR (coalesce(btrim(reason), '') <> '' AND amended_on IS NOT NULL))
       )`,
      `ALTER TABLE evaluation.commitment_version ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.commitment_version FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY commitment_version_read ON evaluation.commitment_version FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (EXISTS (SELECT 1 FROM evaluation.commitment c WHERE c.collectivity_id = commitment_version.collectivity_id AND c.id = commitment_version.commitment_id)))`,
      // versions are written by the adoption and by amendments, both the collectivity administrators' acts; never changed
      `CREATE POLICY commitment_version_insert ON evaluation.commitment_version FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,
      `REVOKE UPDATE, DELETE ON evaluation.commitment_version FROM infitah_evaluation`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation.commitment_version');
    await queryRunner.query('ALTER TABLE evaluation.milestone DROP CONSTRAINT milestone_dates, DROP COLUMN starts_on, DROP COLUMN deliverable, DROP COLUMN evidence');
    await queryRunner.query(
      'ALTER TABLE evaluation.commitment DROP COLUMN objective, DROP COLUMN causes, DROP COLUMN relevance, DROP COLUMN contact_name, DROP COLUMN contact_role, DROP COLUMN contact_email, DROP COLUMN contact_phone, DROP COLUMN supporting_actors',
    );
    await queryRunner.query('ALTER TABLE evaluation.action_program DROP CONSTRAINT action_program_adoption_session');
    await queryRunner.query(
      `ALTER TABLE evaluation.action_program ADD CONSTRAINT action_program_adoption_session CHECK (status IN ('CO_CREATION', 'CONSULTATION') OR council_session IS NOT NULL) NOT VALID`,
    );
    await queryRunner.query('ALTER TABLE evaluation.action_program DROP COLUMN council_session_event_id, DROP COLUMN consultation_event_id, DROP COLUMN consultation_waiver');
  }
}
