import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, emptyConnection, inLanguage, Language, pageAndCount, pageOf, PageArgs, visibleRowsSql } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { EvaluationContext } from '../context';
import { ActionProgram } from '../programs/action-program.entity';
import { PriorityAxis } from '../programs/program-parts.entity';
import { Review } from '../reviews/review.entity';
import { Commitment, CommitmentConnection, CommitmentContact, Indicator, IndicatorDirection, Measurement, Milestone } from './commitment.entity';
import { CommitmentVersion } from './commitment-version.entity';
import { Event } from '../events/event.reference';
import { CommitmentFilter } from './commitment.input';

const keyOf = (row: { collectivityId: string; id: string }) => ({ collectivityId: row.collectivityId, id: row.id });

/** Progress 0–100 from weighted milestones, never typed by hand: the done share of the total weight. */
export function progressOf(milestones: Milestone[]): number {
  const total = milestones.reduce((sum, milestone) => sum + milestone.weight, 0);
  if (total === 0) return 0;
  const done = milestones.filter((milestone) => milestone.doneOn).reduce((sum, milestone) => sum + milestone.weight, 0);
  return Math.round((100 * done) / total);
}

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => CommitmentConnection, {
    description:
      "Commitments the caller may see, ordered by collectivity, programme, then creation: published ones for everyone, plus unpublished ones of the caller's own collectivity, or all for the network.",
  })
  async commitments(
    @Arg('filter', () => CommitmentFilter, { nullable: true, description: 'Narrows the list; omitted, every visible commitment.' }) filter: CommitmentFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: EvaluationContext,
  ): Promise<CommitmentConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const visible = visibleRowsSql('c', context.caller);
    const query = manager.createQueryBuilder(Commitment, 'c').where(visible.sql, visible.parameters);
    if (filter?.collectivityId) query.andWhere('c.collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    if (filter?.programId) {
      // a programme the caller may not see filters like an unknown one: the count must not reveal that it exists
      const program = await context.loaders.actionProgramById.load(assertUuid('programId', filter.programId));
      if (!program) return emptyConnection(page);
      query.andWhere('c.program_id = :programId', { programId: program.id });
    }
    if (filter?.principle) query.andWhere(':principle = ANY(c.principles)', { principle: filter.principle });
    if (filter?.completion) query.andWhere('c.completion = :completion', { completion: filter.completion });
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere(
        "strpos(search_normalize(concat_ws(' ', c.title_ar, c.title_fr, c.problem, c.action)), search_normalize(:search)) > 0",
        { search },
      );
    }
    const connection = await pageAndCount(query.orderBy('c.collectivity_id').addOrderBy('c.program_id').addOrderBy('c.created_at').addOrderBy('c.id'), page);
    for (const node of connection.nodes) context.loaders.commitmentById.prime(node.id, node);
    return connection;
  }

  @Query(() => Commitment, {
    nullable: true,
    description: 'A commitment by id, or null when it does not exist or the caller may not see it (unpublished commitments are seen only by their collectivity and the network).',
  })
  commitment(@Arg('id', () => ID, { description: 'The commitment id (UUID; BAD_USER_INPUT on id otherwise).' }) id: string, @Ctx() context: EvaluationContext) {
    return context.loaders.commitmentById.load(assertUuid('id', id));
  }

  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(
    @Root() commitment: Commitment,
    @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR; the other language is used when the title is missing in this one.' })
    language: Language | null,
  ): string {
    return inLanguage({ ar: commitment.titleAr, fr: commitment.titleFr }, language);
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity that owns the commitment (its other fields come from the territory subgraph).' })
  collectivity(@Root() commitment: Commitment): Collectivity {
    return { id: commitment.collectivityId };
  }

  @FieldResolver(() => ActionProgram, {
    nullable: true,
    description: 'The programme it belongs to, or null when the caller may not see that programme (a published commitment of an unpublished programme).',
  })
  program(@Root() commitment: Commitment, @Ctx() context: EvaluationContext) {
    return context.loaders.actionProgramById.load(commitment.programId);
  }

  @FieldResolver(() => PriorityAxis, {
    nullable: true,
    description: "The priority axis of its programme it falls under, or null when none is set (replacing the programme's axes unsets it).",
  })
  async axis(@Root() commitment: Commitment, @Ctx() context: EvaluationContext) {
    if (!commitment.axisId) return null;
    const axes = await context.loaders.axesByProgram.load({ collectivityId: commitment.collectivityId, id: commitment.programId });
    return axes.find((axis) => axis.id === commitment.axisId) ?? null;
  }

  @FieldResolver(() => [Milestone], { description: 'Its milestones, in the order last given to replaceMilestones.' })
  milestones(@Root() commitment: Commitment, @Ctx() context: EvaluationContext) {
    return context.loaders.milestonesByCommitment.load(keyOf(commitment));
  }

  @FieldResolver(() => Int, { description: 'Progress 0–100, derived from weighted milestones: the weight of those done over the total weight, rounded; 0 without milestones.' })
  async progress(@Root() commitment: Commitment, @Ctx() context: EvaluationContext): Promise<number> {
    return progressOf(await context.loaders.milestonesByCommitment.load(keyOf(commitment)));
  }

  @FieldResolver(() => [Indicator], { description: 'Its indicators, by title (A–Z).' })
  indicators(@Root() commitment: Commitment, @Ctx() context: EvaluationContext) {
    return context.loaders.indicatorsByCommitment.load(keyOf(commitment));
  }

  @FieldResolver(() => CommitmentContact, { nullable: true, description: 'Whom to contact about it (OGP template); null when no part is given.' })
  contact(@Root() commitment: Commitment): CommitmentContact | null {
    const { contactName: name, contactRole: role, contactEmail: email, contactPhone: phone } = commitment;
    return name || role || email || phone ? { name, role, email, phone } : null;
  }

  @FieldResolver(() => [CommitmentVersion], {
    description:
      'Its versions since its programme was adopted, oldest first: the text adopted, then one per amendment (amendCommitment), each with who, when, why and what changed; empty before adoption.',
  })
  versions(@Root() commitment: Commitment, @Ctx() context: EvaluationContext) {
    return context.loaders.versionsByCommitment.load(keyOf(commitment));
  }

  @FieldResolver(() => [Review], {
    description:
      "The network's reviews of it, newest first: published ones for everyone, all of them for the network and the commitment's own collectivity.",
  })
  reviews(@Root() commitment: Commitment, @Ctx() context: EvaluationContext) {
    return context.loaders.reviewsByCommitment.load(keyOf(commitment));
  }
}

