import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const ROLE = "(SELECT current_setting('app.role', true))";

const STEPS = "'INFORMATION_MEETING', 'TRAINING', 'FOCAL_POINT_NAMED', 'COMMITTEE_FORMED', 'PROGRAMME_STARTED'";
const PARTIAL_DATE = "'^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$'";

/**
 * Waves of members (cohorts) and the onboarding steps each new member goes through. Network reference data
 * like the memberships they describe: everyone reads them, only the network writes them.
 */
export class MembershipWaves1764749000000 implements MigrationInterface {
  name = 'MembershipWaves1764749000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const network = `(${ROLE} = 'NETWORK_ADMIN')`;
    const statements = [
      `CREATE TABLE territory.cohort (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         label_ar text NOT NULL CHECK (btrim(label_ar) <> '' AND length(label_ar) <= 200),
         label_fr text NOT NULL CHECK (btrim(label_fr) <> '' AND length(label_fr) <= 200),
         -- the year or month the wave stands for
         period text NOT NULL CHECK (period ~ '^\\d{4}(-(0[1-9]|1[0-2]))?$'),
         search_text text GENERATED ALWAYS AS (territory.search_normalize(label_ar || ' ' || label_fr || ' ' || period)) STORED,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT cohort_label_ar_unique UNIQUE (label_ar),
         CONSTRAINT cohort_label_fr_unique UNIQUE (label_fr)
       )`,
      `ALTER TABLE territory.network_membership ADD COLUMN cohort_id uuid REFERENCES territory.cohort (id)`,
      'CREATE INDEX network_membership_cohort_idx ON territory.network_membership (cohort_id, status)',
      `CREATE TABLE territory.onboarding_step (
         collectivity_id uuid NOT NULL REFERENCES territory.network_membership (collectivity_id),
         step text NOT NULL CHECK (step IN (${STEPS})),
         completed_on text NOT NULL CHECK (completed_on ~ ${PARTIAL_DATE}),
         recorded_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, step)
       )`,
    ];
    for (const table of ['territory.cohort', 'territory.onboarding_step']) {
      const name = table.split('.')[1];
      statements.push(
        `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
        `CREATE POLICY ${name}_read ON ${table} FOR SELECT USING (true)`,
        `CREATE POLICY ${name}_network_insert ON ${table} FOR INSERT WITH CHECK ${network}`,
        `CREATE POLICY ${name}_network_update ON ${table} FOR UPDATE USING ${network} WITH CHECK ${network}`,
        `CREATE POLICY ${name}_network_delete ON ${table} FOR DELETE USING ${network}`,
      );
    }
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'DROP TABLE territory.onboarding_step',
      'DROP INDEX territory.network_membership_cohort_idx',
      'ALTER TABLE territory.network_membership DROP COLUMN cohort_id',
      'DROP TABLE territory.cohort',
    ]) {
      await queryRunner.query(statement);
    }
  }
}
