import { isUuid, type SubgraphDefinition } from '@infitah/server-kit';
import { Collectivity } from './collectivities/collectivity.reference';
import { CollectivityEvaluationResolver } from './collectivities/collectivity.resolver';
import { Commitment, Indicator, Measurement, Milestone } from './commitments/commitment.entity';
import { CommitmentMutations } from './commitments/commitment.mutations';
import { CommitmentResolver, CommitmentVersionResolver, IndicatorResolver } from './commitments/commitment.resolver';
import { CommitmentVersion } from './commitments/commitment-version.entity';
import { createEvaluationLoaders, type EvaluationContext, type EvaluationLoaders } from './context';
import { LibraryEntry } from './library/library-entry.entity';
import { LibraryEntryMutations } from './library/library-entry.mutations';
import { LibraryEntryResolver } from './library/library-entry.resolver';
import { NetworkLibraryResolver } from './library/library-figures.resolver';
import { migrations } from './migrations';
import { Network } from './network/network.reference';
import { NetworkEvaluationResolver } from './network/network.resolver';
import { ActionProgram } from './programs/action-program.entity';
import { ActionProgramMutations } from './programs/action-program.mutations';
import { ActionProgramResolver, PriorityAxisResolver } from './programs/action-program.resolver';
import { ProgramImportResolver } from './programs/program-import.resolver';
import { PriorityAxis, ProgramStatusChange } from './programs/program-parts.entity';
import { ProgressReport } from './reports/progress-report.entity';
import { ProgressReportEntriesResolver, ProgressReportResolver } from './reports/progress-report.resolver';
import { CommitmentAssessmentResolver, ProgramReportResolver, ProgramReportsOfProgramResolver } from './program-reports/program-report.resolver';
import { ProgramReport } from './program-reports/program-report.entity';
import { ReviewReply } from './reviews/review-reply.entity';
import { ReviewReplyResolver } from './reviews/review-reply.resolver';
import { Review } from './reviews/review.entity';
import { ReviewResolver } from './reviews/review.resolver';
import { seedEvaluation } from './seed';
import { evaluationOpenData } from './open-data';
import { syncResolvers } from './sync';

export const evaluation: SubgraphDefinition<EvaluationLoaders> = {
  name: 'evaluation',
  entities: [ActionProgram, PriorityAxis, ProgramStatusChange, Commitment, CommitmentVersion, Milestone, Indicator, Measurement, Review, ReviewReply, ProgramReport, ProgressReport, LibraryEntry],
  migrations,
  resolvers: [
    ActionProgramResolver,
    ActionProgramMutations,
    ProgramImportResolver,
    PriorityAxisResolver,
    CommitmentResolver,
    CommitmentMutations,
    IndicatorResolver,
    CommitmentVersionResolver,
    ReviewResolver,
    ReviewReplyResolver,
    ProgramReportResolver,
    ProgramReportsOfProgramResolver,
    CommitmentAssessmentResolver,
    ProgressReportResolver,
    ProgressReportEntriesResolver,
    CollectivityEvaluationResolver,
    NetworkEvaluationResolver,
    LibraryEntryResolver,
    LibraryEntryMutations,
    NetworkLibraryResolver,
    ...syncResolvers,
  ],
  // entities only extended here are reachable from no root field of this subgraph
  orphanedTypes: [Collectivity, Network],
  openData: evaluationOpenData,
  referenceResolvers: {
    ActionProgram: {
      __resolveReference: (reference: { id: string }, context: EvaluationContext) => context.loaders.actionProgramById.load(reference.id),
    },
    Commitment: {
      // a reference that names its collectivity resolves only within it
      __resolveReference: (reference: { id: string; collectivityId: string }, context: EvaluationContext) => {
        if (!isUuid(reference.id) || !isUuid(reference.collectivityId)) return null;
        return context.loaders.commitmentByKey.load({ collectivityId: reference.collectivityId, id: reference.id });
      },
    },
    Collectivity: { __resolveReference: (reference: { id: string }): Collectivity => ({ id: reference.id }) },
    Network: {
      __resolveReference: (reference: { id: string; memberCount?: number }) => ({ id: reference.id, memberCount: reference.memberCount }),
    },
  },
  createLoaders: createEvaluationLoaders,
  seedDemoData: seedEvaluation,
};
