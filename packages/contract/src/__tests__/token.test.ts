import { SignJWT } from 'jose';
import { apiKeyPrefixOf, bearerToken, isApiKeySecret, signToken, TokenRefused, verifyToken } from '../token';

const SECRET = 's'.repeat(48);
const NETWORK = '00000000-0000-4000-8000-0000000000aa';
const TENANT = '00000000-0000-4000-8000-0000000000bb';

const signed = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(NETWORK).setIssuer('infitah').setAudience('infitah').setExpirationTime('1h').sign(new TextEncoder().encode(secret));

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof TokenRefused ? error.reason : `unexpected ${String(error)}`),
  );

describe('token verification shared by the gateway and the subgraphs', () => {
  it('verifies what it signs, with the caller it names', async () => {
    const { token, expiresAt } = await signToken(SECRET, { sub: NETWORK, role: 'COLLECTIVITY_EDITOR', collectivityId: TENANT, ver: 3 }, 60);
    await expect(verifyToken(SECRET, token)).resolves.toEqual({ userId: NETWORK, role: 'COLLECTIVITY_EDITOR', collectivityId: TENANT, tokenVersion: 3, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000), apiKey: null });
  });

  it("carries an API key's id and read-only flag on the tokens minted for a key's request", async () => {
    const apiKey = { id: '00000000-0000-4000-8000-0000000000cc', readOnly: true };
    const { token } = await signToken(SECRET, { sub: NETWORK, role: 'COLLECTIVITY_ADMIN', collectivityId: TENANT, ver: 0, apiKey }, 60);
    await expect(verifyToken(SECRET, token)).resolves.toMatchObject({ userId: NETWORK, apiKey });
  });

  it('refuses a token whose API key claims are malformed', async () => {
    expect(await refusal(verifyToken(SECRET, await signed({ role: 'NETWORK_ADMIN', collectivityId: null, ver: 0, key: 'k' })))).toBe('invalid');
    expect(await refusal(verifyToken(SECRET, await signed({ role: 'NETWORK_ADMIN', collectivityId: null, ver: 0, key: 1, ro: true })))).toBe('invalid');
  });

  it('tells an API key secret from a session token by its shape', () => {
    const secret = `ifk_0123456789ab_${'A'.repeat(43)}`;
    expect(isApiKeySecret(secret)).toBe(true);
    expect(apiKeyPrefixOf(secret)).toBe('0123456789ab');
    expect(isApiKeySecret('eyJhbGciOiJIUzI1NiJ9.e30.sig')).toBe(false);
    expect(apiKeyPrefixOf('ifk_0123456789ab_short')).toBeNull();
  });

  it.each([
    ['a role no account can hold', { role: 'SUPERUSER', collectivityId: null, ver: 0 }],
    ['the network with a collectivity', { role: 'NETWORK_ADMIN', collectivityId: TENANT, ver: 0 }],
    ['a collectivity role without a collectivity', { role: 'COLLECTIVITY_ADMIN', collectivityId: null, ver: 0 }],
    ['a collectivity that is not a string', { role: 'COLLECTIVITY_ADMIN', collectivityId: 42, ver: 0 }],
    ['no token version', { role: 'NETWORK_ADMIN', collectivityId: null }],
  ])('refuses a token with %s', async (_case, claims) => {
    expect(await refusal(verifyToken(SECRET, await signed(claims)))).toBe('invalid');
  });

  it('refuses a token signed with another key, and says when a token has expired', async () => {
    expect(await refusal(verifyToken(SECRET, await signed({ role: 'NETWORK_ADMIN', collectivityId: null, ver: 0 }, 'x'.repeat(48))))).toBe('invalid');
    const { token } = await signToken(SECRET, { sub: NETWORK, role: 'NETWORK_ADMIN', collectivityId: null, ver: 0 }, -60);
    expect(await refusal(verifyToken(SECRET, token))).toBe('expired');
  });

  it('reads a bearer token from an Authorization header and refuses any other scheme', () => {
    expect(bearerToken('  bearer abc.def.ghi ')).toBe('abc.def.ghi');
    expect(() => bearerToken('Basic abc')).toThrow('The Authorization header must be "Bearer <token>"');
  });
});
