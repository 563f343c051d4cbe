import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum AgendaItemKind {
  WELCOME = 'WELCOME',
  SPEECH = 'SPEECH',
  PRESENTATION = 'PRESENTATION',
  WORKSHOP = 'WORKSHOP',
  BREAK = 'BREAK',
  DISCUSSION = 'DISCUSSION',
  OTHER = 'OTHER',
}
registerEnumType(AgendaItemKind, {
  name: 'AgendaItemKind',
  description: 'What happens in an agenda slot.',
  valuesConfig: {
    WELCOME: { description: 'Welcome of participants.' },
    SPEECH: { description: 'Opening words or a speech, e.g. by the council president.' },
    PRESENTATION: { description: 'A presentation, e.g. of the membership by the focal point or of the co-creation method by the trainer.' },
    WORKSHOP: { description: 'Work in groups, e.g. collecting ideas and proposals.' },
    BREAK: { description: 'A break.' },
    DISCUSSION: { description: 'Open discussion, questions and answers.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum SpeakerRole {
  PRESIDENT = 'PRESIDENT',
  FOCAL_POINT = 'FOCAL_POINT',
  TRAINER = 'TRAINER',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  STAFF = 'STAFF',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  NETWORK = 'NETWORK',
  OTHER = 'OTHER',
}
registerEnumType(SpeakerRole, {
  name: 'SpeakerRole',
  description: 'The role a speaker holds: president, focal point, trainer…',
  valuesConfig: {
    PRESIDENT: { description: 'The president of the collectivity council.' },
    FOCAL_POINT: { description: "The collectivity's focal point for the network." },
    TRAINER: { description: 'A trainer, e.g. presenting the co-creation method.' },
    COUNCIL_MEMBER: { description: 'A member of the council.' },
    STAFF: { description: "A member of the collectivity's staff." },
    CIVIL_SOCIETY: { description: 'A representative of a civil-society association.' },
    NETWORK: { description: 'A representative of the network or of its support programme.' },
    OTHER: { description: 'Any other role.' },
  },
});

@ObjectType({ description: 'Who speaks in an agenda slot: a role, and a name only where the role needs one.' })
export class Speaker {
  @Field(() => SpeakerRole, { description: 'The role the speaker holds.' })
  role: SpeakerRole;

  @Field(() => String, { nullable: true, description: 'Name of the speaker, only where the role needs one; null otherwise. Personal data: null for anonymous callers, who read the role.' })
  name: string | null;
}

@ObjectType({ description: 'One slot of an event’s agenda; seen by whoever may see the event.' })
@Entity({ name: 'agenda_item' })
export class AgendaItem {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'Unique identifier (UUID); replaceAgenda gives every item a new one.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field({ description: 'Start, ISO-8601 date-time in UTC; replaceAgenda checks it is not before the event starts.' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field({ description: 'End, ISO-8601 date-time in UTC, not before startsAt; replaceAgenda checks it is not after the event ends, when that is known.' })
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Title in Arabic; every item has a title in Arabic, in French or both.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French; every item has a title in Arabic, in French or both.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => AgendaItemKind, { description: 'What happens in the slot.' })
  @Column({ type: 'text' })
  kind: AgendaItemKind;

  @Field(() => [Speaker], { description: 'Who speaks, in order; empty when nobody is named.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  speakers: Speaker[];

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
