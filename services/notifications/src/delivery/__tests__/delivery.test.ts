import { enumLabel } from '@infitah/labels';
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
let notificationsGraph: TestSubgraph;
let catcher: MailCatcher;

beforeAll(async () => {
  database = await createTestDatabase();
  territoryGraph = await startTestSubgraph(territory, { database });
  participationGraph = await startTestSubgraph(participation, { database });
  notificationsGraph = await startTestSubgraph(notifications, { database });
  catcher = await startMailCatcher();
}, 120_000);
afterAll(async () => {
  await Promise.all([territoryGraph?.close(), participationGraph?.close(), notificationsGraph?.close(), catcher?.stop()]);
  await database?.drop();
});

const SUBMIT = 'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id reference } }';
const INBOX = '{ notifications { totalCount nodes { id kind title body link readAt } } }';
const { adminA, editorA, adminB, network } = demoCallers;

let counter = 0;
function citizenProposal(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    collectivityId: DemoIds.demoCommune,
    consultationId: DemoIds.events.demoCommuneConsultation,
    title: `Un registre des doléances en ligne ${counter}`,
    body: 'Publier chaque mois les doléances reçues et leur suite.',
    principle: 'TRANSPARENCY',
    consentToPublish: true,
    email: 'citoyenne@example.org',
    consentToContact: true,
    ...overrides,
  };
}

function workerOptions(smtpUrl = catcher.smtpUrl): WorkerOptions {
  return { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: smtpMailer(smtpUrl), from: 'Infitah <no-reply@infitah.test>' };
}

async function jobsOf(proposalId: string): Promise<Array<{ attempts: number; last_error: string | null }>> {
  return notificationsGraph.ownerDataSource.query("SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE payload->>'proposalId' = $1", [proposalId]);
}

async function mailsAbout(title: string) {
  return (await catcher.emails()).filter((mail) => mail.text.includes(title));
}

