import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, connectionOf, inLanguage, Language, pageAndCount, pageOf, PageArgs } from '@infitah/server-kit';
import { Collectivity, CollectivityConnection } from '../collectivities/collectivity.entity';
import { MembershipStatus, NetworkMembership } from '../collectivities/membership.entity';
import type { TerritoryContext } from '../context';
import { Cohort, CohortConnection, ONBOARDING_ORDER, OnboardingStep, OnboardingStepCount, OnboardingStepKind } from './cohort.entity';
import { CohortFilter } from './cohort.input';

@Resolver(() => Cohort)
export class CohortResolver {
  @Query(() => CohortConnection, { description: 'The waves of members, oldest period first. Public: anyone may list them.' })
  async cohorts(
    @Arg('filter', () => CohortFilter, { nullable: true, description: 'Narrows the list; every wave when absent.' }) filter: CohortFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<CohortConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const query = manager.getRepository(Cohort).createQueryBuilder('w');
    const search = filter?.search?.trim();
    if (search) query.andWhere('strpos(w.search_text, search_normalize(:search)) > 0', { search });
    const connection = await pageAndCount(query.orderBy('w.period', 'ASC').addOrderBy('w.labelFr', 'ASC').addOrderBy('w.id', 'ASC'), page);
    for (const node of connection.nodes) context.loaders.cohortById.prime(node.id, node);
    return connection;
  }

  @Query(() => Cohort, { nullable: true, description: 'A wave by id, or null. Public.' })
  cohort(@Arg('id', () => ID, { description: 'The wave id; BAD_USER_INPUT naming `id` when not a UUID.' }) id: string, @Ctx() context: TerritoryContext) {
    return context.loaders.cohortById.load(assertUuid('id', id));
  }

  @FieldResolver(() => String, { description: 'Its name in the asked language (Arabic by default).' })
  label(
    @Root() cohort: Cohort,
    @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR.' }) language: Language | null,
  ): string {
    return inLanguage({ ar: cohort.labelAr, fr: cohort.labelFr }, language);
  }

  @FieldResolver(() => Int, { description: 'Its active members; equals `members(status: ACTIVE).totalCount`.' })
  async memberCount(@Root() cohort: Cohort, @Ctx() context: TerritoryContext): Promise<number> {
    return (await context.loaders.cohortStats.load(cohort.id)).memberCount;
  }

  @FieldResolver(() => [OnboardingStepCount], {
    description: 'Where the wave stands: for each onboarding step in order, how many of its active members completed it.',
  })
  async progress(@Root() cohort: Cohort, @Ctx() context: TerritoryContext): Promise<OnboardingStepCount[]> {
    return (await context.loaders.cohortStats.load(cohort.id)).progress;
  }

  @FieldResolver(() => CollectivityConnection, {
    description: 'Its members, regions first then by code and French name; each member’s `membership.onboarding` tells where it stands.',
  })
  async members(
    @Root() cohort: Cohort,
    @Arg('status', () => MembershipStatus, { nullable: true, description: 'Only members in this status; all of them when absent.' }) status: MembershipStatus | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: TerritoryContext,
  ): Promise<CollectivityConnection> {
    const page = pageOf(pageArgs);
    const { totalCount, ids } = await context.loaders.memberPage.load({ cohortId: cohort.id, status: status ?? null, ...page });
    const nodes = await context.loaders.collectivityById.loadMany(ids);
    return connectionOf(
      nodes.filter((node): node is Collectivity => node instanceof Collectivity),
      totalCount,
      page,
    );
  }

  @FieldResolver(() => [ID], {
    description: 'The ids of its active members, in the order of `members`: what another subgraph needs to filter them (e.g. who is not yet trained).',
  })
  memberIds(@Root() cohort: Cohort, @Ctx() context: TerritoryContext) {
    return context.loaders.memberIdsByCohort.load(cohort.id);
  }
}

@Resolver(() => NetworkMembership)
export class MembershipOnboardingResolver {
  @FieldResolver(() => Cohort, { nullable: true, description: 'The wave it joined with; null when the network has not placed it in one.' })
  cohort(@Root() membership: NetworkMembership, @Ctx() context: TerritoryContext) {
    return membership.cohortId ? context.loaders.cohortById.load(membership.cohortId) : null;
  }

  @FieldResolver(() => [OnboardingStep], {
    description: 'Every onboarding step in its usual order, with the date it was completed, or null while not yet. Public network reference data.',
  })
  async onboarding(@Root() membership: NetworkMembership, @Ctx() context: TerritoryContext): Promise<OnboardingStep[]> {
    const done = await context.loaders.onboardingByCollectivityId.load(membership.collectivityId);
    return ONBOARDING_ORDER.map(
      (step) => done.find((row) => row.step === step) ?? Object.assign(new OnboardingStep(), { collectivityId: membership.collectivityId, step, completedOn: null }),
    );
  }

  @FieldResolver(() => OnboardingStepKind, { nullable: true, description: 'The first step, in the usual order, it has not completed; null once all are done.' })
  async nextStep(@Root() membership: NetworkMembership, @Ctx() context: TerritoryContext): Promise<OnboardingStepKind | null> {
    const done = await context.loaders.onboardingByCollectivityId.load(membership.collectivityId);
    return ONBOARDING_ORDER.find((step) => !done.some((row) => row.step === step)) ?? null;
  }

  @FieldResolver(() => Int, { description: 'How many of the five onboarding steps it has completed.' })
  async completedSteps(@Root() membership: NetworkMembership, @Ctx() context: TerritoryContext): Promise<number> {
    return (await context.loaders.onboardingByCollectivityId.load(membership.collectivityId)).length;
  }
}
