import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType, OpennessPrinciple } from '@infitah/server-kit';

export enum LibraryEntryKind {
  METHOD = 'METHOD',
  TOOL = 'TOOL',
  TEMPLATE = 'TEMPLATE',
  GOOD_PRACTICE = 'GOOD_PRACTICE',
  CASE_STUDY = 'CASE_STUDY',
}
registerEnumType(LibraryEntryKind, {
  name: 'LibraryEntryKind',
  description: 'What a library entry offers to the network’s members.',
  valuesConfig: {
    METHOD: { description: 'A way of working, step by step (e.g. the co-creation method).' },
    TOOL: { description: 'A tool to use as it is (e.g. a register of information requests).' },
    TEMPLATE: { description: 'A model document to fill in (e.g. a commitment sheet).' },
    GOOD_PRACTICE: { description: 'A practice of a member collectivity worth spreading, usually documenting some of its commitments.' },
    CASE_STUDY: { description: 'The account of one experience, with its context and lessons.' },
  },
});

export enum LibraryEntryStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  PUBLISHED = 'PUBLISHED',
  DECLINED = 'DECLINED',
}
registerEnumType(LibraryEntryStatus, {
  name: 'LibraryEntryStatus',
  description: 'Where an entry stands between its writing or proposal and its publication by the network.',
  valuesConfig: {
    DRAFT: { description: 'Written (or withdrawn from publication) by the network, not public.' },
    PROPOSED: { description: 'Proposed by a collectivity from its commitments, awaiting the network’s decision; not public.' },
    PUBLISHED: { description: 'Published by the network: public, anonymous callers included.' },
    DECLINED: { description: 'A proposal the network declined, with its reason; not public.' },
  },
});

@ObjectType({ description: 'A link attached to a library entry: a document, a video, a page.' })
export class LibraryLink {
  @Field({ description: 'An http or https address.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the link leads to, in any language.' })
  label: string | null;
}

/**
 * An entry of the network's library of good practices, methods and tools. The library is the network's:
 * every row lives in its reserved tenant, whatever collectivity the practice comes from.
 */
@ObjectType({
  description:
    'An entry of the network’s library of good practices, methods and tools. The network writes and publishes entries; a collectivity may propose one from its commitments. Published entries are public; a proposal is seen by its collectivity and the network.',
})
@Entity({ name: 'library_entry' })
export class LibraryEntry {
  // always the network's reserved tenant
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The entry id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => LibraryEntryKind, { description: 'Method, tool, template, good practice or case study.' })
  @Column({ type: 'text' })
  kind: LibraryEntryKind;

  @Field(() => String, { nullable: true, description: 'The title in Arabic; an entry has a title in Arabic, in French or both.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'The title in French.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => String, { nullable: true, description: 'A few lines in Arabic saying what the entry offers.' })
  @Column({ name: 'summary_ar', type: 'text', nullable: true })
  summaryAr: string | null;

  @Field(() => String, { nullable: true, description: 'A few lines in French saying what the entry offers.' })
  @Column({ name: 'summary_fr', type: 'text', nullable: true })
  summaryFr: string | null;

  @Field(() => String, { nullable: true, description: 'The full text in Arabic (plain text, paragraphs separated by blank lines).' })
  @Column({ name: 'body_ar', type: 'text', nullable: true })
  bodyAr: string | null;

  @Field(() => String, { nullable: true, description: 'The full text in French (plain text, paragraphs separated by blank lines).' })
  @Column({ name: 'body_fr', type: 'text', nullable: true })
  bodyFr: string | null;

  @Field(() => [OpennessPrinciple], { description: 'The openness principles the entry serves.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  principles: OpennessPrinciple[];

  @Field(() => [LibraryLink], { description: 'Attached documents and pages, in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: LibraryLink[];

  /** The collectivity the practice comes from; null for the network's own methods and tools. */
  @Column({ name: 'origin_collectivity_id', type: 'uuid', nullable: true })
  originCollectivityId: string | null;

  /** Commitments of the origin collectivity the entry documents; they resolve only within it. */
  @Column({ name: 'commitment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  commitmentIds: string[];

  @Field(() => LibraryEntryStatus, { description: 'Draft, proposed, published or declined; only PUBLISHED entries are public.' })
  @Column({ type: 'text', default: LibraryEntryStatus.DRAFT })
  status: LibraryEntryStatus;

  @Field({ description: 'True once the network has published the entry (status PUBLISHED): everyone may read it.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ name: 'proposed_by_collectivity_id', type: 'uuid', nullable: true })
  proposedByCollectivityId: string | null;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When a collectivity proposed the entry; null for entries the network wrote.' })
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the network declined the proposal, when it did.' })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the entry was last published.' })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field({ description: 'True for illustrative demo records, not real practices.' })
  @Column({ name: 'is_illustrative', type: 'boolean', default: false })
  isIllustrative: boolean;

  @Field({ description: 'When the entry was written or proposed.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the entry last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of library entries.' })
export class LibraryEntryConnection extends ConnectionType(LibraryEntry) {}

@ObjectType({ description: 'How many library entries the caller may see are of one kind.' })
export class LibraryKindCount {
  @Field(() => LibraryEntryKind, { description: 'The kind.' })
  kind: LibraryEntryKind;

  @Field(() => Int, { description: 'Entries of this kind the caller may see.' })
  count: number;
}

@ObjectType({ description: 'The network’s library in figures, as the caller may see it.' })
export class LibraryFigures {
  @Field(() => Int, { description: 'Entries the caller may see; equals `libraryEntries.totalCount` for the same caller.' })
  entryCount: number;

  @Field(() => Int, { description: 'Published entries (the public library).' })
  publishedCount: number;

  @Field(() => Int, { description: 'Proposals awaiting the network’s decision, among those the caller may see.' })
  proposedCount: number;

  @Field(() => [LibraryKindCount], { description: 'Entries the caller may see, per kind (every kind, zeros included).' })
  byKind: LibraryKindCount[];
}
