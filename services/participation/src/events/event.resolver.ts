import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, inLanguage, Language, moroccoLocal, pageAndCount, pageOf, PageArgs, visibleRowsSql } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { ParticipationContext } from '../context';
import { Organisation } from '../organisations/organisation.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { Event, EventConnection, EventOrganizer } from './event.entity';
import { EventFilter } from './event.input';
import { EVENT_ORDER, eventsOfCollectivitySql } from './event.loader';

const keyOf = (event: Event) => ({ collectivityId: event.collectivityId, id: event.id });

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      "Events the caller may see, in chronological order; anyone may call. Anonymous callers see published events, a collectivity's accounts also its unpublished ones, the network all.",
  })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Criteria narrowing the list; null for every event the caller may see.' }) filter: EventFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: ParticipationContext,
  ): Promise<EventConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const visible = visibleRowsSql('t', context.caller);
    const query = manager.createQueryBuilder(Event, 't').where(visible.sql, visible.parameters);
    if (filter?.collectivityId) {
      query.andWhere(eventsOfCollectivitySql(':collectivityId'), { collectivityId: assertUuid('filter.collectivityId', filter.collectivityId) });
    }
    if (filter?.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter?.organizer) query.andWhere('t.organizer = :organizer', { organizer: filter.organizer });
    if (filter?.status) query.andWhere('t.status = :status', { status: filter.status });
    for (const [column, direction] of EVENT_ORDER) query.addOrderBy(`t.${column}`, direction);
    const connection = await pageAndCount(query, page);
    for (const node of connection.nodes) context.loaders.eventById.prime(node.id, node);
    return connection;
  }

  @Query(() => Event, { nullable: true, description: 'An event the caller may see, or null. BAD_USER_INPUT naming id when it is not a UUID.' })
  event(@Arg('id', () => ID, { description: "The event's id (UUID)." }) id: string, @Ctx() context: ParticipationContext) {
    return context.loaders.eventById.load(assertUuid('id', id));
  }

  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(@Root() event: Event, @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR.' }) language: Language | null): string {
    return inLanguage({ ar: event.titleAr, fr: event.titleFr }, language);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The description in the asked language, else in the other.' })
  description(@Root() event: Event, @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR.' }) language: Language | null): string | null {
    return inLanguage({ ar: event.descriptionAr, fr: event.descriptionFr }, language) || null;
  }

  @FieldResolver(() => String, { description: 'Morocco local time at the precision known: "2025-03-07T10:30", "2025-02-11" or "2025-10".' })
  startsOn(@Root() event: Event): string {
    return moroccoLocal(event.startsAt, event.startsAtPrecision);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Morocco local time of the end, to the minute.' })
  endsOn(@Root() event: Event): string | null {
    return event.endsAt ? moroccoLocal(event.endsAt) : null;
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The organising collectivity; null for a network event.' })
  collectivity(@Root() event: Event): Collectivity | null {
    return event.organizer === EventOrganizer.NETWORK ? null : { id: event.collectivityId };
  }

  @FieldResolver(() => [AgendaItem], { description: 'The agenda, in order.' })
  agenda(@Root() event: Event, @Ctx() context: ParticipationContext) {
    return context.loaders.agendaByEvent.load(keyOf(event));
  }

  @FieldResolver(() => [Attendance], { description: 'Number of attendees by category and gender; counts only, no names.' })
  attendance(@Root() event: Event, @Ctx() context: ParticipationContext) {
    return context.loaders.attendanceByEvent.load(keyOf(event));
  }

  @FieldResolver(() => [Organisation], { description: "Civil-society organisations of its collectivity's registry that were present, those the caller may see." })
  async organisations(@Root() event: Event, @Ctx() context: ParticipationContext): Promise<Organisation[]> {
    const links = await context.loaders.organisationLinksByEvent.load(keyOf(event));
    const organisations = await context.loaders.organisationByKey.loadMany(
      links.map((link) => ({ collectivityId: link.collectivityId, id: link.organisationId })),
    );
    return organisations.filter((organisation): organisation is Organisation => organisation instanceof Organisation);
  }

  @FieldResolver(() => [Collectivity], { description: "For a network event: the collectivities invited; empty for a collectivity's own event." })
  async invitedCollectivities(@Root() event: Event, @Ctx() context: ParticipationContext): Promise<Collectivity[]> {
    const participants = await context.loaders.participantsByEvent.load(keyOf(event));
    return participants.filter((participant) => participant.invited).map((participant) => ({ id: participant.participantId }));
  }

  @FieldResolver(() => [Collectivity], { description: "For a network event: the collectivities that attended, in whose events lists it appears; empty for a collectivity's own event." })
  async attendingCollectivities(@Root() event: Event, @Ctx() context: ParticipationContext): Promise<Collectivity[]> {
    const participants = await context.loaders.participantsByEvent.load(keyOf(event));
    return participants.filter((participant) => participant.attended).map((participant) => ({ id: participant.participantId }));
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(@Root() item: AgendaItem, @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR.' }) language: Language | null): string {
    return inLanguage({ ar: item.titleAr, fr: item.titleFr }, language);
  }

  @FieldResolver(() => String, { description: 'Morocco local time, e.g. "10:30".' })
  startsOn(@Root() item: AgendaItem): string {
    return moroccoLocal(item.startsAt).slice(11);
  }

  @FieldResolver(() => String, { description: 'Morocco local time, e.g. "10:45".' })
  endsOn(@Root() item: AgendaItem): string {
    return moroccoLocal(item.endsAt).slice(11);
  }
}
