import { randomUUID } from 'node:crypto';
import { importKey, isIsoDay, OpennessPrinciple, type CsvRow, type Refusals } from '@infitah/server-kit';

/** The OGP template's columns of a commitment, in their documented order (in the file and among the commitment's cells). */
const TEMPLATE_COLUMNS = [
  'problem',
  'causes',
  'status_quo',
  'objective',
  'action',
  'contribution',
  'relevance_transparency',
  'relevance_accountability',
  'relevance_access_to_information',
  'relevance_citizen_participation',
  'relevance_digitalization',
  'partners',
  'actors_government',
  'actors_civil_society',
  'actors_private_sector',
  'contact_name',
  'contact_role',
  'contact_email',
  'contact_phone',
] as const;

/** The columns of a programme file, in their documented order. */
export const PROGRAM_COLUMNS = [
  'program_title_fr',
  'program_title_ar',
  'program_period_start',
  'program_period_end',
  'axis',
  'commitment_title_fr',
  'commitment_title_ar',
  'principles',
  'lead_unit',
  'starts_on',
  'ends_on',
  'milestone',
  'milestone_due_on',
  ...TEMPLATE_COLUMNS,
  'milestone_starts_on',
  'milestone_deliverable',
  'milestone_evidence',
] as const;

/** The OGP template's long texts, by column and field, up to 5,000 characters each. */
const TEXT_CELLS = [
  ['problem', 'problem'],
  ['causes', 'causes'],
  ['status_quo', 'statusQuo'],
  ['objective', 'objective'],
  ['action', 'action'],
  ['contribution', 'contribution'],
] as const;
const RELEVANCE_CELLS = [
  ['relevance_transparency', OpennessPrinciple.TRANSPARENCY],
  ['relevance_accountability', OpennessPrinciple.ACCOUNTABILITY],
  ['relevance_access_to_information', OpennessPrinciple.ACCESS_TO_INFORMATION],
  ['relevance_citizen_participation', OpennessPrinciple.CITIZEN_PARTICIPATION],
  ['relevance_digitalization', OpennessPrinciple.DIGITALIZATION],
] as const;
const ACTOR_CELLS = [
  ['actors_government', 'GOVERNMENT'],
  ['actors_civil_society', 'CIVIL_SOCIETY'],
  ['actors_private_sector', 'PRIVATE_SECTOR'],
] as const;
const CONTACT_CELLS = [
  ['contact_name', 'name', 300],
  ['contact_role', 'role', 300],
  ['contact_email', 'email', 254],
  ['contact_phone', 'phone', 40],
] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d][\d\s().-]*$/;
/** "a; b ;; c" → [a, b, c] */
const listOf = (cell: string | undefined) => (cell ?? '').split(';').map((item) => item.trim()).filter(Boolean);

const PROGRAM_CELLS = ['program_title_fr', 'program_title_ar', 'program_period_start', 'program_period_end'] as const;
/** Cells that describe the commitment: given on its first row, blank (or repeated) on the rows that follow. */
const COMMITMENT_CELLS = [
  'axis',
  'principles',
  'lead_unit',
  'starts_on',
  'ends_on',
  ...TEMPLATE_COLUMNS,
] as const;
const PRINCIPLES = Object.values(OpennessPrinciple) as string[];
const MAX_TITLE = 300;
const ARABIC = /[\u0600-\u06FF]/;

