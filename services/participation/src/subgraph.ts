import type { SubgraphDefinition } from '@infitah/server-kit';
import { Collectivity } from './collectivities/collectivity.reference';
import { CollectivityParticipationResolver } from './collectivities/collectivity.resolver';
import { createParticipationLoaders, type ParticipationContext, type ParticipationLoaders } from './context';
import { Event } from './events/event.entity';
import { EventMutations } from './events/event.mutations';
import { EventResolver } from './events/event.resolver';
import { migrations } from './migrations';
import { Network } from './network/network.reference';
import { NetworkParticipationResolver } from './network/network.resolver';
import { seedParticipation } from './seed';

export const participation: SubgraphDefinition<ParticipationLoaders> = {
  name: 'participation',
  defaultPort: 4002,
  entities: [Event],
  migrations,
  resolvers: [EventResolver, EventMutations, CollectivityParticipationResolver, NetworkParticipationResolver],
  // entities only extended here are reachable from no root field of this subgraph
  orphanedTypes: [Collectivity, Network],
  referenceResolvers: {
    Event: {
      __resolveReference: (reference: { id: string }, context: ParticipationContext) => context.loaders.eventById.load(reference.id),
    },
    // Collectivities and the network live in territory: a reference is all this subgraph needs.
    Collectivity: { __resolveReference: (reference: { id: string }): Collectivity => ({ id: reference.id }) },
    Network: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
  },
  createLoaders: createParticipationLoaders,
  seedDemoData: seedParticipation,
};
