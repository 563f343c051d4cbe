import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import {
  assertCanWriteTenant,
  assertUuid,
  badUserInput,
  forbidden,
  notFound,
  auditRecord,
  loadWritable,
  recordAudit,
  unauthenticated,
} from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ActionProgram } from '../programs/action-program.entity';
import { GraphQLError } from 'graphql';
import { ActionProgram as Program, ProgramStatus } from '../programs/action-program.entity';
import { ADOPTED_STATUSES, assertNotClosed, assertPlanEditable, lockedProgramStatus, programClosed } from '../programs/program-hold';
import { eventOf } from '../events/event-directory';
import { Commitment, CompletionLevel, Indicator, IndicatorDirection, Measurement, Milestone } from './commitment.entity';
import { CommitmentVersionKind } from './commitment-version.entity';
import { appendVersion, changesBetween, planOf } from './commitment-versions';
import {
  CommitmentAmendmentInput,
  CommitmentInput,
  IndicatorChangeInput,
  IndicatorInput,
  IndicatorUpdateInput,
  MeasurementInput,
  MilestoneDoneInput,
  MilestoneInput,
  SaveCommitmentInput,
} from './commitment.input';

const TEXT_FIELDS = ['titleAr', 'titleFr', 'problem', 'causes', 'statusQuo', 'objective', 'action', 'contribution', 'leadUnit'] as const;

/** Runs `write`, naming any refused field under `path` (changes.endsOn, indicators.0.target…). */
async function under<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions?.code === 'BAD_USER_INPUT' && typeof error.extensions.field === 'string') {
      throw badUserInput(`${path}.${error.extensions.field}`, error.message.replace(/^[^:]*: /, ''));
    }
    throw error;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The commitment's new period must still hold its stored milestones: the commitment's field is named, the milestone in the reason. */
function assertMilestonesWithin(commitment: Commitment, milestones: Milestone[]): void {
  milestones.forEach((milestone, index) => {
    if (!milestone.dueOn) return;
    const named = `milestone ${index + 1} is due ("${milestone.title}", on ${milestone.dueOn})`;
    if (commitment.startsOn && milestone.dueOn < commitment.startsOn) throw badUserInput('startsOn', `must not be after ${named}`);
    if (commitment.endsOn && milestone.dueOn > commitment.endsOn) throw badUserInput('endsOn', `must not be before ${named}`);
  });
}

@Resolver(() => Commitment)
export class CommitmentMutations {
  @Mutation(() => Commitment, {
    description:
      "Adds an unpublished commitment to a programme of the caller's collectivity, at NOT_STARTED unless input.completion says otherwise. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of the programme's collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the programme; BAD_USER_INPUT names the field (titleFr, principles, startsOn, endsOn, axisId…).",
  })
  async createCommitment(
    @Arg('programId', () => ID, { description: 'The programme to add it to (UUID).' }) programId: string,
    @Arg('input', () => CommitmentInput, { description: 'The commitment: a title and at least one principle are required.' }) input: CommitmentInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Commitment> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const program = await context.loaders.actionProgramById.load(assertUuid('programId', programId));
    if (!program) throw notFound('ActionProgram', programId);
    assertCanWriteTenant(context.caller, program.collectivityId);
    const manager = await context.manager();
    await assertPlanEditable(manager, program.collectivityId, program.id, 'A commitment cannot be added to an adopted programme');
    const commitment = manager.create(Commitment, {
      collectivityId: program.collectivityId,
      programId: program.id,
      completion: CompletionLevel.NOT_STARTED,
      principles: [],
      partners: [],
      relevance: [],
      supportingActors: [],
      published: false,
    });
    await this.apply(context, commitment, program, input);
    const saved = await manager.save(commitment);
    await auditRecord(context, 'evaluation', 'Commitment', saved, 'CREATE', null);
    return saved;
  }

