import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageOf, PageArgs } from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram, ActionProgramConnection } from '../programs/action-program.entity';
import { Collectivity } from './collectivity.reference';

@Resolver(() => Collectivity)
export class CollectivityEvaluationResolver {
  @FieldResolver(() => ActionProgramConnection, {
    nullable: true,
    description:
      'Its openness action programmes the caller may see, most recent first: published ones for everyone, all of them for its own accounts and the network.',
  })
  actionPrograms(@Root() collectivity: Collectivity, @Args() pageArgs: PageArgs, @Ctx() context: EvaluationContext) {
    return context.loaders.actionProgramPageByCollectivity.load({ collectivityId: collectivity.id, ...pageOf(pageArgs) });
  }

  @FieldResolver(() => ActionProgram, {
    nullable: true,
    description:
      'Its most recently created programme that is not CLOSED, or null when it has none the caller may see (unpublished programmes are seen only by its own accounts and the network).',
  })
  currentProgram(@Root() collectivity: Collectivity, @Ctx() context: EvaluationContext) {
    return context.loaders.currentProgramByCollectivity.load(collectivity.id);
  }
}
