import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createEventLoaders } from './events/event.loader';
import { createFigureLoaders } from './network/figures';
import { createOrganisationLoaders } from './organisations/organisation.loader';
import { createProposalLoaders } from './proposals/proposal.loader';

export type ParticipationLoaders = ReturnType<typeof createEventLoaders> &
  ReturnType<typeof createProposalLoaders> &
  ReturnType<typeof createOrganisationLoaders> &
  ReturnType<typeof createFigureLoaders>;
export type ParticipationContext = RequestContext<ParticipationLoaders>;

export function createParticipationLoaders(scope: RequestScope): ParticipationLoaders {
  return {
    ...createEventLoaders(scope),
    ...createProposalLoaders(scope),
    ...createOrganisationLoaders(scope),
    ...createFigureLoaders(scope),
  };
}
