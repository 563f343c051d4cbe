import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import {
  badUserInput,
  auditRecord,
  loadWritable,
  recordAudit,
  tenantOfWriter,
} from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram, ProgramStatus } from './action-program.entity';
import { ActionProgramInput, PriorityAxisInput, ProgramStatusInput } from './action-program.input';
import { PriorityAxis, ProgramStatusChange } from './program-parts.entity';

/** The lifecycle, in order: a programme moves forward one step at a time; any step back needs a reason. */
export const LIFECYCLE = [ProgramStatus.CO_CREATION, ProgramStatus.CONSULTATION, ProgramStatus.ADOPTED, ProgramStatus.IMPLEMENTATION, ProgramStatus.CLOSED];

function applyInput(program: ActionProgram, input: ActionProgramInput): void {
  if (input.titleAr !== undefined) program.titleAr = input.titleAr?.trim() || null;
  if (input.titleFr !== undefined) program.titleFr = input.titleFr?.trim() || null;
  if (input.periodStart !== undefined) program.periodStart = input.periodStart;
  if (input.periodEnd !== undefined) program.periodEnd = input.periodEnd;
  if (!program.titleAr && !program.titleFr) throw badUserInput('titleFr', 'a programme needs a title in Arabic or French');
  if (program.periodStart && program.periodEnd && program.periodEnd <= program.periodStart) {
    throw badUserInput('periodEnd', 'must be after periodStart');
  }
}

@Resolver(() => ActionProgram)
export class ActionProgramMutations {
  @Mutation(() => ActionProgram, {
    description:
      "Starts a programme of the caller's own collectivity (taken from the token), in CO_CREATION and unpublished. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for the network); BAD_USER_INPUT names titleFr, periodStart or periodEnd.",
  })
  async createActionProgram(
    @Arg('input', () => ActionProgramInput, { description: 'Its titles (at least one) and period.' }) input: ActionProgramInput, @Ctx() context: EvaluationContext) {
    const collectivityId = tenantOfWriter(context.caller);
    const manager = await context.manager();
    const program = manager.create(ActionProgram, { collectivityId, status: ProgramStatus.CO_CREATION, published: false, titleAr: null, titleFr: null });
    applyInput(program, input);
    await this.assertNoOverlap(context, program);
    const saved = await manager.save(program);
    await auditRecord(context, 'evaluation', 'ActionProgram', saved, 'CREATE', null);
    return saved;
  }

