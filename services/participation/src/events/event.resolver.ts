import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, inLanguage, Language, pageOf, PageArgs, visibleRowsSql } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { ParticipationContext } from '../context';
import { Event, EventConnection } from './event.entity';
import { EventFilter } from './event.input';
import { EVENT_ORDER } from './event.loader';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events the caller may see, in chronological order.' })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true }) filter: EventFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: ParticipationContext,
  ): Promise<EventConnection> {
    const page = pageOf(pageArgs);
    const manager = await context.manager();
    const visible = visibleRowsSql('e', context.caller);
    const query = manager.createQueryBuilder(Event, 'e').where(visible.sql, visible.parameters);
    if (filter?.collectivityId) {
      query.andWhere('e.collectivity_id = :collectivityId', { collectivityId: assertUuid('filter.collectivityId', filter.collectivityId) });
    }
    if (filter?.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    for (const [column, direction] of EVENT_ORDER) query.addOrderBy(`e.${column}`, direction);
    const [nodes, totalCount] = await query.offset(page.skip).limit(page.take).getManyAndCount();
    for (const node of nodes) context.loaders.eventById.prime(node.id, node);
    return { totalCount, nodes };
  }

  @Query(() => Event, { nullable: true, description: 'An event the caller may see, or null.' })
  event(@Arg('id', () => ID) id: string, @Ctx() context: ParticipationContext) {
    return context.loaders.eventById.load(assertUuid('id', id));
  }

  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(@Root() event: Event, @Arg('language', () => Language, { nullable: true }) language: Language | null): string {
    return inLanguage({ ar: event.titleAr, fr: event.titleFr }, language);
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The organising collectivity; null for a network event.' })
  collectivity(@Root() event: Event): Collectivity | null {
    return event.organizer === 'NETWORK' ? null : { id: event.collectivityId };
  }
}
