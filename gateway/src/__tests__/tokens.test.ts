import { SignJWT, UnsecuredJWT } from 'jose';
import { DemoIds } from '@infitah/demo-data';
import { testSecurity, tokenFor } from '@infitah/test-kit';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

let platform: TestPlatform;

beforeAll(async () => {
  // behind a trusted proxy on loopback, so that the sign-in tests below each come from a client address of their
  // own instead of spending the loopback address's budget shared with every other test
  platform = await startTestPlatform({ gatewayEnv: { TRUST_PROXY: 'loopback' } });
}, 120_000);
afterAll(() => platform.close());

const ME = '{ me { email role collectivity { id } } }';
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/** A sign-in from `address`, as the trusted proxy reports it in X-Forwarded-For. */
const signInFrom = (address: string, email: string, password: string) =>
  fetch(`${platform.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  }).then(async (response) => (await response.json()) as { data?: { login: { token: string } | null } | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> });
const codeOf = (answer: Awaited<ReturnType<typeof signInFrom>>) => (answer.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';
const editor = { role: 'COLLECTIVITY_EDITOR' as const, userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
/** A token signed with this run's key, whatever its claims. */
const signedWith = (claims: Record<string, unknown>, subject: string) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject).setIssuer('infitah').setAudience('infitah').setExpirationTime('1h')
    .sign(new TextEncoder().encode(testSecurity().jwtSecret));

describe('tokens at the gateway', () => {
  it('signs in with a demo account and answers `me` with the caller', async () => {
    const token = await platform.login('ADMIN@Tamazgana.infitah.test');
    const response = await platform.graphql(ME, {}, token);
    expect(response.data.me).toEqual({ email: 'admin@tamazgana.infitah.test', role: 'COLLECTIVITY_ADMIN', collectivity: { id: DemoIds.tamazgana } });
  });

  it('gives wrong password, unknown email and disabled account the same UNAUTHENTICATED answer', async () => {
    await platform.subgraphs.territory.ownerDataSource.query(
      `INSERT INTO territory.account (email, display_name, password_hash, role, collectivity_id, active)
       SELECT 'disabled@tamazgana.infitah.test', 'Disabled', password_hash, 'COLLECTIVITY_EDITOR', collectivity_id, false
         FROM territory.account WHERE email = 'editor@tamazgana.infitah.test'`,
    );
    const login = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const answers = await Promise.all([
      platform.graphql(login, { e: 'editor@tamazgana.infitah.test', p: 'wrong password' }),
      platform.graphql(login, { e: 'nobody@infitah.test', p: 'infitah-demo' }),
      platform.graphql(login, { e: 'disabled@tamazgana.infitah.test', p: 'infitah-demo' }),
    ]);
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([expect.objectContaining({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });

  it('passes a throttled sign-in on as RATE_LIMITED with the seconds to wait, not as an internal error', async () => {
    const address = '198.51.100.20';
    const codes: unknown[] = [];
    for (let index = 0; index < 5; index += 1) codes.push(codeOf(await signInFrom(address, 'guessed@infitah.test', `guess ${index}`)));
    expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const refused = await signInFrom(address, 'guessed@infitah.test', 'guess 5');
    expect(refused.data).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/retry in \d+ seconds/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }),
    ]);
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('counts the addresses of one IPv6 /64 as one client: rotating within it gets no fresh sign-in counters', async () => {
    const codes: string[] = [];
    for (let index = 1; index <= 6; index += 1) codes.push(codeOf(await signInFrom(`2001:db8:17:6::${index.toString(16)}:${index}`, 'rotated@infitah.test', `guess ${index}`)));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    // another /64 is another client
    expect(codeOf(await signInFrom('2001:db8:17:7::1', 'rotated@infitah.test', 'guess 7'))).toBe('UNAUTHENTICATED');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    const codes: string[] = [];
    for (let index = 0; index < 6; index += 1) codes.push(codeOf(await signInFrom(index % 2 ? '198.51.100.21' : '::ffff:198.51.100.21', 'mapped@infitah.test', `guess ${index}`)));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });

  it('treats a request without a token as anonymous', async () => {
    const response = await platform.graphql(ME, {});
    expect(response.errors).toBeUndefined();
    expect(response.data.me).toBeNull();
  });

  it.each([
    ['tampered', async () => {
      const token = await tokenFor(editor);
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'NETWORK_ADMIN', collectivityId: null })).toString('base64url');
      return `${header}.${forged}.${signature}`;
    }],
    ['unsigned (alg: none)', async () =>
      new UnsecuredJWT({ role: 'NETWORK_ADMIN', collectivityId: null, ver: 0 })
        .setSubject(DemoIds.accounts.network).setIssuer('infitah').setAudience('infitah').setExpirationTime('1h').encode()],
    ['signed with another key', async () =>
      new SignJWT({ role: 'NETWORK_ADMIN', collectivityId: null, ver: 0 })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(DemoIds.accounts.network).setIssuer('infitah').setAudience('infitah').setExpirationTime('1h')
        .sign(new TextEncoder().encode('x'.repeat(48)))],
    ['expired', async () => {
      const expired = await new SignJWT({ role: editor.role, collectivityId: editor.collectivityId, ver: 0 })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(editor.userId).setIssuer('infitah').setAudience('infitah')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(new TextEncoder().encode(testSecurity().jwtSecret));
      return expired;
    }],
    ['not a JWT', async () => 'not-a-token'],
    // signed with the right key, but claims no account can hold: the gateway checks them as the subgraphs do
    ['SUPERUSER-role', async () => signedWith({ role: 'SUPERUSER', collectivityId: null, ver: 0 }, DemoIds.accounts.network)],
    ['NETWORK_ADMIN-with-a-collectivity', async () => signedWith({ role: 'NETWORK_ADMIN', collectivityId: DemoIds.tamazgana, ver: 0 }, DemoIds.accounts.network)],
    ['collectivity-role-without-a-collectivity', async () => signedWith({ role: editor.role, collectivityId: null, ver: 0 }, editor.userId)],
  ])('refuses a %s token with UNAUTHENTICATED', async (_kind, makeToken) => {
    const response = await platform.graphql(ME, {}, await makeToken());
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('refuses a token it accepted before once that token has expired (verified tokens are remembered until then only)', async () => {
    const shortLived = await new SignJWT({ role: editor.role, collectivityId: editor.collectivityId, ver: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(editor.userId).setIssuer('infitah').setAudience('infitah')
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(testSecurity().jwtSecret));
    const before = await platform.graphql(ME, {}, shortLived);
    expect(before.errors).toBeUndefined();
    expect(before.data.me.role).toBe('COLLECTIVITY_EDITOR');
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const after = await platform.graphql(ME, {}, shortLived);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]).toMatchObject({ message: 'The token has expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it("ends a token when its account is disabled", async () => {
    const created = await platform.graphql(
      'mutation { createAccount(input: { email: "soon-disabled@tamazgana.infitah.test", displayName: "Soon disabled", password: "a long password", role: COLLECTIVITY_EDITOR }) { id } }',
      {},
      await platform.login('admin@tamazgana.infitah.test'),
    );
    const token = await platform.login('soon-disabled@tamazgana.infitah.test', 'a long password');
    expect((await platform.graphql(ME, {}, token)).data.me.email).toBe('soon-disabled@tamazgana.infitah.test');
    await platform.graphql('mutation ($id: ID!) { setAccountActive(id: $id, active: false) { id } }', { id: created.data.createAccount.id }, await platform.login('network@infitah.test'));
    const after = await platform.graphql(ME, {}, token);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends earlier tokens when the password changes, and the new token works', async () => {
    await platform.graphql(
      'mutation { createAccount(input: { email: "changes@tamazgana.infitah.test", displayName: "Changes", password: "first password", role: COLLECTIVITY_EDITOR }) { id } }',
      {},
      await platform.login('admin@tamazgana.infitah.test'),
    );
    const old = await platform.login('changes@tamazgana.infitah.test', 'first password');
    const wrongOld = await platform.graphql('mutation { changePassword(oldPassword: "not it at all", newPassword: "second password") { token } }', {}, old);
    expect(wrongOld.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'oldPassword' });
    const changed = await platform.graphql('mutation { changePassword(oldPassword: "first password", newPassword: "second password") { token } }', {}, old);
    expect(changed.errors).toBeUndefined();
    expect((await platform.graphql(ME, {}, old)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.graphql(ME, {}, changed.data.changePassword.token)).data.me.email).toBe('changes@tamazgana.infitah.test');
    await platform.login('changes@tamazgana.infitah.test', 'second password');
  });
});

describe('subgraphs around the gateway', () => {
  const post = (url: string, query: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it.each([
    ['a root query', '{ collectivities { totalCount } }'],
    ['_service', '{ _service { sdl } }'],
    ['_entities', `{ _entities(representations: [{ __typename: "Collectivity", id: "${DemoIds.tamazgana}" }]) { __typename } }`],
  ])('refuse %s without the gateway credential', async (_what, query) => {
    for (const subgraph of Object.values(platform.subgraphs)) {
      const response = await post(subgraph.url, query);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      const forged = await post(subgraph.url, query, { 'x-infitah-gateway': 'a guess' });
      expect(forged.status).toBe(403);
    }
  });

  it('verify the token again even with the gateway credential', async () => {
    const response = await post(platform.subgraphs.participation.url, '{ events { totalCount } }', {
      'x-infitah-gateway': testSecurity().gatewaySecret,
      authorization: 'Bearer forged.token.value',
    });
    expect(response.status).toBe(401);
  });

  it('keep /health and /ready open on their own port', async () => {
    for (const subgraph of Object.values(platform.subgraphs)) {
      expect((await fetch(subgraph.url.replace('/graphql', '/health'))).status).toBe(200);
      expect((await fetch(subgraph.url.replace('/graphql', '/ready'))).status).toBe(200);
    }
  });

  it("gives a client's own gateway-credential header no power through the gateway", async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-infitah-gateway': 'client value' },
      body: JSON.stringify({ query: '{ me { id } events { totalCount } }' }),
    });
    const body = (await response.json()) as { data: { me: null; events: { totalCount: number } } };
    expect(body.data.me).toBeNull();
    const anonymous = await platform.graphql('{ events { totalCount } }', {});
    expect(body.data.events.totalCount).toBe(anonymous.data.events.totalCount);
  });
});
