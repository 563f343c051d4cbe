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
        if (!valid.length) return keys.map(() => []);
        const manager = await scope.manager();
        const retained = await loadChildren(manager, Proposal, { column: 'commitment_id', property: 'commitmentId' }, valid, [['created_at', 'ASC']], scope.caller);
        // the proposals merged into a retained one came into the commitment through it: each follows the one it joined,
        // when the caller may see both
        const joined = retained.flat();
        const merged = joined.length
          ? await loadChildren(
              manager,
              Proposal,
              { column: 'merged_into_id', property: 'mergedIntoId' },
              joined.map((proposal) => ({ collectivityId: proposal.collectivityId, id: proposal.id })),
              [['created_at', 'ASC']],
              scope.caller,
            )
          : [];
        const mergedInto = new Map(joined.map((proposal, index) => [proposal, merged[index]]));
        return keys.map((key) => {
          const index = valid.indexOf(key);
          return index < 0 ? [] : retained[index].flatMap((proposal) => [proposal, ...(mergedInto.get(proposal) ?? [])]);
        });
      },
      { cacheKeyFn: tenantKey },
    ),

    /**
     * The commitments a link may name, read from the directory evaluation keeps (never from evaluation's tables):
     * the key itself when that commitment exists in that collectivity and the caller may see it, else null.
     */
    commitmentLinkByKey: new DataLoader<TenantKey, TenantKey | null, string>(
      async (keys) => {
        const valid = keys.filter((key) => isUuid(key.collectivityId) && isUuid(key.id));
        if (!valid.length) return keys.map(() => null);
        const manager = await scope.manager();
        const visible = visibleRowsSql('d', scope.caller);
        const rows: Array<{ collectivity_id: string; id: string }> = await manager
          .createQueryBuilder()
          .select(['d.collectivity_id AS collectivity_id', 'd.id AS id'])
          .from('directory.commitment', 'd')
          .where('(d.collectivity_id, d.id) IN (SELECT unnest(CAST(:collectivityIds AS uuid[])), unnest(CAST(:ids AS uuid[])))', {
            collectivityIds: valid.map((key) => key.collectivityId.toLowerCase()),
            ids: valid.map((key) => key.id.toLowerCase()),
          })
          .andWhere(visible.sql, visible.parameters)
          .getRawMany();
        const found = new Set(rows.map((row) => tenantKey({ collectivityId: row.collectivity_id, id: row.id })));
        return keys.map((key) => {
          const normalised = { collectivityId: key.collectivityId.toLowerCase(), id: key.id.toLowerCase() };
          return found.has(tenantKey(normalised)) ? normalised : null;
        });
      },
      { cacheKeyFn: tenantKey },
    ),

    proposalPageByCollectivity: new DataLoader<TenantPageKey, Connection<Proposal>, string>(
      async (keys) => loadTenantPages(await scope.manager(), Proposal, keys, { caller: scope.caller, orderBy: PROPOSAL_ORDER }),
      { cacheKeyFn: tenantPageKey },
    ),
  };
}
