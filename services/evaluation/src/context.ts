import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createActionProgramLoaders } from './programs/action-program.loader';

export type EvaluationLoaders = ReturnType<typeof createActionProgramLoaders>;
export type EvaluationContext = RequestContext<EvaluationLoaders>;

export function createEvaluationLoaders(scope: RequestScope): EvaluationLoaders {
  return { ...createActionProgramLoaders(scope) };
}
