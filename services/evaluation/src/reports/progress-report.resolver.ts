import { ArrayMaxSize, IsISO8601, IsOptional, IsUrl, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { assertCanWriteTenant, assertUuid, auditRecord, badUserInput, notFound, recordAudit, unauthenticated } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { ActionProgram } from '../programs/action-program.entity';
import { ProgressReport, ReportEntry } from './progress-report.entity';

const DATE = { message: 'must be an ISO-8601 date such as 2026-06-30' };
/** A calendar day as PostgreSQL's date takes it: YYYY-MM-DD (IsISO8601 alone also lets 2024, 2024-12 or a time through). */
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'What the report says of one commitment.' })
export class ReportEntryInput {
  @Field(() => ID, { description: 'A commitment of the programme reported on (UUID; BAD_USER_INPUT on entries.N.commitmentId otherwise).' })
  @IsUUID('all', { message: 'must be a UUID' })
  commitmentId: string;

  @Field(() => CompletionLevel, { description: 'Its completion on the OGP IRM scale at the end of the period.' })
  completion: CompletionLevel;

  @Field(() => [String], { defaultValue: [], description: 'Links to the evidence: absolute http or https URLs, at most 20; none by default.' })
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) address' })
  evidence: string[];

  @Field(() => String, { nullable: true, description: 'A remark on the commitment for the period, up to 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A progress report on a period of a programme.' })
export class ProgressReportInput {
  @Field({ description: 'First day of the period, ISO-8601 date (YYYY-MM-DD).' })
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  periodStart: string;

  @Field({ description: 'Last day of the period, ISO-8601 date (YYYY-MM-DD), not before periodStart (BAD_USER_INPUT on periodEnd otherwise).' })
  @IsISO8601({ strict: true }, DATE)
  @Matches(ISO_DATE, DATE)
  periodEnd: string;

  @Field({ defaultValue: '', description: 'Account of the period, up to 20,000 characters; empty by default.' })
  @MaxLength(20000)
  narrative: string;

  @Field(() => [ReportEntryInput], { defaultValue: [], description: 'One entry per commitment reported on, at most 100; none by default.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  entries: ReportEntryInput[];
}

@Resolver(() => ActionProgram)
export class ProgressReportResolver {
  @FieldResolver(() => [ProgressReport], {
    description:
      "Its progress reports, latest period first: published ones for everyone, all of them for the programme's collectivity and the network.",
  })
  progressReports(@Root() program: ActionProgram, @Ctx() context: EvaluationContext) {
    return context.loaders.reportsByProgram.load({ collectivityId: program.collectivityId, id: program.id });
  }

  @Mutation(() => ProgressReport, {
    description:
      "Files a progress report, unpublished, on a programme of the caller's collectivity. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the programme's collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the programme; BAD_USER_INPUT names periodEnd or entries.N.commitmentId.",
  })
  async createProgressReport(
    @Arg('programId', () => ID, { description: 'The programme reported on (UUID).' }) id: string,
    @Arg('input', () => ProgressReportInput, { description: 'The period, narrative and per-commitment entries.' }) input: ProgressReportInput,
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

  @Mutation(() => ProgressReport, {
    description:
      "Makes a progress report public, or withdraws it from the public (seen then only by its collectivity's accounts and the network); setting the state it already has changes nothing. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.",
  })
  async setProgressReportPublished(
    @Arg('id', () => ID, { description: 'The report id (UUID); BAD_USER_INPUT when malformed.' }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: EvaluationContext,
  ): Promise<ProgressReport> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const reportId = assertUuid('id', id);
    const manager = await context.manager();
    const report = await manager.findOne(ProgressReport, { where: { id: reportId } });
    if (!report) throw notFound('ProgressReport', reportId);
    assertCanWriteTenant(context.caller, report.collectivityId, { adminOnly: true });
    if (report.published === published) return report;
    const before = { ...report };
    report.published = published;
    const saved = await manager.save(report);
    await auditRecord(context, 'evaluation', 'ProgressReport', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    context.loaders.reportsByProgram.clear({ collectivityId: report.collectivityId, id: report.programId });
    return saved;
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportEntriesResolver {
  @FieldResolver(() => [ReportEntry], {
    description:
      'What it says of each commitment reported on, in the order given; an entry on a commitment the caller may not see (an unpublished one, for the public) is left out.',
  })
  async entries(@Root() report: ProgressReport, @Ctx() context: EvaluationContext): Promise<ReportEntry[]> {
    if (!report.entries.length) return [];
    const found = await context.loaders.commitmentByKey.loadMany(report.entries.map((entry) => ({ collectivityId: report.collectivityId, id: entry.commitmentId })));
    return report.entries.filter((_entry, index) => Boolean(found[index]) && !(found[index] instanceof Error));
  }
}
