import { In } from 'typeorm';
import { DataLoader, loadChildren, tenantKey, visibleRowsSql, type RequestScope, type TenantKey } from '@infitah/server-kit';
import { ProgramReport } from './program-report.entity';

export function createProgramReportLoaders(scope: RequestScope) {
  return {
    programReportById: new DataLoader<string, ProgramReport | null>(async (ids) => {
      const visible = visibleRowsSql('r', scope.caller);
      const rows = await (await scope.manager()).createQueryBuilder(ProgramReport, 'r').where({ id: In([...ids]) }).andWhere(visible.sql, visible.parameters).getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    /** DESIGN before RESULTS: the order the IRM writes them in. */
    programReportsByProgram: new DataLoader<TenantKey, ProgramReport[], string>(
      async (keys) => loadChildren(await scope.manager(), ProgramReport, { column: 'program_id', property: 'programId' }, keys, [['kind', 'ASC']], scope.caller),
      { cacheKeyFn: tenantKey },
    ),
  };
}
