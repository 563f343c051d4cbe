import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createCapacityBuildingLoaders } from './capacity-building/capacity-building.loader';
import { createInvitationAnswerLoaders } from './capacity-building/invitation-answer.loader';
import { createEventLoaders } from './events/event.loader';
import { createFigureLoaders } from './network/figures';
import { createOrganisationLoaders } from './organisations/organisation.loader';
import { createProposalLoaders } from './proposals/proposal.loader';

export type ParticipationLoaders = ReturnType<typeof createEventLoaders> &
  ReturnType<typeof createProposalLoaders> &
  ReturnType<typeof createOrganisationLoaders> &
  ReturnType<typeof createFigureLoaders> &
  ReturnType<typeof createCapacityBuildingLoaders> &
  ReturnType<typeof createInvitationAnswerLoaders>;
export type ParticipationContext = RequestContext<ParticipationLoaders>;

export function createParticipationLoaders(scope: RequestScope): ParticipationLoaders {
  return {
    ...createEventLoaders(scope),
    ...createProposalLoaders(scope),
    ...createOrganisationLoaders(scope),
    ...createFigureLoaders(scope),
    ...createCapacityBuildingLoaders(scope),
    ...createInvitationAnswerLoaders(scope),
  };
}
