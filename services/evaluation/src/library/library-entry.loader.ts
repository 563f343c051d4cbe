import { DataLoader, visibleRowsSql } from '@infitah/server-kit';
import { In } from 'typeorm';
import type { Caller, RequestScope } from '@infitah/server-kit';
import { LibraryEntry } from './library-entry.entity';

/**
 * Who may see a library entry: everyone once published, the network always, and the collectivity that proposed
 * it. Row-level security enforces the same rule beneath; this filter keeps counts and pages exact.
 */
export function visibleLibraryEntriesSql(alias: string, caller: Caller): { sql: string; parameters: Record<string, unknown> } {
  return visibleRowsSql(alias, caller, 'proposed_by_collectivity_id');
}

export function createLibraryLoaders(scope: RequestScope) {
  return {
    libraryEntryById: new DataLoader<string, LibraryEntry | null>(async (ids) => {
      const manager = await scope.manager();
      const visible = visibleLibraryEntriesSql('e', scope.caller);
      const rows = await manager.createQueryBuilder(LibraryEntry, 'e').where({ id: In([...ids]) }).andWhere(visible.sql, visible.parameters).getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}
