import { DemoIds } from '@infitah/demo-data';
import type { NotificationKind } from '@infitah/contract';
import type { Caller } from '@infitah/server-kit';
import { createTestDatabase, demoCallers, startTestSubgraph, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';
import { sendDigests } from '../digest';
import type { Delivery } from '../planners';
import { deliver, runQueueOnce, smtpMailer } from '../worker';
import { startMailCatcher, type MailCatcher } from './mail-catcher';

let database: TestDatabase;
let graph: TestSubgraph;
let catcher: MailCatcher;
const { adminA, editorA, adminB, network } = demoCallers;

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startTestSubgraph(notifications, { database });
  catcher = await startMailCatcher();
}, 120_000);
afterAll(async () => {
  await Promise.all([graph?.close(), catcher?.stop()]);
  await database?.drop();
});

const ADDRESS = {
  [DemoIds.accounts.tamazganaAdmin]: 'admin@tamazgana.infitah.test',
  [DemoIds.accounts.tamazganaEditor]: 'editor@tamazgana.infitah.test',
  [DemoIds.accounts.demoCommuneAdmin]: 'admin@demo-commune.infitah.test',
} as Record<string, string>;

let counter = 0;
/** One event for these accounts, written in both languages as a planner writes it. */
function eventFor(kind: NotificationKind, collectivityId: string, accountIds: Array<string | null>, extra: Partial<Delivery> = {}): Delivery[] {
  counter += 1;
  const key = `${kind}:test-${Date.now()}-${counter}`;
  return accountIds.map((accountId) => ({
    collectivityId,
    accountId,
    email: accountId ? ADDRESS[accountId] : 'citoyen@example.org',
    kind,
    sourceKey: key,
    parts: [
      { language: 'ar', rendered: { title: `عنوان ${counter}`, body: `نص ${counter}` }, link: `http://portal.test/admin/#/x/${counter}?ar` },
      { language: 'fr', rendered: { title: `Titre ${counter}`, body: `Texte ${counter}` }, link: `http://portal.test/admin/#/x/${counter}?fr` },
    ],
    ...extra,
  }));
}

const mailer = () => smtpMailer(catcher.smtpUrl);
const FROM = 'Infitah <no-reply@infitah.test>';
const PUBLIC_URL = 'http://portal.test';
const mailsTo = async (address: string, text: string) => (await catcher.emails()).filter((mail) => mail.to[0].address === address && mail.text.includes(text));
async function inboxRows(accountId: string, sourceKey: string): Promise<number> {
  const [{ count }] = await graph.ownerDataSource.query('SELECT count(*)::int AS count FROM notifications.notification WHERE recipient_id = $1 AND source_key = $2', [accountId, sourceKey]);
  return count;
}

async function setPreferences(caller: Caller, input: Record<string, unknown>) {
  const { errors } = await graph.execute('mutation ($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language } }', { input }, caller);
  expect(errors).toBeUndefined();
}

