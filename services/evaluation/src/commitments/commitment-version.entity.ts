import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum CommitmentVersionKind {
  ADOPTION = 'ADOPTION',
  AMENDMENT = 'AMENDMENT',
}
registerEnumType(CommitmentVersionKind, {
  name: 'CommitmentVersionKind',
  description: 'What made a version of a commitment.',
  valuesConfig: {
    ADOPTION: { description: 'The text as its programme was adopted by the council.' },
    AMENDMENT: { description: 'An amendment after adoption (amendCommitment), with its reason and approving council session.' },
  },
});

/** One field an amendment changed, with its values before and after as JSON text. */
@ObjectType({ description: 'One part of a commitment an amendment changed: a field, the milestones or the indicators, with the values before and after.' })
export class CommitmentChange {
  @Field({ description: 'The field changed, as named in CommitmentInput (e.g. titleFr, endsOn), or milestones, or indicators.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Its value before, as JSON text (null when it had none).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Its value after, as JSON text (null when cleared).' })
  after: string | null;
}

/** A version of an adopted commitment: the adopted text, then one per amendment. Append-only. */
@ObjectType({ description: 'A version of a commitment of an adopted programme: the text adopted, then one per amendment; never changed once written. Visible whenever its commitment is.' })
@Entity({ name: 'commitment_version' })
export class CommitmentVersion {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The version id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Field(() => Int, { description: 'Its number, from 1, in the order written.' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => CommitmentVersionKind, { description: 'The adoption, or an amendment.' })
  @Column({ type: 'text' })
  kind: CommitmentVersionKind;

  @Field(() => String, { nullable: true, description: 'Why the commitment was amended (always given for an amendment); null for the adoption.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The COUNCIL_SESSION event that adopted the programme or approved the amendment (see councilSession); null when adopted before events were linked.' })
  @Column({ name: 'council_session_event_id', type: 'uuid', nullable: true })
  councilSessionEventId: string | null;

  @Field(() => String, { nullable: true, description: 'For an adoption recorded with the deprecated free-text session only: that text; null otherwise.' })
  @Column({ name: 'council_session', type: 'text', nullable: true })
  councilSessionText: string | null;

  @Field(() => String, { nullable: true, description: 'The day the amendment took effect, ISO-8601 date (YYYY-MM-DD); null for the adoption.' })
  @Column({ name: 'amended_on', type: 'date', nullable: true })
  amendedOn: string | null;

  @Field(() => [CommitmentChange], { description: 'What this version changed from the one before; empty for the adoption.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: CommitmentChange[];

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Field({ description: 'When it was written (ISO-8601 date-time, UTC).' })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The account (UUID) that adopted the programme or amended the commitment.' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
