import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OpennessPrinciple } from '@infitah/server-kit';
import { ProgramStatus } from './action-program.entity';

/** One of a programme's ordered priority axes (المحاور ذات الأولوية). */
@ObjectType({ description: "One of a programme's ordered priority axes, chosen with local civil society; visible whenever its programme is." })
@Entity({ name: 'priority_axis' })
export class PriorityAxis {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The axis id (UUID); replacePriorityAxes gives every axis a new id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters; null when only the French title is set.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters; null when only the Arabic title is set.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => [OpennessPrinciple], { description: 'The openness principles the axis serves, without duplicates (0–5); empty when none was named.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  principles: OpennessPrinciple[];

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A step of a programme's lifecycle, with the reason given for any step back. */
@ObjectType({ description: "One change of a programme's lifecycle status, recorded by setProgramStatus; visible whenever its programme is." })
@Entity({ name: 'program_status_change' })
export class ProgramStatusChange {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ProgramStatus, { description: 'The status before the change.' })
  @Column({ name: 'from_status', type: 'text' })
  fromStatus: ProgramStatus;

  @Field(() => ProgramStatus, { description: 'The status after the change.' })
  @Column({ name: 'to_status', type: 'text' })
  toStatus: ProgramStatus;

  @Field(() => String, { nullable: true, description: 'Why the programme stepped back (always given then), or the optional note of a forward move; up to 2,000 characters.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field({ description: 'When the change was recorded (ISO-8601 date-time, UTC).' })
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
