import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { loadTenantPages, tenantPageKey, visibleRowsSql, type Connection, type RequestScope, type TenantPageKey } from '@infitah/server-kit';
import { Proposal } from './proposal.entity';

/** Newest first. */
export const PROPOSAL_ORDER: Array<[string, 'ASC' | 'DESC']> = [
  ['created_at', 'DESC'],
  ['id', 'ASC'],
];

export function createProposalLoaders(scope: RequestScope) {
  return {
    proposalById: new DataLoader<string, Proposal | null>(async (ids) => {
      const manager = await scope.manager();
      const visible = visibleRowsSql('p', scope.caller);
      const rows = await manager.createQueryBuilder(Proposal, 'p').where({ id: In([...ids]) }).andWhere(visible.sql, visible.parameters).getMany();
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    proposalPageByCollectivity: new DataLoader<TenantPageKey, Connection<Proposal>, string>(
      async (keys) => loadTenantPages(await scope.manager(), Proposal, keys, { caller: scope.caller, orderBy: PROPOSAL_ORDER }),
      { cacheKeyFn: tenantPageKey },
    ),
  };
}
