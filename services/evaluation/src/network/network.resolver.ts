import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { visibleRowsSql } from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram } from '../programs/action-program.entity';
import { EvaluationFigures, Network } from './network.reference';

@Resolver(() => Network)
export class NetworkEvaluationResolver {
  @FieldResolver(() => EvaluationFigures, { nullable: true })
  async evaluation(@Root() _network: Network, @Ctx() context: EvaluationContext): Promise<EvaluationFigures> {
    const manager = await context.manager();
    const visible = visibleRowsSql('p', context.caller);
    const programCount = await manager.createQueryBuilder(ActionProgram, 'p').where(visible.sql, visible.parameters).getCount();
    return { programCount };
  }
}