/** The programme the file goes into: an existing one, or the one its first row describes. */
export interface ProgramValues {
  titleFr: string | null;
  titleAr: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ExistingAxis {
  id: string;
  position: number;
  titleAr: string | null;
  titleFr: string | null;
}

export interface AxisWrite {
  id: string;
  position: number;
  titleAr: string | null;
  titleFr: string | null;
}

export interface CommitmentWrite {
  id: string;
  line: number;
  axisId: string | null;
  titleFr: string | null;
  titleAr: string | null;
  principles: OpennessPrinciple[];
  leadUnit: string | null;
  startsOn: string | null;
  endsOn: string | null;
  texts: Partial<Record<(typeof TEXT_CELLS)[number][1], string>>;
  relevance: Array<{ principle: OpennessPrinciple; text: string }>;
  partners: string[];
  supportingActors: Array<{ kind: string; name: string }>;
  contact: Partial<Record<(typeof CONTACT_CELLS)[number][1], string>>;
}

export interface MilestoneWrite {
  commitmentId: string;
  position: number;
  title: string;
  startsOn: string | null;
  dueOn: string | null;
  deliverable: string | null;
  evidence: string | null;
}

export interface ProgramImportPlan {
  /** The new programme's values (null when importing into an existing one), and the line that gave them. */
  newProgram: (ProgramValues & { line: number }) | null;
  axes: AxisWrite[];
  commitments: CommitmentWrite[];
  milestones: MilestoneWrite[];
}

/** "transparency; Citizen participation" → [TRANSPARENCY, CITIZEN_PARTICIPATION], and the names not understood. */
export function parsePrinciples(cell: string): { principles: OpennessPrinciple[]; unknown: string[] } {
  const names = cell
    .split(/[;|,]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const principles = new Set<OpennessPrinciple>();
  const unknown: string[] = [];
  for (const name of names) {
    const folded = name.toUpperCase().replace(/[\s-]+/g, '_');
    if (PRINCIPLES.includes(folded)) principles.add(folded as OpennessPrinciple);
    else unknown.push(name);
  }
  return { principles: [...principles], unknown };
}

interface Group {
  write: CommitmentWrite;
  /** The commitment's cells as its first row gave them, to compare the rows that follow. */
  first: Record<string, string>;
  milestones: number;
}

/**
 * Checks every row of a programme file and says what to write. Each row is one milestone line; consecutive rows with
 * the same commitment title (or with both titles blank) form one commitment, described by its first row.
 */
export function planProgramImport(
  rows: CsvRow[],
  target: { program: ProgramValues; axes: ExistingAxis[]; commitmentTitles: Array<{ titleFr: string | null; titleAr: string | null }> } | null,
  refusals: Refusals,
): ProgramImportPlan {
  const plan: ProgramImportPlan = { newProgram: null, axes: [], commitments: [], milestones: [] };
  if (!rows.length) return plan;
  const [firstRow] = rows;

  // the programme: an existing one, or the one the first row describes
  let program: ProgramValues;
  let periodUsable = true;
  if (target) program = target.program;
  else {
    const cells = firstRow.cells;
    const refuse = (field: string, message: string) => {
      if (!firstRow.misaligned) refusals.add(firstRow.line, field, message);
    };
    program = {
      titleFr: cells.program_title_fr || null,
      titleAr: cells.program_title_ar || null,
      periodStart: cells.program_period_start || null,
      periodEnd: cells.program_period_end || null,
    };
    if (!program.titleFr && !program.titleAr) refuse('program_title_fr', 'a new programme needs a title in French or Arabic, on the first row');
    if ((program.titleFr?.length ?? 0) > MAX_TITLE) refuse('program_title_fr', `must be at most ${MAX_TITLE} characters`);
    if ((program.titleAr?.length ?? 0) > MAX_TITLE) refuse('program_title_ar', `must be at most ${MAX_TITLE} characters`);
    for (const [field, value] of [['program_period_start', program.periodStart], ['program_period_end', program.periodEnd]] as const) {
      if (value && !isIsoDay(value)) {
        refuse(field, 'must be an ISO-8601 date such as 2026-01-01');
        periodUsable = false;
      }
    }
    if (periodUsable && program.periodStart && program.periodEnd && program.periodEnd <= program.periodStart) {
      refuse('program_period_end', 'must be after program_period_start');
      periodUsable = false;
    }
    plan.newProgram = { ...program, line: firstRow.line };
  }
  const programCell: Record<(typeof PROGRAM_CELLS)[number], string | null> = {
    program_title_fr: program.titleFr,
    program_title_ar: program.titleAr,
    program_period_start: program.periodStart,
    program_period_end: program.periodEnd,
  };

  // axes: existing ones matched by either title, new ones added after them in the order first met
  const axisByKey = new Map<string, string>();
  for (const axis of target?.axes ?? []) {
    for (const title of [axis.titleFr, axis.titleAr]) if (title && !axisByKey.has(importKey(title))) axisByKey.set(importKey(title), axis.id);
  }
  let nextPosition = Math.max(-1, ...(target?.axes ?? []).map((axis) => axis.position)) + 1;

  const existingTitles = new Set<string>();
  for (const commitment of target?.commitmentTitles ?? []) {
    if (commitment.titleFr) existingTitles.add(`fr|${importKey(commitment.titleFr)}`);
    if (commitment.titleAr) existingTitles.add(`ar|${importKey(commitment.titleAr)}`);
  }
  const started = new Map<string, Group>();
  let current: Group | null = null;

  for (const row of rows) {
    const { line, cells } = row;
    const refuse = (field: string | null, message: string) => {
      if (!row.misaligned) refusals.add(line, field, message);
    };

    // every row names the same programme (or leaves it blank)
    if (row !== firstRow || target) {
      for (const field of PROGRAM_CELLS) {
        const value = cells[field];
        if (!value || importKey(value) === importKey(programCell[field] ?? '')) continue;
        refuse(
          field,
          target
            ? `differs from the programme's (${programCell[field] ?? 'none'}): leave it blank to import into this programme`
            : `differs from line ${firstRow.line}: a file imports one programme, described on its first row`,
        );
      }
    }

    const titleFr = cells.commitment_title_fr || null;
    const titleAr = cells.commitment_title_ar || null;
    const same = (a: string | null, b: string | null) => Boolean(a && b && importKey(a) === importKey(b));
    const continues = current && ((!titleFr && !titleAr) || same(titleFr, current.write.titleFr) || same(titleAr, current.write.titleAr));

    if (!titleFr && !titleAr && !current) {
      refuse('commitment_title_fr', 'is required on the first row of a commitment (in French or Arabic)');
      continue;
    }
    if (continues) {
      const group = current!;
      if (titleFr && !same(titleFr, group.write.titleFr)) refuse('commitment_title_fr', `differs from line ${group.write.line}, the commitment's first row`);
      if (titleAr && !same(titleAr, group.write.titleAr)) refuse('commitment_title_ar', `differs from line ${group.write.line}, the commitment's first row`);
      for (const field of COMMITMENT_CELLS) {
        const value = cells[field];
        if (!value) continue;
        const equal =
          field === 'principles'
            ? parsePrinciples(value).principles.sort().join() === parsePrinciples(group.first[field] ?? '').principles.sort().join()
            : importKey(value) === importKey(group.first[field] ?? '');
        if (!equal) refuse(field, `differs from line ${group.write.line}, the commitment's first row: leave it blank on the rows that follow`);
      }
    } else {
      // a new commitment, described by this row
      const earlier = (titleFr && started.get(`fr|${importKey(titleFr)}`)) || (titleAr && started.get(`ar|${importKey(titleAr)}`));
      const titleField = titleFr ? 'commitment_title_fr' : 'commitment_title_ar';
      if (earlier) refuse(titleField, `repeats the commitment of line ${earlier.write.line}: a commitment's rows must follow one another`);
      else if ((titleFr && existingTitles.has(`fr|${importKey(titleFr)}`)) || (titleAr && existingTitles.has(`ar|${importKey(titleAr)}`))) {
        refuse(titleField, 'the programme already has a commitment with this title');
      }
      if ((titleFr?.length ?? 0) > MAX_TITLE) refuse('commitment_title_fr', `must be at most ${MAX_TITLE} characters`);
      if ((titleAr?.length ?? 0) > MAX_TITLE) refuse('commitment_title_ar', `must be at most ${MAX_TITLE} characters`);

      const { principles, unknown } = parsePrinciples(cells.principles ?? '');
      if (unknown.length) refuse('principles', `names no openness principle: ${unknown.join(', ')} (the principles are ${PRINCIPLES.join(', ')}, separated by ;)`);
      else if (!principles.length) refuse('principles', `is required: one or more of ${PRINCIPLES.join(', ')}, separated by ;`);

      const leadUnit = cells.lead_unit || null;
      if ((leadUnit?.length ?? 0) > MAX_TITLE) refuse('lead_unit', `must be at most ${MAX_TITLE} characters`);
      const startsOn = cells.starts_on || null;
      const endsOn = cells.ends_on || null;
      const startsValid = !startsOn || isIsoDay(startsOn);
      const endsValid = !endsOn || isIsoDay(endsOn);
      if (!startsValid) refuse('starts_on', 'must be an ISO-8601 date such as 2026-03-31');
      if (!endsValid) refuse('ends_on', 'must be an ISO-8601 date such as 2026-03-31');
      if (startsValid && endsValid && startsOn && endsOn && endsOn < startsOn) refuse('ends_on', 'must not be before starts_on');
      if (periodUsable && startsValid && startsOn && program.periodStart && startsOn < program.periodStart) {
        refuse('starts_on', `must be within the programme's period (from ${program.periodStart})`);
      }
      if (periodUsable && endsValid && endsOn && program.periodEnd && endsOn > program.periodEnd) {
        refuse('ends_on', `must be within the programme's period (until ${program.periodEnd})`);
      }

      let axisId: string | null = null;
      const axisTitle = cells.axis || null;
      if (axisTitle && axisTitle.length > MAX_TITLE) refuse('axis', `must be at most ${MAX_TITLE} characters`);
      else if (axisTitle) {
        axisId = axisByKey.get(importKey(axisTitle)) ?? null;
        if (!axisId) {
          axisId = randomUUID();
          axisByKey.set(importKey(axisTitle), axisId);
          const arabic = ARABIC.test(axisTitle);
          plan.axes.push({ id: axisId, position: nextPosition++, titleAr: arabic ? axisTitle : null, titleFr: arabic ? null : axisTitle });
        }
      }

      const texts: CommitmentWrite['texts'] = {};
      for (const [column, field] of TEXT_CELLS) {
        const value = cells[column];
        if (!value) continue;
        if (value.length > 5000) refuse(column, 'must be at most 5,000 characters');
        texts[field] = value;
      }
      const relevance: CommitmentWrite['relevance'] = [];
      for (const [column, principle] of RELEVANCE_CELLS) {
        const text = cells[column];
        if (!text) continue;
        if (text.length > 2000) refuse(column, 'must be at most 2,000 characters');
        else if (!unknown.length && !principles.includes(principle)) refuse(column, `is given for ${principle}, which the commitment's principles do not name`);
        relevance.push({ principle, text });
      }
      const partners = listOf(cells.partners);
      if (partners.length > 30) refuse('partners', 'must name at most 30 partners');
      if (partners.some((partner) => partner.length > MAX_TITLE)) refuse('partners', `each partner must be at most ${MAX_TITLE} characters`);
      const supportingActors: CommitmentWrite['supportingActors'] = [];
      for (const [column, kind] of ACTOR_CELLS) {
        const names = listOf(cells[column]);
        if (names.some((name) => name.length > MAX_TITLE)) refuse(column, `each actor must be at most ${MAX_TITLE} characters`);
        supportingActors.push(...names.map((name) => ({ kind, name })));
      }
      if (supportingActors.length > 30) refuse('actors_government', 'a commitment names at most 30 supporting actors');
      const contact: CommitmentWrite['contact'] = {};
      for (const [column, field, limit] of CONTACT_CELLS) {
        const value = cells[column];
        if (!value) continue;
        if (value.length > limit) refuse(column, `must be at most ${limit} characters`);
        else if (field === 'email' && !EMAIL.test(value)) refuse(column, 'must be an e-mail address');
        else if (field === 'phone' && !PHONE.test(value)) refuse(column, 'must be a telephone number such as +212 5 22 00 00 00');
        contact[field] = value;
      }

      const group: Group = {
        write: { id: randomUUID(), line, axisId, titleFr, titleAr, principles, leadUnit, startsOn, endsOn, texts, relevance, partners, supportingActors, contact },
        first: { ...cells },
        milestones: 0,
      };
      if (titleFr && !started.has(`fr|${importKey(titleFr)}`)) started.set(`fr|${importKey(titleFr)}`, group);
      if (titleAr && !started.has(`ar|${importKey(titleAr)}`)) started.set(`ar|${importKey(titleAr)}`, group);
      plan.commitments.push(group.write);
      current = group;
    }

    // the row's milestone, if any
    const group = current!;
    const milestone = cells.milestone || null;
    const dueOn = cells.milestone_due_on || null;
    const milestoneStartsOn = cells.milestone_starts_on || null;
    const deliverable = cells.milestone_deliverable || null;
    const evidence = cells.milestone_evidence || null;
    if (milestone && milestone.length > MAX_TITLE) refuse('milestone', `must be at most ${MAX_TITLE} characters`);
    let datesValid = true;
    for (const [column, day] of [['milestone_starts_on', milestoneStartsOn], ['milestone_due_on', dueOn]] as const) {
      if (!day) continue;
      if (!isIsoDay(day)) {
        refuse(column, 'must be an ISO-8601 date such as 2026-03-31');
        datesValid = false;
      } else if (!milestone) refuse(column, 'is given without a milestone');
      else if (group.write.startsOn && isIsoDay(group.write.startsOn) && day < group.write.startsOn) refuse(column, `must not be before the commitment starts (${group.write.startsOn})`);
      else if (group.write.endsOn && isIsoDay(group.write.endsOn) && day > group.write.endsOn) refuse(column, `must not be after the commitment ends (${group.write.endsOn})`);
    }
    if (datesValid && milestoneStartsOn && dueOn && milestoneStartsOn > dueOn) refuse('milestone_starts_on', 'must not be after milestone_due_on');
    if (deliverable && deliverable.length > 1000) refuse('milestone_deliverable', 'must be at most 1,000 characters');
    if (evidence && evidence.length > 2000) refuse('milestone_evidence', 'must be at most 2,000 characters');
    if (!milestone && (deliverable || evidence)) refuse(deliverable ? 'milestone_deliverable' : 'milestone_evidence', 'is given without a milestone');
    if (milestone) {
      plan.milestones.push({ commitmentId: group.write.id, position: group.milestones++, title: milestone, startsOn: milestoneStartsOn, dueOn, deliverable, evidence });
    }
  }
  return plan;
}
