import type { SubgraphDefinition } from '@infitah/server-kit';
import { Collectivity } from './collectivities/collectivity.reference';
import { CollectivityEvaluationResolver } from './collectivities/collectivity.resolver';
import { createEvaluationLoaders, type EvaluationContext, type EvaluationLoaders } from './context';
import { migrations } from './migrations';
import { Network } from './network/network.reference';
import { NetworkEvaluationResolver } from './network/network.resolver';
import { ActionProgram } from './programs/action-program.entity';
import { ActionProgramResolver } from './programs/action-program.resolver';
import { seedEvaluation } from './seed';

export const evaluation: SubgraphDefinition<EvaluationLoaders> = {
  name: 'evaluation',
  defaultPort: 4003,
  entities: [ActionProgram],
  migrations,
  resolvers: [ActionProgramResolver, CollectivityEvaluationResolver, NetworkEvaluationResolver],
  // entities only extended here are reachable from no root field of this subgraph
  orphanedTypes: [Collectivity, Network],
  referenceResolvers: {
    ActionProgram: {
      __resolveReference: (reference: { id: string }, context: EvaluationContext) => context.loaders.actionProgramById.load(reference.id),
    },
    Collectivity: { __resolveReference: (reference: { id: string }): Collectivity => ({ id: reference.id }) },
    Network: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
  },
  createLoaders: createEvaluationLoaders,
  seedDemoData: seedEvaluation,
};
