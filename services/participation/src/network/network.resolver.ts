import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { visibleRowsSql } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { Event } from '../events/event.entity';
import { Network, ParticipationFigures } from './network.reference';

@Resolver(() => Network)
export class NetworkParticipationResolver {
  @FieldResolver(() => ParticipationFigures, { nullable: true })
  async participation(@Root() _network: Network, @Ctx() context: ParticipationContext): Promise<ParticipationFigures> {
    const manager = await context.manager();
    const visible = visibleRowsSql('e', context.caller);
    const eventCount = await manager.createQueryBuilder(Event, 'e').where(visible.sql, visible.parameters).getCount();
    return { eventCount };
  }
}
