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
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

export enum ProposalSource {
  EVENT = 'EVENT',
  CONSULTATION = 'CONSULTATION',
  ONLINE = 'ONLINE',
}
registerEnumType(ProposalSource, { name: 'ProposalSource', description: 'Collected at an event, in a public consultation, or online.' });

/** An idea or proposal (مقترح) collected during co-creation, with the commune's public answer. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ name: 'proposal' })
export class Proposal {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  body: string;

  @Field(() => OpennessPrinciple)
  @Column({ type: 'text' })
  principle: OpennessPrinciple;

  @Field(() => ProposalSource)
  @Column({ type: 'text' })
  source: ProposalSource;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => AttendeeCategory, { nullable: true })
  @Column({ name: 'submitter_category', type: 'text', nullable: true })
  submitterCategory: AttendeeCategory | null;

  @Field(() => ProposalStatus)
  @Column({ type: 'text', default: ProposalStatus.SUBMITTED })
  status: ProposalStatus;

  @Field(() => Int)
  @Column({ name: 'supports_count', type: 'integer', default: 0 })
  supportsCount: number;

  @Field(() => String, { nullable: true, description: "The commune's public answer: required once retained, merged or rejected." })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true })
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

  @Column({ type: 'text' })
  reference: string;

  @Field({ description: 'True for illustrative demo records.' })
  @Column({ name: 'is_illustrative', type: 'boolean', default: false })
  isIllustrative: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class ProposalConnection extends ConnectionType(Proposal) {}
