import { createSecretKey, type KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

/** The roles a token may carry; an anonymous caller carries no token. */
export const ROLES = ['NETWORK_ADMIN', 'COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'] as const;
export type Role = (typeof ROLES)[number];

const ISSUER = 'infitah';
const AUDIENCE = 'infitah';
const ALGORITHM = 'HS256';

export interface TokenClaims {
  sub: string;
  role: Role;
  collectivityId: string | null;
  /** The account's token version when signed; raising it ends every earlier token. */
  ver: number;
  /**
   * Set only on the short tokens the gateway has territory mint for a request made with an API key: the key's id, and
   * whether it may only read. Such a token goes from the gateway to the subgraphs; the gateway refuses it from a client.
   */
  apiKey?: { id: string; readOnly: boolean };
}

/** A token that verified: who signed in, as what, for which collectivity, until when. */
export interface VerifiedClaims {
  userId: string;
  role: Role;
  /** Null for the network, a collectivity's id for its accounts. */
  collectivityId: string | null;
  tokenVersion: number;
  expiresAt: Date;
  /** The API key the request was made with (see `TokenClaims.apiKey`); null for a person's session. */
  apiKey: { id: string; readOnly: boolean } | null;
}

/** A refused token: `expired`, or `invalid` for anything else (signature, algorithm, issuer, audience, claims). */
export class TokenRefused extends Error {
  constructor(readonly reason: 'expired' | 'invalid' | 'malformed-header') {
    super(
      reason === 'expired'
        ? 'The token has expired: sign in again'
        : reason === 'malformed-header'
          ? 'The Authorization header must be "Bearer <token>"'
          : 'The token is not valid',
    );
    this.name = 'TokenRefused';
  }
}

// a KeyObject made once per secret: given bytes, jose would make one on every verification
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    if (keys.size >= 16) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export async function signToken(secret: string, claims: TokenClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const apiKey = claims.apiKey ? { key: claims.apiKey.id, ro: claims.apiKey.readOnly } : {};
  const token = await new SignJWT({ role: claims.role, collectivityId: claims.collectivityId, ver: claims.ver, ...apiKey })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keyOf(secret));
  return { token, expiresAt };
}

/**
 * The one validator of the gateway and the subgraphs: signature (HS256 only: `alg: none` and other algorithms are
 * refused), issuer, audience, expiry, and the claims — a subject, a token version, one of the known roles, and a
 * collectivity exactly when the role is a collectivity's. Any failure throws `TokenRefused`.
 */
export async function verifyToken(secret: string, token: string): Promise<VerifiedClaims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
    const { sub, role, ver, exp } = payload;
    const collectivityId = payload.collectivityId ?? null;
    if (typeof sub !== 'string' || !isRole(role) || typeof ver !== 'number' || typeof exp !== 'number') throw new Error('malformed claims');
    if (collectivityId !== null && typeof collectivityId !== 'string') throw new Error('malformed claims');
    if ((role === 'NETWORK_ADMIN') !== (collectivityId === null)) throw new Error('role and collectivity disagree');
    const { key, ro } = payload;
    if (key !== undefined && (typeof key !== 'string' || typeof ro !== 'boolean')) throw new Error('malformed claims');
    const apiKey = typeof key === 'string' ? { id: key, readOnly: ro as boolean } : null;
    return { userId: sub, role, collectivityId, tokenVersion: ver, expiresAt: new Date(exp * 1000), apiKey };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new TokenRefused('expired');
    throw new TokenRefused('invalid');
  }
}

/** The token of an `Authorization: Bearer <token>` header; anything else is refused. */
export function bearerToken(authorization: string): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new TokenRefused('malformed-header');
  return match[1];
}

/**
 * An API key's secret: `ifk_`, a public prefix (12 hex digits, how the key is found and shown in lists), `_`, and 32
 * random bytes in base64url. Never a JWT (which has dots), so the gateway tells the two apart by their shape.
 */
export const API_KEY_PATTERN = /^ifk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** Whether a bearer credential is an API key's secret (rather than a session token). */
export function isApiKeySecret(credential: string): boolean {
  return credential.startsWith('ifk_');
}

/** The public prefix of an API key's secret, or null when the secret is not of the key's shape. */
export function apiKeyPrefixOf(secret: string): string | null {
  return API_KEY_PATTERN.exec(secret)?.[1] ?? null;
}
