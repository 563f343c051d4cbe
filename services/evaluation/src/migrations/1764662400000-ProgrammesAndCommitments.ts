import type { MigrationInterface, QueryRunner } from 'typeorm';
// Frozen when written: the SQL the kit's helpers gave then, so that editing a helper never changes this migration.
const OWN_COLLECTIVITY = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
const ROLE = "(SELECT current_setting('app.role', true))";
const USER = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

const PRINCIPLES = "ARRAY['TRANSPARENCY', 'ACCOUNTABILITY', 'ACCESS_TO_INFORMATION', 'CITIZEN_PARTICIPATION', 'DIGITALIZATION']";
const COMPLETION = "'NO_EVIDENCE', 'NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'";
/** A part of a commitment is visible exactly when its commitment is: the commitment's policy decides. */
const VISIBLE_COMMITMENT = (table: string) =>
  `EXISTS (SELECT 1 FROM evaluation.commitment c WHERE c.collectivity_id = ${table}.collectivity_id AND c.id = ${table}.commitment_id)`;

/**
 * Programmes with their period, council adoption and status history, priority axes, commitments on the
 * OGP template, milestones, indicators with measurements, progress reports, and the network's reviews.
 */
export class ProgrammesAndCommitments1764662400000 implements MigrationInterface {
  name = 'ProgrammesAndCommitments1764662400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = async (...statements: string[]) => {
      for (const statement of statements) await queryRunner.query(statement);
    };
    await run(
      `ALTER TABLE evaluation.action_program
         ADD COLUMN period_start date,
         ADD COLUMN period_end date,
         ADD COLUMN council_session text,
         ADD CONSTRAINT action_program_period CHECK (period_end IS NULL OR period_start IS NULL OR period_end > period_start),
         ADD CONSTRAINT action_program_adoption_session CHECK (status IN ('CO_CREATION', 'CONSULTATION') OR council_session IS NOT NULL)
         NOT VALID`,
      `CREATE TABLE evaluation.program_status_change (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         program_id uuid NOT NULL,
         from_status text NOT NULL,
         to_status text NOT NULL,
         reason text,
         changed_at timestamptz NOT NULL DEFAULT now(),
         changed_by uuid,
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, program_id) REFERENCES evaluation.action_program (collectivity_id, id) ON DELETE CASCADE
       )`,
      `ALTER TABLE evaluation.program_status_change ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.program_status_change FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY program_status_change_read ON evaluation.program_status_change FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (EXISTS (SELECT 1 FROM evaluation.action_program p WHERE p.collectivity_id = program_status_change.collectivity_id AND p.id = program_status_change.program_id)))`,
      `CREATE POLICY program_status_change_insert ON evaluation.program_status_change FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY program_status_change_update ON evaluation.program_status_change FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY program_status_change_delete ON evaluation.program_status_change FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,

      `CREATE TABLE evaluation.priority_axis (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         program_id uuid NOT NULL,
         position integer NOT NULL CHECK (position >= 0),
         title_ar text,
         title_fr text,
         principles text[] NOT NULL DEFAULT '{}' CHECK (principles <@ ${PRINCIPLES}),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, program_id) REFERENCES evaluation.action_program (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT priority_axis_has_title CHECK (coalesce(btrim(title_ar), '') <> '' OR coalesce(btrim(title_fr), '') <> '')
       )`,
      `ALTER TABLE evaluation.priority_axis ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.priority_axis FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY priority_axis_read ON evaluation.priority_axis FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (EXISTS (SELECT 1 FROM evaluation.action_program p WHERE p.collectivity_id = priority_axis.collectivity_id AND p.id = priority_axis.program_id)))`,
      `CREATE POLICY priority_axis_insert ON evaluation.priority_axis FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY priority_axis_update ON evaluation.priority_axis FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY priority_axis_delete ON evaluation.priority_axis FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,

      `CREATE TABLE evaluation.commitment (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         program_id uuid NOT NULL,
         axis_id uuid,
         title_ar text,
         title_fr text,
         problem text,
         status_quo text,
         action text,
         contribution text,
         principles text[] NOT NULL CHECK (cardinality(principles) >= 1 AND principles <@ ${PRINCIPLES}),
         lead_unit text,
         partners text[] NOT NULL DEFAULT '{}',
         starts_on date,
         ends_on date,
         completion text NOT NULL DEFAULT 'NOT_STARTED' CHECK (completion IN (${COMPLETION})),
         is_illustrative boolean NOT NULL DEFAULT false,
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, program_id) REFERENCES evaluation.action_program (collectivity_id, id) ON DELETE CASCADE,
         FOREIGN KEY (collectivity_id, axis_id) REFERENCES evaluation.priority_axis (collectivity_id, id) ON DELETE SET NULL (axis_id),
         CONSTRAINT commitment_has_title CHECK (coalesce(btrim(title_ar), '') <> '' OR coalesce(btrim(title_fr), '') <> ''),
         CONSTRAINT commitment_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
       )`,
      'CREATE INDEX commitment_program_idx ON evaluation.commitment (collectivity_id, program_id)',
      'CREATE INDEX commitment_id_idx ON evaluation.commitment (id)',
      `ALTER TABLE evaluation.commitment ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.commitment FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY commitment_read ON evaluation.commitment FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY commitment_insert ON evaluation.commitment FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY commitment_update ON evaluation.commitment FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY commitment_delete ON evaluation.commitment FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,

      `CREATE TABLE evaluation.milestone (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         commitment_id uuid NOT NULL,
         position integer NOT NULL CHECK (position >= 0),
         title text NOT NULL CHECK (btrim(title) <> ''),
         due_on date,
         done_on date,
         weight integer NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, commitment_id) REFERENCES evaluation.commitment (collectivity_id, id) ON DELETE CASCADE
       )`,
      'CREATE INDEX milestone_commitment_idx ON evaluation.milestone (collectivity_id, commitment_id, position)',
      `ALTER TABLE evaluation.milestone ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.milestone FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY milestone_read ON evaluation.milestone FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${VISIBLE_COMMITMENT('milestone')}))`,
      `CREATE POLICY milestone_insert ON evaluation.milestone FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY milestone_update ON evaluation.milestone FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY milestone_delete ON evaluation.milestone FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,

      `CREATE TABLE evaluation.indicator (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         commitment_id uuid NOT NULL,
         title text NOT NULL CHECK (btrim(title) <> ''),
         unit text NOT NULL DEFAULT '',
         baseline numeric NOT NULL,
         target numeric NOT NULL,
         direction text NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, commitment_id) REFERENCES evaluation.commitment (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT indicator_target_direction CHECK ((direction = 'INCREASE' AND target > baseline) OR (direction = 'DECREASE' AND target < baseline))
       )`,
      'CREATE INDEX indicator_commitment_idx ON evaluation.indicator (collectivity_id, commitment_id)',
      `ALTER TABLE evaluation.indicator ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.indicator FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY indicator_read ON evaluation.indicator FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (${VISIBLE_COMMITMENT('indicator')}))`,
      `CREATE POLICY indicator_insert ON evaluation.indicator FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY indicator_update ON evaluation.indicator FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY indicator_delete ON evaluation.indicator FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,

      `CREATE TABLE evaluation.measurement (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         indicator_id uuid NOT NULL,
         measured_on date NOT NULL,
         value numeric NOT NULL,
         note text,
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, indicator_id) REFERENCES evaluation.indicator (collectivity_id, id) ON DELETE CASCADE,
         CONSTRAINT measurement_one_per_day UNIQUE (collectivity_id, indicator_id, measured_on)
       )`,
      `ALTER TABLE evaluation.measurement ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.measurement FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY measurement_read ON evaluation.measurement FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR (EXISTS (SELECT 1 FROM evaluation.indicator i WHERE i.collectivity_id = measurement.collectivity_id AND i.id = measurement.indicator_id)))`,
      `CREATE POLICY measurement_insert ON evaluation.measurement FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY measurement_update ON evaluation.measurement FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY measurement_delete ON evaluation.measurement FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,

      `CREATE TABLE evaluation.progress_report (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         program_id uuid NOT NULL,
         period_start date NOT NULL,
         period_end date NOT NULL CHECK (period_end >= period_start),
         narrative text NOT NULL DEFAULT '',
         -- per commitment: [{ commitmentId, completion, evidence: [url], note }]
         entries jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(entries) = 'array'),
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, program_id) REFERENCES evaluation.action_program (collectivity_id, id) ON DELETE CASCADE
       )`,
      `ALTER TABLE evaluation.progress_report ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE evaluation.progress_report FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY progress_report_read ON evaluation.progress_report FOR SELECT USING (${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY} OR published)`,
      `CREATE POLICY progress_report_insert ON evaluation.progress_report FOR INSERT WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY progress_report_update ON evaluation.progress_report FOR UPDATE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'))) WITH CHECK ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')))`,
      `CREATE POLICY progress_report_delete ON evaluation.progress_report FOR DELETE USING ((collectivity_id = ${OWN_COLLECTIVITY} AND ${ROLE} = 'COLLECTIVITY_ADMIN'))`,

      // Reviews are the network's: it alone writes them; a commune reads those of its own commitments.
      `CREATE TABLE evaluation.review (
         collectivity_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         commitment_id uuid NOT NULL,
         verified_completion text NOT NULL CHECK (verified_completion IN (${COMPLETION})),
         did_it_open_government text CHECK (did_it_open_government IN ('WORSENED', 'DID_NOT_CHANGE', 'MARGINAL', 'MAJOR', 'OUTSTANDING')),
         potential_for_results text CHECK (potential_for_results IN ('UNCLEAR', 'MODEST', 'SUBSTANTIAL')),
         comment text,
         reviewer_id uuid,
         published boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (collectivity_id, id),
         FOREIGN KEY (collectivity_id, commitment_id) REFERENCES evaluation.commitment (collectivity_id, id) ON DELETE CASCADE
       )`,
      'ALTER TABLE evaluation.review ENABLE ROW LEVEL SECURITY',
      'ALTER TABLE evaluation.review FORCE ROW LEVEL SECURITY',
      `CREATE POLICY review_read ON evaluation.review FOR SELECT USING (
         (published AND ${VISIBLE_COMMITMENT('review')}) OR ${ROLE} = 'NETWORK_ADMIN' OR collectivity_id = ${OWN_COLLECTIVITY})`,
      `CREATE POLICY review_insert ON evaluation.review FOR INSERT WITH CHECK (${ROLE} = 'NETWORK_ADMIN' AND reviewer_id = ${USER})`,
      `CREATE POLICY review_update ON evaluation.review FOR UPDATE USING (${ROLE} = 'NETWORK_ADMIN') WITH CHECK (${ROLE} = 'NETWORK_ADMIN')`,
      `CREATE POLICY review_delete ON evaluation.review FOR DELETE USING (${ROLE} = 'NETWORK_ADMIN')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      'DROP TABLE evaluation.review',
      'DROP TABLE evaluation.progress_report',
      'DROP TABLE evaluation.measurement',
      'DROP TABLE evaluation.indicator',
      'DROP TABLE evaluation.milestone',
      'DROP TABLE evaluation.commitment',
      'DROP TABLE evaluation.priority_axis',
      'DROP TABLE evaluation.program_status_change',
      `ALTER TABLE evaluation.action_program DROP CONSTRAINT action_program_adoption_session, DROP CONSTRAINT action_program_period,
         DROP COLUMN council_session, DROP COLUMN period_end, DROP COLUMN period_start`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
