import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };

const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email role collectivity { id } } }`;
const accountCount = async () => (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM territory.account'))[0].n;

describe('accounts', () => {
  it('seeds the four demo accounts of the contract, with their roles and tenants', async () => {
    const { data } = await subgraph.execute('{ accounts(first: 100) { nodes { email role collectivity { id } } } }', {}, network);
    expect(data!.accounts.nodes).toEqual([
      { email: 'admin@demo-commune.infitah.test', role: 'COLLECTIVITY_ADMIN', collectivity: { id: DemoIds.demoCommune } },
      { email: 'admin@tamazgana.infitah.test', role: 'COLLECTIVITY_ADMIN', collectivity: { id: DemoIds.tamazgana } },
      { email: 'editor@tamazgana.infitah.test', role: 'COLLECTIVITY_EDITOR', collectivity: { id: DemoIds.tamazgana } },
      { email: 'network@infitah.test', role: 'NETWORK_ADMIN', collectivity: null },
    ]);
  });

  it("gives a collectivity admin's new account its own collectivity and stores the email in lower case", async () => {
    const { data, errors } = await subgraph.execute(
      CREATE,
      { input: { email: 'New.Editor@Tamazgana.infitah.test', displayName: 'Nouvel éditeur', password: 'long enough password', role: 'COLLECTIVITY_EDITOR' } },
      adminA,
    );
    expect(errors).toBeUndefined();
    expect(data!.createAccount).toMatchObject({ email: 'new.editor@tamazgana.infitah.test', collectivity: { id: DemoIds.tamazgana } });
  });

  it.each([
    ['email', { email: 'not an email' }, 'isEmail'],
    ['password', { password: 'short' }, 'isLength'],
    ['displayName', { displayName: '' }, 'isLength'],
  ])('refuses an invalid %s with BAD_USER_INPUT naming the field and the rule, writing nothing', async (field, change, rule) => {
    const before = await accountCount();
    const { errors } = await subgraph.execute(
      CREATE,
      { input: { email: 'valid@tamazgana.infitah.test', displayName: 'Valid', password: 'long enough password', role: 'COLLECTIVITY_EDITOR', ...change } },
      adminA,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    expect(errors![0].message).toMatch(new RegExp(`^${field}: `));
    expect(await accountCount()).toBe(before);
  });

  it('refuses an email already used, whatever its case', async () => {
    const { errors } = await subgraph.execute(
      CREATE,
      { input: { email: 'EDITOR@tamazgana.infitah.test', displayName: 'Twin', password: 'long enough password', role: 'COLLECTIVITY_EDITOR' } },
      adminA,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('requires a collectivity for commune accounts and none for network accounts', async () => {
    const commune = await subgraph.execute(
      CREATE,
      { input: { email: 'orphan@infitah.test', displayName: 'Orphan', password: 'long enough password', role: 'COLLECTIVITY_EDITOR' } },
      network,
    );
    expect(commune.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectivityId' });
    const networkAccount = await subgraph.execute(
      CREATE,
      { input: { email: 'staff@infitah.test', displayName: 'Staff', password: 'long enough password', role: 'NETWORK_ADMIN', collectivityId: DemoIds.tamazgana } },
      network,
    );
    expect(networkAccount.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectivityId' });
  });

  it('records the last login and issues a token that names the caller', async () => {
    const { data, errors } = await subgraph.execute(
      'mutation { login(email: "network@infitah.test", password: "infitah-demo") { token expiresAt account { email lastLoginAt } } }',
    );
    expect(errors).toBeUndefined();
    const claims = JSON.parse(Buffer.from(data!.login.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: DemoIds.accounts.network, role: 'NETWORK_ADMIN', collectivityId: null, ver: 0 });
    expect(new Date(data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const [row] = await subgraph.ownerDataSource.query('SELECT last_login_at FROM territory.account WHERE id = $1', [DemoIds.accounts.network]);
    expect(row.last_login_at).not.toBeNull();
  });
});
