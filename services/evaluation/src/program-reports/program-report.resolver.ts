import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertNetworkAdmin, assertUuid, auditRecord, badUserInput, enqueueNotification, moroccoToday, notFound } from '@infitah/server-kit';
import { Commitment, CompletionLevel } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { ActionProgram, ProgramStatus } from '../programs/action-program.entity';
import { OpenGovernmentEffect, PotentialForResults } from '../reviews/review.entity';
import { CommitmentAssessment, ProgramReport, ProgramReportKind, PublicInfluence } from './program-report.entity';

@InputType({ description: 'What a programme report says of one commitment: the DESIGN criteria, or the RESULTS ones, never both.' })
export class CommitmentAssessmentInput {
  @Field(() => ID, { description: "A commitment of the report's programme (UUID; BAD_USER_INPUT on commitmentAssessments.N.commitmentId otherwise)." })
  @IsUUID('all', { message: 'must be a UUID' })
  commitmentId: string;

  @Field(() => Boolean, { nullable: true, description: 'DESIGN only: verifiable.' })
  verifiable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'DESIGN only: has an open-government lens.' })
  openGovernmentLens?: boolean | null;

  @Field(() => PotentialForResults, { nullable: true, description: 'DESIGN only: potential for results.' })
  potentialForResults?: PotentialForResults | null;

  @Field(() => Boolean, { nullable: true, description: 'DESIGN only: promising.' })
  promising?: boolean | null;

  @Field(() => CompletionLevel, { nullable: true, description: 'RESULTS only: verified completion.' })
  completion?: CompletionLevel | null;

  @Field(() => OpenGovernmentEffect, { nullable: true, description: 'RESULTS only: "did it open government?".' })
  didItOpenGovernment?: OpenGovernmentEffect | null;

  @Field(() => String, { nullable: true, description: 'The analysis in Arabic, up to 5,000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  analysisAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The analysis in French, up to 5,000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  analysisFr?: string | null;
}

@InputType({ description: "A programme report's content; on update, an omitted field keeps its value and null clears it." })
export class ProgramReportInput {
  @Field(() => String, { nullable: true, description: 'Summary in Arabic, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10000)
  summaryAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Summary in French, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10000)
  summaryFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Co-creation (or participation) assessment in Arabic, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10000)
  coCreationAssessmentAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Co-creation (or participation) assessment in French, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10000)
  coCreationAssessmentFr?: string | null;

  @Field(() => PublicInfluence, { nullable: true, description: 'The level of public influence on the programme.' })
  publicInfluence?: PublicInfluence | null;

  @Field(() => String, { nullable: true, description: 'Recommendations in Arabic, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10000)
  recommendationsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Recommendations in French, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10000)
  recommendationsFr?: string | null;

  @Field(() => [CommitmentAssessmentInput], { nullable: true, description: 'One assessment per commitment, at most 100; replaces the whole list when given.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  commitmentAssessments?: CommitmentAssessmentInput[] | null;
}

const TEXTS = ['summaryAr', 'summaryFr', 'coCreationAssessmentAr', 'coCreationAssessmentFr', 'recommendationsAr', 'recommendationsFr'] as const;
const DESIGN_ONLY = ['verifiable', 'openGovernmentLens', 'potentialForResults', 'promising'] as const;
const RESULTS_ONLY = ['completion', 'didItOpenGovernment'] as const;
const DRAFT_ONLY = 'is published: unpublish it before editing';

/** A programme report holds a commitment of its programme once, with the criteria of its own kind only. */
async function assessmentsOf(context: EvaluationContext, report: Pick<ProgramReport, 'collectivityId' | 'programId' | 'kind'>, input: CommitmentAssessmentInput[]) {
  const commitments = await context.loaders.commitmentsByProgram.load({ collectivityId: report.collectivityId, id: report.programId });
  const seen = new Set<string>();
  return input.map((assessment, index): CommitmentAssessment => {
    const commitmentId = assessment.commitmentId.toLowerCase();
    if (!commitments.some((commitment) => commitment.id === commitmentId)) throw badUserInput(`commitmentAssessments.${index}.commitmentId`, 'names no commitment of this programme');
    if (seen.has(commitmentId)) throw badUserInput(`commitmentAssessments.${index}.commitmentId`, 'is assessed twice');
    seen.add(commitmentId);
    const foreign = report.kind === ProgramReportKind.DESIGN ? RESULTS_ONLY : DESIGN_ONLY;
    for (const field of foreign) {
      if (assessment[field] !== undefined && assessment[field] !== null) throw badUserInput(`commitmentAssessments.${index}.${field}`, `is not a criterion of a ${report.kind} report`);
    }
    return {
      commitmentId,
      verifiable: assessment.verifiable ?? null,
      openGovernmentLens: assessment.openGovernmentLens ?? null,
      potentialForResults: assessment.potentialForResults ?? null,
      promising: assessment.promising ?? null,
      completion: assessment.completion ?? null,
      didItOpenGovernment: assessment.didItOpenGovernment ?? null,
      analysisAr: assessment.analysisAr?.trim() || null,
      analysisFr: assessment.analysisFr?.trim() || null,
    };
  });
}

async function applyInput(context: EvaluationContext, report: ProgramReport, input: ProgramReportInput): Promise<void> {
  for (const field of TEXTS) if (input[field] !== undefined) report[field] = input[field]?.trim() || null;
  if (input.publicInfluence !== undefined) report.publicInfluence = input.publicInfluence ?? null;
  if (input.commitmentAssessments !== undefined) report.commitmentAssessments = await assessmentsOf(context, report, input.commitmentAssessments ?? []);
}

/** When a programme may receive each report: the design once adopted, the results once its period is over (or it is closed). */
function assertReportDue(program: ActionProgram, kind: ProgramReportKind): void {
  if (kind === ProgramReportKind.DESIGN) {
    if ([ProgramStatus.CO_CREATION, ProgramStatus.CONSULTATION].includes(program.status)) throw badUserInput('kind', 'a design report comes after the programme is adopted');
    return;
  }
  const periodOver = program.periodEnd !== null && String(program.periodEnd).slice(0, 10) < moroccoToday();
  const adopted = [ProgramStatus.ADOPTED, ProgramStatus.IMPLEMENTATION].includes(program.status);
  if (program.status !== ProgramStatus.CLOSED && !(periodOver && adopted)) {
    throw badUserInput('kind', "a results report comes at the end of the programme's period (once it is over, or the programme is closed)");
  }
}

@Resolver(() => ProgramReport)
export class ProgramReportResolver {
  @Query(() => ProgramReport, { nullable: true, description: "One programme report by id: published ones for everyone, drafts for the network and the programme's collectivity; null otherwise." })
  programReport(@Arg('id', () => ID, { description: 'The report id (UUID).' }) id: string, @Ctx() context: EvaluationContext) {
    return context.loaders.programReportById.load(assertUuid('id', id));
  }

  @FieldResolver(() => ActionProgram, { nullable: true, description: 'The programme reported on; null when the caller may not see it.' })
  program(@Root() report: ProgramReport, @Ctx() context: EvaluationContext) {
    return context.loaders.actionProgramById.load(report.programId);
  }

  @FieldResolver(() => [CommitmentAssessment], {
    description: 'What it says of each commitment, in the order written; an assessment of a commitment the caller may not see is left out.',
  })
  async commitmentAssessments(@Root() report: ProgramReport, @Ctx() context: EvaluationContext): Promise<CommitmentAssessment[]> {
    if (!report.commitmentAssessments.length) return [];
    const found = await context.loaders.commitmentByKey.loadMany(report.commitmentAssessments.map((entry) => ({ collectivityId: report.collectivityId, id: entry.commitmentId })));
    return report.commitmentAssessments.filter((_entry, index) => Boolean(found[index]) && !(found[index] instanceof Error)).map((entry) => Object.assign(new CommitmentAssessment(), entry, { collectivityId: report.collectivityId }));
  }

  @Mutation(() => ProgramReport, {
    description:
      "The network writes its DESIGN report on a programme once adopted, or its RESULTS report once the programme's period is over or the programme closed; one of each per programme, unpublished at first. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the programme does not exist; BAD_USER_INPUT names kind (not due yet, or already written) or commitmentAssessments.N.<field>.",
  })
  async createProgramReport(
    @Arg('programId', () => ID, { description: 'The programme reported on (UUID).' }) id: string,
    @Arg('kind', () => ProgramReportKind, { description: 'DESIGN or RESULTS.' }) kind: ProgramReportKind,
    @Arg('input', () => ProgramReportInput, { description: 'Its content.' }) input: ProgramReportInput,
    @Ctx() context: EvaluationContext,
  ): Promise<ProgramReport> {
    assertNetworkAdmin(context.caller);
    const programId = assertUuid('programId', id);
    const program = await context.loaders.actionProgramById.load(programId);
    if (!program) throw notFound('ActionProgram', programId);
    assertReportDue(program, kind);
    const existing = await context.loaders.programReportsByProgram.load({ collectivityId: program.collectivityId, id: program.id });
    if (existing.some((report) => report.kind === kind)) throw badUserInput('kind', `this programme already has its ${kind} report: edit that one`);
    const manager = await context.manager();
    const report = manager.create(ProgramReport, {
      collectivityId: program.collectivityId,
      programId: program.id,
      kind,
      commitmentAssessments: [],
      authorId: context.caller.userId,
      published: false,
    });
    await applyInput(context, report, input);
    const saved = await manager.save(report);
    await auditRecord(context, 'evaluation', 'ProgramReport', saved, 'CREATE', null);
    context.loaders.programReportsByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return saved;
  }

  @Mutation(() => ProgramReport, {
    description:
      "The network edits one of its programme reports while unpublished (BAD_USER_INPUT on id once published: unpublish it first). Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the report does not exist; BAD_USER_INPUT names commitmentAssessments.N.<field>.",
  })
  async updateProgramReport(
    @Arg('id', () => ID, { description: 'The report id (UUID).' }) id: string,
    @Arg('input', () => ProgramReportInput, { description: 'The fields to change.' }) input: ProgramReportInput,
    @Ctx() context: EvaluationContext,
  ): Promise<ProgramReport> {
    assertNetworkAdmin(context.caller);
    const reportId = assertUuid('id', id);
    const report = await context.loaders.programReportById.load(reportId);
    if (!report) throw notFound('ProgramReport', reportId);
    if (report.published) throw badUserInput('id', DRAFT_ONLY);
    const before = { ...report };
    await applyInput(context, report, input);
    const saved = await (await context.manager()).save(report);
    await auditRecord(context, 'evaluation', 'ProgramReport', saved, 'UPDATE', before);
    context.loaders.programReportById.clear(reportId);
    context.loaders.programReportsByProgram.clear({ collectivityId: report.collectivityId, id: report.programId });
    return saved;
  }

  @Mutation(() => ProgramReport, {
    description:
      "The network makes one of its programme reports public, or withdraws it (a draft again, seen only by the network and the programme's collectivity); setting the state it already has changes nothing. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the report does not exist.",
  })
  async setProgramReportPublished(
    @Arg('id', () => ID, { description: 'The report id (UUID); BAD_USER_INPUT when malformed.' }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: EvaluationContext,
  ): Promise<ProgramReport> {
    assertNetworkAdmin(context.caller);
    const reportId = assertUuid('id', id);
    const report = await context.loaders.programReportById.load(reportId);
    if (!report) throw notFound('ProgramReport', reportId);
    if (report.published === published) return report;
    const before = { ...report };
    report.published = published;
    const saved = await (await context.manager()).save(report);
    await auditRecord(context, 'evaluation', 'ProgramReport', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    if (published) {
      // the commune's admins hear of it, in this transaction
      const program = await context.loaders.actionProgramById.load(saved.programId);
      await enqueueNotification(
        context,
        'REVIEW_PUBLISHED',
        { collectivityId: saved.collectivityId, subject: 'PROGRAM_REPORT', id: saved.id, targetId: saved.programId, titleAr: program?.titleAr ?? null, titleFr: program?.titleFr ?? null, reportKind: saved.kind },
        `REVIEW_PUBLISHED:PROGRAM_REPORT:${saved.id}`,
      );
    }
    context.loaders.programReportById.clear(reportId);
    context.loaders.programReportsByProgram.clear({ collectivityId: report.collectivityId, id: report.programId });
    return saved;
  }
}

@Resolver(() => ActionProgram)
export class ProgramReportsOfProgramResolver {
  @FieldResolver(() => [ProgramReport], {
    description: "The network's reports on it, DESIGN before RESULTS: published ones for everyone, drafts too for the network and the programme's collectivity.",
  })
  programReports(@Root() program: ActionProgram, @Ctx() context: EvaluationContext) {
    return context.loaders.programReportsByProgram.load({ collectivityId: program.collectivityId, id: program.id });
  }
}

@Resolver(() => CommitmentAssessment)
export class CommitmentAssessmentResolver {
  @FieldResolver(() => Commitment, { nullable: true, description: 'The commitment assessed; null when the caller may not see it.' })
  commitment(@Root() assessment: CommitmentAssessment & { collectivityId: string }, @Ctx() context: EvaluationContext) {
    return context.loaders.commitmentByKey.load({ collectivityId: assessment.collectivityId, id: assessment.commitmentId });
  }
}
