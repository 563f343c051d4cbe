import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageOf, PageArgs } from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { EventConnection } from '../events/event.entity';
import { ParticipationFigures } from '../network/figures';
import { ProposalConnection } from '../proposals/proposal.entity';
import { Collectivity } from './collectivity.reference';

@Resolver(() => Collectivity)
export class CollectivityParticipationResolver {
  @FieldResolver(() => EventConnection, {
    nullable: true,
    description: 'Its events and the network events it attended, as the root `events` list shows them.',
  })
  events(@Root() collectivity: Collectivity, @Args() pageArgs: PageArgs, @Ctx() context: ParticipationContext) {
    return context.loaders.eventPageByCollectivity.load({ collectivityId: collectivity.id, ...pageOf(pageArgs) });
  }

  @FieldResolver(() => ProposalConnection, { nullable: true, description: 'Its proposals, as the root `proposals` list shows them.' })
  proposals(@Root() collectivity: Collectivity, @Args() pageArgs: PageArgs, @Ctx() context: ParticipationContext) {
    return context.loaders.proposalPageByCollectivity.load({ collectivityId: collectivity.id, ...pageOf(pageArgs) });
  }

  @FieldResolver(() => ParticipationFigures, { nullable: true, description: 'Its participation figures as the caller may see them; events include the network events it attended.' })
  participation(@Root() collectivity: Collectivity, @Ctx() context: ParticipationContext) {
    return context.loaders.participationFigures.load(collectivity.id);
  }
}
