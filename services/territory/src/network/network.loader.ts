import { DataLoader } from '@infitah/server-kit';
import { In } from 'typeorm';
import type { RequestScope } from '@infitah/server-kit';
import { Collectivity, CollectivityKind } from '../collectivities/collectivity.entity';
import { MembershipStatus } from '../collectivities/membership.entity';
import { Charter, ReportedComposition, SupportProgramme } from './network-content.entity';
import { KindCount, Network, RegionCount } from './network.entity';

export function createNetworkLoaders(context: RequestScope) {
  /** One row per network of a content table, by network id. */
  const contentLoader = <T extends SupportProgramme | Charter | ReportedComposition>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (networkIds) => {
      const manager = await context.manager();
      const rows = (await manager.find(entity as never, { where: { networkId: In([...networkIds]) } })) as T[];
      return networkIds.map((id) => rows.find((row) => row.networkId === id) ?? null);
    });

  return {
    supportProgrammeByNetworkId: contentLoader(SupportProgramme),
    charterByNetworkId: contentLoader(Charter),
    reportedCompositionByNetworkId: contentLoader(ReportedComposition),

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

    /**
     * Active members by region, walking the hierarchy up in one recursive statement. Each member's nearest region
     * is picked once (DISTINCT ON) and joined: a correlated lookup per member would scan the whole walk for each
     * of them (over a second for the 1,590 collectivities of the country).
     */
    membersByRegion: new DataLoader<string, RegionCount[]>(async (networkIds) => {
      const manager = await context.manager();
      const rows: Array<{ region_id: string | null; count: number }> = await manager.query(
        `WITH RECURSIVE ancestry AS (
           SELECT m.collectivity_id AS member_id, c.id, c.kind, c.parent_id, 0 AS depth
             FROM network_membership m JOIN collectivity c ON c.id = m.collectivity_id
            WHERE m.status = $1
           UNION ALL
           SELECT a.member_id, p.id, p.kind, p.parent_id, a.depth + 1 FROM ancestry a JOIN collectivity p ON p.id = a.parent_id
         )
         SELECT r.region_id, count(*)::int AS count
           FROM network_membership m
           LEFT JOIN (SELECT DISTINCT ON (a.member_id) a.member_id, a.id AS region_id
                        FROM ancestry a WHERE a.kind = 'REGION' ORDER BY a.member_id, a.depth) r ON r.member_id = m.collectivity_id
          WHERE m.status = $1
          GROUP BY r.region_id`,
        [MembershipStatus.ACTIVE],
      );
      const regions = await manager.find(Collectivity, { where: { kind: CollectivityKind.REGION }, order: { code: 'ASC' } });
      const counts: RegionCount[] = [
        ...regions.map((region) => ({ region, count: rows.find((row) => row.region_id === region.id)?.count ?? 0 })),
        { region: null, count: rows.find((row) => row.region_id === null)?.count ?? 0 },
      ];
      return networkIds.map(() => counts);
    }),
  };
}
