import { DataLoader } from '@infitah/server-kit';
import { In } from 'typeorm';
import type { RequestScope } from '@infitah/server-kit';
import { ApiKey } from './api-key.entity';

export function createApiKeyLoaders(scope: RequestScope) {
  return {
    /** API keys the caller manages (row-level security decides: its tenant's admins, the network its own, never a key). */
    apiKeyById: new DataLoader<string, ApiKey | null>(async (ids) => {
      const manager = await scope.manager();
      const rows = await manager.find(ApiKey, { where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}