describe("the worker honours each account's preferences", () => {
  it('writes no inbox row and sends no mail for a kind an account turned off, while the others hear of it as before', async () => {
    await setPreferences(adminA, { kinds: [{ kind: 'REVIEW_PUBLISHED', inbox: false, email: false, emailFrequency: 'IMMEDIATE' }] });
    const event = eventFor('REVIEW_PUBLISHED', DemoIds.tamazgana, [DemoIds.accounts.tamazganaAdmin, DemoIds.accounts.tamazganaEditor]);
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: false });
    const title = event[0].parts[1].rendered.title;
    expect(await inboxRows(DemoIds.accounts.tamazganaAdmin, event[0].sourceKey)).toBe(0);
    expect(await mailsTo('admin@tamazgana.infitah.test', title)).toHaveLength(0);
    expect(await inboxRows(DemoIds.accounts.tamazganaEditor, event[0].sourceKey)).toBe(1);
    expect(await mailsTo('editor@tamazgana.infitah.test', title)).toHaveLength(1);
  });

  it('keeps the inbox and sends no mail when only e-mail is off, and mails without an inbox row when only the inbox is off', async () => {
    await setPreferences(adminA, { kinds: [{ kind: 'MEMBERSHIP_CHANGED', inbox: true, email: false, emailFrequency: 'IMMEDIATE' }] });
    await setPreferences(editorA, { kinds: [{ kind: 'MEMBERSHIP_CHANGED', inbox: false, email: true, emailFrequency: 'IMMEDIATE' }] });
    const event = eventFor('MEMBERSHIP_CHANGED', DemoIds.tamazgana, [DemoIds.accounts.tamazganaAdmin, DemoIds.accounts.tamazganaEditor]);
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: false });
    const title = event[0].parts[1].rendered.title;
    expect(await inboxRows(DemoIds.accounts.tamazganaAdmin, event[0].sourceKey)).toBe(1);
    expect(await mailsTo('admin@tamazgana.infitah.test', title)).toHaveLength(0);
    expect(await inboxRows(DemoIds.accounts.tamazganaEditor, event[0].sourceKey)).toBe(0);
    expect(await mailsTo('editor@tamazgana.infitah.test', title)).toHaveLength(1);
  });

  it('writes to an account with a language in that language only, and to an address without one in both', async () => {
    await setPreferences(adminB, { language: 'AR' });
    const event = eventFor('PROPOSAL_SUBMITTED', DemoIds.demoCommune, [DemoIds.accounts.demoCommuneAdmin, null]);
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: false });
    const [arTitle, frTitle] = [event[0].parts[0].rendered.title, event[0].parts[1].rendered.title];
    const [toAdmin] = await mailsTo('admin@demo-commune.infitah.test', arTitle);
    expect(toAdmin.subject).toBe(arTitle);
    expect(toAdmin.text).not.toContain(frTitle);
    expect(toAdmin.html).toContain('<html lang="ar" dir="rtl"');
    expect(toAdmin.html).not.toContain('lang="fr"');
    const [toCitizen] = await mailsTo('citoyen@example.org', arTitle);
    expect(toCitizen.text).toContain(frTitle);
  });

  it("writes to a citizen in the language they used, when the event carries it", async () => {
    const event = eventFor('PROPOSAL_ANSWERED', DemoIds.demoCommune, [null], { language: 'fr', email: 'francophone@example.org' });
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: false });
    const mails = (await catcher.emails()).filter((mail) => mail.to[0].address === 'francophone@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(event[0].parts[1].rendered.title);
    expect(mails[0].text).not.toContain(event[0].parts[0].rendered.title);
    expect(mails[0].html).toContain('<html lang="fr" dir="ltr"');
  });

  it("offers an account its notification settings as List-Unsubscribe (no one-click: it signs in), and a citizen's answer none", async () => {
    const event = eventFor('MILESTONE_DUE', DemoIds.tamazgana, [DemoIds.accounts.tamazganaEditor, null]);
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: false });
    const [toEditor] = await mailsTo('editor@tamazgana.infitah.test', event[0].parts[0].rendered.title);
    expect(toEditor.headers['list-unsubscribe']).toBe('<http://portal.test/admin/#/notification-settings>');
    expect(toEditor.headers['list-unsubscribe-post']).toBeUndefined();
    const [toCitizen] = await mailsTo('citoyen@example.org', event[0].parts[0].rendered.title);
    expect(toCitizen.headers['list-unsubscribe']).toBeUndefined();
  });
});

