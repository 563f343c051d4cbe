import express, { type Express } from 'express';
import { credentialMatches, GATEWAY_CREDENTIAL_HEADER, isRole, signToken, type Role, type SubgraphSecurity } from '@infitah/server-kit';
import type { DataSource } from 'typeorm';
import { apiKeyPrefixOf, apiKeySecretMatches } from './api-key.secret';

/** Lifetime of the token minted for one request made with a key: it goes from the gateway to the subgraphs, no further. */
export const API_KEY_TOKEN_TTL_SECONDS = 60;

interface KeyRow {
  id: string;
  secret_hash: Buffer;
  read_only: boolean;
  revoked: boolean;
  account_id: string;
  role: Role;
  collectivity_id: string | null;
  active: boolean;
  token_version: number;
}

/**
 * `POST /internal/api-keys/verify` `{ secret }`, for the gateway only, on every request made with a key (no cache, so a
 * revoked key or a disabled account is refused from the next request on): 200 with a short token that carries the key's
 * account (its role and collectivity as they are now) and the key, or 401. The key's last use is recorded.
 */
export function apiKeyRoute(app: Express, { dataSource, security }: { dataSource: DataSource; security: SubgraphSecurity }): void {
  app.post('/internal/api-keys/verify', express.json({ limit: '1kb' }), async (request, response) => {
    if (!credentialMatches(request.get(GATEWAY_CREDENTIAL_HEADER), security.gatewaySecret)) {
      response.status(403).json({ error: 'This endpoint answers only the gateway' });
      return;
    }
    const secret: unknown = request.body?.secret;
    const prefix = typeof secret === 'string' ? apiKeyPrefixOf(secret) : null;
    const refused = () => response.status(401).json({ error: 'This API key is not valid or has been revoked' });
    if (!prefix) {
      refused();
      return;
    }
    try {
      const [row]: KeyRow[] = await dataSource.query('SELECT * FROM territory.api_key_lookup($1)', [prefix]);
      if (!row || !apiKeySecretMatches(security.jwtSecret, secret as string, row.secret_hash) || row.revoked || !row.active || !isRole(row.role)) {
        refused();
        return;
      }
      await dataSource.query('SELECT territory.api_key_used($1)', [row.id]);
      const apiKey = { id: row.id, readOnly: row.read_only };
      const { token, expiresAt } = await signToken(
        security.jwtSecret,
        { sub: row.account_id, role: row.role, collectivityId: row.collectivity_id, ver: row.token_version, apiKey },
        API_KEY_TOKEN_TTL_SECONDS,
      );
      response.json({ token, expiresAt: expiresAt.toISOString(), apiKeyId: row.id, readOnly: row.read_only, role: row.role, collectivityId: row.collectivity_id });
    } catch {
      response.status(503).json({ error: 'database unavailable' });
    }
  });
}
