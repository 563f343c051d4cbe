import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
  assertUuid,
  badUserInput,
  forbidden,
  NETWORK_TENANT_ID,
  auditRecord,
  enqueueNotification,
  loadWritable,
  recordAudit,
  tenantOfWriter,
} from '@infitah/server-kit';
import { notifyTrainingInvitations } from '../capacity-building/training-invitation';
import type { ParticipationContext } from '../context';
import { Organisation } from '../organisations/organisation.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { Event, EventKind, EventOrganizer, EventStatus, TimePrecision } from './event.entity';
import { AgendaItemInput, AttendanceInput, CreateEventInput, EventParticipantInput, SaveEventInput, UpdateEventInput } from './event.input';
import { EventParticipant } from './event-participant.entity';

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

function applyOptionalFields(event: Event, input: CreateEventInput | UpdateEventInput): void {
  if (input.endsAt !== undefined) event.endsAt = input.endsAt;
  if (input.venue !== undefined) event.venue = input.venue?.trim() || null;
  if (input.onlineUrl !== undefined) event.onlineUrl = input.onlineUrl?.trim() || null;
  if (input.descriptionAr !== undefined) event.descriptionAr = input.descriptionAr?.trim() || null;
  if (input.descriptionFr !== undefined) event.descriptionFr = input.descriptionFr?.trim() || null;
  if (input.startsAtPrecision != null) event.startsAtPrecision = input.startsAtPrecision;
  applyTitles(event, input);
}

/** Deletes an event's child rows before they are replaced; row-level security must not silently keep some. */
async function replaceAll(manager: EntityManager, entity: typeof AgendaItem | typeof Attendance | typeof EventParticipant, event: Event, existing: number) {
  const result = await manager.delete(entity, { collectivityId: event.collectivityId, eventId: event.id });
  if ((result.affected ?? 0) !== existing) throw forbidden('You may not replace these rows');
}

function applyUpdate(event: Event, input: UpdateEventInput): void {
  if (input.kind != null) event.kind = input.kind;
  if (input.startsAt != null) event.startsAt = input.startsAt;
  if (input.status != null) event.status = input.status;
  if (input.outcome !== undefined) event.outcome = input.outcome?.trim() || null;
  applyOptionalFields(event, input);
}

function assertTimes(event: Event): void {
  if (Number.isNaN(event.startsAt.getTime())) throw badUserInput('startsAt', 'must be an ISO-8601 instant');
  if (event.endsAt && event.endsAt.getTime() < event.startsAt.getTime()) {
    throw badUserInput('endsAt', 'must not be before startsAt');
  }
}

/** The event's new times must still hold its stored agenda: the event's field is named, and the item in the reason. */
function assertAgendaWithin(event: Event, agenda: AgendaItem[]): void {
  agenda.forEach((item, index) => {
    const title = item.titleFr ?? item.titleAr;
    const named = (at: Date) => `${title ? `"${title}", ` : ''}at ${at.toISOString()}`;
    if (item.startsAt.getTime() < event.startsAt.getTime()) {
      throw badUserInput('startsAt', `must not be after agenda item ${index + 1} starts (${named(item.startsAt)})`);
    }
    if (event.endsAt && item.endsAt.getTime() > event.endsAt.getTime()) {
      throw badUserInput('endsAt', `must not be before agenda item ${index + 1} ends (${named(item.endsAt)})`);
    }
  });
}

/** A public consultation announced open to the public: published, not cancelled, its end set and still ahead. */
function announcedOpen(event: Pick<Event, 'kind' | 'published' | 'status' | 'endsAt'>): boolean {
  return event.kind === EventKind.PUBLIC_CONSULTATION && event.published && event.status !== EventStatus.CANCELLED && !!event.endsAt && event.endsAt.getTime() > Date.now();
}

/**
 * The write that opens a consultation to the public tells the collectivity's followers, in its own transaction (a
 * rolled-back write tells no one); the job key and the notifications service's delivery key make it once per
 * consultation, however often it is withdrawn and published again.
 */
async function tellFollowersIfOpened(context: ParticipationContext, before: Pick<Event, 'kind' | 'published' | 'status' | 'endsAt'>, after: Event): Promise<void> {
  if (announcedOpen(before) || !announcedOpen(after)) return;
  await enqueueNotification(
    context,
    'CONSULTATION_OPENED',
    {
      collectivityId: after.collectivityId,
      eventId: after.id,
      titleAr: after.titleAr,
      titleFr: after.titleFr,
      startsAt: after.startsAt.toISOString(),
      endsAt: after.endsAt!.toISOString(),
    },
    `CONSULTATION_OPENED:${after.id}`,
  );
}

