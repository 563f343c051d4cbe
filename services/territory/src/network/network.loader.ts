import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestScope } from '@infitah/server-kit';
import { CollectivityKind } from '../collectivities/collectivity.entity';
import { MembershipStatus } from '../collectivities/membership.entity';
import { KindCount, Network } from './network.entity';

export function createNetworkLoaders(context: RequestScope) {
  return {
    networkById: new DataLoader<string, Network | null>(async (ids) => {
      const manager = await context.manager();
      const rows = await manager.find(Network, { where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),

    /** Active members by kind, counted in one SQL statement; every kind is listed, zero included. */
    membersByKind: new DataLoader<string, KindCount[]>(async (networkIds) => {
      const manager = await context.manager();
      const rows: Array<{ kind: CollectivityKind; count: number }> = await manager.query(
        `SELECT c.kind, count(*)::int AS count
           FROM network_membership m JOIN collectivity c ON c.id = m.collectivity_id
          WHERE m.status = $1
          GROUP BY c.kind`,
        [MembershipStatus.ACTIVE],
      );
      const counts = Object.values(CollectivityKind).map((kind) => ({
        kind,
        count: rows.find((row) => row.kind === kind)?.count ?? 0,
      }));
      return networkIds.map(() => counts);
    }),
  };
}
