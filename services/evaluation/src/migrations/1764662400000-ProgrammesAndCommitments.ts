import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CALLER_COLLECTIVITY_SQL as OWN_COLLECTIVITY,
  CALLER_ROLE_SQL as ROLE,
  CALLER_USER_SQL as USER,
  tenantTablePolicySql,
} from '@infitah/server-kit';

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
      ...tenantTablePolicySql('evaluation.program_status_change', {
        read: { sql: 'EXISTS (SELECT 1 FROM evaluation.action_program p WHERE p.collectivity_id = program_status_change.collectivity_id AND p.id = program_status_change.program_id)' },
      }),

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
      ...tenantTablePolicySql('evaluation.priority_axis', {
        read: { sql: 'EXISTS (SELECT 1 FROM evaluation.action_program p WHERE p.collectivity_id = priority_axis.collectivity_id AND p.id = priority_axis.program_id)' },
        editorsDelete: true,
      }),

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
      ...tenantTablePolicySql('evaluation.commitment'),

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
      ...tenantTablePolicySql('evaluation.milestone', { read: { sql: VISIBLE_COMMITMENT('milestone') }, editorsDelete: true }),

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
      ...tenantTablePolicySql('evaluation.indicator', { read: { sql: VISIBLE_COMMITMENT('indicator') }, editorsDelete: true }),

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
      ...tenantTablePolicySql('evaluation.measurement', {
        read: {
          sql: `EXISTS (SELECT 1 FROM evaluation.indicator i WHERE i.collectivity_id = measurement.collectivity_id AND i.id = measurement.indicator_id)`,
        },
        editorsDelete: true,
      }),

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
      ...tenantTablePolicySql('evaluation.progress_report'),

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