@Resolver(() => Event)
export class EventMutations {
  @Mutation(() => Event, {
    description:
      "Creates an unpublished event for the caller's collectivity, taken from the token (COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN), or a network event for a NETWORK_ADMIN. UNAUTHENTICATED when anonymous; BAD_USER_INPUT naming the field, e.g. endsAt before startsAt.",
  })
  async createEvent(@Arg('input', () => CreateEventInput, { description: 'The new event.' }) input: CreateEventInput, @Ctx() context: ParticipationContext): Promise<Event> {
    const collectivityId = tenantOfWriter(context.caller, { networkRecord: true });
    const manager = await context.manager();
    const event = manager.create(Event, {
      collectivityId,
      kind: input.kind,
      organizer: collectivityId === NETWORK_TENANT_ID ? EventOrganizer.NETWORK : EventOrganizer.COLLECTIVITY,
      startsAt: input.startsAt,
      startsAtPrecision: TimePrecision.MINUTE,
      titleAr: null,
      titleFr: null,
      published: false,
    });
    applyOptionalFields(event, input);
    assertTimes(event);
    const saved = await manager.save(event);
    await auditRecord(context, 'participation', 'Event', saved, 'CREATE', null);
    return saved;
  }

  @Mutation(() => Event, {
    description:
      "Changes any subset of an event's fields. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event): NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's.",
  })
  async updateEvent(
    @Arg('id', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('input', () => UpdateEventInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: UpdateEventInput,
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id);
    return this.writeFields(context, event, input);
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes an event with its agenda, attendance, participants and organisation links; proposals collected at it stay, unlinked. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event); returns true.",
  })
  async deleteEvent(@Arg('id', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string, @Ctx() context: ParticipationContext): Promise<boolean> {
    const event = await this.writable(context, id, { adminOnly: true });
    const manager = await context.manager();
    await manager.delete(Event, { collectivityId: event.collectivityId, id: event.id });
    await auditRecord(context, 'participation', 'Event', event, 'DELETE', event);
    return true;
  }

  @Mutation(() => Event, {
    description:
      "Makes an event, its agenda and attendance visible to everyone, or withdraws it (seen then only by its own collectivity's accounts and the network); setting the state it already has changes nothing. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event).",
  })
  setEventPublished(
    @Arg('id', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    return this.setPublished(context, id, published);
  }

  @Mutation(() => Event, {
    deprecationReason: 'Use setEventPublished',
    description:
      "Makes an event, its agenda and attendance visible to everyone; publishing a published event changes nothing. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event).",
  })
  publishEvent(@Arg('id', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string, @Ctx() context: ParticipationContext): Promise<Event> {
    return this.setPublished(context, id, true);
  }

  @Mutation(() => Event, {
    deprecationReason: 'Use setEventPublished',
    description:
      "Withdraws an event from the public: it is then seen only by its own collectivity's accounts and the network. Requires COLLECTIVITY_ADMIN of the event's collectivity (NETWORK_ADMIN for a network event).",
  })
  unpublishEvent(@Arg('id', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string, @Ctx() context: ParticipationContext): Promise<Event> {
    return this.setPublished(context, id, false);
  }

  @Mutation(() => Event, {
    description:
      "Replaces an event's whole agenda with the items given, in that order; each item must lie within the event. Same rights as updateEvent; BAD_USER_INPUT names the item field at fault, e.g. items.2.endsAt.",
  })
  async replaceAgenda(
    @Arg('eventId', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('items', () => [AgendaItemInput], { description: 'The whole new agenda, in order; an empty list clears it.' }) items: AgendaItemInput[],
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id, {}, 'eventId');
    await this.writeAgenda(context, event, items, 'items');
    return event;
  }

  @Mutation(() => Event, {
    description:
      "Replaces an event's attendance counts, one per category × gender pair. Same rights as updateEvent; BAD_USER_INPUT naming counts.N when a pair is given twice.",
  })
  async setAttendance(
    @Arg('eventId', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('counts', () => [AttendanceInput], { description: 'All the counts; pairs not given are removed, an empty list clears them.' }) counts: AttendanceInput[],
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id, {}, 'eventId');
    await this.writeAttendance(context, event, counts, 'counts');
    return event;
  }

  @Mutation(() => Event, {
    description:
      "Saves an event's fields, agenda and attendance as one write: every part is stored, or none. Same rights as updateEvent (COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the event's collectivity, NETWORK_ADMIN for a network event): UNAUTHENTICATED when anonymous, NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's. A refused value gives BAD_USER_INPUT naming its path, relative to the input like the input's own checks, e.g. endsAt, agenda.0.endsAt or attendance.1, and leaves everything as it was.",
  })
  async saveEvent(
    @Arg('id', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('input', () => SaveEventInput, { description: 'The fields to change, and the agenda and attendance when given.' }) input: SaveEventInput,
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id);
    // a new agenda is checked against the new times below, when it is written; the stored one only when it stays
    const saved = await this.writeFields(context, event, input, { agendaReplaced: input.agenda != null });
    // each part is checked just before it is written: a refused part rolls the request's transaction back whole
    if (input.agenda != null) await this.writeAgenda(context, saved, input.agenda, 'agenda');
    if (input.attendance != null) await this.writeAttendance(context, saved, input.attendance, 'attendance');
    return saved;
  }

  @Mutation(() => Event, {
    description:
      'The network sets which collectivities it invited to one of its events, and which attended. Requires NETWORK_ADMIN and a network event: FORBIDDEN otherwise, or BAD_USER_INPUT naming eventId when a collectivity names its own event.',
  })
  async setEventParticipants(
    @Arg('eventId', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('participants', () => [EventParticipantInput], { description: 'The whole list; collectivities not named are removed.' }) participants: EventParticipantInput[],
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id, {}, 'eventId');
    if (event.organizer !== EventOrganizer.NETWORK) throw badUserInput('eventId', 'only a network event has invited collectivities');
    const ids = participants.map((participant) => participant.collectivityId.toLowerCase());
    if (new Set(ids).size !== ids.length) throw badUserInput('participants', 'names a collectivity twice');
    const manager = await context.manager();
    const before = await manager.find(EventParticipant, { where: { collectivityId: event.collectivityId, eventId: event.id } });
    await replaceAll(manager, EventParticipant, event, before.length);
    const saved = await manager.save(
      participants.map((participant, index) =>
        manager.create(EventParticipant, {
          collectivityId: event.collectivityId,
          eventId: event.id,
          participantId: ids[index],
          invited: participant.invited,
          attended: participant.attended,
        }),
      ),
    );
    await this.auditChild(context, event, 'EventParticipants', before, saved);
    // a planned network training: each member invited now (not before) hears of it, in this transaction
    const invitedBefore = new Set(before.filter((participant) => participant.invited).map((participant) => participant.participantId));
    await notifyTrainingInvitations(
      context,
      event,
      saved.filter((participant) => participant.invited && !invitedBefore.has(participant.participantId)).map((participant) => participant.participantId),
    );
    context.loaders.participantsByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
    return event;
  }

  @Mutation(() => Event, {
    description:
      "Sets the organisations of the collectivity's registry present at an event, replacing the previous set. Same rights as updateEvent; BAD_USER_INPUT naming organisationIds when one is not an organisation of the event's collectivity.",
  })
  async setEventOrganisations(
    @Arg('eventId', () => ID, { description: "The event's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('organisationIds', () => [ID], {
      description: "Ids (UUIDs) of organisations of the event's own collectivity; duplicates count once, an empty list clears the set.",
    })
    organisationIds: string[],
    @Ctx() context: ParticipationContext,
  ): Promise<Event> {
    const event = await this.writable(context, id, {}, 'eventId');
    const ids = organisationIds.map((organisationId, index) => assertUuid(`organisationIds.${index}`, organisationId));
    const manager = await context.manager();
    const found = ids.length ? await manager.countBy(Organisation, ids.map((organisationId) => ({ collectivityId: event.collectivityId, id: organisationId }))) : 0;
    if (found !== new Set(ids).size) throw badUserInput('organisationIds', "must name organisations of the event's own collectivity");
    await manager.query('DELETE FROM participation.event_organisation WHERE collectivity_id = $1 AND event_id = $2', [event.collectivityId, event.id]);
    for (const organisationId of new Set(ids)) {
      await manager.query('INSERT INTO participation.event_organisation (collectivity_id, event_id, organisation_id) VALUES ($1, $2, $3)', [
        event.collectivityId,
        event.id,
        organisationId,
      ]);
    }
    await this.auditChild(context, event, 'EventOrganisations', null, ids);
    context.loaders.organisationLinksByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
    return event;
  }

  /**
   * Applies and checks the fields given, then stores and audits the event. When its times move, the agenda it keeps
   * must still lie within them: BAD_USER_INPUT naming startsAt or endsAt, with the agenda item at fault in the reason.
   */
  private async writeFields(context: ParticipationContext, event: Event, input: UpdateEventInput, options: { agendaReplaced?: boolean } = {}): Promise<Event> {
    const before = { ...event };
    applyUpdate(event, input);
    assertTimes(event);
    const manager = await context.manager();
    const timesMoved = event.startsAt.getTime() !== before.startsAt.getTime() || event.endsAt?.getTime() !== before.endsAt?.getTime();
    if (timesMoved && !options.agendaReplaced) {
      const agenda = await manager.find(AgendaItem, { where: { collectivityId: event.collectivityId, eventId: event.id }, order: { position: 'ASC' } });
      assertAgendaWithin(event, agenda);
    }
    const saved = await manager.save(event);
    await auditRecord(context, 'participation', 'Event', saved, 'UPDATE', before);
    await tellFollowersIfOpened(context, before, saved);
    return saved;
  }

  /** Checks then replaces an event's agenda; `path` names the list in the caller's input (items, agenda). */
  private async writeAgenda(context: ParticipationContext, event: Event, items: AgendaItemInput[], path: string): Promise<void> {
    items.forEach((item, index) => {
      const field = `${path}.${index}`;
      if (!item.titleAr?.trim() && !item.titleFr?.trim()) throw badUserInput(`${field}.titleAr`, 'an item needs a title in Arabic or French');
      if (item.endsAt.getTime() < item.startsAt.getTime()) throw badUserInput(`${field}.endsAt`, 'must not be before startsAt');
      if (item.startsAt.getTime() < event.startsAt.getTime()) throw badUserInput(`${field}.startsAt`, 'must not be before the event starts');
      if (event.endsAt && item.endsAt.getTime() > event.endsAt.getTime()) throw badUserInput(`${field}.endsAt`, 'must not be after the event ends');
    });
    const manager = await context.manager();
    const before = await manager.find(AgendaItem, { where: { collectivityId: event.collectivityId, eventId: event.id }, order: { position: 'ASC' } });
    await replaceAll(manager, AgendaItem, event, before.length);
    const saved = await manager.save(
      items.map((item, position) =>
        manager.create(AgendaItem, {
          collectivityId: event.collectivityId,
          eventId: event.id,
          position,
          startsAt: item.startsAt,
          endsAt: item.endsAt,
          titleAr: item.titleAr?.trim() || null,
          titleFr: item.titleFr?.trim() || null,
          kind: item.kind,
          speakers: (item.speakers ?? []).map((speaker) => ({ role: speaker.role, name: speaker.name?.trim() || null })),
        }),
      ),
    );
    await this.auditChild(context, event, 'Agenda', before, saved);
    context.loaders.agendaByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
  }

  /** Checks then replaces an event's attendance counts; `path` names the list in the caller's input (counts, attendance). */
  private async writeAttendance(context: ParticipationContext, event: Event, counts: AttendanceInput[], path: string): Promise<void> {
    const seen = new Set<string>();
    counts.forEach((count, index) => {
      const key = `${count.category}:${count.gender}`;
      if (seen.has(key)) throw badUserInput(`${path}.${index}`, `${count.category} × ${count.gender} is given twice`);
      seen.add(key);
    });
    const manager = await context.manager();
    const before = await manager.find(Attendance, { where: { collectivityId: event.collectivityId, eventId: event.id } });
    await replaceAll(manager, Attendance, event, before.length);
    const saved = await manager.save(
      counts.map((count) =>
        manager.create(Attendance, { collectivityId: event.collectivityId, eventId: event.id, category: count.category, gender: count.gender, count: count.count ?? null }),
      ),
    );
    await this.auditChild(context, event, 'Attendance', before, saved);
    context.loaders.attendanceByEvent.clear({ collectivityId: event.collectivityId, id: event.id });
  }

  private async setPublished(context: ParticipationContext, id: string, published: boolean): Promise<Event> {
    const event = await this.writable(context, id, { adminOnly: true });
    if (event.published === published) return event;
    const before = { ...event };
    event.published = published;
    const manager = await context.manager();
    const saved = await manager.save(event);
    await auditRecord(context, 'participation', 'Event', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    await tellFollowersIfOpened(context, before, saved);
    if (published && saved.organizer === EventOrganizer.NETWORK) {
      const invited = await manager.find(EventParticipant, { where: { collectivityId: saved.collectivityId, eventId: saved.id, invited: true } });
      await notifyTrainingInvitations(context, saved, invited.map((participant) => participant.participantId));
    }
    // in the write's transaction: the webhooks subscribed to EVENT_PUBLISHED hear of it once it commits
    if (published) await enqueueNotification(context, 'EVENT_PUBLISHED', { collectivityId: saved.collectivityId, eventId: saved.id }, `EVENT_PUBLISHED:${saved.id}`);
    return saved;
  }

  /** The event if the caller may change it: unseen → NOT_FOUND, seen but not its own → FORBIDDEN. */
  private writable(context: ParticipationContext, id: string, options: { adminOnly?: boolean } = {}, field = 'id'): Promise<Event> {
    return loadWritable(context.caller, 'Event', id, context.loaders.eventById, { ...options, field, networkRecord: true });
  }


  private async auditChild(context: ParticipationContext, event: Event, entity: string, before: unknown, after: unknown): Promise<void> {
    const manager: EntityManager = await context.manager();
    await recordAudit(manager, context.caller, {
      service: 'participation',
      collectivityId: event.collectivityId,
      entity,
      entityId: event.id,
      action: 'UPDATE',
      before,
      after,
    });
  }
}
