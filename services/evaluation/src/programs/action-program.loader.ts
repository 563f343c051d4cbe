import { In } from 'typeorm';
import {
  DataLoader,
  loadChildren,
  loadTenantPages,
  tenantKey,
  tenantPageKey,
  visibleRowsSql,
  type Connection,
  type RequestScope,
  type TenantKey,
  type TenantPageKey,
} from '@infitah/server-kit';
import { ActionProgram, ProgramStatus } from './action-program.entity';
import { ProgressReport } from '../reports/progress-report.entity';
import { PriorityAxis, ProgramStatusChange } from './program-parts.entity';

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
      const rows = await manager.createQueryBuilder(ActionProgram, 'p').where({ id: In([...ids]) }).andWhere(visible.sql, visible.parameters).getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    actionProgramPageByCollectivity: new DataLoader<TenantPageKey, Connection<ActionProgram>, string>(
      async (keys) => loadTenantPages(await scope.manager(), ActionProgram, keys, { caller: scope.caller, orderBy: PROGRAM_ORDER }),
      { cacheKeyFn: tenantPageKey },
    ),

    /** The programme now open (not closed) of each collectivity, that the caller may see. */
    currentProgramByCollectivity: new DataLoader<string, ActionProgram | null>(async (collectivityIds) => {
      const manager = await scope.manager();
      const visible = visibleRowsSql('p', scope.caller);
      const rows = await manager
        .createQueryBuilder(ActionProgram, 'p')
        .where('p.collectivity_id IN (:...collectivityIds)', { collectivityIds })
        .andWhere('p.status <> :closed', { closed: ProgramStatus.CLOSED })
        .andWhere(visible.sql, visible.parameters)
        .orderBy('p.created_at', 'DESC')
        .getMany();
      return collectivityIds.map((id) => rows.find((row) => row.collectivityId === id) ?? null);
    }),

    axesByProgram: new DataLoader<TenantKey, PriorityAxis[], string>(
      async (keys) => loadChildren(await scope.manager(), PriorityAxis, { column: 'program_id', property: 'programId' }, keys, [['position', 'ASC']]),
      { cacheKeyFn: tenantKey },
    ),

    reportsByProgram: new DataLoader<TenantKey, ProgressReport[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), ProgressReport, { column: 'program_id', property: 'programId' }, keys, [['period_end', 'DESC']], scope.caller),
      { cacheKeyFn: tenantKey },
    ),

    statusHistoryByProgram: new DataLoader<TenantKey, ProgramStatusChange[], string>(
      async (keys) =>
        loadChildren(await scope.manager(), ProgramStatusChange, { column: 'program_id', property: 'programId' }, keys, [
          ['changed_at', 'ASC'],
          ['id', 'ASC'],
        ]),
      { cacheKeyFn: tenantKey },
    ),
  };
}
