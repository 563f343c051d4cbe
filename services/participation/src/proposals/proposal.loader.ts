import { In } from 'typeorm';
import { DataLoader, isUuid, loadChildren, loadTenantPages, tenantKey, tenantPageKey, visibleRowsSql, type Connection, type RequestScope, type TenantKey, type TenantPageKey } from '@infitah/server-kit';
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

    /** A commitment's source proposals: of its own collectivity only, those the caller may see. */
    proposalsByCommitment: new DataLoader<TenantKey, Proposal[], string>(
      async (keys) => {
        const valid = keys.filter((key) => isUuid(key.collectivityId) && isUuid(key.id));
        const rows = valid.length
          ? await loadChildren(await scope.manager(), Proposal, { column: 'commitment_id', property: 'commitmentId' }, valid, [['created_at', 'ASC']], scope.caller)
          : [];
        return keys.map((key) => rows[valid.indexOf(key)] ?? []);
      },
      { cacheKeyFn: tenantKey },
    ),

    proposalPageByCollectivity: new DataLoader<TenantPageKey, Connection<Proposal>, string>(
      async (keys) => loadTenantPages(await scope.manager(), Proposal, keys, { caller: scope.caller, orderBy: PROPOSAL_ORDER }),
      { cacheKeyFn: tenantPageKey },
    ),
  };
}
