import type { SubgraphDefinition } from '@infitah/server-kit';
import { Collectivity } from './collectivities/collectivity.reference';
import { CollectivityParticipationResolver } from './collectivities/collectivity.resolver';
import { createParticipationLoaders, type ParticipationContext, type ParticipationLoaders } from './context';
import { AgendaItem } from './events/agenda-item.entity';
import { Attendance } from './events/attendance.entity';
import { Event } from './events/event.entity';
import { EventMutations } from './events/event.mutations';
import { AgendaItemResolver, EventResolver } from './events/event.resolver';
import { EventOrganisation } from './events/event-organisation.entity';
import { EventParticipant } from './events/event-participant.entity';
import { migrations } from './migrations';
import { Network } from './network/network.reference';
import { NetworkParticipationResolver } from './network/network.resolver';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { Proposal } from './proposals/proposal.entity';
import { ProposalMutations } from './proposals/proposal.mutations';
import { Commitment } from './proposals/commitment.reference';
import { CommitmentSourcesResolver, ProposalResolver } from './proposals/proposal.resolver';
import { seedParticipation } from './seed';
import { participationOpenData } from './open-data';

export const participation: SubgraphDefinition<ParticipationLoaders> = {
  name: 'participation',
  defaultPort: 4002,
  entities: [Event, AgendaItem, Attendance, EventParticipant, EventOrganisation, Organisation, Proposal],
  migrations,
  resolvers: [
    EventResolver,
    AgendaItemResolver,
    EventMutations,
    OrganisationResolver,
    ProposalResolver,
    ProposalMutations,
    CommitmentSourcesResolver,
    CollectivityParticipationResolver,
    NetworkParticipationResolver,
  ],
  // entities only extended here are reachable from no root field of this subgraph
  orphanedTypes: [Collectivity, Network, Commitment],
  openData: participationOpenData,
  referenceResolvers: {
    Event: {
      __resolveReference: (reference: { id: string }, context: ParticipationContext) => context.loaders.eventById.load(reference.id),
    },
    Proposal: {
      __resolveReference: (reference: { id: string }, context: ParticipationContext) => context.loaders.proposalById.load(reference.id),
    },
    // Collectivities and the network live in territory: a reference is all this subgraph needs.
    Collectivity: { __resolveReference: (reference: { id: string }): Collectivity => ({ id: reference.id }) },
    Network: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
    Commitment: {
      __resolveReference: (reference: { id: string; collectivityId: string }): Commitment => ({ id: reference.id, collectivityId: reference.collectivityId }),
    },
  },
  createLoaders: createParticipationLoaders,
  seedDemoData: seedParticipation,
};
