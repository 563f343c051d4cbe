import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType, OpennessPrinciple } from '@infitah/server-kit';
import { AttendeeCategory } from '../events/attendance.entity';

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  RETAINED = 'RETAINED',
  MERGED = 'MERGED',
  REJECTED = 'REJECTED',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: "Where a proposal stands in its collectivity's review; RETAINED, MERGED and REJECTED carry a public answer.",
  valuesConfig: {
    SUBMITTED: { description: 'Received and not yet reviewed: the status of a new proposal.' },
    UNDER_REVIEW: { description: 'Being examined by the collectivity.' },
    RETAINED: { description: 'Retained; it may name the commitment it became.' },
    MERGED: { description: 'Merged into another proposal of the same collectivity, named by mergedInto.' },
    REJECTED: { description: 'Rejected; the answer gives the reason.' },
  },
});

export enum ProposalSource {
  EVENT = 'EVENT',
  CONSULTATION = 'CONSULTATION',
  ONLINE = 'ONLINE',
}
registerEnumType(ProposalSource, {
  name: 'ProposalSource',
  description: 'Collected at an event, in a public consultation, or online.',
  valuesConfig: {
    EVENT: { description: 'Collected at an event such as a co-creation workshop; the default of createProposal.' },
    CONSULTATION: { description: 'Sent during a public consultation; every citizen proposal (submitProposal) has this source.' },
    ONLINE: { description: 'Collected online.' },
  },
});

/** An idea or proposal (مقترح) collected during co-creation, with the commune's public answer. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "An idea or proposal collected during co-creation, with its collectivity's public answer. Created unpublished: until published it is seen only by its own collectivity's accounts and the network.",
})
@Entity({ name: 'proposal' })
export class Proposal {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short title, at most 300 characters.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Full text, at most 5,000 characters; empty when none was given.' })
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => OpennessPrinciple, { description: 'The openness principle it serves.' })
  @Column({ type: 'text' })
  principle: OpennessPrinciple;

  @Field(() => ProposalSource, { description: 'Where it was collected.' })
  @Column({ type: 'text' })
  source: ProposalSource;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => AttendeeCategory, { nullable: true, description: 'Stakeholder category of whoever proposed it; null when not recorded.' })
  @Column({ name: 'submitter_category', type: 'text', nullable: true })
  submitterCategory: AttendeeCategory | null;

  @Field(() => ProposalStatus, { description: 'Where it stands in the review; changed with answerProposal.' })
  @Column({ type: 'text', default: ProposalStatus.SUBMITTED })
  status: ProposalStatus;

  @Field(() => Int, { description: 'Number of people who supported it, as recorded by the collectivity; 0 by default.' })
  @Column({ name: 'supports_count', type: 'integer', default: 0 })
  supportsCount: number;

  @Field(() => String, { nullable: true, description: "The commune's public answer: required once retained, merged or rejected." })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was retained, merged or rejected, ISO-8601 date-time in UTC; null while SUBMITTED or UNDER_REVIEW.' })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'commitment_id', type: 'uuid', nullable: true })
  commitmentId: string | null;

  @Field({ description: 'Submitted by a citizen during a public consultation.' })
  @Column({ name: 'citizen_submitted', type: 'boolean', default: false })
  citizenSubmitted: boolean;

  @Column({ name: 'consent_to_publish', type: 'boolean', default: true })
  consentToPublish: boolean;

  @Column({ type: 'text', nullable: true })
  contact: string | null;

  /** Left by a citizen who agreed to be contacted (never without consentToContact); private to the commune. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'consent_to_contact', type: 'boolean', default: false })
  consentToContact: boolean;

  /** The language the citizen wrote in (ar or fr), for the mail to `contactEmail`; null: both. */
  @Column({ name: 'contact_language', type: 'text', nullable: true })
  contactLanguage: 'ar' | 'fr' | null;

  @Column({ type: 'text' })
  reference: string;

  @Field({ description: 'True for illustrative demo records.' })
  @Column({ name: 'is_illustrative', type: 'boolean', default: false })
  isIllustrative: boolean;

  @Field({ description: 'False when created; setProposalPublished makes it visible to everyone, only with the consent of a citizen author.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field({ description: 'When it was recorded, ISO-8601 date-time in UTC.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of proposals, with the number of proposals matching over all pages.' })
export class ProposalConnection extends ConnectionType(Proposal) {}
