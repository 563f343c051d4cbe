import { API_KEY_READ_ONLY, API_KEY_READ_ONLY_MESSAGE, bearerToken, ErrorCode, GATEWAY_CREDENTIAL_HEADER, isApiKeySecret, TokenRefused, verifyToken, type Role } from '@infitah/contract';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayConfig } from './config';
import { CircuitOpenError, type SubgraphBreakers } from './breaker';

export interface GatewayContext {
  /** The verified `Authorization` header, forwarded to the subgraphs; null for anonymous callers. */
  authorization: string | null;
  clientAddress?: string;
  /** Follows the request into every subgraph and every log line. */
  requestId?: string;
  /** For logs only: the token's role and collectivity, once verified. */
  role?: Role;
  collectivityId?: string | null;
  /** The API key the request was made with, once territory accepted it; absent for a person's session. */
  apiKey?: { id: string; readOnly: boolean };
}

const refuse = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

interface Claims {
  subject: string;
  version: number;
  role: Role;
  collectivityId: string | null;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
  /** Set on the tokens minted for an API key's request: never accepted from a client. */
  apiKey: boolean;
}

interface SessionState {
  active: boolean;
  tokenVersion: number;
  checkedAt: number;
}

/**
 * Verifies the caller's token at the edge (HS256 only, issuer, audience, expiry) and that its account is
 * still active with the same token version — a disabled account or a changed password ends every earlier
 * token. The answer from territory is cached for a few seconds.
 */
export class TokenVerifier {
  private readonly sessions = new Map<string, SessionState>();
  /** The session check on its way for each account: concurrent requests of one account share it. */
  private readonly checking = new Map<string, Promise<SessionState>>();
  private readonly verified = new Map<string, Claims>();
  private readonly sessionsUrl: string;
  private readonly apiKeysUrl: string;

  /** @param breakers territory's circuit breaker guards the session checks: while open, they fail at once. */
  constructor(
    private readonly config: GatewayConfig,
    private readonly breakers?: SubgraphBreakers,
  ) {
    this.sessionsUrl = config.subgraphUrls.territory.replace(/\/graphql\/?$/, '/internal/sessions/');
    this.apiKeysUrl = config.subgraphUrls.territory.replace(/\/graphql\/?$/, '/internal/api-keys/verify');
  }

  async contextFor(authorization: string | undefined): Promise<GatewayContext> {
    if (!authorization) return { authorization: null };
    let token: string;
    try {
      token = bearerToken(authorization);
    } catch (error) {
      throw refuse((error as TokenRefused).message);
    }
    if (isApiKeySecret(token)) return this.apiKeyContext(token);
    const { subject, version, role, collectivityId, apiKey } = await this.claimsOf(token);
    // a key's token is minted for one request from the gateway to the subgraphs: a client presents the key itself
    if (apiKey) throw refuse(new TokenRefused('invalid').message);
    const session = await this.session(subject);
    if (!session.active || session.tokenVersion !== version) throw refuse('This session has ended: sign in again');
    return { authorization: `Bearer ${token}`, role, collectivityId };
  }

