import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerToken, TokenRefused, verifyToken } from '@infitah/contract';
import { ANONYMOUS, type Caller } from './caller';
import { unauthenticated } from './errors';

// the gateway–subgraph contract, for the subgraphs: its headers, and tokens signed by territory
export { apiKeyPrefixOf, CLIENT_ADDRESS_HEADER, GATEWAY_CREDENTIAL_HEADER, isRole, ROLES, signToken, type TokenClaims } from '@infitah/contract';

/** A token already verified with a secret: its caller, until the token expires (ms since the epoch). */
interface VerifiedCaller {
  caller: Caller;
  expiresAt: number;
}

/** Tokens verified, per secret; the oldest forgotten beyond this many (a token verified again costs one HMAC). */
const MAX_VERIFIED = 10_000;
const verifiedTokens = new Map<string, Map<string, VerifiedCaller>>();

/**
 * `Authorization: Bearer <token>` → the caller; no header → anonymous; a bad token → UNAUTHENTICATED. The token is
 * checked by the validator the gateway uses too (@infitah/contract's `verifyToken`), once: a token that verified is
 * remembered with its caller until it expires, as the gateway does (its signature and claims cannot change; in a
 * profile of the commune dashboard the verification was 2.5–4 % of each subgraph's CPU). An expired one is refused
 * as `verifyToken` refuses it.
 */
export async function callerFromAuthorization(secret: string, authorization: string | undefined): Promise<Caller> {
  if (!authorization) return ANONYMOUS;
  try {
    const token = bearerToken(authorization);
    let known = verifiedTokens.get(secret);
    const remembered = known?.get(token);
    if (remembered) {
      if (Date.now() < remembered.expiresAt) return remembered.caller;
      known!.delete(token);
      throw new TokenRefused('expired');
    }
    const verified = await verifyToken(secret, token);
    // shared by every request of the token: frozen, like ANONYMOUS
    const apiKey = verified.apiKey ? Object.freeze({ ...verified.apiKey }) : verified.apiKey;
    const caller: Caller = Object.freeze({ role: verified.role, userId: verified.userId, collectivityId: verified.collectivityId, apiKey });
    if (!known) {
      known = new Map();
      verifiedTokens.set(secret, known);
    }
    // a key's request comes with a token the gateway mints for it alone: remembering it would only push sessions out
    if (!apiKey) {
      if (known.size >= MAX_VERIFIED) known.delete(known.keys().next().value!);
      known.set(token, { caller, expiresAt: verified.expiresAt.getTime() });
    }
    return caller;
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
