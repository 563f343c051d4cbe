import { ANONYMOUS, type Caller } from '@infitah/server-kit';
import { databaseNow as databaseNowIn, demoCallers, drainSync, expectSyncedExactly, settleSync, startTestSubgraph, type TestSubgraph, whileTransactionOpen } from '@infitah/test-kit';
import { territory } from '../../subgraph';

/** Incremental sync of `apiKeys`: a key changes when it is used or revoked, and a sync reads those changes. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const { adminA, adminB, editorA, network } = demoCallers;
const CREATE = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }';
const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt updatedAt } }';
const SYNC = `query ($since: DateTimeISO, $after: String, $first: Int) {
  apiKeys(filter: { updatedSince: $since }, first: $first, after: $after) {
    totalCount nodes { id updatedAt lastUsedAt revokedAt } pageInfo { endCursor hasNextPage }
  }
}`;

interface SyncNode {
  id: string;
  updatedAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface SyncPage {
  totalCount: number;
  nodes: SyncNode[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const databaseNow = () => databaseNowIn(subgraph.ownerDataSource);

let counter = 0;
async function createKey(caller: Caller = adminA): Promise<string> {
  counter += 1;
  const { data, errors } = await subgraph.execute(CREATE, { input: { name: `Clé de synchronisation ${counter}`, readOnly: true } }, caller);
  expect(errors).toBeUndefined();
  return data!.createApiKey.apiKey.id;
}

async function syncPage(variables: { since?: string; after?: string | null; first?: number }, caller: Caller = adminA): Promise<SyncPage> {
  await settleSync(subgraph.ownerDataSource);
  const { data, errors } = await subgraph.execute(SYNC, variables, caller);
  expect(errors).toBeUndefined();
  return data!.apiKeys;
}

describe('apiKeys(filter: { updatedSince })', () => {
  it('returns exactly the keys created, used or revoked since the instant, with their updatedAt', async () => {
    const used = await createKey();
    const revoked = await createKey();
    const untouched = await createKey();
    const since = await databaseNow();
    const created = await createKey();
    // the gateway's check of a presented secret records its use through this definer function
    await subgraph.dataSource.query('SELECT territory.api_key_used($1)', [used]);
    expect((await subgraph.execute(REVOKE, { id: revoked }, adminA)).errors).toBeUndefined();
    const page = await syncPage({ since, first: 100 });
    expect(page.nodes.map((node) => node.id).sort()).toEqual([created, used, revoked].sort());
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((node) => node.id)).not.toContain(untouched);
    for (const node of page.nodes) expect(new Date(node.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    expect(page.nodes.find((node) => node.id === used)!.lastUsedAt).not.toBeNull();
    expect(page.nodes.find((node) => node.id === revoked)!.revokedAt).not.toBeNull();
  });

  it("shows a sync of keys only to the keys' own managers: not another collectivity's admin, nor the network, an editor, a key or an anonymous caller", async () => {
    const since = await databaseNow();
    const ownKey = await createKey(adminA);
    const networkKey = await createKey(network);
    expect((await syncPage({ since }, adminA)).nodes.map((node) => node.id)).toEqual([ownKey]);
    expect((await syncPage({ since }, network)).nodes.map((node) => node.id)).toEqual([networkKey]);
    expect((await syncPage({ since }, adminB)).nodes).toEqual([]);
    const keyCaller: Caller = { ...adminA, apiKey: { id: ownKey, readOnly: true } };
    for (const [caller, code] of [
      [editorA, 'FORBIDDEN'],
      [keyCaller, 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await subgraph.execute(SYNC, { since }, caller);
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({ code });
    }
  });

  it("never continues another tenant's sync: a cursor read by one admin gives another admin none of its keys", async () => {
    const since = await databaseNow();
    await createKey(adminA);
    await createKey(adminA);
    const first = await syncPage({ since, first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const other = await syncPage({ after: first.pageInfo.endCursor, first: 100 }, adminB);
    expect(other.nodes).toEqual([]);
  });

  it('never misses nor repeats a change while keys are created, used and revoked during the sync, even out of order', async () => {
    const since = await databaseNow();
    const initial: string[] = [];
    for (let index = 0; index < 6; index += 1) initial.push(await createKey());
    const seen: SyncNode[] = [];
    let cursor: string | null = null;
    const read = async (first = 2) => {
      const page: SyncPage = await syncPage(cursor ? { after: cursor, first } : { since, first });
      seen.push(...page.nodes);
      cursor = page.pageInfo.endCursor ?? cursor;
      return page;
    };

    await read();
    // writes between pages: a key already read is revoked, one not yet read is used, a new one appears
    await subgraph.execute(REVOKE, { id: seen[0].id }, adminA);
    await subgraph.dataSource.query('SELECT territory.api_key_used($1)', [initial.find((id) => !seen.some((node) => node.id === id))!]);
    const inserted = await createKey();
    await read();

    // a transaction that began first but commits last: its change must not be skipped by a cursor that moved on
    let fast: string;
    await whileTransactionOpen(subgraph.ownerDataSource, [`UPDATE territory.api_key SET name = 'Lente' WHERE id = $1`, [initial[5]]], async () => {
      fast = await createKey();
      const whileOpen: SyncPage = await subgraph.execute(SYNC, { after: cursor, first: 100 }, adminA).then((result) => result.data!.apiKeys);
      expect(whileOpen.nodes.map((node) => node.id)).not.toContain(fast);
      seen.push(...whileOpen.nodes);
      cursor = whileOpen.pageInfo.endCursor ?? cursor;
    });

    const expected = async () =>
      (await subgraph.ownerDataSource.query('SELECT id, updated_at FROM territory.api_key WHERE collectivity_id = $1 AND updated_at >= $2', [
        adminA.collectivityId,
        since,
      ])) as Array<{ id: string; updated_at: Date }>;
    // drain: the horizon waits for every older transaction of the cluster
    await drainSync(() => read(2), seen, expected);

    const latest = expectSyncedExactly(seen, await expected());
    expect(latest.get(seen[0].id)!.revokedAt).not.toBeNull();
    expect(latest.has(inserted) && latest.has(fast!) && latest.has(initial[5])).toBe(true);
    const caughtUp = await read(2);
    expect(caughtUp).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: cursor } });
  });

  it('keeps its own order, newest first, without updatedSince', async () => {
    const older = await createKey();
    const newer = await createKey();
    const { data, errors } = await subgraph.execute('{ apiKeys(first: 2) { nodes { id } pageInfo { hasNextPage } } }', {}, adminA);
    expect(errors).toBeUndefined();
    expect(data!.apiKeys.nodes.map((node: { id: string }) => node.id)).toEqual([newer, older]);
  });
});

describe('the audit trail names the key a change was made with', () => {
  it("gives an entry's apiKey to the key's managers, and only its id to those who may not see the key", async () => {
    const keyId = await createKey(adminA);
    const { data: keyData } = await subgraph.execute('{ apiKeys(first: 1) { nodes { id name prefix } } }', {}, adminA);
    const key = keyData!.apiKeys.nodes[0];
    expect(key.id).toBe(keyId);
    const keyCaller: Caller = { ...adminA, apiKey: { id: keyId, readOnly: false } };
    const written = await subgraph.execute('mutation { updateCollectivityProfile(input: { focalPointRole: "Intégration" }) { id } }', {}, keyCaller);
    expect(written.errors).toBeUndefined();
    const LOG = 'query ($key: ID!) { auditLog(filter: { apiKeyId: $key }) { nodes { entity apiKeyId apiKey { id name prefix } } } }';
    const byAdmin = await subgraph.execute(LOG, { key: keyId }, adminA);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.auditLog.nodes).toEqual([{ entity: 'CollectivityProfile', apiKeyId: keyId, apiKey: key }]);
    for (const caller of [editorA, network, keyCaller]) {
      const { data, errors } = await subgraph.execute(LOG, { key: keyId }, caller);
      expect(errors).toBeUndefined();
      expect(data!.auditLog.nodes).toEqual([{ entity: 'CollectivityProfile', apiKeyId: keyId, apiKey: null }]);
    }
    const other = await subgraph.execute(LOG, { key: keyId }, adminB);
    expect(other.data!.auditLog.nodes).toEqual([]);
    // a change made in a person's session names no key
    await subgraph.execute('mutation { updateCollectivityProfile(input: { focalPointRole: "Accueil" }) { id } }', {}, adminA);
    const session = await subgraph.execute('{ auditLog(first: 1) { nodes { apiKeyId apiKey { id } } } }', {}, adminA);
    expect(session.data!.auditLog.nodes).toEqual([{ apiKeyId: null, apiKey: null }]);
  });
});