  /**
   * The token's claims, its signature checked once: a token seen before is not verified again until it expires (its
   * account's state is still checked on every request, below). Only tokens that verified are kept.
   */
  private async claimsOf(token: string): Promise<Claims> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt) return known;
      this.verified.delete(token);
      throw refuse(new TokenRefused('expired').message);
    }
    let claims: Claims;
    try {
      // the subgraphs' own validator: a known role, and a collectivity exactly when the role is a collectivity's
      const verified = await verifyToken(this.config.jwtSecret, token);
      claims = {
        subject: verified.userId,
        version: verified.tokenVersion,
        role: verified.role,
        collectivityId: verified.collectivityId,
        expiresAt: verified.expiresAt.getTime(),
        apiKey: verified.apiKey !== null,
      };
    } catch (error) {
      throw refuse(error instanceof TokenRefused ? error.message : new TokenRefused('invalid').message);
    }
    if (this.verified.size >= 10_000) this.verified.clear();
    this.verified.set(token, claims);
    return claims;
  }

  /**
   * An API key, checked by territory on every request — not cached, so a revoked key (or its account, disabled) is
   * refused from the next request on. Territory answers with a short token for the subgraphs, carrying the key's
   * account and the key itself; that token, not the key, is what the subgraphs see.
   */
  private async apiKeyContext(secret: string): Promise<GatewayContext> {
    const ask = () =>
      fetch(this.apiKeysUrl, {
        method: 'POST',
        headers: { [GATEWAY_CREDENTIAL_HEADER]: this.config.gatewaySecret, 'content-type': 'application/json' },
        body: JSON.stringify({ secret }),
        signal: AbortSignal.timeout(this.config.subgraphTimeoutMs),
      });
    let response: Response;
    try {
      response = this.breakers
        ? await this.breakers.call('territory', ask, (error) => ((error as Error)?.name === 'TimeoutError' ? 'timed-out' : 'failed'))
        : await ask();
    } catch (error) {
      if (error instanceof CircuitOpenError) {
        throw new GraphQLError('The API key cannot be checked: the territory service is unavailable; try again shortly', {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory', http: { status: 503 } },
        });
      }
      throw refuse('The API key cannot be checked right now: try again shortly');
    }
    if (response.status === 401) throw refuse('This API key is not valid or has been revoked');
    if (!response.ok) throw refuse('The API key cannot be checked right now: try again shortly');
    const accepted = (await response.json()) as { token: string; apiKeyId: string; readOnly: boolean; role: Role; collectivityId: string | null };
    return {
      authorization: `Bearer ${accepted.token}`,
      role: accepted.role,
      collectivityId: accepted.collectivityId,
      apiKey: { id: accepted.apiKeyId, readOnly: accepted.readOnly },
    };
  }

  private async session(accountId: string): Promise<SessionState> {
    const cached = this.sessions.get(accountId);
    if (cached && Date.now() - cached.checkedAt < this.config.sessionCacheMs) return cached;
    let checking = this.checking.get(accountId);
    if (!checking) {
      checking = this.checkSession(accountId).finally(() => this.checking.delete(accountId));
      this.checking.set(accountId, checking);
    }
    return checking;
  }

  private async checkSession(accountId: string): Promise<SessionState> {
    let state: SessionState;
    const ask = () =>
      fetch(this.sessionsUrl + encodeURIComponent(accountId), {
        headers: { [GATEWAY_CREDENTIAL_HEADER]: this.config.gatewaySecret },
        signal: AbortSignal.timeout(this.config.subgraphTimeoutMs),
      });
    try {
      const response = this.breakers
        ? await this.breakers.call('territory', ask, (error) => ((error as Error)?.name === 'TimeoutError' ? 'timed-out' : 'failed'))
        : await ask();
      if (response.status === 404) state = { active: false, tokenVersion: -1, checkedAt: Date.now() };
      else if (!response.ok) throw new Error(`HTTP ${response.status}`);
      else state = { ...((await response.json()) as { active: boolean; tokenVersion: number }), checkedAt: Date.now() };
    } catch (error) {
      // fail closed: a session that cannot be checked is not trusted
      if (error instanceof CircuitOpenError) {
        // territory is known to hang or fail: said at once, as what it is (not a bad token)
        throw new GraphQLError('The session cannot be checked: the territory service is unavailable; try again shortly', {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory', http: { status: 503 } },
        });
      }
      throw refuse('The session cannot be checked right now: try again shortly');
    }
    if (this.sessions.size > 10_000) this.sessions.clear();
    this.sessions.set(accountId, state);
    return state;
  }
}

/** A read-only API key runs no mutation: refused here, before any subgraph is asked (and by each subgraph again). */
export function readOnlyKeyPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'mutation' && contextValue.apiKey?.readOnly) {
            throw new GraphQLError(API_KEY_READ_ONLY_MESSAGE, { extensions: { code: ErrorCode.FORBIDDEN, reason: API_KEY_READ_ONLY, http: { status: 403 } } });
          }
        },
      };
    },
  };
}
