import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum AgendaItemKind {
  WELCOME = 'WELCOME',
  SPEECH = 'SPEECH',
  PRESENTATION = 'PRESENTATION',
  WORKSHOP = 'WORKSHOP',
  BREAK = 'BREAK',
  DISCUSSION = 'DISCUSSION',
  OTHER = 'OTHER',
}
registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });

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
registerEnumType(SpeakerRole, { name: 'SpeakerRole', description: 'The role a speaker holds: president, focal point, trainer…' });

@ObjectType()
export class Speaker {
  @Field(() => SpeakerRole)
  role: SpeakerRole;

  @Field(() => String, { nullable: true, description: 'Only where the role needs a name.' })
  name: string | null;
}

@ObjectType({ description: 'One slot of an event’s agenda.' })
@Entity({ name: 'agenda_item' })
export class AgendaItem {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => AgendaItemKind)
  @Column({ type: 'text' })
  kind: AgendaItemKind;

  @Field(() => [Speaker])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  speakers: Speaker[];
}
