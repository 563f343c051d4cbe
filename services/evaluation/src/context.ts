import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createCommitmentLoaders } from './commitments/commitment.loader';
import { createActionProgramLoaders } from './programs/action-program.loader';

export type EvaluationLoaders = ReturnType<typeof createActionProgramLoaders> & ReturnType<typeof createCommitmentLoaders>;
export type EvaluationContext = RequestContext<EvaluationLoaders>;

export function createEvaluationLoaders(scope: RequestScope): EvaluationLoaders {
  return { ...createActionProgramLoaders(scope), ...createCommitmentLoaders(scope) };
}