  @Mutation(() => ActionProgram, {
    description:
      "Changes a programme's titles or period. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT names titleFr, periodStart or periodEnd.",
  })
  async updateActionProgram(
    @Arg('id', () => ID, { description: 'The programme id (UUID).' }) id: string,
    @Arg('input', () => ActionProgramInput, { description: 'The fields to change; omitted ones keep their value.' }) input: ActionProgramInput,
    @Ctx() context: EvaluationContext,
  ) {
    const program = await this.writable(context, id);
    const before = { ...program };
    applyInput(program, input);
    await this.assertNoOverlap(context, program);
    const saved = await (await context.manager()).save(program);
    await auditRecord(context, 'evaluation', 'ActionProgram', saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => ActionProgram, {
    description:
      "Moves a programme one step forward through CO_CREATION → CONSULTATION → ADOPTED → IMPLEMENTATION → CLOSED, or back with a reason, and records the change in statusHistory. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT names status, reason, councilSession, adoptedOn or periodStart (overlap with another open programme).",
  })
  async setProgramStatus(
    @Arg('id', () => ID, { description: 'The programme id (UUID).' }) id: string,
    @Arg('input', () => ProgramStatusInput, { description: 'The new status and what the move requires.' }) input: ProgramStatusInput,
    @Ctx() context: EvaluationContext,
  ) {
    const program = await this.writable(context, id, { adminOnly: true });
    const from = LIFECYCLE.indexOf(program.status);
    const to = LIFECYCLE.indexOf(input.status);
    const reason = input.reason?.trim() || null;
    if (to === from) throw badUserInput('status', `the programme is already ${program.status}`);
    if (to > from + 1) throw badUserInput('status', `${program.status} moves forward to ${LIFECYCLE[from + 1]} first`);
    if (to < from && !reason) throw badUserInput('reason', 'is required to step back');
    const before = { ...program };
    if (input.status === ProgramStatus.ADOPTED && to > from) {
      if (!input.councilSession?.trim()) throw badUserInput('councilSession', 'is required for adoption');
      if (!input.adoptedOn) throw badUserInput('adoptedOn', 'is required for adoption');
      program.councilSession = input.councilSession.trim();
      program.adoptedOn = input.adoptedOn;
    }
    if (to < LIFECYCLE.indexOf(ProgramStatus.ADOPTED)) {
      program.councilSession = null;
      program.adoptedOn = null;
    }
    program.status = input.status;
    if (program.status !== ProgramStatus.CLOSED) await this.assertNoOverlap(context, program);
    const manager = await context.manager();
    const saved = await manager.save(program);
    await manager.save(
      manager.create(ProgramStatusChange, {
        collectivityId: program.collectivityId,
        programId: program.id,
        fromStatus: before.status,
        toStatus: program.status,
        reason,
        changedBy: context.caller.userId,
      }),
    );
    await auditRecord(context, 'evaluation', 'ActionProgram', saved, 'UPDATE', before);
    context.loaders.statusHistoryByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return saved;
  }

  @Mutation(() => ActionProgram, {
    description:
      "Makes a programme public, or withdraws it from the public. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.",
  })
  async setActionProgramPublished(
    @Arg('id', () => ID, { description: 'The programme id (UUID).' }) id: string,
    @Arg('published', { description: "True to publish; false to withdraw (seen then only by its collectivity's accounts and the network)." }) published: boolean,
    @Ctx() context: EvaluationContext,
  ) {
    const program = await this.writable(context, id, { adminOnly: true });
    const before = { ...program };
    program.published = published;
    const saved = await (await context.manager()).save(program);
    await auditRecord(context, 'evaluation', 'ActionProgram', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    return saved;
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a programme still in CO_CREATION (BAD_USER_INPUT on id in any other status) and returns true. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.',
  })
  async deleteActionProgram(@Arg('id', () => ID, { description: 'The programme id (UUID).' }) id: string, @Ctx() context: EvaluationContext) {
    const program = await this.writable(context, id, { adminOnly: true });
    if (program.status !== ProgramStatus.CO_CREATION) throw badUserInput('id', 'only a programme in co-creation can be deleted');
    await (await context.manager()).delete(ActionProgram, { collectivityId: program.collectivityId, id: program.id });
    await auditRecord(context, 'evaluation', 'ActionProgram', program, 'DELETE', program);
    return true;
  }

  @Mutation(() => ActionProgram, {
    description:
      "Replaces all of a programme's priority axes with the list given, in order; commitments linked to a former axis lose that link. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on axes.N.titleFr for an untitled axis.",
  })
  async replacePriorityAxes(
    @Arg('programId', () => ID, { description: 'The programme id (UUID).' }) id: string,
    @Arg('axes', () => [PriorityAxisInput], { description: 'The complete new list of axes, in order; an empty list removes them all.' }) axes: PriorityAxisInput[],
    @Ctx() context: EvaluationContext,
  ) {
    const program = await this.writable(context, id, {}, 'programId');
    axes.forEach((axis, index) => {
      if (!axis.titleAr?.trim() && !axis.titleFr?.trim()) throw badUserInput(`axes.${index}.titleFr`, 'an axis needs a title in Arabic or French');
    });
    const manager = await context.manager();
    const before = await manager.find(PriorityAxis, { where: { collectivityId: program.collectivityId, programId: program.id } });
    const removed = await manager.delete(PriorityAxis, { collectivityId: program.collectivityId, programId: program.id });
    if ((removed.affected ?? 0) !== before.length) throw badUserInput('programId', 'its axes could not be replaced');
    const saved = await manager.save(
      axes.map((axis, position) =>
        manager.create(PriorityAxis, {
          collectivityId: program.collectivityId,
          programId: program.id,
          position,
          titleAr: axis.titleAr?.trim() || null,
          titleFr: axis.titleFr?.trim() || null,
          principles: [...new Set(axis.principles)],
        }),
      ),
    );
    await recordAudit(manager, context.caller, {
      service: 'evaluation',
      collectivityId: program.collectivityId,
      entity: 'PriorityAxes',
      entityId: program.id,
      action: 'UPDATE',
      before,
      after: saved,
    });
    context.loaders.axesByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return program;
  }

  /** At most one open (not closed) programme per collectivity over overlapping periods. */
  private async assertNoOverlap(context: EvaluationContext, program: ActionProgram): Promise<void> {
    const manager = await context.manager();
    const [clash] = await manager.query(
      `SELECT id FROM evaluation.action_program
        WHERE collectivity_id = $1 AND id IS DISTINCT FROM $2::uuid AND status <> 'CLOSED'
          AND daterange(coalesce(period_start, '-infinity'::date), coalesce(period_end, 'infinity'::date), '[]')
           && daterange(coalesce($3::date, '-infinity'::date), coalesce($4::date, 'infinity'::date), '[]')
        LIMIT 1`,
      [program.collectivityId, program.id ?? null, program.periodStart, program.periodEnd],
    );
    if (clash) throw badUserInput('periodStart', 'another open programme of this collectivity covers part of this period');
  }

  private writable(context: EvaluationContext, id: string, options: { adminOnly?: boolean } = {}, field = 'id'): Promise<ActionProgram> {
    return loadWritable(context.caller, 'ActionProgram', id, context.loaders.actionProgramById, { ...options, field });
  }

}
