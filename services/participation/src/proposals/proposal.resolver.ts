import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, emptyConnection, pageAndCount, pageOf, PageArgs, visibleRowsSql, type Caller } from '@infitah/server-kit';
import { Collectivity } from '../collectivities/collectivity.reference';
import type { ParticipationContext } from '../context';
import { Event } from '../events/event.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Commitment } from './commitment.reference';
import { Proposal, ProposalConnection, ProposalStatus } from './proposal.entity';
import { ProposalFilter } from './proposal.input';
import { PROPOSAL_ORDER } from './proposal.loader';

/** A citizen's contact and the follow-up reference stay with the commune that received the proposal. */
const ownCommune = (caller: Caller, proposal: Proposal) => caller.collectivityId === proposal.collectivityId;

@ObjectType({ description: 'What a citizen sees of a proposal they submitted, by its reference.' })
export class ProposalFollowUp {
  @Field(() => ID, { description: 'The commune that received it (UUID).' })
  collectivityId: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field(() => ProposalStatus, { description: 'Where it stands in the review.' })
  status: ProposalStatus;

  @Field(() => String, { nullable: true, description: "The commune's public answer; null until it gives one." })
  answer: string | null;

  @Field({ description: 'Whether the commune has published it.' })
  published: boolean;

  @Field({ description: 'When it was submitted, ISO-8601 date-time in UTC.' })
  submittedAt: Date;
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalConnection, {
    description:
      "Proposals the caller may see, newest first; anyone may call. Anonymous callers see published ones, a collectivity's accounts also its unpublished ones, the network all.",
  })
  async proposals(
    @Arg('filter', () => ProposalFilter, { nullable: true, description: 'Criteria narrowing the list; null for every proposal the caller may see.' }) filter: ProposalFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: ParticipationContext,
  ): Promise<ProposalConnection> {
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const visible = visibleRowsSql('p', context.caller);
    const query = manager.createQueryBuilder(Proposal, 'p').where(visible.sql, visible.parameters);
    if (filter?.collectivityId) query.andWhere('p.collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    if (filter?.principle) query.andWhere('p.principle = :principle', { principle: filter.principle });
    if (filter?.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter?.eventId) {
      // an event the caller may not see filters like an unknown one: the count must not reveal that it exists
      const event = await context.loaders.eventById.load(assertUuid('eventId', filter.eventId));
      if (!event) return emptyConnection(page);
      query.andWhere('p.event_id = :eventId', { eventId: event.id });
    }
    const search = filter?.search?.trim();
    // search_text is search_normalize(title || ' ' || body), stored: folding every row at each search took seconds
    if (search) query.andWhere('strpos(p.search_text, search_normalize(:search)) > 0', { search });
    for (const [column, direction] of PROPOSAL_ORDER) query.addOrderBy(`p.${column}`, direction);
    const connection = await pageAndCount(query, page);
    for (const node of connection.nodes) context.loaders.proposalById.prime(node.id, node);
    return connection;
  }

  @Query(() => Proposal, { nullable: true, description: 'A proposal the caller may see, or null. BAD_USER_INPUT naming id when it is not a UUID.' })
  proposal(@Arg('id', () => ID, { description: "The proposal's id (UUID); BAD_USER_INPUT when malformed." }) id: string, @Ctx() context: ParticipationContext) {
    return context.loaders.proposalById.load(assertUuid('id', id));
  }

  @Query(() => ProposalFollowUp, {
    nullable: true,
    description:
      'A citizen follows the status and answer of a proposal they sent with submitProposal, by its reference; anyone may call. Null when the reference is malformed or matches no citizen proposal.',
  })
  async proposalFollowUp(
    @Arg('reference', { description: 'The 12-character hexadecimal reference from the submitProposal receipt; case and surrounding spaces are ignored.' }) reference: string,
    @Ctx() context: ParticipationContext,
  ): Promise<ProposalFollowUp | null> {
    if (!/^[0-9A-Fa-f]{12}$/.test(reference.trim())) return null;
    const manager = await context.manager();
    const [row] = await manager.query('SELECT * FROM participation.proposal_follow_up($1)', [reference]);
    if (!row) return null;
    return { collectivityId: row.collectivity_id, title: row.title, status: row.status, answer: row.answer, published: row.published, submittedAt: row.submitted_at };
  }

  @FieldResolver(() => Collectivity, { nullable: true, description: 'The collectivity that received it.' })
  collectivity(@Root() proposal: Proposal): Collectivity {
    return { id: proposal.collectivityId };
  }

  @FieldResolver(() => Commitment, {
    nullable: true,
    description:
      "For a retained proposal: the commitment it became, resolved only within the proposal's collectivity; null when the caller may not see that commitment.",
  })
  async commitment(@Root() proposal: Proposal, @Ctx() context: ParticipationContext): Promise<Commitment | null> {
    if (!proposal.commitmentId) return null;
    // null unless evaluation's directory lists it in this collectivity and the caller may see it: not even its id leaks
    return context.loaders.commitmentLinkByKey.load({ collectivityId: proposal.collectivityId, id: proposal.commitmentId });
  }

  @FieldResolver(() => Proposal, { nullable: true, description: 'When merged: the proposal it joined.' })
  mergedInto(@Root() proposal: Proposal, @Ctx() context: ParticipationContext) {
    return proposal.mergedIntoId ? context.loaders.proposalById.load(proposal.mergedIntoId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where it was collected; null when none is recorded or the caller may not see it.' })
  event(@Root() proposal: Proposal, @Ctx() context: ParticipationContext) {
    return proposal.eventId ? context.loaders.eventById.load(proposal.eventId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that proposed it; null when none is recorded or the caller may not see it.' })
  organisation(@Root() proposal: Proposal, @Ctx() context: ParticipationContext) {
    if (!proposal.organisationId) return null;
    return context.loaders.organisationByKey.load({ collectivityId: proposal.collectivityId, id: proposal.organisationId });
  }

  @FieldResolver(() => String, { nullable: true, description: "A citizen's contact: seen only by the commune that received it, null for everyone else." })
  contact(@Root() proposal: Proposal, @Ctx() context: ParticipationContext) {
    return ownCommune(context.caller, proposal) ? proposal.contact : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether its author consented to publication; null for callers other than the commune that received it.' })
  consentToPublish(@Root() proposal: Proposal, @Ctx() context: ParticipationContext) {
    return ownCommune(context.caller, proposal) ? proposal.consentToPublish : null;
  }
}

@Resolver(() => Commitment)
export class CommitmentSourcesResolver {
  @FieldResolver(() => [Proposal], {
    nullable: true,
    description: "The proposals it came from that the caller may see, of the commitment's own collectivity only: each retained proposal that became it, followed by the proposals merged into that one (status MERGED, mergedInto naming it).",
  })
  sourceProposals(@Root() commitment: Commitment, @Ctx() context: ParticipationContext) {
    return context.loaders.proposalsByCommitment.load({ collectivityId: commitment.collectivityId, id: commitment.id });
  }
}