@ObjectType({ description: "An indicator's latest measured value." })
export class IndicatorReading {
  @Field({ description: 'The day measured, ISO-8601 date (YYYY-MM-DD).' })
  measuredOn: string;

  @Field(() => Float, { description: "The measured value, in the indicator's unit." })
  value: number;
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [Measurement], { description: 'Its measurements, oldest first; at most one per day.' })
  measurements(@Root() indicator: Indicator, @Ctx() context: EvaluationContext) {
    return context.loaders.measurementsByIndicator.load(keyOf(indicator));
  }

  @FieldResolver(() => IndicatorReading, { nullable: true, description: 'Its most recent measurement by date, or null before the first.' })
  async latest(@Root() indicator: Indicator, @Ctx() context: EvaluationContext): Promise<IndicatorReading | null> {
    const measurements = await context.loaders.measurementsByIndicator.load(keyOf(indicator));
    return measurements.at(-1) ?? null;
  }

  @FieldResolver(() => Float, {
    description: 'How far the latest value (or the baseline, before any measurement) still is from the target, in unit and in the indicator’s direction; 0 once reached or passed.',
  })
  async distanceToTarget(@Root() indicator: Indicator, @Ctx() context: EvaluationContext): Promise<number> {
    const measurements = await context.loaders.measurementsByIndicator.load(keyOf(indicator));
    const current = measurements.at(-1)?.value ?? indicator.baseline;
    const remaining = indicator.direction === IndicatorDirection.INCREASE ? indicator.target - current : current - indicator.target;
    return Math.max(0, remaining);
  }
}

@Resolver(() => CommitmentVersion)
export class CommitmentVersionResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The COUNCIL_SESSION event that adopted the programme or approved the amendment, as participation shows it to the caller; null when none is linked.' })
  councilSession(@Root() version: CommitmentVersion): Event | null {
    return version.councilSessionEventId ? { id: version.councilSessionEventId } : null;
  }

  @FieldResolver(() => String, {
    description:
      'The whole plan of the commitment in this version, as JSON text: its template fields, contact, milestones (title, startsOn, dueOn, deliverable, weight) and indicators (id, title, unit, baseline, target, direction).',
  })
  snapshot(@Root() version: CommitmentVersion): string {
    return JSON.stringify(version.snapshot);
  }
}
