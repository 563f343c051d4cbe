import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageOf, PageArgs } from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram, ActionProgramConnection } from '../programs/action-program.entity';
import { Collectivity } from './collectivity.reference';

@Resolver(() => Collectivity)
export class CollectivityEvaluationResolver {
  @FieldResolver(() => ActionProgramConnection, { nullable: true, description: 'Its programmes, as the root list shows them.' })
  actionPrograms(@Root() collectivity: Collectivity, @Args() pageArgs: PageArgs, @Ctx() context: EvaluationContext) {
    return context.loaders.actionProgramPageByCollectivity.load({ collectivityId: collectivity.id, ...pageOf(pageArgs) });
  }

  @FieldResolver(() => ActionProgram, { nullable: true, description: 'Its programme now open (not closed), if the caller may see it.' })
  currentProgram(@Root() collectivity: Collectivity, @Ctx() context: EvaluationContext) {
    return context.loaders.currentProgramByCollectivity.load(collectivity.id);
  }
}
