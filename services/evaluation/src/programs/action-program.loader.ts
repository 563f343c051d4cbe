import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { loadTenantPages, tenantPageKey, visibleRowsSql, type Connection, type RequestScope, type TenantPageKey } from '@infitah/server-kit';
import { ActionProgram } from './action-program.entity';

/** Most recent first. */
export const PROGRAM_ORDER: Array<[string, 'ASC' | 'DESC']> = [
  ['created_at', 'DESC'],
  ['id', 'ASC'],
];

export function createActionProgramLoaders(scope: RequestScope) {
  return {
    actionProgramById: new DataLoader<string, ActionProgram | null>(async (ids) => {
      const manager = await scope.manager();
      const visible = visibleRowsSql('p', scope.caller);
      const rows = await manager
        .createQueryBuilder(ActionProgram, 'p')
        .where({ id: In([...ids]) })
        .andWhere(visible.sql, visible.parameters)
        .getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    actionProgramPageByCollectivity: new DataLoader<TenantPageKey, Connection<ActionProgram>, string>(
      async (keys) => loadTenantPages(await scope.manager(), ActionProgram, keys, { caller: scope.caller, orderBy: PROGRAM_ORDER }),
      { cacheKeyFn: tenantPageKey },
    ),
  };
}
