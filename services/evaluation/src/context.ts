import type { RequestContext, RequestScope } from '@infitah/server-kit';
import { createCommitmentLoaders } from './commitments/commitment.loader';
import { createLibraryLoaders } from './library/library-entry.loader';
import { createProgramReportLoaders } from './program-reports/program-report.loader';
import { createActionProgramLoaders } from './programs/action-program.loader';
import { createReviewLoaders } from './reviews/review.loader';

export type EvaluationLoaders = ReturnType<typeof createActionProgramLoaders> &
  ReturnType<typeof createCommitmentLoaders> &
  ReturnType<typeof createLibraryLoaders> &
  ReturnType<typeof createReviewLoaders> &
  ReturnType<typeof createProgramReportLoaders>;
export type EvaluationContext = RequestContext<EvaluationLoaders>;

export function createEvaluationLoaders(scope: RequestScope): EvaluationLoaders {
  return { ...createActionProgramLoaders(scope), ...createCommitmentLoaders(scope), ...createLibraryLoaders(scope), ...createReviewLoaders(scope), ...createProgramReportLoaders(scope) };
}
