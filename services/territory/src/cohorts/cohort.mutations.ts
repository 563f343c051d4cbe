import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { assertNetworkAdmin, assertUuid, badUserInput, moroccoLocal, notFound, recordAudit } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.entity';
import { NetworkMembership } from '../collectivities/membership.entity';
import type { TerritoryContext } from '../context';
import { Cohort, OnboardingStep, OnboardingStepKind } from './cohort.entity';
import { CohortInput, UpdateCohortInput } from './cohort.input';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date at the precision given ("2025", "2025-02", "2025-02-11"), not after today in Morocco. */
function assertPastPartialDate(field: string, value: string): string {
  const match = PARTIAL_DATE.exec(value);
  const [, year, month, day] = match ?? [];
  const valid =
    match &&
    (!month || (+month >= 1 && +month <= 12)) &&
    (!day || new Date(Date.UTC(+year, +month - 1, +day)).getUTCDate() === +day);
  if (!valid) throw badUserInput(field, 'must be an ISO-8601 date such as 2025, 2025-02 or 2025-02-11');
  if (value > moroccoLocal(new Date(), 'DAY').slice(0, value.length)) throw badUserInput(field, 'must not be in the future');
  return value;
}

function uniqueLabelViolation(error: { code?: string; constraint?: string }): never {
  if (error.code === '23505') {
    throw badUserInput(error.constraint === 'cohort_label_ar_unique' ? 'labelAr' : 'labelFr', 'is already the label of another wave');
  }
  throw error;
}

async function membershipOf(manager: EntityManager, id: string): Promise<NetworkMembership> {
  const collectivityId = assertUuid('collectivityId', id);
  const membership = await manager.findOne(NetworkMembership, { where: { collectivityId } });
  if (!membership) throw notFound('NetworkMembership', collectivityId);
  return membership;
}

const cohortRecord = (cohort: Cohort) => ({ labelAr: cohort.labelAr, labelFr: cohort.labelFr, period: cohort.period });

@Resolver(() => Cohort)
export class CohortMutations {
  @Mutation(() => Cohort, { description: 'The network opens a wave of members. NETWORK_ADMIN only.' })
  async createCohort(@Arg('input', () => CohortInput, { description: 'Its labels and period.' }) input: CohortInput, @Ctx() context: TerritoryContext) {
    assertNetworkAdmin(context.caller);
    const manager = await context.manager();
    const cohort = manager.create(Cohort, { labelAr: input.labelAr.trim(), labelFr: input.labelFr.trim(), period: input.period });
    const saved = await manager.save(cohort).catch(uniqueLabelViolation);
    await recordAudit(manager, context.caller, { service: 'territory', collectivityId: null, entity: 'Cohort', entityId: saved.id, action: 'CREATE', after: cohortRecord(saved) });
    context.loaders.cohortById.prime(saved.id, saved);
    return saved;
  }

  @Mutation(() => Cohort, { description: 'The network renames a wave or changes its period. NETWORK_ADMIN only.' })
  async updateCohort(
    @Arg('id', () => ID, { description: 'The wave.' }) id: string,
    @Arg('input', () => UpdateCohortInput, { description: 'The fields to change.' }) input: UpdateCohortInput,
    @Ctx() context: TerritoryContext,
  ) {
    assertNetworkAdmin(context.caller);
    const cohortId = assertUuid('id', id);
    const manager = await context.manager();
    const cohort = await manager.findOne(Cohort, { where: { id: cohortId } });
    if (!cohort) throw notFound('Cohort', cohortId);
    const before = cohortRecord(cohort);
    if (input.labelAr != null) cohort.labelAr = input.labelAr.trim();
    if (input.labelFr != null) cohort.labelFr = input.labelFr.trim();
    if (input.period != null) cohort.period = input.period;
    const saved = await manager.save(cohort).catch(uniqueLabelViolation);
    await recordAudit(manager, context.caller, {
      service: 'territory',
      collectivityId: null,
      entity: 'Cohort',
      entityId: saved.id,
      action: 'UPDATE',
      before,
      after: cohortRecord(saved),
    });
    context.loaders.cohortById.clear(saved.id).prime(saved.id, saved);
    return saved;
  }

