import { enqueueNotification } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { Event, EventKind, EventOrganizer, EventStatus } from '../events/event.entity';

/**
 * The invited members hear of a network training once it is planned and published (an unpublished event is the
 * network's draft, which members cannot open): called when members are invited and when the training is published,
 * in that write's transaction. Each member is told once per training (the delivery's key), whatever the calls.
 */
export async function notifyTrainingInvitations(context: ParticipationContext, event: Event, memberIds: string[]): Promise<void> {
  if (event.organizer !== EventOrganizer.NETWORK || event.kind !== EventKind.TRAINING || event.status !== EventStatus.PLANNED || !event.published) return;
  for (const memberId of memberIds) {
    await enqueueNotification(
      context,
      'TRAINING_INVITATION',
      { collectivityId: memberId, eventId: event.id, titleAr: event.titleAr, titleFr: event.titleFr, startsAt: new Date(event.startsAt).toISOString(), venue: event.venue },
      `TRAINING_INVITATION:${event.id}:${memberId}`,
    );
  }
}
