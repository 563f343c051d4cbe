import type { SubgraphDefinition } from '@infitah/server-kit';
import { Collectivity } from './collectivities/collectivity.entity';
import { CollectivityResolver } from './collectivities/collectivity.resolver';
import { NetworkMembership } from './collectivities/membership.entity';
import { createTerritoryLoaders, type TerritoryContext, type TerritoryLoaders } from './context';
import { migrations } from './migrations';
import { Network } from './network/network.entity';
import { NetworkResolver } from './network/network.resolver';
import { seedTerritory } from './seed';

export const territory: SubgraphDefinition<TerritoryLoaders> = {
  name: 'territory',
  defaultPort: 4001,
  entities: [Collectivity, NetworkMembership, Network],
  migrations,
  resolvers: [CollectivityResolver, NetworkResolver],
  referenceResolvers: {
    Collectivity: {
      __resolveReference: (reference: { id: string }, context: TerritoryContext) =>
        context.loaders.collectivityById.load(reference.id),
    },
    Network: {
      __resolveReference: (reference: { id: string }, context: TerritoryContext) =>
        context.loaders.networkById.load(reference.id),
    },
  },
  createLoaders: createTerritoryLoaders,
  seedDemoData: seedTerritory,
};
