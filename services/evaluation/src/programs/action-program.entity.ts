import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

/** The lifecycle of an openness action programme. */
export enum ProgramStatus {
  CO_CREATION = 'CO_CREATION',
  CONSULTATION = 'CONSULTATION',
  ADOPTED = 'ADOPTED',
  IMPLEMENTATION = 'IMPLEMENTATION',
  CLOSED = 'CLOSED',
}
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'The lifecycle of an openness action programme, in order: it moves forward one step at a time, and may step back any number of steps with a reason.',
  valuesConfig: {
    CO_CREATION: {
      description: 'Being prepared with local civil society (information meetings, priority axes, workshops): the initial status, and the only one in which a programme may be deleted.',
    },
    CONSULTATION: { description: 'The draft is under public consultation before adoption.' },
    ADOPTED: { description: 'Adopted by the council at a dated session (adoptedOn and councilSession are set).' },
    IMPLEMENTATION: { description: 'Adopted and being implemented, monitored and evaluated.' },
    CLOSED: { description: 'Finished: no longer the collectivity’s current programme, and no obstacle to a new programme over the same period.' },
  },
});

/** A collectivity's openness action programme (برنامج عمل الانفتاح), co-created with civil society. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    "A collectivity's openness action programme (programme d'action d'ouverture), co-created with local civil society. Created unpublished: until published it is seen only by its collectivity's accounts and the network.",
})
@Entity({ name: 'action_program' })
export class ActionProgram {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The programme id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters; null when only the French title is set.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters; null when only the Arabic title is set.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => ProgramStatus, { description: 'Its lifecycle status, CO_CREATION at creation; changed only by setProgramStatus, which records each change in statusHistory.' })
  @Column({ type: 'text', default: ProgramStatus.CO_CREATION })
  status: ProgramStatus;

  @Field(() => String, { nullable: true, description: 'Date of council adoption, ISO-8601 at the precision known (YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-10"); null before ADOPTED.' })
  @Column({ name: 'adopted_on', type: 'text', nullable: true })
  adoptedOn: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use councilSessionEvent: the COUNCIL_SESSION event of the collectivity that adopted the programme.',
    description: 'The council session that adopted it as free text, e.g. "October 2025 ordinary session"; null before ADOPTED.',
  })
  @Column({ name: 'council_session', type: 'text', nullable: true })
  councilSession: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The id of the COUNCIL_SESSION event of the programme's collectivity that adopted it (see councilSessionEvent); null before ADOPTED, or for a programme adopted before events were linked.",
  })
  @Column({ name: 'council_session_event_id', type: 'uuid', nullable: true })
  councilSessionEventId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The id of the PUBLIC_CONSULTATION event of the programme's collectivity held before its adoption (see consultationEvent); null before ADOPTED or when the consultation was waived (consultationWaiver).",
  })
  @Column({ name: 'consultation_event_id', type: 'uuid', nullable: true })
  consultationEventId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the programme was adopted without a public consultation held for it, as stated at adoption; null otherwise.' })
  @Column({ name: 'consultation_waiver', type: 'text', nullable: true })
  consultationWaiver: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the programme, ISO-8601 date (YYYY-MM-DD); programmes usually run two years. Null until set.' })
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the programme, ISO-8601 date (YYYY-MM-DD), after periodStart; null until set.' })
  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  @Field({
    description:
      "Whether the public can see it: false at creation, changed by setActionProgramPublished. Unpublished, it is seen only by its collectivity's accounts and the network.",
  })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of openness action programmes the caller may see, most recent first.' })
export class ActionProgramConnection extends ConnectionType(ActionProgram) {}
