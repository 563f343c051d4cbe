import { DataLoader, type RequestScope } from '@infitah/server-kit';
import { InvitationAnswer } from './invitation-answer.entity';

/** The answers to each network event's invitations the caller may see (all for the network, its own for a member), in one query. */
export function createInvitationAnswerLoaders(scope: RequestScope) {
  return {
    invitationAnswersByEvent: new DataLoader<string, InvitationAnswer[]>(async (eventIds) => {
      const manager = await scope.manager();
      const rows = await manager
        .createQueryBuilder(InvitationAnswer, 'a')
        .where('a.event_id = ANY(:eventIds)', { eventIds: [...eventIds] })
        .orderBy('a.answered_at', 'ASC')
        .getMany();
      return eventIds.map((id) => rows.filter((row) => row.eventId === id));
    }),
  };
}
