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
registerEnumType(ProgramStatus, { name: 'ProgramStatus' });

/** A collectivity's openness action programme (برنامج عمل الانفتاح), co-created with civil society. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "An openness action programme (programme d'action d'ouverture)." })
@Entity({ name: 'action_program' })
export class ActionProgram {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => ProgramStatus)
  @Column({ type: 'text', default: ProgramStatus.CO_CREATION })
  status: ProgramStatus;

  @Field(() => String, { nullable: true, description: 'Council adoption, ISO-8601 at the precision known ("2025-10").' })
  @Column({ name: 'adopted_on', type: 'text', nullable: true })
  adoptedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The council session that adopted it, e.g. "October 2025 ordinary session".' })
  @Column({ name: 'council_session', type: 'text', nullable: true })
  councilSession: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the programme (ISO-8601 date); programmes run two years.' })
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the programme (ISO-8601 date).' })
  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class ActionProgramConnection extends ConnectionType(ActionProgram) {}
