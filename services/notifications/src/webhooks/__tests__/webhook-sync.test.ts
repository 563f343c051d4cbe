import { DemoIds } from '@infitah/demo-data';
import { ANONYMOUS, type Caller } from '@infitah/server-kit';
import { databaseNow as databaseNowIn, demoCallers, drainSync, expectSyncedExactly, settleSync, startTestSubgraph, type TestSubgraph, whileTransactionOpen } from '@infitah/test-kit';
import { notifications } from '../../subgraph';

/**
 * Incremental sync of webhooks: `webhooks(filter: { updatedSince })` in sync order (a webhook changes when the worker
 * disables it), `deletedWebhooks` for those deleted, shown only to those who could read the webhook; the delivery log
 * is a log in its own order.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(notifications);
});
afterAll(() => subgraph.close());

const { adminA, adminB, editorA, network } = demoCallers;
const CREATE = 'mutation ($input: WebhookInput!) { createWebhook(input: $input) { webhook { id } } }';
const DELETE = 'mutation ($id: ID!) { deleteWebhook(id: $id) }';
const SYNC = `query ($since: DateTimeISO, $after: String, $first: Int) {
  webhooks(filter: { updatedSince: $since }, first: $first, after: $after) {
    totalCount nodes { id updatedAt active } pageInfo { endCursor hasNextPage }
  }
}`;
const DELETED = `query ($since: DateTimeISO, $after: String, $first: Int) {
  deletedWebhooks(since: $since, after: $after, first: $first) { totalCount nodes { id type collectivityId deletedAt } pageInfo { endCursor hasNextPage } }
}`;

interface SyncNode {
  id: string;
  updatedAt: string;
  active: boolean;
}
interface SyncPage {
  totalCount: number;
  nodes: SyncNode[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const databaseNow = () => databaseNowIn(subgraph.ownerDataSource);

const settle = () => settleSync(subgraph.ownerDataSource);

let counter = 0;
async function createWebhook(caller: Caller = adminA): Promise<string> {
  counter += 1;
  const { data, errors } = await subgraph.execute(CREATE, { input: { url: `http://127.0.0.1:9/hooks/${counter}`, kinds: ['PROPOSAL_SUBMITTED'] } }, caller);
  expect(errors).toBeUndefined();
  return data!.createWebhook.webhook.id;
}

/** What the worker does after a delivery failed every retry (it alone may update a webhook). */
async function disable(id: string): Promise<void> {
  await subgraph.ownerDataSource.query('UPDATE notifications.webhook SET active = false, disabled_at = now() WHERE id = $1', [id]);
}

async function syncPage(variables: { since?: string; after?: string | null; first?: number }, caller: Caller = adminA): Promise<SyncPage> {
  await settle();
  const { data, errors } = await subgraph.execute(SYNC, variables, caller);
  expect(errors).toBeUndefined();
  return data!.webhooks;
}

async function deletedIds(since: string, caller: Caller): Promise<string[]> {
  await settle();
  const { data, errors } = await subgraph.execute(DELETED, { since }, caller);
  expect(errors).toBeUndefined();
  return data!.deletedWebhooks.nodes.map((node: { id: string }) => node.id);
}