describe('the daily digest', () => {
  // Wednesday 14 October 2026 in Morocco (UTC+1): two notifications in the day, the digest the next morning
  const during = new Date('2026-10-14T09:30:00Z');
  const lateThatNight = new Date('2026-10-14T22:30:00Z');
  const nextMorning = new Date('2026-10-15T07:05:00Z');
  const laterThatMorning = new Date('2026-10-15T10:00:00Z');

  it("mails one digest listing both of the day's notifications the next morning, and never a second", async () => {
    await setPreferences(network, {
      language: null,
      kinds: ['PROGRAM_STATUS_CHANGED', 'TRAINING_INVITATION'].map((kind) => ({ kind, inbox: true, email: true, emailFrequency: 'DAILY_DIGEST' })),
    });
    const first = eventFor('PROGRAM_STATUS_CHANGED', DemoIds.tamazgana, [DemoIds.accounts.network], { email: 'network@infitah.test' });
    const second = eventFor('TRAINING_INVITATION', DemoIds.demoCommune, [DemoIds.accounts.network], { email: 'network@infitah.test' });
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, first, { isLast: false }, () => during);
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, second, { isLast: false }, () => during);
    // a retried job collects nothing twice
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, second, { isLast: false }, () => during);
    const toNetwork = async () => (await catcher.emails()).filter((mail) => mail.to[0].address === 'network@infitah.test');
    // the inbox has them at once; the mail waits
    expect(await inboxRows(DemoIds.accounts.network, first[0].sourceKey)).toBe(1);
    expect(await toNetwork()).toHaveLength(0);

    const options = { mailer: mailer(), from: FROM, publicUrl: 'http://portal.test' };
    expect(await sendDigests(graph.dataSource, options, lateThatNight, { isLast: false })).toBe(0);
    expect(await sendDigests(graph.dataSource, options, nextMorning, { isLast: false })).toBe(1);
    expect(await sendDigests(graph.dataSource, options, laterThatMorning, { isLast: false })).toBe(0);

    const mails = await toNetwork();
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    for (const event of [first, second]) {
      expect(digest.text).toContain(event[0].parts[0].rendered.title);
      expect(digest.text).toContain(event[0].parts[1].rendered.title);
    }
    // the kinds in the words of @infitah/labels, in both languages (the account has none of its own)
    expect(digest.text).toContain('Changement de statut du programme');
    expect(digest.text).toContain('تغير مرحلة البرنامج');
    expect(digest.text).toContain('Invitation');
    expect(digest.text).toContain('http://portal.test/admin/#/inbox');
    expect(digest.headers['list-unsubscribe']).toBe('<http://portal.test/admin/#/notification-settings>');
    expect(digest.subject).toContain('(2)');
  });

  it('sends the digest the cron runs through the queue too, in the account language alone', async () => {
    await setPreferences(editorA, { language: 'FR', kinds: [{ kind: 'REPORT_DUE', inbox: false, email: true, emailFrequency: 'DAILY_DIGEST' }] });
    const event = eventFor('REPORT_DUE', DemoIds.tamazgana, [DemoIds.accounts.tamazganaEditor]);
    await deliver(graph.dataSource, { mailer: mailer(), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: false }, () => new Date('2026-11-02T12:00:00Z'));
    await graph.ownerDataSource.query("SELECT graphile_worker.add_job('notifications_digest', '{}'::json)");
    await runQueueOnce(graph.dataSource, {
      databaseUrl: database.appUrls.notifications,
      publicUrl: 'http://portal.test',
      mailer: mailer(),
      from: FROM,
      clock: () => new Date('2026-11-03T08:00:00Z'),
    });
    const [mail] = await mailsTo('editor@tamazgana.infitah.test', event[0].parts[1].rendered.title);
    expect(mail.subject).toMatch(/^Vos notifications du 2 nov/);
    expect(mail.text).not.toContain(event[0].parts[0].rendered.title);
  });
});

describe('failed deliveries, for the network to retry', () => {
  const FAILED = '{ failedDeliveries(first: 100) { totalCount nodes { id kind recipient attempts lastError digest createdAt } } }';
  const RETRY = 'mutation ($id: ID!) { retryDelivery(id: $id) { id kind attempts } }';

  it('sends a failed e-mail again once the network retries it, and refuses the retry to anyone else', async () => {
    const event = eventFor('MILESTONE_DUE', DemoIds.demoCommune, [DemoIds.accounts.demoCommuneAdmin]);
    await expect(deliver(graph.dataSource, { mailer: smtpMailer('smtp://127.0.0.1:1'), from: FROM, publicUrl: PUBLIC_URL }, event, { isLast: true })).rejects.toThrow();
    const listed = await graph.execute(FAILED, {}, network);
    const failed = listed.data!.failedDeliveries.nodes.find((node: { kind: string; recipient: string }) => node.kind === 'MILESTONE_DUE');
    expect(failed).toMatchObject({ recipient: 'ad…@demo-commune.infitah.test', attempts: 1, digest: false });
    expect(failed.lastError).toBeTruthy();

    for (const [caller, code] of [
      [adminB, 'FORBIDDEN'],
      [editorA, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect((await graph.execute(RETRY, { id: failed.id }, caller)).errors?.[0]?.extensions?.code).toBe(code);
    }
    const [still] = await graph.ownerDataSource.query('SELECT status FROM notifications.delivery WHERE id = $1', [failed.id]);
    expect(still.status).toBe('FAILED');

    const retried = await graph.execute(RETRY, { id: failed.id }, network);
    expect(retried.errors).toBeUndefined();
    expect((await graph.execute(RETRY, { id: failed.id }, network)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await runQueueOnce(graph.dataSource, { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: mailer(), from: FROM });
    // (the Arabic title: this account may have chosen Arabic alone in another test)
    expect(await mailsTo('admin@demo-commune.infitah.test', event[0].parts[0].rendered.title)).toHaveLength(1);
    const [row] = await graph.ownerDataSource.query('SELECT status, attempts FROM notifications.delivery WHERE id = $1', [failed.id]);
    expect(row).toEqual({ status: 'SENT', attempts: 2 });
    const after = await graph.execute(FAILED, {}, network);
    expect(after.data!.failedDeliveries.nodes.map((node: { id: string }) => node.id)).not.toContain(failed.id);
  });
});