describe('notifications of a citizen proposal', () => {
  it('enqueues nothing when the submission is rolled back with the rest of its request', async () => {
    const input = citizenProposal();
    // one request, two mutations: the second is refused, so the whole request rolls back
    const { errors } = await participationGraph.execute(
      `mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } deleteProposal(id: "${DemoIds.demoCommune}") }`,
      { input },
    );
    // the submission itself succeeded; only the second mutation was refused
    expect(errors?.map((error) => error.path?.[0])).toEqual(['deleteProposal']);
    const [{ count }] = await notificationsGraph.ownerDataSource.query("SELECT count(*)::int AS count FROM graphile_worker._private_jobs WHERE payload->>'title' = $1", [input.title]);
    expect(count).toBe(0);
    const [{ proposals }] = await participationGraph.ownerDataSource.query('SELECT count(*)::int AS proposals FROM participation.proposal WHERE title = $1', [input.title]);
    expect(proposals).toBe(0);
  });

  it("delivers a committed submission once to the commune's own admin, inbox and mail, and to no one of Tamazgana", async () => {
    const input = citizenProposal();
    const { data, errors } = await participationGraph.execute(SUBMIT, { input });
    expect(errors).toBeUndefined();
    const proposalId = data!.submitProposal.id as string;
    expect(await jobsOf(proposalId)).toHaveLength(1);

    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    expect(await jobsOf(proposalId)).toHaveLength(0);

    const inbox = await notificationsGraph.execute(INBOX, {}, adminB);
    const mine = inbox.data!.notifications.nodes.filter((node: { link: string }) => node.link.endsWith(proposalId));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'PROPOSAL_SUBMITTED', readAt: null, link: `http://portal.test/admin/#/proposals/${proposalId}` });
    expect(mine[0].title).toBe('مقترح جديد من مواطن');

    const mails = await mailsAbout(input.title);
    expect(mails.map((mail) => mail.to[0].address)).toEqual(['admin@demo-commune.infitah.test']);

    for (const caller of [adminA, editorA, network]) {
      const other = await notificationsGraph.execute(INBOX, {}, caller);
      expect(other.data!.notifications.totalCount).toBe(0);
    }
  });

  it("delivers a proposal whose title holds a mail's token slots like any other, slots left as typed", async () => {
    const input = citizenProposal({ title: `Jetons {{unfollow-token}} et {{confirm-token}} ${Date.now()}` });
    const { errors } = await participationGraph.execute(SUBMIT, { input });
    expect(errors).toBeUndefined();
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    const mails = await mailsAbout(input.title);
    expect(mails.map((mail) => mail.to[0].address)).toEqual(['admin@demo-commune.infitah.test']);
    const [{ status }] = await notificationsGraph.ownerDataSource.query(
      "SELECT status FROM notifications.delivery WHERE recipient = 'admin@demo-commune.infitah.test' AND text_body LIKE '%' || $1 || '%'",
      [input.title],
    );
    expect(status).toBe('SENT');
  });

  it('delivers exactly once when the worker fails mid-way and the job is retried', async () => {
    const input = citizenProposal();
    const { data } = await participationGraph.execute(SUBMIT, { input });
    const proposalId = data!.submitProposal.id as string;
    // first run: the mail server is gone after the inbox was written, so the job fails and stays queued
    await runQueueOnce(notificationsGraph.dataSource, workerOptions('smtp://127.0.0.1:1'));
    const [job] = await jobsOf(proposalId);
    expect(job.attempts).toBe(1);
    expect(job.last_error).toBeTruthy();
    // the retry is due now, with the mail server back
    await notificationsGraph.ownerDataSource.query("UPDATE graphile_worker._private_jobs SET run_at = now() WHERE payload->>'proposalId' = $1", [proposalId]);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    expect(await jobsOf(proposalId)).toHaveLength(0);
    // the same event enqueued again (a replayed job) changes nothing either
    await notificationsGraph.ownerDataSource.query(
      "SELECT queue.enqueue('PROPOSAL_SUBMITTED', $1::jsonb)",
      [JSON.stringify({ collectivityId: DemoIds.demoCommune, proposalId, title: input.title, citizen: true })],
    );
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    expect(await mailsAbout(input.title)).toHaveLength(1);
    const inbox = await notificationsGraph.execute(INBOX, {}, adminB);
    expect(inbox.data!.notifications.nodes.filter((node: { link: string }) => node.link.endsWith(proposalId))).toHaveLength(1);
    const [delivery] = await notificationsGraph.ownerDataSource.query("SELECT status, attempts FROM notifications.delivery WHERE source_key = $1", [`PROPOSAL_SUBMITTED:${proposalId}`]);
    expect(delivery).toEqual({ status: 'SENT', attempts: 2 });
  });

  it('mails the citizen the answer once the proposal is answered and published, in Arabic and French', async () => {
    const input = citizenProposal({ email: 'Amina@Example.org' });
    const { data } = await participationGraph.execute(SUBMIT, { input });
    const { id, reference } = data!.submitProposal as { id: string; reference: string };
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const answered = await participationGraph.execute(
      'mutation ($id: ID!) { answerProposal(id: $id, input: { status: RETAINED, answer: "Retenue : le registre ouvrira en janvier." }) { id } }',
      { id },
      adminB,
    );
    expect(answered.errors).toBeUndefined();
    // answered but not yet published: the citizen is not told yet
    expect(await jobsOf(id)).toHaveLength(0);
    const published = await participationGraph.execute('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { id } }', { id }, adminB);
    expect(published.errors).toBeUndefined();
    expect(await jobsOf(id)).toHaveLength(1);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const toCitizen = (await catcher.emails()).filter((mail) => mail.to[0].address === 'amina@example.org');
    expect(toCitizen).toHaveLength(1);
    const [mail] = toCitizen;
    expect(mail.text).toContain('Retenue : le registre ouvrira en janvier.');
    expect(mail.text).toContain('statut : Retenue');
    expect(mail.text).toContain('أجابت جماعتكم عن مقترحكم');
    expect(mail.text).toContain('Votre commune a répondu à votre proposition');
    // each link line set by its language's typography: no space before the colon in Arabic, a non-breaking one in French
    expect(mail.text).toContain(`فتح الصفحة: http://portal.test/?locale=ar#/follow-up/${reference}`);
    expect(mail.text).toContain(`Ouvrir la page\u00a0: http://portal.test/?locale=fr#/follow-up/${reference}`);
    expect(mail.html).toContain('<section lang="ar" dir="rtl"');
    expect(mail.html).toContain('<section lang="fr" dir="ltr"');
  });

  it('mails the citizen the answer in the language they wrote in alone', async () => {
    const input = citizenProposal({ email: 'hind@example.org', language: 'AR' });
    const { data, errors } = await participationGraph.execute(SUBMIT, { input });
    expect(errors).toBeUndefined();
    const { id } = data!.submitProposal as { id: string };
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    await participationGraph.execute('mutation ($id: ID!) { answerProposal(id: $id, input: { status: RETAINED, answer: "سيفتح السجل في يناير." }) { id } }', { id }, adminB);
    await participationGraph.execute('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { id } }', { id }, adminB);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    const [mail, ...more] = (await catcher.emails()).filter((caught) => caught.to[0].address === 'hind@example.org');
    expect(more).toEqual([]);
    expect(mail.subject).toBe('أجابت جماعتكم عن مقترحكم');
    // the status in the words of @infitah/labels
    expect(mail.text).toContain(enumLabel('ProposalStatus', 'RETAINED', 'ar'));
    expect(mail.text).not.toContain('Votre commune a répondu à votre proposition');
    expect(mail.html).toContain('<html lang="ar" dir="rtl"');
  });

  it('sends nothing to a citizen who left no e-mail address, and refuses an address without consent', async () => {
    const refused = await participationGraph.execute(SUBMIT, { input: citizenProposal({ consentToContact: false }) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentToContact' });
    const malformed = await participationGraph.execute(SUBMIT, { input: citizenProposal({ email: 'not an address' }) });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });

    const input = citizenProposal({ email: null, consentToContact: null });
    const { data } = await participationGraph.execute(SUBMIT, { input });
    const id = data!.submitProposal.id as string;
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());
    await participationGraph.execute('mutation ($id: ID!) { answerProposal(id: $id, input: { status: REJECTED, answer: "Hors compétence." }) { id } }', { id }, adminB);
    await participationGraph.execute('mutation ($id: ID!) { setProposalPublished(id: $id, published: true) { id } }', { id }, adminB);
    expect(await jobsOf(id)).toHaveLength(0);
  });

  it("tells a commune's editors and admins of a proposal it entered itself, and no one elsewhere", async () => {
    const title = `Atelier de quartier ${Date.now()}`;
    const { data, errors } = await participationGraph.execute('mutation ($input: ProposalInput!) { createProposal(input: $input) { id } }', { input: { title, principle: 'CITIZEN_PARTICIPATION' } }, editorA);
    expect(errors).toBeUndefined();
    const proposalId = data!.createProposal.id as string;
    await runQueueOnce(notificationsGraph.dataSource, workerOptions());

    expect((await mailsAbout(title)).map((mail) => mail.to[0].address).sort()).toEqual(['admin@tamazgana.infitah.test', 'editor@tamazgana.infitah.test']);
    for (const caller of [adminA, editorA]) {
      const { data: inbox } = await notificationsGraph.execute(INBOX, {}, caller);
      const mine = inbox!.notifications.nodes.filter((node: { link: string }) => node.link.endsWith(proposalId));
      expect(mine).toEqual([expect.objectContaining({ kind: 'PROPOSAL_SUBMITTED', title: 'تسجيل مقترح جديد' })]);
    }
    const { data: other } = await notificationsGraph.execute(INBOX, {}, adminB);
    expect(other!.notifications.nodes.filter((node: { link: string }) => node.link.endsWith(proposalId))).toEqual([]);
  });

  it('records an undeliverable mail as FAILED after the last attempt, for the network only', async () => {
    const input = citizenProposal();
    const { data } = await participationGraph.execute(SUBMIT, { input });
    const proposalId = data!.submitProposal.id as string;
    await notificationsGraph.ownerDataSource.query("UPDATE graphile_worker._private_jobs SET max_attempts = 1 WHERE payload->>'proposalId' = $1", [proposalId]);
    await runQueueOnce(notificationsGraph.dataSource, workerOptions('smtp://127.0.0.1:1'));

    const FAILED = '{ failedDeliveries { totalCount nodes { kind attempts lastError recipient } } }';
    const seen = await notificationsGraph.execute(FAILED, {}, network);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.failedDeliveries.nodes).toContainEqual(expect.objectContaining({ kind: 'PROPOSAL_SUBMITTED', attempts: 1, recipient: 'ad…@demo-commune.infitah.test' }));
    expect((await notificationsGraph.execute(FAILED, {}, adminB)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await notificationsGraph.execute(FAILED, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
