import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import {
  assertUuid,
  badUserInput,
  auditRecord,
  enqueueNotification,
  Language,
  loadWritable,
  tenantOfWriter,
} from '@infitah/server-kit';
import type { ParticipationContext } from '../context';
import { Event } from '../events/event.entity';
import { Organisation } from '../organisations/organisation.entity';
import { proposalRateLimitsFor } from './proposal-rate-limits';
import { Proposal, ProposalSource, ProposalStatus } from './proposal.entity';
import { CitizenProposalInput, ProposalAnswerInput, ProposalInput } from './proposal.input';

const ANSWERED = new Set([ProposalStatus.RETAINED, ProposalStatus.MERGED, ProposalStatus.REJECTED]);

@ObjectType({ description: 'The receipt of a citizen proposal: keep the reference to follow its answer.' })
export class CitizenProposalReceipt {
  @Field(() => ID, { description: 'Id of the new proposal (UUID).' })
  id: string;

  @Field({ description: 'Give it to proposalFollowUp(reference) to read the status and answer.' })
  reference: string;
}

@Resolver(() => Proposal)
export class ProposalMutations {
  @Mutation(() => Proposal, {
    description:
      "Records an unpublished SUBMITTED proposal in the caller's collectivity, taken from the token (e.g. from a workshop). Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN (FORBIDDEN for NETWORK_ADMIN); BAD_USER_INPUT naming a missing title or principle.",
  })
  async createProposal(@Arg('input', () => ProposalInput, { description: 'The new proposal.' }) input: ProposalInput, @Ctx() context: ParticipationContext): Promise<Proposal> {
    const collectivityId = tenantOfWriter(context.caller);
    if (!input.title?.trim()) throw badUserInput('title', 'is required');
    if (!input.principle) throw badUserInput('principle', 'is required');
    const manager = await context.manager();
    const proposal = manager.create(Proposal, { collectivityId, source: input.source ?? ProposalSource.EVENT, published: false, status: ProposalStatus.SUBMITTED });
    await this.apply(context, proposal, input);
    const saved = await manager.save(proposal);
    await auditRecord(context, 'participation', 'Proposal', saved, 'CREATE', null);
    await enqueueNotification(context, 'PROPOSAL_SUBMITTED', { collectivityId, proposalId: saved.id, title: saved.title, citizen: false }, `PROPOSAL_SUBMITTED:${saved.id}`);
    return saved;
  }

