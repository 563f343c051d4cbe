import { createHash, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { ANONYMOUS, type Caller, type Role } from './caller';
import { unauthenticated } from './errors';

export const ROLES: readonly Role[] = ['NETWORK_ADMIN', 'COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR'];
const ISSUER = 'infitah';
const AUDIENCE = 'infitah';
const ALGORITHM = 'HS256';

/** Set by the gateway only: a subgraph serves GraphQL to no one else. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-infitah-gateway';
/** Set by the gateway only: the client's address, for rate limits. */
export const CLIENT_ADDRESS_HEADER = 'x-infitah-client-address';

export interface TokenClaims {
  sub: string;
  role: Role;
  collectivityId: string | null;
  /** The account's token version when signed; raising it ends every earlier token. */
  ver: number;
}

export interface VerifiedToken extends Caller {
  userId: string;
  role: Role;
  tokenVersion: number;
  expiresAt: Date;
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export async function signToken(secret: string, claims: TokenClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ role: claims.role, collectivityId: claims.collectivityId, ver: claims.ver })
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
 * Verifies signature (HS256 only: `alg: none` and other algorithms are refused), issuer, audience and
 * expiry, and the shape of the claims. Any failure is UNAUTHENTICATED.
 */
export async function verifyToken(secret: string, token: string): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
    const role = payload.role as Role;
    const collectivityId = (payload.collectivityId as string | null | undefined) ?? null;
    if (typeof payload.sub !== 'string' || !ROLES.includes(role) || typeof payload.ver !== 'number' || typeof payload.exp !== 'number') {
      throw new Error('malformed claims');
    }
    if ((role === 'NETWORK_ADMIN') !== (collectivityId === null)) throw new Error('role and collectivity disagree');
    return { userId: payload.sub, role, collectivityId, tokenVersion: payload.ver, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired: sign in again');
    throw unauthenticated('The token is not valid');
  }
}

/** `Authorization: Bearer <token>` → the caller; no header → anonymous; a bad token → UNAUTHENTICATED. */
export async function callerFromAuthorization(secret: string, authorization: string | undefined): Promise<Caller> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  const verified = await verifyToken(secret, match[1]);
  return { role: verified.role, userId: verified.userId, collectivityId: verified.collectivityId };
}

/** Constant-time comparison of a presented credential with the expected one. */
export function credentialMatches(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
