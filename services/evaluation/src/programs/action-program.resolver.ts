import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, inLanguage, Language, pageAndCount, pageOf, PageArgs, visibleRowsSql } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { EvaluationContext } from '../context';
import { ActionProgram, ActionProgramConnection } from './action-program.entity';
import { ActionProgramFilter } from './action-program.input';
import { Commitment } from '../commitments/commitment.entity';
import { PriorityAxis, ProgramStatusChange } from './program-parts.entity';
import { PROGRAM_ORDER } from './action-program.loader';
import { Event } from '../events/event.reference';

@Resolver(() => ActionProgram)
export class ActionProgramResolver {
  @Query(() => ActionProgramConnection, {
    description:
      "Openness action programmes the caller may see, most recent first: published ones for everyone, plus unpublished ones of the caller's own collectivity, or all for the network.",
  })
  async actionPrograms(
    @Arg('filter', () => ActionProgramFilter, { nullable: true, description: 'Narrows the list; omitted, every visible programme.' }) filter: ActionProgramFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: EvaluationContext,
  ): Promise<ActionProgramConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const visible = visibleRowsSql('p', context.caller);
    const query = manager.createQueryBuilder(ActionProgram, 'p').where(visible.sql, visible.parameters);
    if (filter?.collectivityId) {
      query.andWhere('p.collectivity_id = :collectivityId', { collectivityId: assertUuid('filter.collectivityId', filter.collectivityId) });
    }
    if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
    for (const [column, direction] of PROGRAM_ORDER) query.addOrderBy(`p.${column}`, direction);
    const connection = await pageAndCount(query, page);
    for (const node of connection.nodes) context.loaders.actionProgramById.prime(node.id, node);
    return connection;
  }

  @Query(() => ActionProgram, {
    nullable: true,
    description: 'A programme by id, or null when it does not exist or the caller may not see it (unpublished programmes are seen only by their collectivity and the network).',
  })
  actionProgram(@Arg('id', () => ID, { description: 'The programme id (UUID; BAD_USER_INPUT on id otherwise).' }) id: string, @Ctx() context: EvaluationContext) {
    return context.loaders.actionProgramById.load(assertUuid('id', id));
  }

  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(
    @Root() program: ActionProgram,
    @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR; the other language is used when the title is missing in this one.' })
    language: Language | null,
  ): string {
    return inLanguage({ ar: program.titleAr, fr: program.titleFr }, language);
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity that owns the programme (its other fields come from the territory subgraph).' })
  collectivity(@Root() program: ActionProgram): Collectivity {
    return { id: program.collectivityId };
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The COUNCIL_SESSION event that adopted it (councilSessionEventId), as participation shows it to the caller; null when none is linked.' })
  councilSessionEvent(@Root() program: ActionProgram): Event | null {
    return program.councilSessionEventId ? { id: program.councilSessionEventId } : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The PUBLIC_CONSULTATION held for it before adoption (consultationEventId), as participation shows it to the caller; null when none is linked.' })
  consultationEvent(@Root() program: ActionProgram): Event | null {
    return program.consultationEventId ? { id: program.consultationEventId } : null;
  }

  @FieldResolver(() => [Commitment], {
    description: "Its commitments the caller may see, oldest first: published ones for everyone, all of them for the programme's collectivity and the network.",
  })
  commitments(@Root() program: ActionProgram, @Ctx() context: EvaluationContext) {
    return context.loaders.commitmentsByProgram.load({ collectivityId: program.collectivityId, id: program.id });
  }

  @FieldResolver(() => [PriorityAxis], { description: 'Its priority axes, in the order last given to replacePriorityAxes.' })
  priorityAxes(@Root() program: ActionProgram, @Ctx() context: EvaluationContext) {
    return context.loaders.axesByProgram.load({ collectivityId: program.collectivityId, id: program.id });
  }

  @FieldResolver(() => [ProgramStatusChange], { description: 'Every change of status, oldest first, with the reason for any step back.' })
  statusHistory(@Root() program: ActionProgram, @Ctx() context: EvaluationContext) {
    return context.loaders.statusHistoryByProgram.load({ collectivityId: program.collectivityId, id: program.id });
  }
}

@Resolver(() => PriorityAxis)
export class PriorityAxisResolver {
  @FieldResolver(() => String, { description: 'The title in the asked language (Arabic by default), else in the other.' })
  title(
    @Root() axis: PriorityAxis,
    @Arg('language', () => Language, { nullable: true, description: 'AR (the default) or FR; the other language is used when the title is missing in this one.' })
    language: Language | null,
  ): string {
    return inLanguage({ ar: axis.titleAr, fr: axis.titleFr }, language);
  }
}
