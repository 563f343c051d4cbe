import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

export enum EventKind {
  TRAINING = 'TRAINING',
  INFORMATION_MEETING = 'INFORMATION_MEETING',
  COMMITTEE_MEETING = 'COMMITTEE_MEETING',
  CO_CREATION_WORKSHOP = 'CO_CREATION_WORKSHOP',
  PUBLIC_CONSULTATION = 'PUBLIC_CONSULTATION',
  COUNCIL_SESSION = 'COUNCIL_SESSION',
  NETWORK_MEETING = 'NETWORK_MEETING',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum EventOrganizer {
  COLLECTIVITY = 'COLLECTIVITY',
  NETWORK = 'NETWORK',
}
registerEnumType(EventOrganizer, { name: 'EventOrganizer' });

export enum EventStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, { name: 'EventStatus' });

export enum TimePrecision {
  MINUTE = 'MINUTE',
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(TimePrecision, {
  name: 'TimePrecision',
  description: 'How much of a start is known: the minute, only the day, or only the month.',
});

/** A step of a collectivity's co-creation process: meeting, workshop, consultation, council session. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An event of the co-creation process.' })
@Entity({ name: 'event' })
export class Event {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => EventKind)
  @Column({ type: 'text' })
  kind: EventKind;

  @Field(() => EventOrganizer)
  @Column({ type: 'text', default: EventOrganizer.COLLECTIVITY })
  organizer: EventOrganizer;

  @Field(() => String, { nullable: true, description: 'Title in Arabic.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field({ description: 'ISO-8601 instant (Morocco local time is Africa/Casablanca).' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Field(() => TimePrecision, { description: 'How much of startsAt is known.' })
  @Column({ name: 'starts_at_precision', type: 'text', default: TimePrecision.MINUTE })
  startsAtPrecision: TimePrecision;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Field(() => EventStatus)
  @Column({ type: 'text', default: EventStatus.PLANNED })
  status: EventStatus;

  @Field(() => String, { nullable: true, description: 'Minutes or outcome, once held.' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field({ description: 'Unpublished events are seen only by their collectivity and the network.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class EventConnection extends ConnectionType(Event) {}
