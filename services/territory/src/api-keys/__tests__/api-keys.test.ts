import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, testSecurity, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';
import { apiKeySecretMatches, hashApiKeySecret } from '../api-key.secret';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const CREATE = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix } } }';

async function createKeyOfA(readOnly = true) {
  const { data, errors } = await subgraph.execute(CREATE, { input: { name: '  Site web  ', readOnly } }, adminA);
  expect(errors).toBeUndefined();
  return data!.createApiKey as { secret: string; apiKey: { id: string; prefix: string } };
}

/** A statement as the service's runtime role, with the caller's settings, in a transaction rolled back after. */
async function asCaller<T>(caller: Caller, sql: string, parameters: unknown[] = []): Promise<T> {
  const runner = subgraph.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query("SELECT set_config('app.role', $1, true), set_config('app.user_id', $2, true), set_config('app.collectivity_id', $3, true), set_config('app.api_key_id', $4, true)", [
      caller.role,
      caller.userId ?? '',
      caller.collectivityId ?? '',
      caller.apiKey?.id ?? '',
    ]);
    return (await runner.query(sql, parameters)) as T;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('API keys in territory', () => {
  it('stores a keyed hash of the secret under its prefix, the name trimmed, for the creator and its collectivity', async () => {
    const { secret, apiKey } = await createKeyOfA();
    const [row] = await subgraph.ownerDataSource.query('SELECT name, prefix, secret_hash, account_id, collectivity_id FROM territory.api_key WHERE id = $1', [apiKey.id]);
    expect(row).toMatchObject({ name: 'Site web', prefix: apiKey.prefix, account_id: DemoIds.accounts.tamazganaAdmin, collectivity_id: DemoIds.tamazgana });
    expect(Buffer.compare(row.secret_hash, hashApiKeySecret(testSecurity().jwtSecret, secret))).toBe(0);
    expect(apiKeySecretMatches(testSecurity().jwtSecret, secret, row.secret_hash)).toBe(true);
    expect(apiKeySecretMatches('another service secret, just as long as the real one', secret, row.secret_hash)).toBe(false);
    expect(apiKeySecretMatches(testSecurity().jwtSecret, `${secret.slice(0, -1)}x`, row.secret_hash)).toBe(false);
  });

  it("shows another collectivity's admin none of the keys, even to a query without the resolver's filter", async () => {
    const { apiKey } = await createKeyOfA();
    const seen = await asCaller<Array<{ id: string }>>(adminB, 'SELECT id FROM territory.api_key');
    expect(seen.map((row) => row.id)).not.toContain(apiKey.id);
    const revoked = await asCaller<[unknown[], number]>(adminB, 'UPDATE territory.api_key SET revoked_at = now() WHERE id = $1', [apiKey.id]);
    expect(revoked[1]).toBe(0);
    const editor: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
    expect(await asCaller<unknown[]>(editor, 'SELECT id FROM territory.api_key')).toEqual([]);
  });

  it('refuses, in the database too, a key created while acting with a key or in the name of another account', async () => {
    const { apiKey } = await createKeyOfA(false);
    const insert = `INSERT INTO territory.api_key (collectivity_id, account_id, name, prefix, secret_hash, read_only)
                    VALUES ($1, $2, 'x', 'abcdefabcdef', decode(repeat('00', 32), 'hex'), false)`;
    await expect(asCaller({ ...adminA, apiKey: { id: apiKey.id, readOnly: false } }, insert, [DemoIds.tamazgana, DemoIds.accounts.tamazganaAdmin])).rejects.toThrow(/row-level security/);
    await expect(asCaller(adminA, insert, [DemoIds.tamazgana, DemoIds.accounts.tamazganaEditor])).rejects.toThrow(/row-level security/);
  });

  it('lets an audit entry name only the key the caller acts with', async () => {
    const { apiKey } = await createKeyOfA(false);
    const insert = `INSERT INTO audit.entry (collectivity_id, service, actor_id, actor_role, entity, entity_id, action, api_key_id)
                    VALUES ($1, 'territory', $2, 'COLLECTIVITY_ADMIN', 'Test', 'x', 'CREATE', $3)`;
    const parameters = [DemoIds.tamazgana, DemoIds.accounts.tamazganaAdmin, apiKey.id];
    await expect(asCaller(adminA, insert, parameters)).rejects.toThrow(/row-level security/);
    await expect(asCaller({ ...adminA, apiKey: { id: apiKey.id, readOnly: false } }, insert, parameters)).resolves.toBeDefined();
    await expect(asCaller({ ...adminA, apiKey: { id: apiKey.id, readOnly: false } }, insert, [DemoIds.tamazgana, DemoIds.accounts.tamazganaAdmin, null])).rejects.toThrow(/row-level security/);
  });

  it('refuses every mutation of a read-only key in the subgraph itself, whatever the gateway did', async () => {
    const { apiKey } = await createKeyOfA(true);
    const { errors } = await subgraph.execute(
      'mutation ($input: CollectivityProfileInput!) { updateCollectivityProfile(input: $input) { id } }',
      { input: { focalPointName: 'Par une clé' } },
      { ...adminA, apiKey: { id: apiKey.id, readOnly: true } },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_READ_ONLY' });
  });

  it('revokes once: revoking again changes nothing and records one REVOKE in the audit trail', async () => {
    const { apiKey } = await createKeyOfA();
    const REVOKE = 'mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
    const first = await subgraph.execute(REVOKE, { id: apiKey.id }, adminA);
    const second = await subgraph.execute(REVOKE, { id: apiKey.id }, adminA);
    expect(second.data!.revokeApiKey.revokedAt).toBe(first.data!.revokeApiKey.revokedAt);
    const entries = await subgraph.ownerDataSource.query("SELECT action, actor_id FROM audit.entry WHERE entity = 'ApiKey' AND entity_id = $1 ORDER BY occurred_at", [apiKey.id]);
    expect(entries).toEqual([
      { action: 'CREATE', actor_id: DemoIds.accounts.tamazganaAdmin },
      { action: 'REVOKE', actor_id: DemoIds.accounts.tamazganaAdmin },
    ]);
  });

  it('refuses an id that is not a UUID with BAD_USER_INPUT naming `id`', async () => {
    const { errors } = await subgraph.execute('mutation { revokeApiKey(id: "nope") { id } }', {}, adminA);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