  @Mutation(() => Commitment, {
    description:
      "Changes the fields given of a commitment. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT names the field (titleFr, principles, startsOn, endsOn, axisId…).",
  })
  async updateCommitment(
    @Arg('id', () => ID, { description: 'The commitment id (UUID).' }) id: string,
    @Arg('input', () => CommitmentInput, { description: 'The fields to change; omitted ones keep their value.' }) input: CommitmentInput,
    @Ctx() context: EvaluationContext,
  ) {
    const commitment = await this.writable(context, id);
    await this.assertPlanEditable(context, commitment, 'updateCommitment is refused');
    return this.writeFields(context, commitment, input);
  }

  @Mutation(() => Commitment, {
    description:
      "Saves a commitment's fields and its milestones as one write: every part is stored, or none. Same rights as updateCommitment (COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity; FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous; NOT_FOUND when the caller cannot see it). A refused value gives BAD_USER_INPUT naming its path, relative to the input like the input's own checks, e.g. titleFr, endsOn, milestones.0.title or milestones.1.dueOn, and leaves everything as it was.",
  })
  async saveCommitment(
    @Arg('id', () => ID, { description: 'The commitment id (UUID); BAD_USER_INPUT when malformed.' }) id: string,
    @Arg('input', () => SaveCommitmentInput, { description: 'The fields to change, and the milestones when given.' }) input: SaveCommitmentInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Commitment> {
    const commitment = await this.writable(context, id);
    await this.assertPlanEditable(context, commitment, 'saveCommitment is refused');
    // new milestones are checked against the new period below, when they are written; the stored ones only when they stay
    const saved = await this.writeFields(context, commitment, input, { milestonesReplaced: input.milestones != null });
    // the milestones are checked against the commitment as just saved; a refused one rolls the request's transaction back whole
    if (input.milestones != null) await this.writeMilestones(context, saved, input.milestones, 'milestones');
    return saved;
  }

  @Mutation(() => Commitment, {
    description: "Makes a commitment, with its milestones and indicators, public, or withdraws it from the public. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.",
  })
  async setCommitmentPublished(
    @Arg('id', () => ID, { description: 'The commitment id (UUID).' }) id: string,
    @Arg('published', { description: "True to publish; false to withdraw (seen then only by its collectivity's accounts and the network)." }) published: boolean,
    @Ctx() context: EvaluationContext,
  ) {
    const commitment = await this.writable(context, id, { adminOnly: true });
    await assertNotClosed(await context.manager(), commitment.collectivityId, commitment.programId);
    const before = { ...commitment };
    commitment.published = published;
    const saved = await (await context.manager()).save(commitment);
    await auditRecord(context, 'evaluation', 'Commitment', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    return saved;
  }

  @Mutation(() => Boolean, {
    description: "Deletes a commitment with its milestones and indicators, and returns true. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.",
  })
  async deleteCommitment(@Arg('id', () => ID, { description: 'The commitment id (UUID).' }) id: string, @Ctx() context: EvaluationContext) {
    const commitment = await this.writable(context, id, { adminOnly: true });
    await this.assertPlanEditable(context, commitment, 'deleteCommitment is refused');
    await (await context.manager()).delete(Commitment, { collectivityId: commitment.collectivityId, id: commitment.id });
    await auditRecord(context, 'evaluation', 'Commitment', commitment, 'DELETE', commitment);
    return true;
  }

  @Mutation(() => Commitment, {
    description:
      "Replaces all of a commitment's milestones with the list given, in order, and returns the commitment, whose progress follows from them. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT for an invalid milestone, naming its path (e.g. milestones.1.dueOn when it is due outside the commitment's period), nothing written.",
  })
  async replaceMilestones(
    @Arg('commitmentId', () => ID, { description: 'The commitment id (UUID).' }) id: string,
    @Arg('milestones', () => [MilestoneInput], { description: 'The complete new list, in order; an empty list removes them all.' }) milestones: MilestoneInput[],
    @Ctx() context: EvaluationContext,
  ) {
    const commitment = await this.writable(context, id, {}, 'commitmentId');
    await this.assertPlanEditable(context, commitment, 'replaceMilestones is refused (mark a milestone done with setMilestoneDone)');
    await this.writeMilestones(context, commitment, milestones, 'milestones');
    return commitment;
  }

  @Mutation(() => Commitment, {
    description:
      "Adds an indicator with its baseline, target and direction to a commitment, and returns the commitment. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on target when it does not lie in the indicator's direction from the baseline.",
  })
  async addIndicator(
    @Arg('commitmentId', () => ID, { description: 'The commitment id (UUID).' }) id: string,
    @Arg('input', () => IndicatorInput, { description: 'The new indicator.' }) input: IndicatorInput,
    @Ctx() context: EvaluationContext,
  ) {
    const commitment = await this.writable(context, id, {}, 'commitmentId');
    await this.assertPlanEditable(context, commitment, 'addIndicator is refused');
    await this.insertIndicator(context, commitment, input);
    return commitment;
  }

  @Mutation(() => Indicator, {
    description:
      "Records a dated measurement of an indicator (one per day: a second on the same day replaces the first) and returns the indicator. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the indicator; BAD_USER_INPUT naming `value` when it is not a finite number from -1e12 to 1e12, nothing written.",
  })
  async recordMeasurement(
    @Arg('indicatorId', () => ID, { description: 'The indicator id (UUID).' }) id: string,
    @Arg('input', () => MeasurementInput, { description: 'The day, value and optional note.' }) input: MeasurementInput,
    @Ctx() context: EvaluationContext,
  ) {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const indicatorId = assertUuid('indicatorId', id);
    const manager = await context.manager();
    const indicator = await manager.findOne(Indicator, { where: { id: indicatorId } });
    if (!indicator) throw notFound('Indicator', indicatorId);
    assertCanWriteTenant(context.caller, indicator.collectivityId);
    await this.assertIndicatorNotClosed(context, indicator);
    await manager.query(
      `INSERT INTO evaluation.measurement (collectivity_id, indicator_id, measured_on, value, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (collectivity_id, indicator_id, measured_on) DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note`,
      [indicator.collectivityId, indicator.id, input.measuredOn, input.value, input.note?.trim() || null],
    );
    await recordAudit(manager, context.caller, {
      service: 'evaluation',
      collectivityId: indicator.collectivityId,
      entity: 'Measurement',
      entityId: indicator.id,
      action: 'UPDATE',
      after: input,
    });
    context.loaders.measurementsByIndicator.clear({ collectivityId: indicator.collectivityId, id: indicator.id });
    return indicator;
  }

  @Mutation(() => Commitment, {
    description:
      "Amends a commitment of an ADOPTED or IMPLEMENTATION programme, as its council approved: applies the changes (fields, milestones, indicators and their targets) and writes a new version (Commitment.versions) with the reason, the council session, the date and what changed. Before the first amendment of a programme adopted before versions existed, the text as it stood is kept as the adoption version. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT naming the field (id when the programme is not adopted — edit it with updateCommitment then —, councilSessionEventId, amendedOn, changes.<field>, milestones.<n>.<field>, indicators.<n>.<field>, or changes when nothing would change), nothing written.",
  })
  async amendCommitment(
    @Arg('id', () => ID, { description: 'The commitment id (UUID).' }) id: string,
    @Arg('input', () => CommitmentAmendmentInput, { description: 'Why, at which council session, from which day, and what changes.' }) input: CommitmentAmendmentInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Commitment> {
    const commitment = await this.writable(context, id, { adminOnly: true });
    const manager = await context.manager();
    const status = await lockedProgramStatus(manager, commitment.collectivityId, commitment.programId);
    if (status === ProgramStatus.CLOSED) throw programClosed();
    if (!ADOPTED_STATUSES.includes(status)) throw badUserInput('id', `its programme is ${status}, not adopted: change the commitment with updateCommitment`);
    if (input.amendedOn > today()) throw badUserInput('amendedOn', 'must not be in the future');
    const session = await eventOf(manager, commitment.collectivityId, input.councilSessionEventId);
    if (!session || session.kind !== 'COUNCIL_SESSION') throw badUserInput('councilSessionEventId', "names no COUNCIL_SESSION event of the commitment's collectivity");
    if (session.status === 'CANCELLED') throw badUserInput('councilSessionEventId', 'names a cancelled council session');
    if (session.startDay > input.amendedOn) throw badUserInput('councilSessionEventId', `the council session starts on ${session.startDay}, after amendedOn`);
    if (!input.changes && input.milestones == null && !input.indicators?.length) throw badUserInput('changes', 'an amendment must change something');

    const beforePlan = await planOf(manager, commitment);
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM evaluation.commitment_version WHERE collectivity_id = $1 AND commitment_id = $2', [
      commitment.collectivityId,
      commitment.id,
    ]);
    if (count === 0) {
      const program = await manager.findOneOrFail(Program, { where: { collectivityId: commitment.collectivityId, id: commitment.programId } });
      await appendVersion(manager, context.caller, commitment, {
        kind: CommitmentVersionKind.ADOPTION,
        snapshot: beforePlan,
        councilSessionEventId: program.councilSessionEventId,
        councilSessionText: program.councilSession,
        createdBy: null,
      });
    }
    let saved = commitment;
    if (input.changes) saved = await under('changes', () => this.writeFields(context, commitment, input.changes!, { milestonesReplaced: input.milestones != null }));
    if (input.milestones != null) await this.writeMilestones(context, saved, input.milestones, 'milestones');
    for (const [index, change] of (input.indicators ?? []).entries()) await under(`indicators.${index}`, () => this.changeIndicator(context, saved, change));
    const afterPlan = await planOf(manager, saved);
    const changes = changesBetween(beforePlan, afterPlan);
    if (changes.length === 0) throw badUserInput('changes', 'the amendment changes nothing');
    const version = await appendVersion(manager, context.caller, saved, {
      kind: CommitmentVersionKind.AMENDMENT,
      snapshot: afterPlan,
      changes,
      reason: input.reason.trim(),
      councilSessionEventId: session.id,
      amendedOn: input.amendedOn,
    });
    await recordAudit(manager, context.caller, {
      service: 'evaluation',
      collectivityId: saved.collectivityId,
      entity: 'CommitmentAmendment',
      entityId: saved.id,
      action: 'CREATE',
      before: beforePlan,
      after: { number: version.number, reason: version.reason, councilSessionEventId: version.councilSessionEventId, amendedOn: version.amendedOn, plan: afterPlan },
    });
    return saved;
  }

  @Mutation(() => Commitment, {
    description:
      "Declares a commitment's completion on the IRM scale: carrying the programme out, open after adoption until the programme is CLOSED. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.",
  })
  async setCommitmentCompletion(
    @Arg('id', () => ID, { description: 'The commitment id (UUID).' }) id: string,
    @Arg('completion', () => CompletionLevel, { description: 'The declared level.' }) completion: CompletionLevel,
    @Ctx() context: EvaluationContext,
  ): Promise<Commitment> {
    const commitment = await this.writable(context, id);
    const manager = await context.manager();
    await assertNotClosed(manager, commitment.collectivityId, commitment.programId);
    const before = { ...commitment };
    commitment.completion = completion;
    const saved = await manager.save(commitment);
    await auditRecord(context, 'evaluation', 'Commitment', saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => Milestone, {
    description:
      "Marks a milestone done on a day (or pending again), with its evidence: carrying the programme out, open after adoption until the programme is CLOSED. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on doneOn for a day in the future.",
  })
  async setMilestoneDone(
    @Arg('id', () => ID, { description: 'The milestone id (UUID).' }) id: string,
    @Arg('input', () => MilestoneDoneInput, { description: 'The day done (null: pending) and the evidence.' }) input: MilestoneDoneInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Milestone> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const milestoneId = assertUuid('id', id);
    const manager = await context.manager();
    const milestone = await manager.findOne(Milestone, { where: { id: milestoneId } });
    const commitment = milestone && (await context.loaders.commitmentById.load(milestone.commitmentId));
    if (!milestone || !commitment) throw notFound('Milestone', milestoneId);
    assertCanWriteTenant(context.caller, milestone.collectivityId);
    await assertNotClosed(manager, commitment.collectivityId, commitment.programId);
    if (input.doneOn && input.doneOn > today()) throw badUserInput('doneOn', 'must not be in the future');
    const before = { ...milestone };
    milestone.doneOn = input.doneOn ?? null;
    if (input.evidence !== undefined) milestone.evidence = input.evidence?.trim() || null;
    const saved = await manager.save(milestone);
    await this.auditPart(context, commitment, 'Milestone', before, saved);
    context.loaders.milestonesByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
    return saved;
  }

  @Mutation(() => Indicator, {
    description:
      "Corrects an indicator (title, unit, baseline, target, direction) before its programme is adopted; afterwards its target changes only through amendCommitment. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and once adopted or closed; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on target when it does not lie in the direction from the baseline.",
  })
  async updateIndicator(
    @Arg('id', () => ID, { description: 'The indicator id (UUID).' }) id: string,
    @Arg('input', () => IndicatorUpdateInput, { description: 'The fields to correct; omitted ones keep their value.' }) input: IndicatorUpdateInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Indicator> {
    const { indicator, commitment } = await this.writableIndicator(context, id);
    await this.assertPlanEditable(context, commitment, 'updateIndicator is refused');
    return this.correctIndicator(context, commitment, indicator, input);
  }

  @Mutation(() => Boolean, {
    description:
      "Removes an indicator with its measurements before its programme is adopted (afterwards through amendCommitment), and returns true. Same rights as updateIndicator; NOT_FOUND when the caller cannot see it.",
  })
  async removeIndicator(@Arg('id', () => ID, { description: 'The indicator id (UUID).' }) id: string, @Ctx() context: EvaluationContext): Promise<boolean> {
    const { indicator, commitment } = await this.writableIndicator(context, id);
    await this.assertPlanEditable(context, commitment, 'removeIndicator is refused');
    await this.deleteIndicator(context, commitment, indicator);
    return true;
  }

  @Mutation(() => Measurement, {
    description:
      "Corrects a measurement (its day, value or note), audited with the values before and after: carrying the programme out, open until the programme is CLOSED. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, the network included, and for a CLOSED programme; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it; BAD_USER_INPUT on measuredOn when another measurement of the indicator is on that day, or on value.",
  })
  async correctMeasurement(
    @Arg('id', () => ID, { description: 'The measurement id (UUID).' }) id: string,
    @Arg('input', () => MeasurementInput, { description: 'Its corrected day, value and note (the note as given: null clears it).' }) input: MeasurementInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Measurement> {
    const { measurement, indicator } = await this.writableMeasurement(context, id);
    const manager = await context.manager();
    const [clash] = await manager.query(
      'SELECT 1 FROM evaluation.measurement WHERE collectivity_id = $1 AND indicator_id = $2 AND measured_on = $3 AND id <> $4',
      [measurement.collectivityId, measurement.indicatorId, input.measuredOn, measurement.id],
    );
    if (clash) throw badUserInput('measuredOn', 'the indicator already has a measurement on that day');
    const before = { ...measurement };
    measurement.measuredOn = input.measuredOn;
    measurement.value = input.value;
    measurement.note = input.note?.trim() || null;
    const saved = await manager.save(measurement);
    await recordAudit(manager, context.caller, { service: 'evaluation', collectivityId: saved.collectivityId, entity: 'Measurement', entityId: saved.id, action: 'UPDATE', before, after: saved });
    context.loaders.measurementsByIndicator.clear({ collectivityId: indicator.collectivityId, id: indicator.id });
    return saved;
  }

  @Mutation(() => Boolean, {
    description: 'Removes a measurement, audited with its values, and returns true. Same rights as correctMeasurement; NOT_FOUND when the caller cannot see it.',
  })
  async removeMeasurement(@Arg('id', () => ID, { description: 'The measurement id (UUID).' }) id: string, @Ctx() context: EvaluationContext): Promise<boolean> {
    const { measurement, indicator } = await this.writableMeasurement(context, id);
    const manager = await context.manager();
    await manager.delete(Measurement, { collectivityId: measurement.collectivityId, id: measurement.id });
    await recordAudit(manager, context.caller, { service: 'evaluation', collectivityId: measurement.collectivityId, entity: 'Measurement', entityId: measurement.id, action: 'DELETE', before: measurement });
    context.loaders.measurementsByIndicator.clear({ collectivityId: indicator.collectivityId, id: indicator.id });
    return true;
  }

  private async assertPlanEditable(context: EvaluationContext, commitment: Commitment, what: string): Promise<void> {
    await assertPlanEditable(await context.manager(), commitment.collectivityId, commitment.programId, what);
  }

  private async assertIndicatorNotClosed(context: EvaluationContext, indicator: Indicator): Promise<void> {
    const commitment = await context.loaders.commitmentById.load(indicator.commitmentId);
    if (commitment) await assertNotClosed(await context.manager(), commitment.collectivityId, commitment.programId);
  }

  private async writableIndicator(context: EvaluationContext, id: string): Promise<{ indicator: Indicator; commitment: Commitment }> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const indicatorId = assertUuid('id', id);
    const indicator = await (await context.manager()).findOne(Indicator, { where: { id: indicatorId } });
    const commitment = indicator && (await context.loaders.commitmentById.load(indicator.commitmentId));
    if (!indicator || !commitment) throw notFound('Indicator', indicatorId);
    assertCanWriteTenant(context.caller, indicator.collectivityId);
    return { indicator, commitment };
  }

  private async writableMeasurement(context: EvaluationContext, id: string): Promise<{ measurement: Measurement; indicator: Indicator }> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const measurementId = assertUuid('id', id);
    const manager = await context.manager();
    const measurement = await manager.findOne(Measurement, { where: { id: measurementId } });
    const indicator = measurement && (await manager.findOne(Indicator, { where: { collectivityId: measurement.collectivityId, id: measurement.indicatorId } }));
    if (!measurement || !indicator) throw notFound('Measurement', measurementId);
    assertCanWriteTenant(context.caller, measurement.collectivityId);
    await this.assertIndicatorNotClosed(context, indicator);
    return { measurement, indicator };
  }

  private async insertIndicator(context: EvaluationContext, commitment: Commitment, input: IndicatorInput): Promise<Indicator> {
    const reaches = input.direction === 'INCREASE' ? input.target > input.baseline : input.target < input.baseline;
    if (!reaches) throw badUserInput('target', `must be ${input.direction === 'INCREASE' ? 'above' : 'below'} the baseline`);
    const manager = await context.manager();
    const indicator = await manager.save(
      manager.create(Indicator, {
        collectivityId: commitment.collectivityId,
        commitmentId: commitment.id,
        title: input.title.trim(),
        unit: (input.unit ?? '').trim(),
        baseline: input.baseline,
        target: input.target,
        direction: input.direction,
      }),
    );
    await this.auditPart(context, commitment, 'Indicator', null, indicator);
    context.loaders.indicatorsByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
    return indicator;
  }

  private async correctIndicator(context: EvaluationContext, commitment: Commitment, indicator: Indicator, input: IndicatorUpdateInput): Promise<Indicator> {
    const before = { ...indicator };
    if (input.title != null) indicator.title = input.title.trim();
    if (input.unit != null) indicator.unit = input.unit.trim();
    if (input.baseline != null) indicator.baseline = input.baseline;
    if (input.target != null) indicator.target = input.target;
    if (input.direction != null) indicator.direction = input.direction;
    const reaches = indicator.direction === IndicatorDirection.INCREASE ? indicator.target > indicator.baseline : indicator.target < indicator.baseline;
    if (!reaches) throw badUserInput('target', `must be ${indicator.direction === IndicatorDirection.INCREASE ? 'above' : 'below'} the baseline`);
    const saved = await (await context.manager()).save(indicator);
    await this.auditPart(context, commitment, 'Indicator', before, saved);
    context.loaders.indicatorsByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
    return saved;
  }

  private async deleteIndicator(context: EvaluationContext, commitment: Commitment, indicator: Indicator): Promise<void> {
    await (await context.manager()).delete(Indicator, { collectivityId: indicator.collectivityId, id: indicator.id });
    await this.auditPart(context, commitment, 'Indicator', indicator, null);
    context.loaders.indicatorsByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
  }

  /** One indicator change of an amendment: add (no indicatorId), correct, or remove. */
  private async changeIndicator(context: EvaluationContext, commitment: Commitment, change: IndicatorChangeInput): Promise<void> {
    if (!change.indicatorId) {
      if (change.remove) throw badUserInput('remove', 'names no indicator to remove');
      for (const field of ['title', 'baseline', 'target', 'direction'] as const) if (change[field] == null) throw badUserInput(field, 'is required for a new indicator');
      await this.insertIndicator(context, commitment, { title: change.title!, unit: change.unit ?? '', baseline: change.baseline!, target: change.target!, direction: change.direction! });
      return;
    }
    const indicator = await (await context.manager()).findOne(Indicator, {
      where: { collectivityId: commitment.collectivityId, commitmentId: commitment.id, id: change.indicatorId.toLowerCase() },
    });
    if (!indicator) throw badUserInput('indicatorId', 'names no indicator of this commitment');
    if (change.remove) await this.deleteIndicator(context, commitment, indicator);
    else await this.correctIndicator(context, commitment, indicator, change);
  }

  /**
   * Applies and checks the fields given, then stores and audits the commitment. When its period moves, the milestones
   * it keeps must still fall due within it: BAD_USER_INPUT naming startsOn or endsOn, with the milestone in the reason.
   */
  private async writeFields(context: EvaluationContext, commitment: Commitment, input: CommitmentInput, options: { milestonesReplaced?: boolean } = {}): Promise<Commitment> {
    const before = { ...commitment };
    const program = await context.loaders.actionProgramById.load(commitment.programId);
    await this.apply(context, commitment, program!, input);
    const manager = await context.manager();
    const periodMoved = commitment.startsOn !== before.startsOn || commitment.endsOn !== before.endsOn;
    if (periodMoved && !options.milestonesReplaced) {
      const milestones = await manager.find(Milestone, { where: { collectivityId: commitment.collectivityId, commitmentId: commitment.id }, order: { position: 'ASC' } });
      assertMilestonesWithin(commitment, milestones);
    }
    const saved = await manager.save(commitment);
    await auditRecord(context, 'evaluation', 'Commitment', saved, 'UPDATE', before);
    return saved;
  }

  /**
   * Checks then replaces a commitment's milestones: each one due within the commitment's period. `path` names the
   * list in the caller's arguments (milestones), so a refusal names e.g. milestones.2.dueOn.
   */
  private async writeMilestones(context: EvaluationContext, commitment: Commitment, milestones: MilestoneInput[], path: string): Promise<void> {
    milestones.forEach((milestone, index) => {
      for (const key of ['startsOn', 'dueOn'] as const) {
        const field = `${path}.${index}.${key}`;
        const day = milestone[key];
        if (day && commitment.startsOn && day < commitment.startsOn) throw badUserInput(field, 'must not be before the commitment starts');
        if (day && commitment.endsOn && day > commitment.endsOn) throw badUserInput(field, 'must not be after the commitment ends');
      }
      if (milestone.startsOn && milestone.dueOn && milestone.startsOn > milestone.dueOn) throw badUserInput(`${path}.${index}.startsOn`, 'must not be after dueOn');
    });
    const manager = await context.manager();
    const key = { collectivityId: commitment.collectivityId, commitmentId: commitment.id };
    const before = await manager.find(Milestone, { where: key, order: { position: 'ASC' } });
    const removed = await manager.delete(Milestone, key);
    if ((removed.affected ?? 0) !== before.length) throw forbidden('You may not replace these milestones');
    const saved = await manager.save(
      milestones.map((milestone, position) =>
        manager.create(Milestone, {
          ...key,
          position,
          title: milestone.title.trim(),
          startsOn: milestone.startsOn ?? null,
          dueOn: milestone.dueOn ?? null,
          doneOn: milestone.doneOn ?? null,
          deliverable: milestone.deliverable?.trim() || null,
          evidence: milestone.evidence?.trim() || null,
          weight: milestone.weight,
        }),
      ),
    );
    await this.auditPart(context, commitment, 'Milestones', before, saved);
    context.loaders.milestonesByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
  }

  private async apply(context: EvaluationContext, commitment: Commitment, program: ActionProgram, input: CommitmentInput): Promise<void> {
    for (const key of TEXT_FIELDS) if (input[key] !== undefined) commitment[key] = input[key]?.trim() || null;
    if (input.principles != null) commitment.principles = [...new Set(input.principles)];
    if (input.partners != null) commitment.partners = input.partners.map((partner) => partner.trim()).filter(Boolean);
    if (input.supportingActors != null) commitment.supportingActors = input.supportingActors.map(({ kind, name }) => ({ kind, name: name.trim() }));
    if (input.contact !== undefined) {
      commitment.contactName = input.contact?.name?.trim() || null;
      commitment.contactRole = input.contact?.role?.trim() || null;
      commitment.contactEmail = input.contact?.email?.trim() || null;
      commitment.contactPhone = input.contact?.phone?.trim() || null;
    }
    if (input.startsOn !== undefined) commitment.startsOn = input.startsOn;
    if (input.endsOn !== undefined) commitment.endsOn = input.endsOn;
    if (input.completion != null) commitment.completion = input.completion;
    if (!commitment.titleAr && !commitment.titleFr) throw badUserInput('titleFr', 'a commitment needs a title in Arabic or French');
    if (commitment.principles.length === 0) throw badUserInput('principles', 'must name at least one openness principle');
    if (input.relevance != null) {
      const seen = new Set<string>();
      input.relevance.forEach((entry, index) => {
        if (!commitment.principles.includes(entry.principle)) throw badUserInput(`relevance.${index}.principle`, 'must be one of the principles the commitment names');
        if (seen.has(entry.principle)) throw badUserInput(`relevance.${index}.principle`, 'is given twice');
        seen.add(entry.principle);
      });
      commitment.relevance = input.relevance.map(({ principle, text }) => ({ principle, text: text.trim() }));
    } else if (input.principles != null) {
      // a principle dropped takes its relevance text with it
      commitment.relevance = (commitment.relevance ?? []).filter((entry) => commitment.principles.includes(entry.principle));
    }
    if (commitment.startsOn && commitment.endsOn && commitment.endsOn < commitment.startsOn) throw badUserInput('endsOn', 'must not be before startsOn');
    if (program.periodStart && commitment.startsOn && commitment.startsOn < program.periodStart) {
      throw badUserInput('startsOn', `must be within the programme's period (from ${program.periodStart})`);
    }
    if (program.periodEnd && commitment.endsOn && commitment.endsOn > program.periodEnd) {
      throw badUserInput('endsOn', `must be within the programme's period (until ${program.periodEnd})`);
    }
    if (input.axisId !== undefined) {
      const axisId = input.axisId ? assertUuid('axisId', input.axisId) : null;
      if (axisId) {
        const axes = await context.loaders.axesByProgram.load({ collectivityId: program.collectivityId, id: program.id });
        if (!axes.some((axis) => axis.id === axisId)) throw badUserInput('axisId', "names no priority axis of the commitment's programme");
      }
      commitment.axisId = axisId;
    }
  }

  private writable(context: EvaluationContext, id: string, options: { adminOnly?: boolean } = {}, field = 'id'): Promise<Commitment> {
    return loadWritable(context.caller, 'Commitment', id, context.loaders.commitmentById, { ...options, field });
  }


  private async auditPart(context: EvaluationContext, commitment: Commitment, entity: string, before: unknown, after: unknown) {
    await recordAudit(await context.manager(), context.caller, {
      service: 'evaluation',
      collectivityId: commitment.collectivityId,
      entity,
      entityId: commitment.id,
      action: 'UPDATE',
      before,
      after,
    });
  }
}