describe('webhooks(filter: { updatedSince })', () => {
  it('returns exactly the webhooks registered or disabled since the instant, with their updatedAt', async () => {
    const disabled = await createWebhook();
    const untouched = await createWebhook();
    const since = await databaseNow();
    const created = await createWebhook();
    await disable(disabled);
    const page = await syncPage({ since, first: 100 });
    expect(page.nodes.map((node) => node.id).sort()).toEqual([created, disabled].sort());
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((node) => node.id)).not.toContain(untouched);
    expect(page.nodes.find((node) => node.id === disabled)!.active).toBe(false);
    for (const node of page.nodes) expect(new Date(node.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
  });

  it("shows a sync of webhooks only to their owner: not another collectivity's admin, an editor or an anonymous caller", async () => {
    const since = await databaseNow();
    const own = await createWebhook(adminA);
    const networkOwn = await createWebhook(network);
    expect((await syncPage({ since }, adminA)).nodes.map((node) => node.id)).toEqual([own]);
    expect((await syncPage({ since }, network)).nodes.map((node) => node.id)).toEqual([networkOwn]);
    expect((await syncPage({ since }, adminB)).nodes).toEqual([]);
    // a cursor read by one owner continues nothing of it for another
    const first = await syncPage({ since, first: 0 }, adminA);
    expect((await syncPage({ after: first.pageInfo.endCursor, first: 100 }, adminB)).nodes).toEqual([]);
    for (const [caller, code] of [
      [editorA, 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await subgraph.execute(SYNC, { since }, caller);
      expect(refused.errors![0].extensions).toMatchObject({ code });
    }
  });

  it('never misses nor repeats a change while webhooks are registered and disabled during the sync, even out of order', async () => {
    const since = await databaseNow();
    const initial: string[] = [];
    for (let index = 0; index < 6; index += 1) initial.push(await createWebhook());
    const seen: SyncNode[] = [];
    let cursor: string | null = null;
    const read = async (first = 2) => {
      const page: SyncPage = await syncPage(cursor ? { after: cursor, first } : { since, first });
      seen.push(...page.nodes);
      cursor = page.pageInfo.endCursor ?? cursor;
      return page;
    };

    await read();
    // writes between pages: a webhook already read is disabled, one not yet read too, a new one appears
    await disable(seen[0].id);
    await disable(initial.find((id) => !seen.some((node) => node.id === id))!);
    const inserted = await createWebhook();
    await read();

    // a transaction that began first but commits last: its change must not be skipped by a cursor that moved on
    let fast: string;
    await whileTransactionOpen(subgraph.ownerDataSource, ['UPDATE notifications.webhook SET active = false, disabled_at = now() WHERE id = $1', [initial[5]]], async () => {
      fast = await createWebhook();
      const whileOpen: SyncPage = await subgraph.execute(SYNC, { after: cursor, first: 100 }, adminA).then((result) => result.data!.webhooks);
      expect(whileOpen.nodes.map((node) => node.id)).not.toContain(fast);
      seen.push(...whileOpen.nodes);
      cursor = whileOpen.pageInfo.endCursor ?? cursor;
    });

    const expected = async () =>
      (await subgraph.ownerDataSource.query('SELECT id, updated_at FROM notifications.webhook WHERE collectivity_id = $1 AND updated_at >= $2', [
        adminA.collectivityId,
        since,
      ])) as Array<{ id: string; updated_at: Date }>;
    // drain: the horizon waits for every older transaction of the cluster
    await drainSync(() => read(2), seen, expected);

    const latest = expectSyncedExactly(seen, await expected());
    expect(latest.get(initial[5])!.active).toBe(false);
    expect(latest.has(inserted) && latest.has(fast!)).toBe(true);
    const caughtUp = await read(2);
    expect(caughtUp).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: cursor } });
  });
});

