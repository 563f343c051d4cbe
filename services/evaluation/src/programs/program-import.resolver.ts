import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { assertUuid, forbidden, ImportReportFields, notFound, readCsvTable, recordAudit, Refusals, unauthenticated } from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram, ProgramStatus } from './action-program.entity';
import { ADOPTED_STATUSES, amendmentRequired, programClosed } from './program-hold';
import { PriorityAxis } from './program-parts.entity';
import { planProgramImport, PROGRAM_COLUMNS, type ProgramImportPlan } from './program-import';

@ObjectType({
  description:
    'What importProgram did, or for a dry run would do: created counts the commitments added (with their milestones and any new priority axes). When refused is not empty nothing was written and created is 0.',
})
export class ProgramImportReport extends ImportReportFields {
  @Field(() => Int, { description: 'Commitments created (or that a dry run would create), each with its milestones; 0 when any row is refused.' })
  created = 0;

  @Field(() => Int, {
    description: 'Always 0: an import adds commitments and changes none (a commitment whose title the programme already has is refused).',
  })
  updated = 0;

  @Field(() => ActionProgram, {
    nullable: true,
    description: 'The programme the file goes into: the one `programId` names, or the one the import created; null when a new programme was not created (a dry run, or a refused row).',
  })
  program: ActionProgram | null;
}

export const CSV_DESCRIPTION = `The file's text, UTF-8 (a leading BOM is ignored), at most 1 MB and 5,000 rows below a header row; comma, semicolon or tab separated, as the header row shows. Each row is one milestone line; consecutive rows with the same commitment title (or both titles blank) form one commitment, described by its first row (the rows that follow leave its cells blank or repeat them). Columns, named in the header row, in any order:
- program_title_fr, program_title_ar: the new programme's titles, 1–300 characters, at least one on the first row; the rows that follow, and a file imported into an existing programme, leave them blank or repeat them;
- program_period_start, program_period_end: the new programme's first and last days, YYYY-MM-DD, optional; it must not overlap another open programme of the collectivity;
- axis: the commitment's priority axis, by its French or Arabic title; an axis the programme does not have is added after its axes;
- commitment_title_fr, commitment_title_ar: the commitment's titles, 1–300 characters, at least one (a column of each is optional, one is required); a title the programme already has is refused;
- principles: required, one or more of TRANSPARENCY, ACCOUNTABILITY, ACCESS_TO_INFORMATION, CITIZEN_PARTICIPATION, DIGITALIZATION, separated by ; (a cell of a semicolon-separated file is quoted);
- lead_unit: the unit leading it, up to 300 characters;
- starts_on, ends_on: its first and last days, YYYY-MM-DD, ends_on not before starts_on, within the programme's period;
- milestone: the milestone of this row, up to 300 characters; blank for none;
- milestone_due_on: its planned date, YYYY-MM-DD, within the commitment's period;
- milestone_starts_on: its planned start, YYYY-MM-DD, within the commitment's period and not after milestone_due_on;
- milestone_deliverable (up to 1,000 characters), milestone_evidence (up to 2,000): what it delivers, and evidence it was done;
- problem, causes, status_quo, objective, action, contribution: the OGP template's texts, up to 5,000 characters each;
- relevance_transparency, relevance_accountability, relevance_access_to_information, relevance_citizen_participation, relevance_digitalization: how the commitment is relevant to that principle, up to 2,000 characters, only for a principle it names;
- partners: partners by name, separated by ;, at most 30;
- actors_government, actors_civil_society, actors_private_sector: supporting actors of that kind by name, separated by ; (at most 30 in all);
- contact_name, contact_role (up to 300 characters), contact_email (an e-mail address), contact_phone (a telephone number): whom to contact about it.
The commitment's cells (axis to ends_on, and the template's texts, relevance, partners, actors and contact) are given on its first row.`;

