import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import { once } from 'node:events';
import { DemoIds } from '@infitah/demo-data';
import { createDataSource, createSubgraphServer, RequestContext, REQUEST_TIMEOUTS, type Caller } from '@infitah/server-kit';
import { startTestSubgraph, testSecurity, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';
import { LOGIN_THROTTLE_DEFAULTS, loginThrottleFor, loginThrottleOptionsFromEnv, type LoginThrottleOptions } from '../login-throttle';

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
const configure = (options: Partial<LoginThrottleOptions>) => loginThrottleFor(subgraph.dataSource, testSecurity().jwtSecret, options);

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
  configure({});
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

  it('blocks an address that tries more distinct accounts than allowed without success, for every account, while other addresses sign in', async () => {
    configure({ freeFailures: 10, addressAccounts: 4, addressWindowSeconds: 3600, addressBlockSeconds: 1800 });
    const attacker = freshAddress();
    // its own successful sign-ins neither count towards the block nor clear it
    for (let index = 0; index < 3; index += 1) expect(codeOf(await login('editor@tamazgana.infitah.test', DEMO_PASSWORD, attacker))).toBe('ok');
    const emails = ['admin@tamazgana.infitah.test', 'network@infitah.test', 'admin@demo-commune.infitah.test', 'someone@infitah.test'];
    for (const email of emails) expect(codeOf(await login(email, 'wrong', attacker))).toBe('UNAUTHENTICATED');
    // further failures on accounts already counted do not count again
    for (const email of emails) expect(codeOf(await login(email, 'wrong again', attacker))).toBe('UNAUTHENTICATED');

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

  it('does not block a shared address (a NAT) for many failures on one account: only distinct accounts count towards the block', async () => {
    // the defaults, but no back-off per pair, to reach the old hard block of 50 failures an hour
    configure({ freeFailures: 1000 });
    const office = freshAddress();
    for (let index = 0; index < 55; index += 1) expect(codeOf(await login('admin@demo-commune.infitah.test', `typo ${index}`, office))).toBe('UNAUTHENTICATED');
    // a colleague behind the same address still signs in
    expect(codeOf(await login('editor@tamazgana.infitah.test', DEMO_PASSWORD, office))).toBe('ok');
  });

  it('reads its thresholds from LOGIN_THROTTLE_* variables and refuses a value that is not a whole number', () => {
    expect(loginThrottleOptionsFromEnv({})).toEqual(LOGIN_THROTTLE_DEFAULTS);
    expect(
      loginThrottleOptionsFromEnv({
        LOGIN_THROTTLE_FREE_FAILURES: '0',
        LOGIN_THROTTLE_FIRST_WAIT_SECONDS: '10',
        LOGIN_THROTTLE_MAX_WAIT_SECONDS: '600',
        LOGIN_THROTTLE_PAIR_MEMORY_SECONDS: '7200',
        LOGIN_THROTTLE_ADDRESS_ACCOUNTS: '100',
        LOGIN_THROTTLE_ADDRESS_WINDOW_SECONDS: '1800',
        LOGIN_THROTTLE_ADDRESS_BLOCK_SECONDS: '900',
      }),
    ).toEqual({ freeFailures: 0, firstWaitSeconds: 10, maxWaitSeconds: 600, pairMemorySeconds: 7200, addressAccounts: 100, addressWindowSeconds: 1800, addressBlockSeconds: 900 });
    expect(() => loginThrottleOptionsFromEnv({ LOGIN_THROTTLE_ADDRESS_ACCOUNTS: 'many' })).toThrow(/LOGIN_THROTTLE_ADDRESS_ACCOUNTS/);
    expect(() => loginThrottleOptionsFromEnv({ LOGIN_THROTTLE_FIRST_WAIT_SECONDS: '0' })).toThrow(/LOGIN_THROTTLE_FIRST_WAIT_SECONDS/);
    expect(() => loginThrottleOptionsFromEnv({ LOGIN_THROTTLE_MAX_WAIT_SECONDS: '1.5' })).toThrow(/LOGIN_THROTTLE_MAX_WAIT_SECONDS/);
  });

  it('applies the thresholds of the environment to the throttle of each secret', async () => {
    const saved = process.env.LOGIN_THROTTLE_FREE_FAILURES;
    process.env.LOGIN_THROTTLE_FREE_FAILURES = '2';
    try {
      expect(loginThrottleFor(subgraph.dataSource, 'a secret no throttle was made for yet').options.freeFailures).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.LOGIN_THROTTLE_FREE_FAILURES;
      else process.env.LOGIN_THROTTLE_FREE_FAILURES = saved;
    }
  });

  it('keeps one throttle per secret: a throttle made with another secret does not replace the one signing in uses', async () => {
    loginThrottleFor(subgraph.dataSource, 'another secret', { freeFailures: 1, firstWaitSeconds: 60 });
    expect(loginThrottleFor(subgraph.dataSource, 'another secret')).not.toBe(loginThrottleFor(subgraph.dataSource, testSecurity().jwtSecret));
    const address = freshAddress();
    const codes: string[] = [];
    for (let index = 0; index < 3; index += 1) codes.push(codeOf(await login('network@infitah.test', `guess ${index}`, address)));
    // the service's throttle keeps its five free failures
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('keys its counters with a key derived for the throttle, not with the token-signing secret itself', async () => {
    const address = freshAddress();
    expect(codeOf(await login('network@infitah.test', 'wrong', address))).toBe('UNAUTHENTICATED');
    const rows: Array<{ key: string }> = await subgraph.dataSource.query('SELECT key FROM territory.login_throttle');
    const keys = new Set(rows.map((row) => row.key));
    const signed = (secret: string | Buffer) => createHmac('sha256', secret).update(`pair\naccount:${DemoIds.accounts.network}\n${address}`).digest('base64url');
    expect(keys.has(`pair:${signed(testSecurity().jwtSecret)}`)).toBe(false);
    const { hkdfSync } = await import('node:crypto');
    const derived = Buffer.from(hkdfSync('sha256', testSecurity().jwtSecret, '', 'login-throttle', 32));
    expect(keys.has(`pair:${signed(derived)}`)).toBe(true);
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

describe('changePassword throttle and the pool', () => {
  const changer = async (email: string) => {
    const userId = await newAccount(email, 'first long password');
    return { role: 'COLLECTIVITY_EDITOR' as const, userId, collectivityId: DemoIds.tamazgana };
  };

  it('answers wrong and right old passwords with a pool of one connection: the throttle never waits for a second while the request holds one', async () => {
    configure({ freeFailures: 0, firstWaitSeconds: 1 });
    const owner = await changer('single.connection@tamazgana.infitah.test');
    const narrow = createDataSource({
      schema: territory.name,
      entities: territory.entities,
      url: subgraph.database.appUrls.territory,
      poolMax: 1,
      timeouts: { ...REQUEST_TIMEOUTS, connectMs: 3_000 },
    });
    await narrow.initialize();
    try {
      loginThrottleFor(narrow, testSecurity().jwtSecret, { freeFailures: 0, firstWaitSeconds: 1 });
      const change = async (old: string, clientAddress: string) => {
        const contextValue = new RequestContext(narrow, owner, territory.createLoaders, testSecurity());
        contextValue.clientAddress = clientAddress;
        const response = await subgraph.apollo.executeOperation({ query: CHANGE, variables: { old, new: 'second long password' } }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('Incremental responses are not expected');
        return response.body.singleResult;
      };
      const wrong = await change('not the password', freshAddress());
      expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'oldPassword' });
      const right = await change('first long password', freshAddress());
      expect(right.errors).toBeUndefined();
    } finally {
      await narrow.destroy();
    }
  }, 30_000);

  it('keeps the counters when the change is rolled back, and clears them once a change is committed', async () => {
    configure({ freeFailures: 3, firstWaitSeconds: 60 });
    const owner = await changer('rolled.back@tamazgana.infitah.test');
    const address = freshAddress();
    const change = (old: string) => subgraph.execute(CHANGE, { old, new: 'second long password' }, owner, { clientAddress: address });
    for (let index = 0; index < 2; index += 1) expect(codeOf(await change(`wrong ${index}`))).toBe('BAD_USER_INPUT');

    // the right old password, but another field of the same mutation fails: the whole mutation is rolled back
    const rolledBack = await subgraph.execute(
      `mutation ($old: String!, $new: String!, $id: ID!) {
         changePassword(oldPassword: $old, newPassword: $new) { token }
         setAccountActive(id: $id, active: false) { id }
       }`,
      { old: 'first long password', new: 'second long password', id: owner.userId },
      owner,
      { clientAddress: address },
    );
    expect(rolledBack.errors?.length).toBeGreaterThan(0);
    expect(codeOf(await login('rolled.back@tamazgana.infitah.test', 'first long password', freshAddress()))).toBe('ok');
    // the pair's three tries still count: the next failure makes it wait
    expect(codeOf(await change('wrong 2'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await change('first long password'))).toBe('RATE_LIMITED');

    // a committed change clears them
    await elapseWaits();
    expect(codeOf(await change('first long password'))).toBe('ok');
    const after = (old: string) => subgraph.execute(CHANGE, { old, new: 'third long password' }, owner, { clientAddress: address });
    const codes: string[] = [];
    for (let index = 0; index < 3; index += 1) codes.push(codeOf(await after(`wrong again ${index}`)));
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});

describe('the client address a subgraph believes', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // development's direct access: any loopback caller may reach GraphQL without the gateway credential
    const { app } = await createSubgraphServer(territory, subgraph.dataSource, { ...testSecurity(), allowDirectAccess: true });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (clientAddress: string, credential?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-infitah-client-address': clientAddress,
        ...(credential ? { 'x-infitah-gateway': credential } : {}),
      },
      body: JSON.stringify({ query: LOGIN, variables: { email: 'sprayed@infitah.test', password: 'wrong' } }),
    }).then(async (response) => ((await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code ?? 'ok');

  it('ignores the client-address header from a caller without the gateway credential, counting its socket address', async () => {
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    const codes: string[] = [];
    for (let index = 0; index < 4; index += 1) codes.push(await post(freshAddress()));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('takes the client-address header from the gateway, whose credential matches', async () => {
    configure({ freeFailures: 2, firstWaitSeconds: 60 });
    const codes: string[] = [];
    for (let index = 0; index < 4; index += 1) codes.push(await post(freshAddress(), testSecurity().gatewaySecret));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});