  @Mutation(() => Proposal, {
    description:
      "Changes a proposal's fields; its status and answer change with answerProposal. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity: NOT_FOUND if the caller cannot see it, FORBIDDEN if it is another's.",
  })
  async updateProposal(
    @Arg('id', () => ID, { description: "The proposal's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('input', () => ProposalInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: ProposalInput,
    @Ctx() context: ParticipationContext,
  ): Promise<Proposal> {
    const proposal = await this.writable(context, id);
    const before = { ...proposal };
    await this.apply(context, proposal, input);
    const saved = await (await context.manager()).save(proposal);
    await auditRecord(context, 'participation', 'Proposal', saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => Proposal, {
    description:
      "Moves a proposal under review, or answers it publicly: retained, merged into another (named), or rejected with a reason. Requires COLLECTIVITY_EDITOR or COLLECTIVITY_ADMIN of its collectivity; BAD_USER_INPUT names the input field at fault.",
  })
  async answerProposal(
    @Arg('id', () => ID, { description: "The proposal's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('input', () => ProposalAnswerInput, { description: 'The new status and answer.' }) input: ProposalAnswerInput,
    @Ctx() context: ParticipationContext,
  ): Promise<Proposal> {
    const proposal = await this.writable(context, id);
    const before = { ...proposal };
    const answer = input.answer?.trim() || null;
    if (ANSWERED.has(input.status) && !answer) throw badUserInput('answer', `is required to mark a proposal ${input.status.toLowerCase()}`);
    if (input.status === ProposalStatus.SUBMITTED) throw badUserInput('status', 'cannot go back to SUBMITTED');
    let mergedIntoId: string | null = null;
    if (input.status === ProposalStatus.MERGED) {
      if (!input.mergedIntoId) throw badUserInput('mergedIntoId', 'is required when merging');
      mergedIntoId = assertUuid('mergedIntoId', input.mergedIntoId);
      if (mergedIntoId === proposal.id) throw badUserInput('mergedIntoId', 'cannot be the proposal itself');
      const target = await context.loaders.proposalById.load(mergedIntoId);
      // a link resolves only within one collectivity, whatever id is supplied
      if (!target || target.collectivityId !== proposal.collectivityId) throw badUserInput('mergedIntoId', 'names no proposal of the same collectivity');
      if (target.status === ProposalStatus.MERGED) throw badUserInput('mergedIntoId', 'names a proposal that was itself merged');
    } else if (input.mergedIntoId) {
      throw badUserInput('mergedIntoId', 'is only for a merged proposal');
    }
    if (input.commitmentId && input.status !== ProposalStatus.RETAINED) throw badUserInput('commitmentId', 'is only for a retained proposal');
    if (input.commitmentId) {
      const commitmentId = assertUuid('commitmentId', input.commitmentId);
      // a link names a commitment of the proposal's own collectivity, as evaluation's directory knows it
      const link = await context.loaders.commitmentLinkByKey.load({ collectivityId: proposal.collectivityId, id: commitmentId });
      if (!link) throw badUserInput('commitmentId', 'names no commitment of the same collectivity');
    }
    proposal.status = input.status;
    proposal.answer = answer;
    proposal.mergedIntoId = mergedIntoId;
    // kept with the proposal's collectivity, checked above against the directory
    proposal.commitmentId = input.status === ProposalStatus.RETAINED ? (input.commitmentId?.toLowerCase() ?? proposal.commitmentId) : null;
    proposal.answeredAt = ANSWERED.has(input.status) ? new Date() : null;
    const saved = await (await context.manager()).save(proposal);
    await auditRecord(context, 'participation', 'Proposal', saved, 'UPDATE', before);
    await this.tellCitizen(context, before, saved);
    return saved;
  }

  @Mutation(() => Proposal, {
    description:
      "Makes a proposal visible to everyone, or withdraws it. Requires COLLECTIVITY_ADMIN of its collectivity; BAD_USER_INPUT naming published when its citizen author did not consent.",
  })
  async setProposalPublished(
    @Arg('id', () => ID, { description: "The proposal's id (UUID); BAD_USER_INPUT when malformed." }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: ParticipationContext,
  ) {
    const proposal = await this.writable(context, id, { adminOnly: true });
    if (published && !proposal.consentToPublish) throw badUserInput('published', 'the citizen did not consent to publication');
    const before = { ...proposal };
    proposal.published = published;
    const saved = await (await context.manager()).save(proposal);
    await auditRecord(context, 'participation', 'Proposal', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    await this.tellCitizen(context, before, saved);
    return saved;
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a proposal and returns true. Requires COLLECTIVITY_ADMIN of its collectivity; BAD_USER_INPUT naming id while other proposals are merged into it.',
  })
  async deleteProposal(@Arg('id', () => ID, { description: "The proposal's id (UUID); BAD_USER_INPUT when malformed." }) id: string, @Ctx() context: ParticipationContext) {
    const proposal = await this.writable(context, id, { adminOnly: true });
    const manager = await context.manager();
    const merged = await manager.countBy(Proposal, { collectivityId: proposal.collectivityId, mergedIntoId: proposal.id });
    if (merged > 0) throw badUserInput('id', 'other proposals were merged into this one');
    await manager.delete(Proposal, { collectivityId: proposal.collectivityId, id: proposal.id });
    await auditRecord(context, 'participation', 'Proposal', proposal, 'DELETE', proposal);
    return true;
  }

  @Mutation(() => CitizenProposalReceipt, {
    description:
      "Anyone, signed in or not, sends a proposal to a commune's open public consultation; it stays unpublished until the commune publishes it. At most 5 a minute and 50 a day per client address, counted by every process of the service alike, else RATE_LIMITED with `retryAfterSeconds`.",
  })
  async submitProposal(
    @Arg('input', () => CitizenProposalInput, { description: 'The proposal and the consultation it answers.' }) input: CitizenProposalInput,
    @Ctx() context: ParticipationContext,
  ): Promise<CitizenProposalReceipt> {
    const email = input.email?.trim().toLowerCase() || null;
    if (email && input.consentToContact !== true) throw badUserInput('consentToContact', 'must be true to leave an e-mail address', { rule: 'required' });
    // counted outside the request's transaction, which a refused submission rolls back
    await proposalRateLimitsFor(context.dataSource, context.security.jwtSecret).consume(context.clientAddress);
    const manager = await context.manager();
    try {
      const [row] = await manager.query('SELECT * FROM participation.submit_citizen_proposal($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [
        input.collectivityId.toLowerCase(),
        input.consultationId.toLowerCase(),
        input.title,
        input.body,
        input.principle,
        input.submitterCategory ?? 'CITIZEN',
        input.consentToPublish,
        input.contact ?? null,
        email,
        input.consentToContact === true,
        input.language === Language.FR ? 'fr' : input.language === Language.AR ? 'ar' : null,
      ]);
      // in the same transaction: the commune's editors and admins hear of it once it is committed
      await enqueueNotification(
        context,
        'PROPOSAL_SUBMITTED',
        { collectivityId: input.collectivityId.toLowerCase(), proposalId: row.id, title: input.title.trim(), citizen: true },
        `PROPOSAL_SUBMITTED:${row.id}`,
      );
      return { id: row.id, reference: row.reference };
    } catch (error) {
      if ((error as { hint?: string }).hint === 'consultation_closed') {
        throw badUserInput('consultationId', "names no open public consultation of this commune");
      }
      throw error;
    }
  }

  private async apply(context: ParticipationContext, proposal: Proposal, input: ProposalInput): Promise<void> {
    if (input.title != null) proposal.title = input.title.trim();
    if (input.body != null) proposal.body = input.body.trim();
    if (input.principle != null) proposal.principle = input.principle;
    if (input.source != null) proposal.source = input.source;
    if (input.submitterCategory !== undefined) proposal.submitterCategory = input.submitterCategory;
    if (input.supportsCount != null) proposal.supportsCount = input.supportsCount;
    const manager = await context.manager();
    if (input.eventId !== undefined) {
      const eventId = input.eventId ? assertUuid('eventId', input.eventId) : null;
      if (eventId && !(await manager.existsBy(Event, { collectivityId: proposal.collectivityId, id: eventId }))) {
        throw badUserInput('eventId', 'names no event of the same collectivity');
      }
      proposal.eventId = eventId;
    }
    if (input.organisationId !== undefined) {
      const organisationId = input.organisationId ? assertUuid('organisationId', input.organisationId) : null;
      if (organisationId && !(await manager.existsBy(Organisation, { collectivityId: proposal.collectivityId, id: organisationId }))) {
        throw badUserInput('organisationId', 'names no organisation of the same collectivity');
      }
      proposal.organisationId = organisationId;
    }
  }

  /**
   * A citizen who left an e-mail address and consented hears of the answer once it is both answered and published:
   * when a write makes it so, or changes the answer of a published proposal.
   */
  private async tellCitizen(context: ParticipationContext, before: Proposal, after: Proposal): Promise<void> {
    if (!after.contactEmail || !after.consentToContact || !after.answer) return;
    const tellsNow = after.published && ANSWERED.has(after.status);
    const toldBefore = before.published && ANSWERED.has(before.status) && before.answer === after.answer && before.status === after.status;
    if (!tellsNow || toldBefore) return;
    await enqueueNotification(
      context,
      'PROPOSAL_ANSWERED',
      { collectivityId: after.collectivityId, proposalId: after.id, title: after.title, status: after.status, answer: after.answer, reference: after.reference, email: after.contactEmail, language: after.contactLanguage },
      `PROPOSAL_ANSWERED:${after.id}`,
    );
  }

  private writable(context: ParticipationContext, id: string, options: { adminOnly?: boolean } = {}): Promise<Proposal> {
    return loadWritable(context.caller, 'Proposal', id, context.loaders.proposalById, options);
  }

}