  @Mutation(() => Boolean, { description: 'The network removes an empty wave; BAD_USER_INPUT naming `id` while members are still in it. NETWORK_ADMIN only.' })
  async deleteCohort(@Arg('id', () => ID, { description: 'The wave.' }) id: string, @Ctx() context: TerritoryContext): Promise<boolean> {
    assertNetworkAdmin(context.caller);
    const cohortId = assertUuid('id', id);
    const manager = await context.manager();
    const cohort = await manager.findOne(Cohort, { where: { id: cohortId } });
    if (!cohort) throw notFound('Cohort', cohortId);
    const members = await manager.countBy(NetworkMembership, { cohortId });
    if (members) throw badUserInput('id', `still holds ${members} member(s): place them in another wave first`);
    await manager.delete(Cohort, { id: cohortId });
    await recordAudit(manager, context.caller, { service: 'territory', collectivityId: null, entity: 'Cohort', entityId: cohortId, action: 'DELETE', before: cohortRecord(cohort) });
    context.loaders.cohortById.clear(cohortId);
    return true;
  }

  @Mutation(() => Collectivity, { description: 'The network places a member in a wave, or takes it out of any with `cohortId` null. NETWORK_ADMIN only.' })
  async assignCohort(
    @Arg('collectivityId', () => ID, { description: 'A collectivity with a membership (NOT_FOUND otherwise).' }) collectivityId: string,
    @Arg('cohortId', () => ID, { nullable: true, description: 'The wave; null takes the member out of its wave. BAD_USER_INPUT naming `cohortId` when it names no wave.' })
    cohortId: string | null,
    @Ctx() context: TerritoryContext,
  ) {
    assertNetworkAdmin(context.caller);
    const manager = await context.manager();
    const membership = await membershipOf(manager, collectivityId);
    const target = cohortId == null ? null : assertUuid('cohortId', cohortId);
    if (target && !(await context.loaders.cohortById.load(target))) throw badUserInput('cohortId', 'names no wave');
    const before = { cohortId: membership.cohortId };
    if (before.cohortId !== target) {
      await manager.update(NetworkMembership, { collectivityId: membership.collectivityId }, { cohortId: target });
      await recordAudit(manager, context.caller, {
        service: 'territory',
        collectivityId: membership.collectivityId,
        entity: 'NetworkMembership',
        entityId: membership.collectivityId,
        action: 'UPDATE',
        before,
        after: { cohortId: target },
      });
    }
    context.loaders.membershipByCollectivityId.clear(membership.collectivityId);
    return context.loaders.collectivityById.load(membership.collectivityId);
  }

  @Mutation(() => Collectivity, {
    description: 'The network records when a member completed an onboarding step, or clears the step with `completedOn` null. NETWORK_ADMIN only.',
  })
  async setOnboardingStep(
    @Arg('collectivityId', () => ID, { description: 'A collectivity with a membership (NOT_FOUND otherwise).' }) collectivityId: string,
    @Arg('step', () => OnboardingStepKind, { description: 'The step.' }) step: OnboardingStepKind,
    @Arg('completedOn', () => String, {
      nullable: true,
      description: 'ISO-8601 at the precision known ("2025", "2025-02" or "2025-02-11"), not in the future; null clears the step. BAD_USER_INPUT naming `completedOn` otherwise.',
    })
    completedOn: string | null,
    @Ctx() context: TerritoryContext,
  ) {
    assertNetworkAdmin(context.caller);
    const manager = await context.manager();
    const membership = await membershipOf(manager, collectivityId);
    const date = completedOn == null ? null : assertPastPartialDate('completedOn', completedOn.trim());
    const key = { collectivityId: membership.collectivityId, step };
    const existing = await manager.findOne(OnboardingStep, { where: key });
    // an unchanged step is not written again, so every write has its audit entry
    if ((existing?.completedOn ?? null) !== date) {
      if (date === null) await manager.delete(OnboardingStep, key);
      else {
        await manager.query(
          `INSERT INTO territory.onboarding_step (collectivity_id, step, completed_on) VALUES ($1, $2, $3)
           ON CONFLICT (collectivity_id, step) DO UPDATE SET completed_on = EXCLUDED.completed_on, recorded_at = now()`,
          [key.collectivityId, step, date],
        );
      }
      await recordAudit(manager, context.caller, {
        service: 'territory',
        collectivityId: membership.collectivityId,
        entity: 'OnboardingStep',
        entityId: `${membership.collectivityId}:${step}`,
        action: !existing ? 'CREATE' : date === null ? 'DELETE' : 'UPDATE',
        before: existing ? { step, completedOn: existing.completedOn } : null,
        after: date === null ? null : { step, completedOn: date },
      });
    }
    context.loaders.onboardingByCollectivityId.clear(membership.collectivityId);
    return context.loaders.collectivityById.load(membership.collectivityId);
  }
}
