import type { SubgraphDefinition } from '@infitah/server-kit';
import { CapacityBuildingMutations } from './capacity-building/capacity-building.mutations';
import {
  CohortTrainingResolver,
  CollectivityCapacityBuildingResolver,
  EventCapacityBuildingResolver,
  NetworkCapacityBuildingResolver,
  ParticipantAttendanceResolver,
} from './capacity-building/capacity-building.resolver';
import { Cohort } from './capacity-building/cohort.reference';
import { InvitationAnswer } from './capacity-building/invitation-answer.entity';
import { EventInvitationAnswersResolver, InvitationAnswerMutations, InvitationAnswerResolver } from './capacity-building/invitation-answer.resolver';
import { ParticipantAttendance } from './capacity-building/participant-attendance.entity';
import { TrainingMaterial } from './capacity-building/training-material.entity';
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
import { PersonalDataResolver, PersonalDataSubject, SpeakerPersonalFieldsResolver } from './personal-data/personal-data.resolver';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { Proposal } from './proposals/proposal.entity';
import { ProposalMutations } from './proposals/proposal.mutations';
import { Commitment } from './proposals/commitment.reference';
import { CommitmentSourcesResolver, ProposalResolver } from './proposals/proposal.resolver';
import { seedParticipation } from './seed';
import { participationOpenData } from './open-data';
import { syncResolvers } from './sync';

export const participation: SubgraphDefinition<ParticipationLoaders> = {
  name: 'participation',
  entities: [Event, AgendaItem, Attendance, EventParticipant, EventOrganisation, Organisation, Proposal, ParticipantAttendance, TrainingMaterial, InvitationAnswer],
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
    EventCapacityBuildingResolver,
    EventInvitationAnswersResolver,
    InvitationAnswerResolver,
    InvitationAnswerMutations,
    ParticipantAttendanceResolver,
    CapacityBuildingMutations,
    NetworkCapacityBuildingResolver,
    CollectivityCapacityBuildingResolver,
    CohortTrainingResolver,
    PersonalDataResolver,
    SpeakerPersonalFieldsResolver,
    ...syncResolvers,
  ],
  // entities only extended here are reachable from no root field of this subgraph
  orphanedTypes: [Collectivity, Network, Commitment, Cohort, PersonalDataSubject],
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
    // one person's data is the network's to read, as at territory's root field
    PersonalDataSubject: {
      __resolveReference: (reference: { email: string }, context: ParticipationContext): PersonalDataSubject | null =>
        context.caller.role === 'NETWORK_ADMIN' ? { email: reference.email } : null,
    },
    // a wave arrives with its member ids (see Cohort.memberIds); who of them was trained is loaded in batches
    Cohort: { __resolveReference: (reference: { id: string; memberIds?: string[] }): Cohort => ({ id: reference.id, memberIds: reference.memberIds ?? [] }) },
    Commitment: {
      __resolveReference: (reference: { id: string; collectivityId: string }): Commitment => ({ id: reference.id, collectivityId: reference.collectivityId }),
    },
  },
  createLoaders: createParticipationLoaders,
  seedDemoData: seedParticipation,
};
