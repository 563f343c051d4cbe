import { IsOptional, MaxLength } from 'class-validator';
import { Arg, ArgsType, Args, Ctx, Field, ID, Mutation, Resolver } from 'type-graphql';
import {
  assertCanWriteTenant,
  assertNetworkAdmin,
  assertUuid,
  auditRecord,
  loadWritable,
  badUserInput,
  forbidden,
  NETWORK_TENANT_ID,
  notFound,
  recordAudit,
  unauthenticated,
} from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { LibraryEntry, LibraryEntryKind, LibraryEntryStatus } from './library-entry.entity';
import { LibraryEntryInput, LibraryProposalInput } from './library-entry.input';

const TEXT_FIELDS = ['titleAr', 'titleFr', 'summaryAr', 'summaryFr', 'bodyAr', 'bodyFr'] as const;
const HTTP_URL = /^https?:\/\/\S+$/i;

@ArgsType()
class DeclineArgs {
  @Field(() => ID, { description: 'The proposed entry.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why the proposal is declined, told to the collectivity that made it.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;
}

/** Applies the fields common to the network's writes and a collectivity's proposal, then checks the whole entry. */
function applyContent(entry: LibraryEntry, input: LibraryProposalInput): void {
  if (input.kind != null) entry.kind = input.kind;
  for (const key of TEXT_FIELDS) if (input[key] !== undefined) entry[key] = input[key]?.trim() || null;
  if (input.principles != null) entry.principles = [...new Set(input.principles)];
  if (input.links != null) {
    entry.links = input.links.map((link, index) => {
      const url = link.url.trim();
      if (!HTTP_URL.test(url)) throw badUserInput(`links.${index}.url`, 'must be an http or https address');
      return { url, label: link.label?.trim() || null };
    });
  }
  if (!entry.kind) throw badUserInput('kind', 'is required: METHOD, TOOL, TEMPLATE, GOOD_PRACTICE or CASE_STUDY');
  if (!entry.titleAr && !entry.titleFr) throw badUserInput('titleFr', 'a library entry needs a title in Arabic or French');
}

@Resolver(() => LibraryEntry)
export class LibraryEntryMutations {
  @Mutation(() => LibraryEntry, { description: 'The network adds an entry to its library, as an unpublished draft. Network only.' })
  async createLibraryEntry(
    @Arg('input', () => LibraryEntryInput, { description: 'The entry; `kind` and a title in Arabic or French are required.' }) input: LibraryEntryInput,
    @Ctx() context: EvaluationContext,
  ): Promise<LibraryEntry> {
    assertNetworkAdmin(context.caller);
    const manager = await context.manager();
    const entry = manager.create(LibraryEntry, {
      collectivityId: NETWORK_TENANT_ID,
      titleAr: null,
      titleFr: null,
      principles: [],
      links: [],
      originCollectivityId: null,
      commitmentIds: [],
      status: LibraryEntryStatus.DRAFT,
      published: false,
      isIllustrative: false,
    });
    applyContent(entry, input);
    await this.applyOrigin(context, entry, input);
    const saved = await manager.save(entry);
    await auditRecord(context, 'evaluation', 'LibraryEntry', saved, 'CREATE', null);
    return saved;
  }

  @Mutation(() => LibraryEntry, { description: 'The network changes any subset of an entry’s fields, whatever its status. Network only.' })
  async updateLibraryEntry(
    @Arg('id', () => ID, { description: 'The entry to change.' }) id: string,
    @Arg('input', () => LibraryEntryInput, { description: 'The fields to change; a list given replaces the old one.' }) input: LibraryEntryInput,
    @Ctx() context: EvaluationContext,
  ): Promise<LibraryEntry> {
    const entry = await this.writable(context, id);
    const before = { ...entry };
    applyContent(entry, input);
    await this.applyOrigin(context, entry, input);
    const saved = await (await context.manager()).save(entry);
    await auditRecord(context, 'evaluation', 'LibraryEntry', saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => LibraryEntry, {
    description:
      'The network publishes an entry (a draft, or a collectivity’s proposal it accepts): everyone may then read it; or withdraws a published entry from the public, which makes it a draft again. Setting the state it already has changes nothing. Network only.',
  })
  setLibraryEntryPublished(
    @Arg('id', () => ID, { description: 'The entry to publish or withdraw.' }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: EvaluationContext,
  ): Promise<LibraryEntry> {
    return this.setPublished(context, id, published);
  }

  @Mutation(() => LibraryEntry, {
    deprecationReason: 'Use setLibraryEntryPublished',
    description: 'The network publishes an entry (a draft, or a collectivity’s proposal it accepts): everyone may then read it. Network only.',
  })
  publishLibraryEntry(@Arg('id', () => ID, { description: 'The entry to publish.' }) id: string, @Ctx() context: EvaluationContext): Promise<LibraryEntry> {
    return this.setPublished(context, id, true);
  }

  @Mutation(() => LibraryEntry, {
    deprecationReason: 'Use setLibraryEntryPublished',
    description: 'The network withdraws a published entry from the public; it becomes a draft again. Network only.',
  })
  unpublishLibraryEntry(@Arg('id', () => ID, { description: 'The entry to withdraw.' }) id: string, @Ctx() context: EvaluationContext): Promise<LibraryEntry> {
    return this.setPublished(context, id, false);
  }

  @Mutation(() => LibraryEntry, { description: 'The network declines a collectivity’s proposal, saying why; it stays unpublished. Network only.' })
  async declineLibraryEntry(@Args() { id, reason }: DeclineArgs, @Ctx() context: EvaluationContext) {
    const entry = await this.writable(context, id);
    if (entry.status !== LibraryEntryStatus.PROPOSED) throw badUserInput('id', `only a PROPOSED entry can be declined; this one is ${entry.status}`);
    const before = { ...entry };
    Object.assign(entry, { status: LibraryEntryStatus.DECLINED, declineReason: reason?.trim() || null });
    const saved = await (await context.manager()).save(entry);
    await auditRecord(context, 'evaluation', 'LibraryEntry', saved, 'UPDATE', before);
    return saved;
  }

  @Mutation(() => Boolean, { description: 'The network deletes an entry. Network only.' })
  async deleteLibraryEntry(@Arg('id', () => ID, { description: 'The entry to delete.' }) id: string, @Ctx() context: EvaluationContext) {
    const entry = await this.writable(context, id);
    await (await context.manager()).delete(LibraryEntry, { collectivityId: entry.collectivityId, id: entry.id });
    await auditRecord(context, 'evaluation', 'LibraryEntry', entry, 'DELETE', entry);
    return true;
  }

  @Mutation(() => LibraryEntry, {
    description:
      'A collectivity’s editor or administrator proposes a library entry from one of its own commitments (typically one the network reviewed MAJOR or OUTSTANDING). It lands unpublished with status PROPOSED, seen by that collectivity and the network, which publishes or declines it.',
  })
  async proposeLibraryEntry(
    @Arg('commitmentId', () => ID, { description: 'The commitment the entry documents, of the caller’s own collectivity.' }) commitmentId: string,
    @Arg('input', () => LibraryProposalInput, { nullable: true, description: 'The entry; titles and principles default to the commitment’s.' })
    input: LibraryProposalInput | null,
    @Ctx() context: EvaluationContext,
  ): Promise<LibraryEntry> {
    const { caller } = context;
    if (caller.role === 'ANONYMOUS') throw unauthenticated();
    if (caller.role === 'NETWORK_ADMIN') throw forbidden('The network writes its library directly: create the entry instead of proposing it');
    const id = assertUuid('commitmentId', commitmentId);
    const commitment = await context.loaders.commitmentById.load(id);
    if (!commitment) throw notFound('Commitment', id);
    assertCanWriteTenant(caller, commitment.collectivityId);
    const manager = await context.manager();
    const [pending]: Array<{ id: string }> = await manager.query(
      `SELECT id FROM evaluation.library_entry WHERE proposed_by_collectivity_id = $1 AND status = 'PROPOSED' AND $2::uuid = ANY(commitment_ids) LIMIT 1`,
      [commitment.collectivityId, commitment.id],
    );
    if (pending) throw badUserInput('commitmentId', `already proposed (entry ${pending.id}), awaiting the network's decision`);
    const entry = manager.create(LibraryEntry, {
      collectivityId: NETWORK_TENANT_ID,
      kind: LibraryEntryKind.GOOD_PRACTICE,
      titleAr: commitment.titleAr,
      titleFr: commitment.titleFr,
      principles: [...commitment.principles],
      links: [],
      originCollectivityId: commitment.collectivityId,
      commitmentIds: [commitment.id],
      status: LibraryEntryStatus.PROPOSED,
      published: false,
      proposedByCollectivityId: commitment.collectivityId,
      proposedBy: caller.userId,
      proposedAt: new Date(),
      isIllustrative: false,
    });
    applyContent(entry, input ?? {});
    const saved = await manager.save(entry);
    // the proposing collectivity acted: the trail entry is its own, which it may read
    await recordAudit(manager, caller, {
      service: 'evaluation',
      collectivityId: commitment.collectivityId,
      entity: 'LibraryEntry',
      entityId: saved.id,
      action: 'CREATE',
      after: saved,
    });
    return saved;
  }

  /** The collectivity an entry comes from and the commitments it documents, all of that collectivity. */
  private async applyOrigin(context: EvaluationContext, entry: LibraryEntry, input: LibraryEntryInput): Promise<void> {
    const originChanged = input.collectivityId !== undefined && (input.collectivityId ?? null) !== entry.originCollectivityId;
    if (input.collectivityId !== undefined) entry.originCollectivityId = input.collectivityId ? assertUuid('collectivityId', input.collectivityId) : null;
    if (input.commitmentIds != null) entry.commitmentIds = [...new Set(input.commitmentIds.map((id) => assertUuid('commitmentIds', id)))];
    if (!originChanged && input.commitmentIds == null) return;
    if (entry.commitmentIds.length === 0) return;
    const origin = entry.originCollectivityId;
    if (!origin) throw badUserInput('collectivityId', 'is required for an entry that documents commitments');
    const found = await context.loaders.commitmentByKey.loadMany(entry.commitmentIds.map((id) => ({ collectivityId: origin, id })));
    const missing = entry.commitmentIds.find((_id, index) => !found[index] || found[index] instanceof Error);
    if (missing) throw badUserInput('commitmentIds', `${missing} is no commitment of the entry's collectivity`);
  }

  /** Publishes (status PUBLISHED) or withdraws (back to DRAFT) an entry; setting the state it already has changes nothing. */
  private async setPublished(context: EvaluationContext, id: string, published: boolean): Promise<LibraryEntry> {
    const entry = await this.writable(context, id);
    if (entry.published === published) return entry;
    const before = { ...entry };
    if (published) Object.assign(entry, { status: LibraryEntryStatus.PUBLISHED, published: true, publishedAt: new Date(), declineReason: null });
    else Object.assign(entry, { status: LibraryEntryStatus.DRAFT, published: false });
    const saved = await (await context.manager()).save(entry);
    await auditRecord(context, 'evaluation', 'LibraryEntry', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    return saved;
  }

  /** The entry if the caller may change it: the network only; an entry it cannot find is NOT_FOUND. */
  private writable(context: EvaluationContext, id: string): Promise<LibraryEntry> {
    return loadWritable(context.caller, 'LibraryEntry', id, context.loaders.libraryEntryById, { networkOnly: true });
  }
}
