import type { Express } from 'express';
import { credentialMatches, GATEWAY_CREDENTIAL_HEADER, isUuid, type SubgraphSecurity } from '@infitah/server-kit';
import type { DataSource } from 'typeorm';

/**
 * `GET /internal/sessions/:accountId` → `{ active, tokenVersion }`, for the gateway only: it refuses a
 * token of a disabled account or one signed before the latest password change.
 */
export function sessionRoute(app: Express, { dataSource, security }: { dataSource: DataSource; security: SubgraphSecurity }): void {
  app.get('/internal/sessions/:accountId', async (request, response) => {
    if (!credentialMatches(request.get(GATEWAY_CREDENTIAL_HEADER), security.gatewaySecret)) {
      response.status(403).json({ error: 'This endpoint answers only the gateway' });
      return;
    }
    const accountId = request.params.accountId;
    if (!isUuid(accountId)) {
      response.status(404).json({ active: false, tokenVersion: -1 });
      return;
    }
    try {
      const [row]: Array<{ active: boolean; token_version: number }> = await dataSource.query(
        'SELECT * FROM territory.session_state($1)',
        [accountId],
      );
      if (!row) response.status(404).json({ active: false, tokenVersion: -1 });
      else response.json({ active: row.active, tokenVersion: row.token_version });
    } catch {
      response.status(503).json({ error: 'database unavailable' });
    }
  });
}
