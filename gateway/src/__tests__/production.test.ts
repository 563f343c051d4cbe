import { CONTENT_SECURITY_POLICY } from '../protection';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** The gateway as it runs in production: no introspection, no field suggestions, rate limits, strict headers. */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({ gatewayEnv: { NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '8', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '12' } });
}, 120_000);
afterAll(() => platform.close());

const post = (body: unknown, token?: string) =>
  fetch(`${platform.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('timeouts of the request path', () => {
  it.each(['territory', 'participation', 'evaluation'] as const)('%s cuts a statement after 15 s and an idle transaction after 30 s', async (name) => {
    const [statement] = await platform.subgraphs[name].dataSource.query('SHOW statement_timeout');
    const [idle] = await platform.subgraphs[name].dataSource.query('SHOW idle_in_transaction_session_timeout');
    expect(statement.statement_timeout).toBe('15s');
    expect(idle.idle_in_transaction_session_timeout).toBe('30s');
  });
});

describe('in production', () => {
  it('refuses introspection', async () => {
    const body = (await (await post({ query: '{ __schema { types { name } } }' })).json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/introspection/i);
  });

  it('does not suggest field names to a caller who cannot introspect', async () => {
    const body = (await (await post({ query: '{ network { memberCoun } }' })).json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
    expect(body.errors[0].message).not.toMatch(/memberCount/);
  });

  it('serves the console with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${platform.gatewayUrl}/admin/`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${platform.gatewayUrl}/`)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('limits each caller per minute, then says when to retry; another token has its own allowance until the address is spent', async () => {
    // earlier tests of this file used 2 of the anonymous allowance
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) statuses.push((await post({ query: '{ network { memberCount } }' })).status);
    expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(statuses[6]).toBe(429);
    const refused = await post({ query: '{ network { memberCount } }' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [{ message: `Too many requests: retry in ${retryAfter} seconds`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }],
    });
    // a different caller from the same address: its own allowance, within the address's 12
    const other = await post({ query: '{ network { memberCount } }' }, 'not-a-real-token');
    expect(other.status).toBe(401);
    expect((await post({ query: '{ network { memberCount } }' }, 'another-fake-token')).status).toBe(401);
    expect((await post({ query: '{ network { memberCount } }' }, 'a-third-fake-token')).status).toBe(429);
  });
});
