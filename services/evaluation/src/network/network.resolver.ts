import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { FiguresCache, OpennessPrinciple, visibleRowsByParametersSql } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { ProgramStatus } from '../programs/action-program.entity';
import { EvaluationFigures, Network } from './network.reference';

/**
 * The network's programme and commitment figures (whole-country counts), reused for a caller class until a write
 * changes what they count (migration FiguresVersions, server-kit's FiguresCache).
 */
export const networkFigures = new FiguresCache('evaluation');

const VISIBLE = visibleRowsByParametersSql('t', { role: 1, collectivity: 2 });

@Resolver(() => Network)
export class NetworkEvaluationResolver {
  @Directive('@requires(fields: "memberCount")')
  @FieldResolver(() => EvaluationFigures, {
    nullable: true,
    description: 'Programme and commitment counts across all members, over the records the caller may see (published ones only, for anonymous callers).',
  })
  evaluation(@Root() network: Network, @Ctx() context: EvaluationContext): Promise<EvaluationFigures> {
    // adoptionShare divides by territory's memberCount: figures are kept per member count too
    return networkFigures.get(context, `evaluation:${network.id}:${network.memberCount}`, () => computeFigures(network, context));
  }
}

async function computeFigures(network: Network, context: EvaluationContext): Promise<EvaluationFigures> {
  const manager = await context.manager();
  const parameters = [context.caller.role, context.caller.collectivityId];
  // two statements, whatever the number of members
  const programs: Array<{ status: ProgramStatus; count: number; adopted: number }> = await manager.query(
    `SELECT t.status, count(*)::int AS count, count(DISTINCT t.collectivity_id)::int AS adopted
       FROM evaluation.action_program t WHERE ${VISIBLE} GROUP BY ROLLUP (t.status)`,
    parameters,
  );
  const commitments: Array<{ completion: CompletionLevel | null; principle: OpennessPrinciple | null; count: number }> = await manager.query(
    `SELECT t.completion, NULL AS principle, count(*)::int AS count FROM evaluation.commitment t WHERE ${VISIBLE} GROUP BY t.completion
     UNION ALL
     SELECT NULL, p.principle, count(*)::int FROM evaluation.commitment t CROSS JOIN unnest(t.principles) AS p(principle) WHERE ${VISIBLE} GROUP BY p.principle`,
    parameters,
  );
  const [adopted]: Array<{ count: number }> = await manager.query(
    `SELECT count(DISTINCT t.collectivity_id)::int AS count FROM evaluation.action_program t
      WHERE ${VISIBLE} AND t.status IN ('ADOPTED', 'IMPLEMENTATION', 'CLOSED')`,
    parameters,
  );
  const byCompletion = commitments.filter((row) => row.completion);
  return {
    programCount: programs.find((row) => row.status === null)?.count ?? 0,
    commitmentCount: byCompletion.reduce((sum, row) => sum + row.count, 0),
    programsByStatus: Object.values(ProgramStatus).map((status) => ({ status, count: programs.find((row) => row.status === status)?.count ?? 0 })),
    commitmentsByCompletion: Object.values(CompletionLevel).map((completion) => ({
      completion,
      count: byCompletion.find((row) => row.completion === completion)?.count ?? 0,
    })),
    commitmentsByPrinciple: Object.values(OpennessPrinciple).map((principle) => ({
      principle,
      count: commitments.find((row) => row.principle === principle)?.count ?? 0,
    })),
    collectivitiesWithAdoptedProgram: adopted?.count ?? 0,
    adoptionShare: network.memberCount ? (adopted?.count ?? 0) / network.memberCount : null,
  };
}
