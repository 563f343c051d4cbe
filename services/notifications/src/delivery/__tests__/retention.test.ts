import { DemoIds } from '@infitah/demo-data';
import { createTestDatabase, startTestSubgraph, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import { notifications } from '../../subgraph';
import { PURGE_CRONTAB, PURGE_TASK, purgeExpired } from '../retention';
import { runQueueOnce, smtpMailer } from '../worker';

/**
 * The daily purge, on a fixed clock, over real rows written as the platform writes them: what is past its retention
 * goes, what is recent stays, in the tenant purged and in another one alike.
 */
let database: TestDatabase;
let graph: TestSubgraph;

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startTestSubgraph(notifications, { database });
}, 120_000);
afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

const NOW = new Date('2027-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const A = DemoIds.demoCommune;
const B = DemoIds.tamazgana;
const owner = () => graph.ownerDataSource;
let run = 0;

/** One row of each kind per (tenant, age), each named `label` in its source key or address, as the worker writes them. */
async function seed(label: string) {
  run += 1;
  const tag = `retention-${run}-${label}`;
  const notification = (collectivityId: string, name: string, createdDaysAgo: number, read: boolean) =>
    owner().query(
      `INSERT INTO notifications.notification (collectivity_id, recipient_id, kind, title_ar, title_fr, body_ar, body_fr, link, source_key, created_at, read_at)
       VALUES ($1, $2, 'MILESTONE_DUE', 'ع', 'T', 'ن', 'B', 'http://portal.test/admin/#/inbox', $3, $4, $5)`,
      [collectivityId, collectivityId === A ? DemoIds.accounts.demoCommuneAdmin : DemoIds.accounts.tamazganaAdmin, `${tag}:${name}`, daysAgo(createdDaysAgo), read ? daysAgo(createdDaysAgo) : null],
    );
  const delivery = (collectivityId: string, name: string, status: 'SENT' | 'FAILED' | 'PENDING', createdDaysAgo: number, recipient = `${name}.${tag}@example.org`) =>
    owner().query(
      `INSERT INTO notifications.delivery (collectivity_id, channel, kind, recipient, subject, text_body, html_body, source_key, status, created_at, sent_at)
       VALUES ($1, 'EMAIL', 'CONSULTATION_OPENED', $2, 'S', 'T', '<p>T</p>', $3, $4, $5, $6)`,
      [collectivityId, recipient, `${tag}:${name}`, status, daysAgo(createdDaysAgo), status === 'SENT' ? daysAgo(createdDaysAgo) : null],
    );
  const digestItem = (collectivityId: string, name: string, createdDaysAgo: number) =>
    owner().query(
      `INSERT INTO notifications.digest_item (collectivity_id, account_id, recipient, kind, day, title_ar, title_fr, body_ar, body_fr, link_ar, link_fr, source_key, created_at)
       VALUES ($1, $2, 'admin@example.org', 'MILESTONE_DUE', $3::timestamptz::date, 'ع', 'T', 'ن', 'B', 'l', 'l', $4, $3)`,
      [collectivityId, collectivityId === A ? DemoIds.accounts.demoCommuneAdmin : DemoIds.accounts.tamazganaAdmin, daysAgo(createdDaysAgo), `${tag}:${name}`],
    );
  const follower = (collectivityId: string, name: string, consentedDaysAgo: number, confirmed: boolean) =>
    owner().query(
      `INSERT INTO notifications.follower (collectivity_id, email, language, consent_text, consent_version, consented_at, confirm_token_hash, confirmed_at)
       VALUES ($1::uuid, $2, 'fr', 'consent', 'follow-2026-12', $3, encode(sha256(convert_to($1::text || $2, 'UTF8')), 'hex'), $4)`,
      [collectivityId, `${name}.${tag}@example.org`, daysAgo(consentedDaysAgo), confirmed ? daysAgo(consentedDaysAgo) : null],
    );
  await notification(A, 'read-old', 181, true);
  await notification(A, 'read-recent', 179, true);
  await notification(A, 'unread-old', 400, false);
  await notification(B, 'read-recent', 10, true);
  await delivery(A, 'sent-old', 'SENT', 91);
  await delivery(A, 'sent-recent', 'SENT', 89);
  await delivery(A, 'failed-old', 'FAILED', 200);
  await delivery(B, 'sent-recent', 'SENT', 10);
  await digestItem(A, 'digest-old', 91);
  await digestItem(A, 'digest-recent', 89);
  await digestItem(B, 'digest-recent', 10);
  await follower(A, 'pending-old', 8, false);
  // the confirmation mail of that request, never delivered
  await delivery(A, 'confirmation-old', 'PENDING', 8, `pending-old.${tag}@example.org`);
  await follower(A, 'pending-recent', 6, false);
  await follower(A, 'confirmed-old', 400, true);
  await follower(B, 'pending-recent', 2, false);
  return tag;
}

/** What is left of a seed: `tenant:name` of each row, per table. */
async function left(tag: string) {
  const names = async (sql: string) => ((await owner().query(sql, [`${tag}%`, `%${tag}@example.org`])) as Array<{ name: string }>).map((row) => row.name).sort();
  const tenant = `CASE collectivity_id WHEN '${A}' THEN 'A' ELSE 'B' END`;
  return {
    notifications: await names(`SELECT ${tenant} || ':' || split_part(source_key, ':', 2) AS name FROM notifications.notification WHERE source_key LIKE $1 AND $2 <> ''`),
    deliveries: await names(`SELECT ${tenant} || ':' || split_part(source_key, ':', 2) AS name FROM notifications.delivery WHERE source_key LIKE $1 AND $2 <> ''`),
    digestItems: await names(`SELECT ${tenant} || ':' || split_part(source_key, ':', 2) AS name FROM notifications.digest_item WHERE source_key LIKE $1 AND $2 <> ''`),
    followers: await names(`SELECT ${tenant} || ':' || split_part(email, '.', 1) AS name FROM notifications.follower WHERE email LIKE $2 AND $1 <> ''`),
  };
}

const EXPECTED_LEFT = {
  notifications: ['A:read-recent', 'A:unread-old', 'B:read-recent'],
  deliveries: ['A:failed-old', 'A:sent-recent', 'B:sent-recent'],
  digestItems: ['A:digest-recent', 'B:digest-recent'],
  followers: ['A:confirmed-old', 'A:pending-recent', 'B:pending-recent'],
};

describe('the daily purge of what is kept no longer', () => {
  it('deletes read notifications past 180 days, sent mails and digest items past 90, requests unconfirmed past 7 with their mail; keeps the rest of every tenant', async () => {
    const tag = await seed('direct');
    const purged = await purgeExpired(graph.dataSource, NOW);
    expect(purged).toEqual({ notifications: 1, deliveries: 1, digestItems: 1, followRequests: 1 });
    expect(await left(tag)).toEqual(EXPECTED_LEFT);
    // a second run the same day has nothing more to delete
    expect(await purgeExpired(graph.dataSource, NOW)).toEqual({ notifications: 0, deliveries: 0, digestItems: 0, followRequests: 0 });
  });

  it('takes its retention periods from the configuration', async () => {
    const tag = await seed('configured');
    await purgeExpired(graph.dataSource, NOW, { readNotificationDays: 365, deliveryDays: 5, unconfirmedFollowDays: 30 });
    expect(await left(tag)).toEqual({
      notifications: ['A:read-old', 'A:read-recent', 'A:unread-old', 'B:read-recent'],
      deliveries: ['A:confirmation-old', 'A:failed-old'],
      digestItems: [],
      followers: ['A:confirmed-old', 'A:pending-old', 'A:pending-recent', 'B:pending-recent'],
    });
  });

  it("runs as the worker's daily scheduled task, on the worker's clock", async () => {
    expect(PURGE_CRONTAB).toBe(`30 2 * * * ${PURGE_TASK}`);
    const tag = await seed('queued');
    await owner().query('SELECT graphile_worker.add_job($1)', [PURGE_TASK]);
    await runQueueOnce(graph.dataSource, { databaseUrl: database.appUrls.notifications, publicUrl: 'http://portal.test', mailer: smtpMailer('smtp://127.0.0.1:1'), from: 'x <x@x.test>', clock: () => NOW });
    expect(await left(tag)).toEqual(EXPECTED_LEFT);
  });

  it('lets no one but the worker delete: an account or the network deletes nothing', async () => {
    const tag = await seed('refused');
    for (const [role, collectivityId] of [
      ['COLLECTIVITY_ADMIN', A],
      ['NETWORK_ADMIN', ''],
    ]) {
      await graph.dataSource.transaction(async (manager) => {
        await manager.query("SELECT set_config('app.role', $1, true), set_config('app.collectivity_id', $2, true)", [role, collectivityId]);
        for (const table of ['notification', 'delivery', 'digest_item', 'follower']) {
          const [, count] = (await manager.query(`DELETE FROM notifications.${table}`)) as [unknown[], number];
          expect(count).toBe(0);
        }
      });
    }
    const everything = await left(tag);
    expect(Object.values(everything).flat()).toHaveLength(4 + 5 + 3 + 4);
  });
});
