import { evaluation } from '@infitah/evaluation';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { DemoIds } from '@infitah/demo-data';
import { createTestDatabase, demoCallers, startTestSubgraph, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';
import { runQueueOnce, smtpMailer, type WorkerOptions } from '../worker';
import { startMailCatcher, type MailCatcher } from './mail-catcher';

let database: TestDatabase;
let territoryGraph: TestSubgraph;
let participationGraph: TestSubgraph;
let evaluationGraph: TestSubgraph;
let notificationsGraph: TestSubgraph;
let catcher: MailCatcher;

beforeAll(async () => {
  database = await createTestDatabase();
  territoryGraph = await startTestSubgraph(territory, { database });
  participationGraph = await startTestSubgraph(participation, { database });
  evaluationGraph = await startTestSubgraph(evaluation, { database });
  notificationsGraph = await startTestSubgraph(notifications, { database });
  catcher = await startMailCatcher();
}, 180_000);
afterAll(async () => {
  await Promise.all([territoryGraph?.close(), participationGraph?.close(), evaluationGraph?.close(), notificationsGraph?.close(), catcher?.stop()]);
  await database?.drop();
});

type Caller = (typeof demoCallers)[keyof typeof demoCallers];
const { adminA, editorA, adminB, network } = demoCallers;
const EVERYONE: Caller[] = [adminA, editorA, adminB, network];
const INBOX = '{ notifications(first: 100) { nodes { kind title body link } } }';
const ANONYMOUS = { role: 'ANONYMOUS', userId: null, collectivityId: null } as const;

function workerOptions(): WorkerOptions {
  return { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: smtpMailer(catcher.smtpUrl), from: 'Infitah <no-reply@infitah.test>' };
}

async function jobs(kind: string): Promise<number> {
  const [{ count }] = await notificationsGraph.ownerDataSource.query("SELECT count(*)::int AS count FROM graphile_worker._private_jobs WHERE payload->>'kind' = $1", [kind]);
  return count;
}

/** Each demo account's notifications of one kind whose link ends with `target`. */
async function inboxes(kind: string, target: string): Promise<Map<Caller, Array<{ title: string; body: string; link: string }>>> {
  const seen = new Map<Caller, Array<{ title: string; body: string; link: string }>>();
  for (const caller of EVERYONE) {
    const { data, errors } = await notificationsGraph.execute(INBOX, {}, caller);
    expect(errors).toBeUndefined();
    seen.set(caller, data!.notifications.nodes.filter((node: { kind: string; link: string }) => node.kind === kind && node.link.endsWith(target)));
  }
  return seen;
}

function recipients(seen: Map<Caller, unknown[]>): Caller[] {
  return EVERYONE.filter((caller) => seen.get(caller)!.length > 0);
}

async function mailsWith(text: string) {
  return (await catcher.emails()).filter((mail) => mail.text.includes(text));
}

async function ok<T = Record<string, any>>(graph: TestSubgraph, query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> {
  const { data, errors } = await graph.execute(query, variables, caller);
  expect(errors).toBeUndefined();
  return data as T;
}

const REVIEW = 'mutation ($id: ID!, $published: Boolean!) { reviewCommitment(commitmentId: $id, input: { verifiedCompletion: LIMITED, published: $published }) { id } }';
const PUBLISH_REVIEW = 'mutation ($id: ID!) { setReviewPublished(id: $id, published: true) { id } }';

describe('a network review or programme report published', () => {
  it("tells the commune's admins once, inbox and mail in Arabic and French, and nobody of Tamazgana", async () => {
    const commitmentId = DemoIds.commitments.demoCommuneBudgetSummary;
    const { reviewCommitment } = await ok(evaluationGraph, REVIEW, { id: commitmentId, published: false }, network);
    expect(await jobs('REVIEW_PUBLISHED')).toBe(0);
    await ok(evaluationGraph, PUBLISH_REVIEW, { id: reviewCommitment.id }, network);
    // withdrawn and published again: still the same news
    await ok(evaluationGraph, 'mutation ($id: ID!) { setReviewPublished(id: $id, published: false) { id } }', { id: reviewCommitment.id }, network);
    await ok(evaluationGraph, PUBLISH_REVIEW, { id: reviewCommitment.id }, network);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const seen = await inboxes('REVIEW_PUBLISHED', `/admin/#/commitments/${commitmentId}`);
    expect(recipients(seen)).toEqual([adminB]);
    expect(seen.get(adminB)).toHaveLength(1);
    expect(seen.get(adminB)![0].title).toBe('نشرت الشبكة تقييما لالتزامكم');
    const mails = (await catcher.emails()).filter((mail) => mail.subject.includes('Le réseau a publié une revue de votre engagement'));
    expect(mails.map((mail) => mail.to[0].address)).toEqual(['admin@demo-commune.infitah.test']);
    expect(mails[0].html).toContain('<section lang="ar" dir="rtl"');
    expect(mails[0].text).toContain(`http://portal.test/admin/#/commitments/${commitmentId}`);
  });

  it('enqueues nothing when the publication is rolled back with the rest of its request', async () => {
    const { reviewCommitment } = await ok(evaluationGraph, REVIEW, { id: DemoIds.commitments.tamazganaInformationDesk, published: false }, network);
    const before = await jobs('REVIEW_PUBLISHED');
    const { errors } = await evaluationGraph.execute(
      `mutation ($id: ID!) { setReviewPublished(id: $id, published: true) { id } reviewCommitment(commitmentId: "${DemoIds.demoCommune}", input: { verifiedCompletion: LIMITED }) { id } }`,
      { id: reviewCommitment.id },
      network,
    );
    expect(errors?.map((error) => error.path?.[0])).toEqual(['reviewCommitment']);
    expect(await jobs('REVIEW_PUBLISHED')).toBe(before);
  });

  it("tells the commune's admins of the network's report on their programme, with the report's kind in their words", async () => {
    const programId = DemoIds.programs.demoCommuneAdopted;
    const created = await ok(evaluationGraph, 'mutation ($id: ID!) { createProgramReport(programId: $id, kind: DESIGN, input: { summaryFr: "Bonne co-construction." }) { id } }', { id: programId }, network);
    await ok(evaluationGraph, 'mutation ($id: ID!) { setProgramReportPublished(id: $id, published: true) { id } }', { id: created.createProgramReport.id }, network);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const seen = await inboxes('REVIEW_PUBLISHED', `/admin/#/actionPrograms/${programId}`);
    expect(recipients(seen)).toEqual([adminB]);
    expect(seen.get(adminB)![0].body).toContain('تقرير التصميم');
    const [mail] = (await catcher.emails()).filter((each) => each.subject.includes('Le réseau a publié un rapport sur votre programme'));
    expect(mail.text).toContain('Rapport de conception');
  });
});

describe("a programme's status changed", () => {
  it("tells the network's accounts, in the network's own inbox, and no commune", async () => {
    const programId = DemoIds.programs.tamazgana;
    await ok(evaluationGraph, 'mutation ($id: ID!) { setProgramStatus(id: $id, input: { status: CONSULTATION }) { status } }', { id: programId }, adminA);
    expect(await jobs('PROGRAM_STATUS_CHANGED')).toBe(1);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const seen = await inboxes('PROGRAM_STATUS_CHANGED', `/admin/#/actionPrograms/${programId}`);
    expect(recipients(seen)).toEqual([network]);
    expect(seen.get(network)![0].body).toContain('من مرحلة «الإعداد المشترك» إلى مرحلة «الاستشارة»');
    const mails = (await catcher.emails()).filter((mail) => mail.subject.includes('Programme : Consultation'));
    expect(mails.map((mail) => mail.to[0].address)).toEqual(['network@infitah.test']);
    expect(mails[0].text).toContain("de l'étape « Co-construction » à l'étape « Consultation »");
  });

  it('enqueues nothing for a refused move', async () => {
    const before = await jobs('PROGRAM_STATUS_CHANGED');
    const refused = await evaluationGraph.execute('mutation ($id: ID!) { setProgramStatus(id: $id, input: { status: CLOSED }) { status } }', { id: DemoIds.programs.demoCommune }, adminA);
    expect(refused.errors?.[0]?.extensions?.code).toBeDefined();
    expect(await jobs('PROGRAM_STATUS_CHANGED')).toBe(before);
  });
});

describe('a membership changed', () => {
  const SET = 'mutation ($id: ID!, $status: MembershipStatus!) { setMembershipStatus(collectivityId: $id, status: $status) { id } }';

  it("tells the collectivity's admins of a suspension and of the reactivation, each once, and nobody else", async () => {
    await ok(territoryGraph, SET, { id: DemoIds.demoCommune, status: 'SUSPENDED' }, network);
    await ok(territoryGraph, SET, { id: DemoIds.demoCommune, status: 'ACTIVE' }, network);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const seen = await inboxes('MEMBERSHIP_CHANGED', '/admin/#/profile');
    expect(recipients(seen)).toEqual([adminB]);
    expect(seen.get(adminB)!.map((node) => node.title)).toEqual(expect.arrayContaining(['العضوية في الشبكة: معلقة', 'العضوية في الشبكة: نشيطة']));
    const mails = (await catcher.emails()).filter((mail) => mail.subject.includes('Adhésion au réseau'));
    expect(mails.map((mail) => mail.subject.split(' — ')[1]).sort()).toEqual(['Adhésion au réseau : Active', 'Adhésion au réseau : Suspendue']);
    expect(new Set(mails.map((mail) => mail.to[0].address))).toEqual(new Set(['admin@demo-commune.infitah.test']));
  });

  it('enqueues nothing when the change is rolled back, nor when the status is unchanged', async () => {
    const before = await jobs('MEMBERSHIP_CHANGED');
    const { errors } = await territoryGraph.execute(
      `mutation { setMembershipStatus(collectivityId: "${DemoIds.tamazgana}", status: SUSPENDED) { id } admitMember(collectivityId: "${DemoIds.tamazgana}", joinedOn: "2024-12") { id } }`,
      {},
      network,
    );
    expect(errors?.map((error) => error.path?.[0])).toEqual(['admitMember']);
    await ok(territoryGraph, SET, { id: DemoIds.tamazgana, status: 'ACTIVE' }, network);
    expect(await jobs('MEMBERSHIP_CHANGED')).toBe(before);
  });
});

describe('a network training planned', () => {
  const CREATE = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
  const INVITE = 'mutation ($id: ID!, $participants: [EventParticipantInput!]!) { setEventParticipants(eventId: $id, participants: $participants) { id } }';
  const ANSWER = 'mutation ($id: ID!, $attending: Boolean!) { answerTrainingInvitation(eventId: $id, attending: $attending) { attending collectivity { id } } }';
  const ANSWERS = 'query ($id: ID!) { event(id: $id) { expectedAttendance invitationAnswers { attending collectivity { id } } } }';

  async function plannedTraining(title: string, publish = true): Promise<string> {
    const { createEvent } = await ok(participationGraph, CREATE, { input: { kind: 'TRAINING', title, startsAt: '2026-09-15T09:00:00Z', venue: 'Rabat' } }, network);
    if (publish) await ok(participationGraph, 'mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id: createEvent.id }, network);
    return createEvent.id;
  }

  it('invites nobody to an unpublished training (a draft members cannot open) until the network publishes it', async () => {
    const title = `Formation en préparation ${Date.now()}`;
    const eventId = await plannedTraining(title, false);
    const before = await jobs('TRAINING_INVITATION');
    await ok(participationGraph, INVITE, { id: eventId, participants: [{ collectivityId: DemoIds.demoCommune }, { collectivityId: DemoIds.tamazgana, invited: false }] }, network);
    expect(await jobs('TRAINING_INVITATION')).toBe(before);
    await ok(participationGraph, 'mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id: eventId }, network);
    expect(await jobs('TRAINING_INVITATION')).toBe(before + 1);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    expect(recipients(await inboxes('TRAINING_INVITATION', `/admin/#/events/${eventId}`))).toEqual([adminB]);
  });

  it("invites the demo commune's admin and focal point, nobody of Tamazgana, and once however often the list is saved", async () => {
    await ok(territoryGraph, 'mutation { updateCollectivityProfile(input: { focalPointName: "Point focal", contactEmail: "Point.Focal@demo-commune.example" }) { id } }', {}, adminB);
    const title = `Formation à la co-construction ${Date.now()}`;
    const eventId = await plannedTraining(title);
    await ok(participationGraph, INVITE, { id: eventId, participants: [{ collectivityId: DemoIds.demoCommune }] }, network);
    await ok(participationGraph, INVITE, { id: eventId, participants: [{ collectivityId: DemoIds.demoCommune }] }, network);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const seen = await inboxes('TRAINING_INVITATION', `/admin/#/events/${eventId}`);
    expect(recipients(seen)).toEqual([adminB]);
    expect(seen.get(adminB)).toHaveLength(1);
    expect(seen.get(adminB)![0].title).toBe('دعوة إلى تكوين تنظمه الشبكة');
    const mails = await mailsWith(title);
    expect(mails.map((mail) => mail.to[0].address).sort()).toEqual(['admin@demo-commune.infitah.test', 'point.focal@demo-commune.example']);
    expect(mails[0].text).toContain('Le réseau invite votre collectivité à la formation');
    expect(mails[0].text).toContain('تدعو الشبكة جماعتكم إلى التكوين');
  });

  it('lets an invited member answer, which the network reads as expected attendance; refuses the uninvited, the network and the anonymous', async () => {
    const eventId = await plannedTraining(`Formation au suivi ${Date.now()}`);
    await ok(participationGraph, INVITE, { id: eventId, participants: [{ collectivityId: DemoIds.demoCommune }] }, network);

    const answered = await ok(participationGraph, ANSWER, { id: eventId, attending: true }, adminB);
    expect(answered.answerTrainingInvitation).toEqual({ attending: true, collectivity: { id: DemoIds.demoCommune } });
    const read = await ok(participationGraph, ANSWERS, { id: eventId }, network);
    expect(read.event).toEqual({ expectedAttendance: 1, invitationAnswers: [{ attending: true, collectivity: { id: DemoIds.demoCommune } }] });
    // answering again replaces the answer
    await ok(participationGraph, ANSWER, { id: eventId, attending: false }, adminB);
    expect((await ok(participationGraph, ANSWERS, { id: eventId }, network)).event.expectedAttendance).toBe(0);
    const own = await ok(participationGraph, ANSWERS, { id: eventId }, adminB);
    expect(own.event).toEqual({ expectedAttendance: null, invitationAnswers: [{ attending: false, collectivity: { id: DemoIds.demoCommune } }] });

    const uninvited = await participationGraph.execute(ANSWER, { id: eventId, attending: true }, adminA);
    expect(uninvited.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    const byNetwork = await participationGraph.execute(ANSWER, { id: eventId, attending: true }, network);
    expect(byNetwork.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await participationGraph.execute(ANSWER, { id: eventId, attending: true }, ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ count }] = await participationGraph.ownerDataSource.query('SELECT count(*)::int AS count FROM participation.invitation_answer WHERE event_id = $1', [eventId]);
    expect(count).toBe(1);
  });

  it('does not invite anyone to a training already held, and enqueues nothing when the invitation is rolled back', async () => {
    const eventId = await plannedTraining(`Formation tenue ${Date.now()}`);
    const before = await jobs('TRAINING_INVITATION');
    const { errors } = await participationGraph.execute(
      `mutation ($id: ID!) { setEventParticipants(eventId: $id, participants: [{ collectivityId: "${DemoIds.demoCommune}" }]) { id } deleteEvent(id: "${DemoIds.demoCommune}") }`,
      { id: eventId },
      network,
    );
    expect(errors?.map((error) => error.path?.[0])).toEqual(['deleteEvent']);
    expect(await jobs('TRAINING_INVITATION')).toBe(before);
    await ok(participationGraph, 'mutation ($id: ID!) { updateEvent(id: $id, input: { status: HELD }) { id } }', { id: eventId }, network);
    await ok(participationGraph, INVITE, { id: eventId, participants: [{ collectivityId: DemoIds.demoCommune, attended: true }] }, network);
    expect(await jobs('TRAINING_INVITATION')).toBe(before);
    const late = await participationGraph.execute(ANSWER, { id: eventId, attending: true }, adminB);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
  });
});
