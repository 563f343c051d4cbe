import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageOf, PageArgs } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { EventConnection } from '../events/event.entity';
import { Collectivity } from './collectivity.reference';

@Resolver(() => Collectivity)
export class CollectivityParticipationResolver {
  @FieldResolver(() => EventConnection, { nullable: true, description: 'Its events, as the root `events` list shows them.' })
  events(@Root() collectivity: Collectivity, @Args() pageArgs: PageArgs, @Ctx() context: ParticipationContext) {
    return context.loaders.eventPageByCollectivity.load({ collectivityId: collectivity.id, ...pageOf(pageArgs) });
  }
}
