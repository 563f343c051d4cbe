import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
  assertCanWriteTenant,
  assertUuid,
  forbidden,
  notFound,
  unauthenticated,
  badUserInput,
  auditRecord,
  enqueueNotification,
  loadWritable,
  recordAudit,
  tenantOfWriter,
} from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram, ProgramStatus } from './action-program.entity';
import { ActionProgramInput, PriorityAxisInput, ProgramStatusInput } from './action-program.input';
import { PriorityAxis, ProgramStatusChange } from './program-parts.entity';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentVersionKind } from '../commitments/commitment-version.entity';
import { appendVersion, planOf } from '../commitments/commitment-versions';
import { dayAfter, eventOf, heldConsultations, isCalendarDay } from '../events/event-directory';
import { ADOPTED_STATUSES, programClosed } from './program-hold';

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
    if (program.status === ProgramStatus.CLOSED) throw programClosed();
    if (ADOPTED_STATUSES.includes(program.status) && (input.periodStart !== undefined || input.periodEnd !== undefined)) {
      if ((input.periodStart !== undefined && input.periodStart !== program.periodStart) || (input.periodEnd !== undefined && input.periodEnd !== program.periodEnd)) {
        throw forbidden('The period of an adopted programme is the one the council adopted: step the programme back to change it');
      }
    }
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
    const manager = await context.manager();
    const adopting = input.status === ProgramStatus.ADOPTED && to > from;
    if (adopting) await this.adopt(manager, program, input);
    if (to < LIFECYCLE.indexOf(ProgramStatus.ADOPTED)) {
      program.councilSession = null;
      program.adoptedOn = null;
      program.councilSessionEventId = null;
      program.consultationEventId = null;
      program.consultationWaiver = null;
    }
    program.status = input.status;
    if (program.status !== ProgramStatus.CLOSED) await this.assertNoOverlap(context, program);
    const saved = await manager.save(program);
    if (adopting) await this.recordAdoptedText(context, program);
    const change = await manager.save(
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
    // the network hears of each move, in this transaction
    await enqueueNotification(
      context,
      'PROGRAM_STATUS_CHANGED',
      { collectivityId: program.collectivityId, programId: program.id, titleAr: saved.titleAr, titleFr: saved.titleFr, fromStatus: before.status, toStatus: saved.status, changeId: change.id },
      `PROGRAM_STATUS_CHANGED:${change.id}`,
    );
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
    if (program.status === ProgramStatus.CLOSED) throw programClosed();
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
    await this.assertAxesEditable(program);
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

  @Mutation(() => PriorityAxis, {
    description:
      "Adds a priority axis at the end of a programme's list. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and once the programme is adopted or closed; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the programme; BAD_USER_INPUT on titleFr for an untitled axis.",
  })
  async createPriorityAxis(
    @Arg('programId', () => ID, { description: 'The programme id (UUID).' }) programId: string,
    @Arg('input', () => PriorityAxisInput, { description: 'Its titles (at least one) and principles.' }) input: PriorityAxisInput,
    @Ctx() context: EvaluationContext,
  ): Promise<PriorityAxis> {
    const program = await this.writable(context, programId, {}, 'programId');
    await this.assertAxesEditable(program);
    if (!input.titleAr?.trim() && !input.titleFr?.trim()) throw badUserInput('titleFr', 'an axis needs a title in Arabic or French');
    const manager = await context.manager();
    const [{ next }] = await manager.query('SELECT coalesce(max(position) + 1, 0) AS next FROM evaluation.priority_axis WHERE collectivity_id = $1 AND program_id = $2', [
      program.collectivityId,
      program.id,
    ]);
    const saved = await manager.save(
      manager.create(PriorityAxis, {
        collectivityId: program.collectivityId,
        programId: program.id,
        position: Number(next),
        titleAr: input.titleAr?.trim() || null,
        titleFr: input.titleFr?.trim() || null,
        principles: [...new Set(input.principles)],
      }),
    );
    await auditRecord(context, 'evaluation', 'PriorityAxis', saved, 'CREATE', null);
    context.loaders.axesByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return saved;
  }

  @Mutation(() => PriorityAxis, {
    description:
      "Changes a priority axis's titles and principles (all three as given). Same rights as createPriorityAxis; NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on titleFr for an untitled axis.",
  })
  async updatePriorityAxis(
    @Arg('id', () => ID, { description: 'The axis id (UUID).' }) id: string,
    @Arg('input', () => PriorityAxisInput, { description: 'Its new titles and principles.' }) input: PriorityAxisInput,
    @Ctx() context: EvaluationContext,
  ): Promise<PriorityAxis> {
    const { axis, program } = await this.writableAxis(context, id);
    await this.assertAxesEditable(program);
    if (!input.titleAr?.trim() && !input.titleFr?.trim()) throw badUserInput('titleFr', 'an axis needs a title in Arabic or French');
    const before = { ...axis };
    axis.titleAr = input.titleAr?.trim() || null;
    axis.titleFr = input.titleFr?.trim() || null;
    axis.principles = [...new Set(input.principles)];
    const saved = await (await context.manager()).save(axis);
    await auditRecord(context, 'evaluation', 'PriorityAxis', saved, 'UPDATE', before);
    context.loaders.axesByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return saved;
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes a priority axis and returns true; the commitments under it lose that link. Same rights as createPriorityAxis; NOT_FOUND when the caller cannot see it.",
  })
  async deletePriorityAxis(@Arg('id', () => ID, { description: 'The axis id (UUID).' }) id: string, @Ctx() context: EvaluationContext): Promise<boolean> {
    const { axis, program } = await this.writableAxis(context, id);
    await this.assertAxesEditable(program);
    await (await context.manager()).delete(PriorityAxis, { collectivityId: axis.collectivityId, id: axis.id });
    await auditRecord(context, 'evaluation', 'PriorityAxis', axis, 'DELETE', axis);
    context.loaders.axesByProgram.clear({ collectivityId: program.collectivityId, id: program.id });
    return true;
  }

  /** Axes are part of what the council adopts: fixed once adopted, read only once closed. */
  private async assertAxesEditable(program: ActionProgram): Promise<void> {
    if (program.status === ProgramStatus.CLOSED) throw programClosed();
    if (ADOPTED_STATUSES.includes(program.status)) throw forbidden('The priority axes of an adopted programme are the ones the council adopted: step the programme back to change them');
  }

  private async writableAxis(context: EvaluationContext, id: string): Promise<{ axis: PriorityAxis; program: ActionProgram }> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const axisId = assertUuid('id', id);
    const axis = await (await context.manager()).findOne(PriorityAxis, { where: { id: axisId } });
    const program = axis && (await context.loaders.actionProgramById.load(axis.programId));
    if (!axis || !program) throw notFound('PriorityAxis', axisId);
    assertCanWriteTenant(context.caller, axis.collectivityId);
    return { axis, program };
  }

  /**
   * Adoption ties the programme to its evidence: the council session that adopted it (an event of its collectivity,
   * or the deprecated free text), and a public consultation held for it, or the stated reason it was waived.
   */
  private async adopt(manager: EntityManager, program: ActionProgram, input: ProgramStatusInput): Promise<void> {
    if (!input.adoptedOn) throw badUserInput('adoptedOn', 'is required for adoption');
    if (!isCalendarDay(input.adoptedOn)) throw badUserInput('adoptedOn', 'is not a day of the calendar');
    const before = dayAfter(input.adoptedOn);
    const sessionText = input.councilSession?.trim() || null;
    if (!input.councilSessionEventId && !sessionText) throw badUserInput('councilSessionEventId', 'is required for adoption: the COUNCIL_SESSION event that adopted the programme');
    if (input.councilSessionEventId) {
      const session = await eventOf(manager, program.collectivityId, input.councilSessionEventId);
      if (!session || session.kind !== 'COUNCIL_SESSION') throw badUserInput('councilSessionEventId', "names no COUNCIL_SESSION event of the programme's collectivity");
      if (session.status === 'CANCELLED') throw badUserInput('councilSessionEventId', 'names a cancelled council session');
      if (session.startDay >= before) throw badUserInput('councilSessionEventId', `the council session starts on ${session.startDay}, after the adoption date ${input.adoptedOn}`);
    }
    const waiver = input.consultationWaiver?.trim() || null;
    const [previous] = await manager.query(
      `SELECT adopted_on FROM evaluation.action_program
        WHERE collectivity_id = $1 AND id <> $2 AND adopted_on IS NOT NULL AND adopted_on < $3 ORDER BY adopted_on DESC LIMIT 1`,
      [program.collectivityId, program.id, input.adoptedOn],
    );
    const window = { before, since: previous ? dayAfter(previous.adopted_on) : null };
    let consultationId: string | null = null;
    if (input.consultationEventId) {
      const [held] = await heldConsultations(manager, program.collectivityId, window, input.consultationEventId);
      if (!held) {
        throw badUserInput(
          'consultationEventId',
          "names no PUBLIC_CONSULTATION of the programme's collectivity held before its adoption (not cancelled, over, started no later than adoptedOn and after the previous programme's adoption)",
        );
      }
      consultationId = held.id;
    } else if (!waiver) {
      const [latest] = await heldConsultations(manager, program.collectivityId, window);
      if (!latest) {
        throw badUserInput(
          'consultationEventId',
          "adoption needs a public consultation held for the programme (a PUBLIC_CONSULTATION event of the collectivity, over and started no later than adoptedOn), or a stated consultationWaiver",
        );
      }
      consultationId = latest.id;
    }
    program.adoptedOn = input.adoptedOn;
    program.councilSession = sessionText;
    program.councilSessionEventId = input.councilSessionEventId ? input.councilSessionEventId.toLowerCase() : null;
    program.consultationEventId = consultationId;
    program.consultationWaiver = consultationId ? null : waiver;
  }

  /** Each commitment's text as adopted: its first version (or the next one, when a programme is adopted again). */
  private async recordAdoptedText(context: EvaluationContext, program: ActionProgram): Promise<void> {
    const manager = await context.manager();
    const commitments = await manager.find(Commitment, { where: { collectivityId: program.collectivityId, programId: program.id }, order: { createdAt: 'ASC' } });
    for (const commitment of commitments) {
      await appendVersion(manager, context.caller, commitment, {
        kind: CommitmentVersionKind.ADOPTION,
        snapshot: await planOf(manager, commitment),
        councilSessionEventId: program.councilSessionEventId,
        councilSessionText: program.councilSession,
      });
    }
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
