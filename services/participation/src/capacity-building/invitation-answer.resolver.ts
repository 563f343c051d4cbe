import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { assertUuid, badUserInput, forbidden, NETWORK_TENANT_ID, notFound, recordAudit, unauthenticated } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { ParticipationContext } from '../context';
import { Event, EventOrganizer, EventStatus } from '../events/event.entity';
import { InvitationAnswer } from './invitation-answer.entity';

@Resolver(() => InvitationAnswer)
export class InvitationAnswerResolver {
  @FieldResolver(() => Collectivity, { description: 'The member that answered.' })
  collectivity(@Root() answer: InvitationAnswer): Collectivity {
    return { id: answer.collectivityId };
  }
}

@Resolver(() => Event)
export class EventInvitationAnswersResolver {
  @FieldResolver(() => [InvitationAnswer], {
    description:
      "For a network event: the invited members' answers (attending or not), oldest first; all of them for the network, the caller's own for a member, none for anyone else. Empty for a collectivity's own event.",
  })
  invitationAnswers(@Root() event: Event, @Ctx() context: ParticipationContext): Promise<InvitationAnswer[]> | InvitationAnswer[] {
    return event.organizer === EventOrganizer.NETWORK ? context.loaders.invitationAnswersByEvent.load(event.id) : [];
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "For a network event, seen by the network: how many invited members answered that they will attend (the expected attendance); null for anyone else and for a collectivity's own event.",
  })
  async expectedAttendance(@Root() event: Event, @Ctx() context: ParticipationContext): Promise<number | null> {
    if (event.organizer !== EventOrganizer.NETWORK || context.caller.role !== 'NETWORK_ADMIN') return null;
    const answers = await context.loaders.invitationAnswersByEvent.load(event.id);
    return answers.filter((answer) => answer.attending).length;
  }
}

@Resolver(() => InvitationAnswer)
export class InvitationAnswerMutations {
  @Mutation(() => InvitationAnswer, {
    description:
      "An invited member answers the network's invitation to one of its planned events (a training): attending or not; answering again replaces the answer. Requires COLLECTIVITY_ADMIN or COLLECTIVITY_EDITOR of a member the network invited (UNAUTHENTICATED when anonymous, FORBIDDEN for the network); NOT_FOUND when the caller cannot see the event; BAD_USER_INPUT naming eventId when it is not a network event, the caller's collectivity was not invited, or the event is no longer planned.",
  })
  async answerTrainingInvitation(
    @Arg('eventId', () => ID, { description: "The network event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('attending', { description: 'True: the member will attend; false: it will not.' }) attending: boolean,
    @Ctx() context: ParticipationContext,
  ): Promise<InvitationAnswer> {
    const { caller } = context;
    if (caller.role === 'ANONYMOUS') throw unauthenticated();
    if (caller.role === 'NETWORK_ADMIN' || !caller.collectivityId) throw forbidden('Only an invited member answers an invitation');
    const eventId = assertUuid('eventId', id);
    const event = await context.loaders.eventById.load(eventId);
    if (!event) throw notFound('Event', eventId);
    if (event.organizer !== EventOrganizer.NETWORK || event.collectivityId !== NETWORK_TENANT_ID) throw badUserInput('eventId', 'must be a network event');
    const participants = await context.loaders.participantsByEvent.load({ collectivityId: event.collectivityId, id: event.id });
    if (!participants.some((participant) => participant.participantId === caller.collectivityId && participant.invited)) {
      throw badUserInput('eventId', 'did not invite your collectivity');
    }
    if (event.status !== EventStatus.PLANNED) throw badUserInput('eventId', 'is no longer planned');
    const manager = await context.manager();
    const key = { collectivityId: caller.collectivityId, eventId: event.id };
    const before = await manager.findOne(InvitationAnswer, { where: key });
    const saved = await manager.save(
      manager.create(InvitationAnswer, { ...key, eventCollectivityId: event.collectivityId, attending, answeredAt: new Date() }),
    );
    await recordAudit(manager, caller, {
      service: 'participation',
      collectivityId: caller.collectivityId,
      entity: 'InvitationAnswer',
      entityId: event.id,
      action: before ? 'UPDATE' : 'CREATE',
      before: before ? { attending: before.attending } : null,
      after: { attending: saved.attending },
    });
    context.loaders.invitationAnswersByEvent.clear(event.id);
    return saved;
  }
}
