import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";
const USER = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

/**
 * A commune's reply to the network's review of one of its commitments (the commune writes it, the network reads
 * it), and the network's programme reports on the OGP IRM model: a design report after adoption, a results report
 * at the end of the period.
 */
export class ReviewRepliesAndProgramReports1765400000000 implements MigrationInterface {
  name = 'ReviewRepliesAndProgramReports1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE evaluation.review_reply (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         review_id uuid NOT NULL,
         text_ar text,
         text_fr text,
         author_id uuid,
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT review_reply_one_per_review UNIQUE (collectivity_id, review_id),
         CONSTRAINT review_reply_has_text CHECK (text_ar IS NOT NULL OR text_fr IS NOT NULL),
         FOREIGN KEY (collectivity_id, review_id) REFERENCES evaluation.review (collectivity_id, id) ON DELETE CASCADE
       )`,
      'ALTER TABLE evaluation.review_reply ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE evaluation.review_reply FORCE ROW LEVEL SECURITY',
      // the public sees a published reply to a review it can see (itself published, of a visible commitment)
      `CREATE POLICY review_reply_read ON evaluation.review_reply FOR SELECT USING (
         (published AND EXISTS (SELECT 1 FROM evaluation.review r WHERE r.collectivity_id = review_reply.collectivity_id AND r.id = review_reply.review_id))
         OR ${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY})`,
      `CREATE POLICY review_reply_insert ON evaluation.review_reply FOR INSERT WITH CHECK (collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN' AND author_id = ${USER})`,
      `CREATE POLICY review_reply_update ON evaluation.review_reply FOR UPDATE USING (collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN') WITH CHECK (collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN')`,
      `CREATE POLICY review_reply_delete ON evaluation.review_reply FOR DELETE USING (collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN')`,

      `CREATE TABLE evaluation.program_report (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         program_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN ('DESIGN', 'RESULTS')),
         summary_ar text,
         summary_fr text,
         co_creation_assessment_ar text,
         co_creation_assessment_fr text,
         public_influence text CHECK (public_influence IN ('INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER')),
         recommendations_ar text,
         recommendations_fr text,
         commitment_assessments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(commitment_assessments) = 'array'),
         author_id uuid,
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         CONSTRAINT program_report_one_of_each_kind UNIQUE (collectivity_id, program_id, kind),
         FOREIGN KEY (collectivity_id, program_id) REFERENCES evaluation.action_program (collectivity_id, id) ON DELETE CASCADE
       )`,
      'ALTER TABLE evaluation.program_report ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE evaluation.program_report FORCE ROW LEVEL SECURITY',
      `CREATE POLICY program_report_read ON evaluation.program_report FOR SELECT USING (
         (published AND EXISTS (SELECT 1 FROM evaluation.action_program p WHERE p.collectivity_id = program_report.collectivity_id AND p.id = program_report.program_id))
         OR ${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY})`,
      `CREATE POLICY program_report_insert ON evaluation.program_report FOR INSERT WITH CHECK (${ROLE} = 'NETWORK_ADMIN' AND author_id = ${USER})`,
      `CREATE POLICY program_report_update ON evaluation.program_report FOR UPDATE USING (${ROLE} = 'NETWORK_ADMIN') WITH CHECK (${ROLE} = 'NETWORK_ADMIN')`,
      `CREATE POLICY program_report_delete ON evaluation.program_report FOR DELETE USING (${ROLE} = 'NETWORK_ADMIN')`,
    ])
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation.program_report');
    await queryRunner.query('DROP TABLE evaluation.review_reply');
  }
}
