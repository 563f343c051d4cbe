import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createEventLoaders } from './events/event.loader';

export type ParticipationLoaders = ReturnType<typeof createEventLoaders>;
export type ParticipationContext = RequestContext<ParticipationLoaders>;

export function createParticipationLoaders(scope: RequestScope): ParticipationLoaders {
  return { ...createEventLoaders(scope) };
}