describe('deletedWebhooks (tombstones)', () => {
  it("shows a collectivity's deleted webhook to its admins only: not another collectivity's admin, nor the network, which never read it", async () => {
    const since = await databaseNow();
    const id = await createWebhook(adminA);
    expect((await subgraph.execute(DELETE, { id }, adminA)).errors).toBeUndefined();
    await settle();
    const { data } = await subgraph.execute(DELETED, { since }, adminA);
    expect(data!.deletedWebhooks.nodes).toEqual([{ id, type: 'Webhook', collectivityId: DemoIds.tamazgana, deletedAt: expect.any(String) }]);
    expect(new Date(data!.deletedWebhooks.nodes[0].deletedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    expect(await deletedIds(since, adminB)).toEqual([]);
    expect(await deletedIds(since, network)).toEqual([]);
  });

  it("shows the network's deleted webhook to the network, and to no collectivity's admin", async () => {
    const since = await databaseNow();
    const id = await createWebhook(network);
    expect((await subgraph.execute(DELETE, { id }, network)).errors).toBeUndefined();
    await settle();
    const { data } = await subgraph.execute(DELETED, { since }, network);
    expect(data!.deletedWebhooks.nodes).toEqual([{ id, type: 'Webhook', collectivityId: null, deletedAt: expect.any(String) }]);
    expect(await deletedIds(since, adminA)).toEqual([]);
    expect(await deletedIds(since, adminB)).toEqual([]);
  });

  it('refuses the deletions to an editor (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED), as the list does', async () => {
    const id = await createWebhook(adminA);
    await subgraph.execute(DELETE, { id }, adminA);
    for (const [caller, code] of [
      [editorA, 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await subgraph.execute(DELETED, {}, caller);
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({ code });
    }
  });

  it("keeps a webhook's tombstone from an editor, another admin and anonymous callers under row-level security, whatever the query says", async () => {
    const id = await createWebhook(adminA);
    await subgraph.execute(DELETE, { id }, adminA);
    const asCaller = (settings: { role: string; collectivityId: string | null }) =>
      subgraph.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('app.role', $1, true), set_config('app.collectivity_id', $2, true)`, [settings.role, settings.collectivityId ?? '']);
        return manager.query('SELECT id FROM notifications.tombstone WHERE id = $1', [id]);
      });
    expect(await asCaller(adminA)).toEqual([{ id }]);
    expect(await asCaller(editorA)).toEqual([]);
    expect(await asCaller(adminB)).toEqual([]);
    expect(await asCaller(network)).toEqual([]);
    expect(await asCaller({ role: 'ANONYMOUS', collectivityId: null })).toEqual([]);
    await expect(
      subgraph.dataSource.query(`INSERT INTO notifications.tombstone (collectivity_id, type, id, published) VALUES ($1, 'Webhook', gen_random_uuid(), true)`, [DemoIds.tamazgana]),
    ).rejects.toThrow(/permission denied/);
  });

  it('pages deletions with after, oldest first, without repeating one', async () => {
    const since = await databaseNow();
    const ids = [await createWebhook(), await createWebhook(), await createWebhook()];
    for (const id of ids) await subgraph.execute(DELETE, { id }, adminA);
    await settle();
    const first = await subgraph.execute(DELETED, { since, first: 2 }, adminA);
    expect(first.data!.deletedWebhooks.nodes.map((node: { id: string }) => node.id)).toEqual(ids.slice(0, 2));
    expect(first.data!.deletedWebhooks.pageInfo.hasNextPage).toBe(true);
    const next = await subgraph.execute(DELETED, { after: first.data!.deletedWebhooks.pageInfo.endCursor, first: 2 }, adminA);
    expect(next.data!.deletedWebhooks.nodes.map((node: { id: string }) => node.id)).toEqual([ids[2]]);
    expect(next.data!.deletedWebhooks.pageInfo.hasNextPage).toBe(false);
  });
});

describe('webhookDeliveries (a log)', () => {
  it('pages the log in its own order with after, and refuses a sync cursor naming after', async () => {
    const id = await createWebhook(adminA);
    const [{ message_id: messageId }] = await subgraph.ownerDataSource.query(
      `INSERT INTO notifications.webhook_message (collectivity_id, webhook_id, event_key, kind, body) VALUES ($1, $2, 'sync-test', 'PROPOSAL_SUBMITTED', '{}') RETURNING id AS message_id`,
      [DemoIds.tamazgana, id],
    );
    for (const attempt of [1, 2, 3]) {
      await subgraph.ownerDataSource.query(
        `INSERT INTO notifications.webhook_delivery (collectivity_id, webhook_id, message_id, kind, attempt, succeeded, duration_ms, attempted_at)
         VALUES ($1, $2, $3, 'PROPOSAL_SUBMITTED', $4::int, false, 5, now() + make_interval(secs => $4::int))`,
        [DemoIds.tamazgana, id, messageId, attempt],
      );
    }
    const LOG = 'query ($id: ID!, $after: String) { webhookDeliveries(webhookId: $id, first: 2, after: $after) { totalCount nodes { attempt } pageInfo { endCursor hasNextPage } } }';
    const first = await subgraph.execute(LOG, { id }, adminA);
    expect(first.errors).toBeUndefined();
    expect(first.data!.webhookDeliveries).toMatchObject({ totalCount: 3, nodes: [{ attempt: 3 }, { attempt: 2 }], pageInfo: { hasNextPage: true } });
    const next = await subgraph.execute(LOG, { id, after: first.data!.webhookDeliveries.pageInfo.endCursor }, adminA);
    expect(next.data!.webhookDeliveries).toMatchObject({ nodes: [{ attempt: 1 }], pageInfo: { hasNextPage: false } });
    const syncCursor = (await syncPage({ since: '2000-01-01T00:00:00Z', first: 1 })).pageInfo.endCursor;
    const refused = await subgraph.execute(LOG, { id, after: syncCursor }, adminA);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