@Resolver()
export class ProgramImportResolver {
  @Mutation(() => ProgramImportReport, {
    description:
      "Imports an openness action programme's commitments and milestones from a CSV file into a programme of the caller's collectivity, or into a new one (CO_CREATION, unpublished) when programId is omitted. Commitments are created unpublished, at NOT_STARTED. Every row is checked first; when any is refused, nothing is written and the report lists every refused row with its line, column and reason (as data, not as an error). A dry run checks and reports without writing. One audit entry records each import. Requires COLLECTIVITY_ADMIN (FORBIDDEN for editors and the network, UNAUTHENTICATED when anonymous); NOT_FOUND when programId names no programme of the caller's collectivity; BAD_USER_INPUT naming `csv` for a file over 1 MB or 5,000 rows.",
  })
  async importProgram(
    @Arg('csv', { description: CSV_DESCRIPTION }) csv: string,
    @Arg('programId', () => ID, { nullable: true, description: "The programme (UUID) of the caller's collectivity to add the commitments to; omitted, the file creates a new programme." })
    programIdArgument: string | null,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'True to check the file and report what the import would do, writing nothing; false (the default) to import it.' })
    dryRunArgument: boolean | null,
    @Ctx() context: EvaluationContext,
  ): Promise<ProgramImportReport> {
    const { caller } = context;
    if (caller.role === 'ANONYMOUS') throw unauthenticated();
    if (caller.role === 'NETWORK_ADMIN') throw forbidden("The network reads a collectivity's programmes but does not write them");
    if (caller.role !== 'COLLECTIVITY_ADMIN' || !caller.collectivityId) throw forbidden("Only the collectivity's administrators import a programme");
    const collectivityId = caller.collectivityId;
    const dryRun = dryRunArgument ?? false;
    const manager = await context.manager();

    // an existing programme is looked for in the caller's own collectivity only: another's is not found
    let existing: ActionProgram | null = null;
    if (programIdArgument != null) {
      const programId = assertUuid('programId', programIdArgument);
      existing = await manager.findOne(ActionProgram, { where: { collectivityId, id: programId } });
      if (!existing) throw notFound('ActionProgram', programId);
      if (existing.status === ProgramStatus.CLOSED) throw programClosed();
      if (ADOPTED_STATUSES.includes(existing.status)) throw amendmentRequired('A file cannot add commitments to an adopted programme');
    }

    const refusals = new Refusals();
    const table = readCsvTable(
      csv,
      {
        known: PROGRAM_COLUMNS,
        required: ['principles'],
        oneOf: [['commitment_title_fr', 'commitment_title_ar'], ...(existing ? [] : [['program_title_fr', 'program_title_ar']])],
      },
      parse,
      refusals,
    );
    const report = (plan: ProgramImportPlan | null, program: ActionProgram | null) =>
      Object.assign(new ProgramImportReport(), {
        dryRun,
        rowCount: table.rows.length,
        created: refusals.count || !plan ? 0 : plan.commitments.length,
        updated: 0,
        refused: refusals.sorted(),
        program,
      });
    if (!table.headerUsable || !table.rows.length) return report(null, existing);

    let target: Parameters<typeof planProgramImport>[1] = null;
    if (existing) {
      const axes = await manager.find(PriorityAxis, { where: { collectivityId, programId: existing.id } });
      const titles: Array<{ title_fr: string | null; title_ar: string | null }> = await manager.query(
        'SELECT title_fr, title_ar FROM evaluation.commitment WHERE collectivity_id = $1 AND program_id = $2',
        [collectivityId, existing.id],
      );
      target = {
        program: { titleFr: existing.titleFr, titleAr: existing.titleAr, periodStart: existing.periodStart, periodEnd: existing.periodEnd },
        axes,
        commitmentTitles: titles.map((row) => ({ titleFr: row.title_fr, titleAr: row.title_ar })),
      };
    }
    const plan = planProgramImport(table.rows, target, refusals);

    // a new programme, like createActionProgram's, must not overlap another open programme of the collectivity
    const fresh = plan.newProgram;
    if (fresh && !refusals.list.some((refusal) => refusal.line === fresh.line && refusal.field?.startsWith('program_period'))) {
      const [clash] = await manager.query(
        `SELECT id FROM evaluation.action_program
          WHERE collectivity_id = $1 AND status <> 'CLOSED'
            AND daterange(coalesce(period_start, '-infinity'::date), coalesce(period_end, 'infinity'::date), '[]')
             && daterange(coalesce($2::date, '-infinity'::date), coalesce($3::date, 'infinity'::date), '[]')
          LIMIT 1`,
        [collectivityId, fresh.periodStart, fresh.periodEnd],
      );
      if (clash) {
        refusals.add(fresh.line, 'program_period_start', `another open programme of the collectivity (${clash.id}) covers part of this period: give a period after it, or import into it with programId`);
      }
    }
    if (refusals.count || dryRun) return report(plan, existing);

    // Everything was checked: write it all in the request's transaction, one statement per table, so that the
    // number of statements does not grow with the file. Any failure here is an error, and the whole request is
    // rolled back (transactionPlugin).
    const programId = existing?.id ?? randomUUID();
    if (fresh) {
      await manager.query(
        `INSERT INTO evaluation.action_program (collectivity_id, id, title_fr, title_ar, period_start, period_end, status, published)
         VALUES ($1, $2, $3, $4, $5, $6, 'CO_CREATION', false)`,
        [collectivityId, programId, fresh.titleFr, fresh.titleAr, fresh.periodStart, fresh.periodEnd],
      );
    }
    const json = (rows: object[]) => JSON.stringify(rows);
    if (plan.axes.length) {
      await manager.query(
        `INSERT INTO evaluation.priority_axis (collectivity_id, id, program_id, position, title_ar, title_fr)
         SELECT $1, id, $2, position, title_ar, title_fr FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, position integer, title_ar text, title_fr text)`,
        [collectivityId, programId, json(plan.axes.map((axis) => ({ id: axis.id, position: axis.position, title_ar: axis.titleAr, title_fr: axis.titleFr })))],
      );
    }
    await manager.query(
      `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, axis_id, title_fr, title_ar, principles, lead_unit, starts_on, ends_on, published,
         problem, causes, status_quo, objective, action, contribution, relevance, partners, supporting_actors, contact_name, contact_role, contact_email, contact_phone)
       SELECT $1, id, $2, axis_id, title_fr, title_ar, principles, lead_unit, starts_on, ends_on, false,
         problem, causes, status_quo, objective, action, contribution, relevance, partners, supporting_actors, contact_name, contact_role, contact_email, contact_phone
         FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, axis_id uuid, title_fr text, title_ar text, principles text[], lead_unit text, starts_on date, ends_on date,
           problem text, causes text, status_quo text, objective text, action text, contribution text, relevance jsonb, partners text[], supporting_actors jsonb,
           contact_name text, contact_role text, contact_email text, contact_phone text)`,
      [
        collectivityId,
        programId,
        json(
          plan.commitments.map((commitment) => ({
            id: commitment.id,
            axis_id: commitment.axisId,
            title_fr: commitment.titleFr,
            title_ar: commitment.titleAr,
            principles: commitment.principles,
            lead_unit: commitment.leadUnit,
            starts_on: commitment.startsOn,
            ends_on: commitment.endsOn,
            problem: commitment.texts.problem ?? null,
            causes: commitment.texts.causes ?? null,
            status_quo: commitment.texts.statusQuo ?? null,
            objective: commitment.texts.objective ?? null,
            action: commitment.texts.action ?? null,
            contribution: commitment.texts.contribution ?? null,
            relevance: commitment.relevance,
            partners: commitment.partners,
            supporting_actors: commitment.supportingActors,
            contact_name: commitment.contact.name ?? null,
            contact_role: commitment.contact.role ?? null,
            contact_email: commitment.contact.email ?? null,
            contact_phone: commitment.contact.phone ?? null,
          })),
        ),
      ],
    );
    if (plan.milestones.length) {
      await manager.query(
        `INSERT INTO evaluation.milestone (collectivity_id, commitment_id, position, title, starts_on, due_on, deliverable, evidence)
         SELECT $1, commitment_id, position, title, starts_on, due_on, deliverable, evidence
           FROM jsonb_to_recordset($2::jsonb) AS r(commitment_id uuid, position integer, title text, starts_on date, due_on date, deliverable text, evidence text)`,
        [
          collectivityId,
          json(
            plan.milestones.map((milestone) => ({
              commitment_id: milestone.commitmentId,
              position: milestone.position,
              title: milestone.title,
              starts_on: milestone.startsOn,
              due_on: milestone.dueOn,
              deliverable: milestone.deliverable,
              evidence: milestone.evidence,
            })),
          ),
        ],
      );
    }
    await recordAudit(manager, caller, {
      service: 'evaluation',
      collectivityId,
      entity: 'ProgramImport',
      entityId: programId,
      action: 'IMPORT',
      after: {
        rowCount: table.rows.length,
        programCreated: Boolean(fresh),
        commitments: plan.commitments.length,
        milestones: plan.milestones.length,
        axes: plan.axes.length,
        commitmentIds: plan.commitments.map((commitment) => commitment.id),
      },
    });
    const program = existing ?? (await manager.findOne(ActionProgram, { where: { collectivityId, id: programId } }));
    return report(plan, program);
  }
}
