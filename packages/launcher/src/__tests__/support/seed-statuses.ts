import { DemoIds, regionId } from '@infitah/demo-data';
import { askGraph, demoToken } from './console-form';

/** The instant of the event whose time the crawl reads: 09:30 UTC on 10 June 2026, 10:30 on Morocco's wall clock (UTC+1 outside Ramadan), 21:30 in Auckland. */
export const TIMED_EVENT = { title: 'Réunion du comité de suivi de juin', titleAr: 'اجتماع لجنة التتبع لشهر يونيو', startsAt: '2026-06-10T09:30:00.000Z', moroccoTime: '10:30', aucklandTime: '21:30' };

/** A graph write as `token`, that fails the test's setup loudly when refused. */
async function write<T = any>(baseUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await askGraph(baseUrl, query, variables, token);
  if (answer.errors?.length) throw new Error(`seeding refused: ${JSON.stringify(answer.errors)}\n${query}`);
  return answer.data as T;
}

const CREATE_EVENT = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const UPDATE_EVENT = 'mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }';
const UPDATE_PROGRAM = 'mutation ($id: ID!, $input: ActionProgramInput!) { updateActionProgram(id: $id, input: $input) { id } }';
const CREATE_PROGRAM = 'mutation ($input: ActionProgramInput!) { createActionProgram(input: $input) { id } }';
const PROGRAM_STATUS = 'mutation ($id: ID!, $input: ProgramStatusInput!) { setProgramStatus(id: $id, input: $input) { id status } }';
const COMPLETION = 'mutation ($id: ID!, $completion: CompletionLevel!) { setCommitmentCompletion(id: $id, completion: $completion) { id } }';
const MEMBERSHIP = 'mutation ($id: ID!, $status: MembershipStatus!) { setMembershipStatus(collectivityId: $id, status: $status) { id } }';

const LIFECYCLE = ['CONSULTATION', 'ADOPTED', 'IMPLEMENTATION', 'CLOSED'] as const;

/**
 * Adds, through the graph as the demo accounts would, what the demo data lacks for a reader to meet every status:
 * Tamazgana's cancelled event and timed meeting, a programme of Tamazgana's in each status of the lifecycle, its
 * commitments at the completion levels the demo leaves out, and two member regions suspended and ended. (The demo data already
 * holds a proposal in each status.)
 */
export async function seedEveryStatus(baseUrl: string): Promise<{ timedEventId: string }> {
  const admin = await demoToken(baseUrl, 'admin@tamazgana.infitah.test');
  const network = await demoToken(baseUrl, 'network@infitah.test');

  const cancelled = await write(baseUrl, admin, CREATE_EVENT, {
    input: { kind: 'COMMITTEE_MEETING', title: 'Réunion reportée sine die', titleAr: 'اجتماع مؤجل', titleFr: 'Réunion reportée sine die', startsAt: '2026-05-12T09:00:00.000Z', venue: 'Siège de la commune' },
  });
  await write(baseUrl, admin, UPDATE_EVENT, { id: cancelled.createEvent.id, input: { status: 'CANCELLED' } });
  const timed = await write(baseUrl, admin, CREATE_EVENT, {
    input: { kind: 'COMMITTEE_MEETING', title: TIMED_EVENT.title, titleAr: TIMED_EVENT.titleAr, titleFr: TIMED_EVENT.title, startsAt: TIMED_EVENT.startsAt, venue: 'Siège de la commune' },
  });

  // one programme per status past CO_CREATION, each over its own past period, each taken as far as its status (the
  // draft's period dated first: an undated open programme would cover every period)
  await write(baseUrl, admin, UPDATE_PROGRAM, { id: DemoIds.programs.tamazgana, input: { periodStart: '2026-01-01', periodEnd: '2027-12-31' } });
  for (const [index, status] of LIFECYCLE.entries()) {
    const year = 2010 + 2 * index;
    const created = await write(baseUrl, admin, CREATE_PROGRAM, {
      input: { titleAr: `برنامج عمل ${year}–${year + 1}`, titleFr: `Programme d'action ${year}–${year + 1}`, periodStart: `${year}-01-01`, periodEnd: `${year + 1}-12-31` },
    });
    for (const step of LIFECYCLE.slice(0, LIFECYCLE.indexOf(status) + 1)) {
      await write(baseUrl, admin, PROGRAM_STATUS, {
        id: created.createActionProgram.id,
        input:
          step === 'ADOPTED'
            ? { status: step, adoptedOn: `${year - 1}-12`, councilSession: `Session de décembre ${year - 1}`, consultationWaiver: 'Programme antérieur à la consultation publique' }
            : { status: step },
      });
    }
  }

  await write(baseUrl, admin, COMPLETION, { id: DemoIds.commitments.tamazganaInformationDesk, completion: 'NO_EVIDENCE' });
  await write(baseUrl, admin, COMPLETION, { id: DemoIds.commitments.tamazganaBudgetConsultations, completion: 'COMPLETE' });
  await write(baseUrl, admin, COMPLETION, { id: DemoIds.commitments.tamazganaCouncilMinutes, completion: 'SUBSTANTIAL' });

  for (const [code, status] of [[3, 'SUSPENDED'], [4, 'ENDED']] as const) {
    await write(baseUrl, network, MEMBERSHIP, { id: regionId(code), status });
  }
  return { timedEventId: timed.createEvent.id };
}
