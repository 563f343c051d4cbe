import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { assertCanWriteTenant, assertUuid, badUserInput, notFound, recordAudit, tenantOfWriter, unauthenticated, type AuditAction } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { Event, EventOrganizer } from './event.entity';
import { CreateEventInput, UpdateEventInput } from './event.input';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** A single `title` goes to the Arabic or French column by its script, unless that column is given too. */
function applyTitles(event: Event, input: { title?: string | null; titleAr?: string | null; titleFr?: string | null }): void {
  if (input.title != null) {
    const title = input.title.trim();
    if (ARABIC_SCRIPT.test(title)) event.titleAr = title;
    else event.titleFr = title;
  }
  if (input.titleAr != null) event.titleAr = input.titleAr.trim();
  if (input.titleFr != null) event.titleFr = input.titleFr.trim();
}

function assertTimes(event: Event): void {
  if (Number.isNaN(event.startsAt.getTime())) throw badUserInput('startsAt', 'must be an ISO-8601 instant');
  if (event.endsAt && event.endsAt.getTime() < event.startsAt.getTime()) {
    throw badUserInput('endsAt', 'must not be before startsAt');
  }
}

@Resolver(() => Event)
export class EventMutations {
  @Mutation(() => Event, { description: "Creates an unpublished event of the caller's collectivity (taken from the token)." })
  async createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() context: ParticipationContext): Promise<Event> {
    const collectivityId = tenantOfWriter(context.caller);
    const manager = await context.manager();
    const event = manager.create(Event, {
      collectivityId,
      kind: input.kind,
      organizer: EventOrganizer.COLLECTIVITY,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      venue: input.venue?.trim() || null,
      titleAr: null,
      titleFr: null,
      published: false,
    });
    applyTitles(event, input);
    assertTimes(event);
    const saved = await manager.save(event);
    await this.audit(context, saved, 'CREATE', null);
    return saved;
  }

  @Mutation(() => Event, { description: 'Changes any subset of an event’s fields.' })
  async updateEvent(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEventInput) input: UpdateEventInput,
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id);
    const before = { ...event };
    if (input.kind != null) event.kind = input.kind;
    if (input.startsAt != null) event.startsAt = input.startsAt;
    if (input.endsAt !== undefined) event.endsAt = input.endsAt;
    if (input.venue !== undefined) event.venue = input.venue?.trim() || null;
    applyTitles(event, input);
    assertTimes(event);
    const manager = await context.manager();
    const saved = await manager.save(event);
    await this.audit(context, saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => Boolean, { description: "Deletes an event: the collectivity's administrators only." })
  async deleteEvent(@Arg('id', () => ID) id: string, @Ctx() context: ParticipationContext): Promise<boolean> {
    const event = await this.writable(context, id, { adminOnly: true });
    const manager = await context.manager();
    await manager.delete(Event, { collectivityId: event.collectivityId, id: event.id });
    await this.audit(context, event, 'DELETE', event);
    return true;
  }

  @Mutation(() => Event, { description: "Makes an event public: the collectivity's administrators only." })
  publishEvent(@Arg('id', () => ID) id: string, @Ctx() context: ParticipationContext): Promise<Event> {
    return this.setPublished(context, id, true);
  }

  @Mutation(() => Event, { description: "Withdraws an event from the public: the collectivity's administrators only." })
  unpublishEvent(@Arg('id', () => ID) id: string, @Ctx() context: ParticipationContext): Promise<Event> {
    return this.setPublished(context, id, false);
  }

  private async setPublished(context: ParticipationContext, id: string, published: boolean): Promise<Event> {
    const event = await this.writable(context, id, { adminOnly: true });
    if (event.published === published) return event;
    const before = { ...event };
    event.published = published;
    const saved = await (await context.manager()).save(event);
    await this.audit(context, saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    return saved;
  }

  /** The event if the caller may change it: unseen → NOT_FOUND, seen but not its own → FORBIDDEN. */
  private async writable(context: ParticipationContext, id: string, options: { adminOnly?: boolean } = {}): Promise<Event> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const eventId = assertUuid('id', id);
    const event = await context.loaders.eventById.load(eventId);
    if (!event) throw notFound('Event', eventId);
    assertCanWriteTenant(context.caller, event.collectivityId, options);
    context.loaders.eventById.clear(eventId);
    return event;
  }

  private async audit(context: ParticipationContext, event: Event, action: AuditAction, before: Event | null): Promise<void> {
    await recordAudit(await context.manager(), context.caller, {
      service: 'participation',
      collectivityId: event.collectivityId,
      entity: 'Event',
      entityId: event.id,
      action,
      before,
      after: action === 'DELETE' ? null : event,
    });
  }
}
