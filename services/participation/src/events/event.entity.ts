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
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'The step of the co-creation process an event belongs to.',
  valuesConfig: {
    TRAINING: { description: 'Communication and training meeting, e.g. on the support programme and the co-creation method for newly joined collectivities.' },
    INFORMATION_MEETING: { description: 'Information meeting, e.g. the kickoff of the preparation of the openness action programme.' },
    COMMITTEE_MEETING: { description: 'Meeting of the committee monitoring the preparation, implementation and evaluation of the openness programme.' },
    CO_CREATION_WORKSHOP: { description: 'Co-creation workshop collecting ideas and proposals from council members, civil society and other participants.' },
    PUBLIC_CONSULTATION: {
      description: 'Public consultation on the draft programme; while open (published, not CANCELLED, started, endsAt set and not passed) anyone may send proposals with submitProposal.',
    },
    COUNCIL_SESSION: { description: 'Session of the collectivity council, e.g. the one that adopts the programme.' },
    NETWORK_MEETING: { description: 'Meeting of the network with its members.' },
  },
});

export enum EventOrganizer {
  COLLECTIVITY = 'COLLECTIVITY',
  NETWORK = 'NETWORK',
}
registerEnumType(EventOrganizer, {
  name: 'EventOrganizer',
  description: 'Who organises an event: a collectivity, or the network.',
  valuesConfig: {
    COLLECTIVITY: { description: "Organised by a collectivity and recorded under it; only that collectivity's accounts edit it." },
    NETWORK: {
      description: 'Organised by the network and recorded by a NETWORK_ADMIN: its collectivity is null, and it appears in the lists of every collectivity that attended.',
    },
  },
});

export enum EventStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event is still to come, took place, or was called off.',
  valuesConfig: {
    PLANNED: { description: 'Scheduled and not yet held: the status of a new event.' },
    HELD: { description: 'Took place.' },
    CANCELLED: { description: 'Called off; a cancelled public consultation accepts no citizen proposals.' },
  },
});

export enum TimePrecision {
  MINUTE = 'MINUTE',
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(TimePrecision, {
  name: 'TimePrecision',
  description: 'How much of a start is known: the minute, only the day, or only the month.',
  valuesConfig: {
    MINUTE: { description: 'Date and time are known to the minute (the default); startsOn reads e.g. "2025-03-07T10:30".' },
    DAY: { description: 'Only the day is known; startsOn reads e.g. "2025-02-11".' },
    MONTH: { description: 'Only the month is known; startsOn reads e.g. "2025-10".' },
  },
});

/** A step of a collectivity's co-creation process: meeting, workshop, consultation, council session. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "An event of a collectivity's co-creation process (meeting, workshop, consultation, council session), or a network event. Created unpublished: until published it is seen only by its own collectivity's accounts and the network.",
})
@Entity({ name: 'event' })
export class Event {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => EventKind, { description: 'The step of the co-creation process it belongs to.' })
  @Column({ type: 'text' })
  kind: EventKind;

  @Field(() => EventOrganizer, { description: "COLLECTIVITY for a collectivity's own event; NETWORK for a network event, whose collectivity is null." })
  @Column({ type: 'text', default: EventOrganizer.COLLECTIVITY })
  organizer: EventOrganizer;

  @Field(() => String, { nullable: true, description: 'Title in Arabic; null when the event has only a French title.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French; null when the event has only an Arabic title.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field({
    description: 'Start, ISO-8601 date-time in UTC, meaningful to the precision given by startsAtPrecision; startsOn gives it in Morocco local time (Africa/Casablanca).',
  })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'End, ISO-8601 date-time in UTC, never before startsAt; null when not known.' })
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Field(() => TimePrecision, { description: 'How much of startsAt is known.' })
  @Column({ name: 'starts_at_precision', type: 'text', default: TimePrecision.MINUTE })
  startsAtPrecision: TimePrecision;

  @Field(() => String, { nullable: true, description: 'Where it takes place, e.g. the meeting hall of the commune; free text, at most 300 characters.' })
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'Address (http or https) of the online session or page; null when there is none.' })
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Arabic, at most 5,000 characters.' })
  @Column({ name: 'description_ar', type: 'text', nullable: true })
  descriptionAr: string | null;

  @Field(() => String, { nullable: true, description: 'Description in French, at most 5,000 characters.' })
  @Column({ name: 'description_fr', type: 'text', nullable: true })
  descriptionFr: string | null;

  @Field(() => EventStatus, { description: 'PLANNED when created; set to HELD or CANCELLED with updateEvent.' })
  @Column({ type: 'text', default: EventStatus.PLANNED })
  status: EventStatus;

  @Field(() => String, { nullable: true, description: 'Minutes or outcome, once held.' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field({
    description:
      "False when created; setEventPublished makes the event, its agenda and attendance visible to everyone. Unpublished events are seen only by their own collectivity's accounts and the network.",
  })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of events, with the number of events matching over all pages.' })
export class EventConnection extends ConnectionType(Event) {}
