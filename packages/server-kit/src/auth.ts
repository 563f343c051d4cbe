import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerToken, TokenRefused, verifyToken } from '@infitah/contract';
import { ANONYMOUS, type Caller } from './caller';
import { unauthenticated } from './errors';

// the gateway–subgraph contract, for the subgraphs: its headers, and tokens signed by territory
export { apiKeyPrefixOf, CLIENT_ADDRESS_HEADER, GATEWAY_CREDENTIAL_HEADER, isRole, ROLES, signToken, type TokenClaims } from '@infitah/contract';

/**
 * `Authorization: Bearer <token>` → the caller; no header → anonymous; a bad token → UNAUTHENTICATED. The token is
 * checked by the validator the gateway uses too (@infitah/contract's `verifyToken`).
 */
export async function callerFromAuthorization(secret: string, authorization: string | undefined): Promise<Caller> {
  if (!authorization) return ANONYMOUS;
  try {
    const verified = await verifyToken(secret, bearerToken(authorization));
    return { role: verified.role, userId: verified.userId, collectivityId: verified.collectivityId, apiKey: verified.apiKey };
  } catch (error) {
    if (error instanceof TokenRefused) throw unauthenticated(error.message);
    throw error;
  }
}

/** Constant-time comparison of a presented credential with the expected one. */
export function credentialMatches(presented: string | undefined, expected: string): boolean {
  if (!presented) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
