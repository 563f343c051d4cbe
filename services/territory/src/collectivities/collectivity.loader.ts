import { DataLoader } from '@infitah/server-kit';
import { In } from 'typeorm';
import type { RequestScope } from '@infitah/server-kit';
import { Collectivity } from './collectivity.entity';
import { NetworkMembership } from './membership.entity';
import { CollectivityProfile } from './profile.entity';

/** Per-request loaders for collectivities: one query per batch, whatever the page size. */
export function createCollectivityLoaders(context: RequestScope) {
  return {
    collectivityById: new DataLoader<string, Collectivity | null>(async (ids) => {
      const manager = await context.manager();
      const rows = await manager.find(Collectivity, { where: { id: In([...ids]) } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    childrenByParentId: new DataLoader<string, Collectivity[]>(async (parentIds) => {
      const manager = await context.manager();
      const rows = await manager.find(Collectivity, {
        where: { parentId: In([...parentIds]) },
        order: { nameFr: 'ASC' },
      });
      return parentIds.map((parentId) => rows.filter((row) => row.parentId === parentId));
    }),

    membershipByCollectivityId: new DataLoader<string, NetworkMembership | null>(async (collectivityIds) => {
      const manager = await context.manager();
      const rows = await manager.find(NetworkMembership, { where: { collectivityId: In([...collectivityIds]) } });
      const byId = new Map(rows.map((row) => [row.collectivityId, row]));
      return collectivityIds.map((id) => byId.get(id) ?? null);
    }),

    profileByCollectivityId: new DataLoader<string, CollectivityProfile | null>(async (collectivityIds) => {
      const manager = await context.manager();
      const rows = await manager.find(CollectivityProfile, { where: { collectivityId: In([...collectivityIds]) } });
      return collectivityIds.map((id) => rows.find((row) => row.collectivityId === id) ?? null);
    }),
  };
}
