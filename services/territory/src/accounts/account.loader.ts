import { DataLoader } from '@infitah/server-kit';
import { In } from 'typeorm';
import type { RequestScope } from '@infitah/server-kit';
import { Account } from './account.entity';

export function createAccountLoaders(scope: RequestScope) {
  return {
    /** Accounts the caller may see (row-level security decides). */
    accountById: new DataLoader<string, Account | null>(async (ids) => {
      const manager = await scope.manager();
      const rows = await manager.find(Account, { where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}
