import { ArrayMaxSize, IsISO8601, IsOptional, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { assertCanWriteTenant, assertUuid, badUserInput, notFound, recordAudit, unauthenticated } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { ActionProgram } from '../programs/action-program.entity';
import { ProgressReport } from './progress-report.entity';

const DATE = { message: 'must be an ISO-8601 date such as 2026-06-30' };

@InputType()
export class ReportEntryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  commitmentId: string;

  @Field(() => CompletionLevel)
  completion: CompletionLevel;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) address' })
  evidence: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class ProgressReportInput {
  @Field()
  @IsISO8601({ strict: true }, DATE)
  periodStart: string;

  @Field()
  @IsISO8601({ strict: true }, DATE)
  periodEnd: string;

  @Field({ defaultValue: '' })
  @MaxLength(20000)
  narrative: string;

  @Field(() => [ReportEntryInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  entries: ReportEntryInput[];
}

@Resolver(() => ActionProgram)
export class ProgressReportResolver {
  @FieldResolver(() => [ProgressReport], { description: 'Its progress reports the caller may see, newest first.' })
  progressReports(@Root() program: ActionProgram, @Ctx() context: EvaluationContext) {
    return context.loaders.reportsByProgram.load({ collectivityId: program.collectivityId, id: program.id });
  }

  @Mutation(() => ProgressReport, { description: "Files a progress report on one of the caller's collectivity's programmes, unpublished." })
  async createProgressReport(
    @Arg('programId', () => ID) id: string,
    @Arg('input', () => ProgressReportInput) input: ProgressReportInput,
    @Ctx() context: EvaluationContext,
  ): Promise<ProgressReport> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const program = await context.loaders.actionProgramById.load(assertUuid('programId', id));
    if (!program) throw notFound('ActionProgram', id);
    assertCanWriteTenant(context.caller, program.collectivityId);
    if (input.periodEnd < input.periodStart) throw badUserInput('periodEnd', 'must not be before periodStart');
    const commitments = await context.loaders.commitmentsByProgram.load({ collectivityId: program.collectivityId, id: program.id });
    input.entries.forEach((entry, index) => {
      if (!commitments.some((commitment) => commitment.id === entry.commitmentId.toLowerCase())) {
        throw badUserInput(`entries.${index}.commitmentId`, "names no commitment of this programme");
      }
    });
    const manager = await context.manager();
    const report = await manager.save(
      manager.create(ProgressReport, {
        collectivityId: program.collectivityId,
        programId: program.id,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        narrative: input.narrative.trim(),
        entries: input.entries.map((entry) => ({
          commitmentId: entry.commitmentId.toLowerCase(),
          completion: entry.completion,
          evidence: entry.evidence,
          note: entry.note?.trim() || null,
        })),
        published: false,
      }),
    );
    await recordAudit(manager, context.caller, {
      service: 'evaluation',
      collectivityId: program.collectivityId,
      entity: 'ProgressReport',
      entityId: report.id,
      action: 'CREATE',
      after: report,
    });
    context.loaders.reportsByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return report;
  }
}
