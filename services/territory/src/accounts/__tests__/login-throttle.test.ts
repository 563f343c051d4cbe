import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';
import { loginThrottleFor, type LoginThrottleOptions } from '../login-throttle';

/**
 * Issue 17, finding 6: ten wrong passwords locked an account for everyone, its owner included. Now guessing is
 * slowed per (account, address) and stopped per address; the account itself is never locked.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CHANGE = 'mutation ($old: String!, $new: String!) { changePassword(oldPassword: $old, newPassword: $new) { token } }';
const DEMO_PASSWORD = 'infitah-demo';

let addresses = 0;
/** A client address no other test uses. */
const freshAddress = () => `203.0.113.${(addresses += 1)}`;

const login = (email: string, password: string, clientAddress: string) => subgraph.execute(LOGIN, { email, password }, undefined, { clientAddress });
const codeOf = (outcome: Awaited<ReturnType<typeof login>>) => (outcome.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';

/** Lowers the thresholds for one test; every test starts from the defaults otherwise. */
const configure = (options: Partial<LoginThrottleOptions>) => loginThrottleFor(subgraph.dataSource, 'test', options);

/** Lets every pending wait elapse, as if its time had passed (no sleeping in tests). */
const elapseWaits = () => subgraph.dataSource.query("UPDATE territory.login_throttle SET expire = 0 WHERE key LIKE 'wait:%'");

async function newAccount(email: string, password: string): Promise<string> {
  const { data, errors } = await subgraph.execute(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    { input: { email, displayName: 'Throttled', password, role: 'COLLECTIVITY_EDITOR', collectivityId: DemoIds.tamazgana } },
    network,
  );
  expect(errors).toBeUndefined();
  return data!.createAccount.id;
}

afterEach(() => {
  loginThrottleFor(subgraph.dataSource, 'test', {});
});

describe('login throttle', () => {
  it('lets the owner sign in from another address after ten wrong passwords from one address', async () => {
    const attacker = freshAddress();
    const outcomes: Array<Awaited<ReturnType<typeof login>>> = [];
    for (let index = 0; index < 10; index += 1) outcomes.push(await login('network@infitah.test', `guess ${index}`, attacker));
    // the first five are checked; after them the attacker's address waits, 30 seconds at first by default
    expect(outcomes.map(codeOf)).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(5).fill('RATE_LIMITED')]);
    const wait = outcomes[5].errors![0].extensions!.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(20);
    expect(wait).toBeLessThanOrEqual(30);
    const owner = await login('NETWORK@infitah.test', DEMO_PASSWORD, freshAddress());
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.token).toEqual(expect.any(String));
  });

  it('makes the address wait after its free failures, the right password included, and doubles the wait after each further failure', async () => {
    configure({ freeFailures: 3, firstWaitSeconds: 60, maxWaitSeconds: 3600 });
    const attacker = freshAddress();
    for (let index = 0; index < 3; index += 1) expect(codeOf(await login('admin@tamazgana.infitah.test', 'wrong', attacker))).toBe('UNAUTHENTICATED');

    const refused = await login('admin@tamazgana.infitah.test', DEMO_PASSWORD, attacker);
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const firstWait = refused.errors![0].extensions!.retryAfterSeconds as number;
    expect(firstWait).toBeGreaterThan(50);
    expect(firstWait).toBeLessThanOrEqual(60);
    expect(refused.errors![0].message).toMatch(new RegExp(`retry in ${firstWait} seconds`));

    await elapseWaits();
    expect(codeOf(await login('admin@tamazgana.infitah.test', 'wrong again', attacker))).toBe('UNAUTHENTICATED');
    const secondWait = (await login('admin@tamazgana.infitah.test', DEMO_PASSWORD, attacker)).errors![0].extensions!.retryAfterSeconds as number;
    expect(secondWait).toBeGreaterThan(110);
    expect(secondWait).toBeLessThanOrEqual(120);

    await elapseWaits();
    expect(codeOf(await login('admin@tamazgana.infitah.test', 'and again', attacker))).toBe('UNAUTHENTICATED');
    const thirdWait = (await login('admin@tamazgana.infitah.test', 'wrong', attacker)).errors![0].extensions!.retryAfterSeconds as number;
    expect(thirdWait).toBeGreaterThan(230);
    expect(thirdWait).toBeLessThanOrEqual(240);

    // once the wait is over, the right password from that address signs in
    await elapseWaits();
    expect(codeOf(await login('admin@tamazgana.infitah.test', DEMO_PASSWORD, attacker))).toBe('ok');
  });

  it('throttles an unknown email like a known one, so the answer tells nothing about which exists', async () => {
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    const attacker = freshAddress();
    const codes: string[] = [];
    for (let index = 0; index < 3; index += 1) codes.push(codeOf(await login('nobody-here@infitah.test', 'wrong', attacker)));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('clears the counters of an account and address on a successful sign-in', async () => {
    configure({ freeFailures: 3, firstWaitSeconds: 60 });
    const address = freshAddress();
    const codes: string[] = [];
    for (const password of ['wrong 1', 'wrong 2', DEMO_PASSWORD, 'wrong 3', 'wrong 4', 'wrong 5', 'wrong 6']) {
      codes.push(codeOf(await login('editor@tamazgana.infitah.test', password, address)));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'ok', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('blocks an address after many failures across accounts, for every account, while other addresses sign in', async () => {
    configure({ freeFailures: 10, addressFailures: 4, addressWindowSeconds: 3600, addressBlockSeconds: 1800 });
    const attacker = freshAddress();
    // its own successful sign-ins neither count towards the block nor clear it
    for (let index = 0; index < 3; index += 1) expect(codeOf(await login('editor@tamazgana.infitah.test', DEMO_PASSWORD, attacker))).toBe('ok');
    const emails = ['admin@tamazgana.infitah.test', 'network@infitah.test', 'admin@demo-commune.infitah.test', 'someone@infitah.test'];
    for (const email of emails) expect(codeOf(await login(email, 'wrong', attacker))).toBe('UNAUTHENTICATED');

    for (const email of ['editor@tamazgana.infitah.test', 'network@infitah.test']) {
      const refused = await login(email, DEMO_PASSWORD, attacker);
      expect(refused.errors![0].extensions!.code).toBe('RATE_LIMITED');
      const wait = refused.errors![0].extensions!.retryAfterSeconds as number;
      expect(wait).toBeGreaterThan(1700);
      expect(wait).toBeLessThanOrEqual(1800);
    }
    // the block is the address's, not the accounts'; and a pair's wait has not elapsed to let it through
    await elapseWaits();
    expect(codeOf(await login('network@infitah.test', DEMO_PASSWORD, attacker))).toBe('RATE_LIMITED');
    for (const email of ['editor@tamazgana.infitah.test', 'network@infitah.test']) {
      expect(codeOf(await login(email, DEMO_PASSWORD, freshAddress()))).toBe('ok');
    }
  });

  it('checks at most one password past the free failures when tries arrive at once', async () => {
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    const attacker = freshAddress();
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, index) => login('network@infitah.test', `burst ${index}`, attacker)));
    const codes = outcomes.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED')).toBe(true);
  });

  it('keeps its counters in the database, so that another process of the service sees them', async () => {
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    const attacker = freshAddress();
    for (let index = 0; index < 2; index += 1) expect(codeOf(await login('network@infitah.test', 'wrong', attacker))).toBe('UNAUTHENTICATED');
    // a fresh throttle holds nothing in memory: what it knows comes from PostgreSQL
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    expect(codeOf(await login('network@infitah.test', DEMO_PASSWORD, attacker))).toBe('RATE_LIMITED');
    const rows: Array<{ key: string }> = await subgraph.dataSource.query('SELECT key FROM territory.login_throttle');
    expect(rows.length).toBeGreaterThan(0);
    // keys are HMACs: no email or address is stored
    expect(rows.some((row) => /@|203\.0\.113/.test(row.key))).toBe(false);
  });
});

describe('changePassword throttle', () => {
  it("throttles wrong old passwords like sign-ins, sharing the account's counters per address, and lets the owner change it from another address", async () => {
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    const email = 'changes.throttled@tamazgana.infitah.test';
    const userId = await newAccount(email, 'first long password');
    const owner: Caller = { role: 'COLLECTIVITY_EDITOR', userId, collectivityId: DemoIds.tamazgana };
    const attacker = freshAddress();
    const change = (old: string, clientAddress: string) => subgraph.execute(CHANGE, { old, new: 'second long password' }, owner, { clientAddress });

    for (let index = 0; index < 2; index += 1) {
      const wrong = await change(`wrong ${index}`, attacker);
      expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'oldPassword' });
    }
    const refused = await change('first long password', attacker);
    expect(refused.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(50);
    // the same pair's sign-ins wait too: one budget of guesses per account and address
    expect(codeOf(await login(email, 'first long password', attacker))).toBe('RATE_LIMITED');
    // nothing was changed: the first password still signs in, from another address
    expect(codeOf(await login(email, 'first long password', freshAddress()))).toBe('ok');

    const changed = await change('first long password', freshAddress());
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await login(email, 'second long password', freshAddress()))).toBe('ok');
  });
});
