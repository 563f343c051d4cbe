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
import { Commitment, CompletionLevel, Indicator, Milestone } from './commitment.entity';
import { CommitmentInput, IndicatorInput, MeasurementInput, MilestoneInput, SaveCommitmentInput } from './commitment.input';

const TEXT_FIELDS = ['titleAr', 'titleFr', 'problem', 'statusQuo', 'action', 'contribution', 'leadUnit'] as const;

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
    const commitment = manager.create(Commitment, {
      collectivityId: program.collectivityId,
      programId: program.id,
      completion: CompletionLevel.NOT_STARTED,
      principles: [],
      partners: [],
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
    const reaches = input.direction === 'INCREASE' ? input.target > input.baseline : input.target < input.baseline;
    if (!reaches) throw badUserInput('target', `must be ${input.direction === 'INCREASE' ? 'above' : 'below'} the baseline`);
    const manager = await context.manager();
    const indicator = await manager.save(
      manager.create(Indicator, {
        collectivityId: commitment.collectivityId,
        commitmentId: commitment.id,
        title: input.title.trim(),
        unit: input.unit.trim(),
        baseline: input.baseline,
        target: input.target,
        direction: input.direction,
      }),
    );
    await this.auditPart(context, commitment, 'Indicator', null, indicator);
    context.loaders.indicatorsByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
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
      const field = `${path}.${index}.dueOn`;
      if (milestone.dueOn && commitment.startsOn && milestone.dueOn < commitment.startsOn) throw badUserInput(field, 'must not be before the commitment starts');
      if (milestone.dueOn && commitment.endsOn && milestone.dueOn > commitment.endsOn) throw badUserInput(field, 'must not be after the commitment ends');
    });
    const manager = await context.manager();
    const key = { collectivityId: commitment.collectivityId, commitmentId: commitment.id };
    const before = await manager.find(Milestone, { where: key, order: { position: 'ASC' } });
    const removed = await manager.delete(Milestone, key);
    if ((removed.affected ?? 0) !== before.length) throw forbidden('You may not replace these milestones');
    const saved = await manager.save(
      milestones.map((milestone, position) =>
        manager.create(Milestone, { ...key, position, title: milestone.title.trim(), dueOn: milestone.dueOn ?? null, doneOn: milestone.doneOn ?? null, weight: milestone.weight }),
      ),
    );
    await this.auditPart(context, commitment, 'Milestones', before, saved);
    context.loaders.milestonesByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
  }

  private async apply(context: EvaluationContext, commitment: Commitment, program: ActionProgram, input: CommitmentInput): Promise<void> {
    for (const key of TEXT_FIELDS) if (input[key] !== undefined) commitment[key] = input[key]?.trim() || null;
    if (input.principles != null) commitment.principles = [...new Set(input.principles)];
    if (input.partners != null) commitment.partners = input.partners.map((partner) => partner.trim()).filter(Boolean);
    if (input.startsOn !== undefined) commitment.startsOn = input.startsOn;
    if (input.endsOn !== undefined) commitment.endsOn = input.endsOn;
    if (input.completion != null) commitment.completion = input.completion;
    if (!commitment.titleAr && !commitment.titleFr) throw badUserInput('titleFr', 'a commitment needs a title in Arabic or French');
    if (commitment.principles.length === 0) throw badUserInput('principles', 'must name at least one openness principle');
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
