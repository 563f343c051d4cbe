import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OpennessPrinciple } from '@infitah/server-kit';
import { ProgramStatus } from './action-program.entity';

/** One of a programme's ordered priority axes (المحاور ذات الأولوية). */
@ObjectType()
@Entity({ name: 'priority_axis' })
export class PriorityAxis {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => [OpennessPrinciple])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  principles: OpennessPrinciple[];
}

/** A step of a programme's lifecycle, with the reason given for any step back. */
@ObjectType()
@Entity({ name: 'program_status_change' })
export class ProgramStatusChange {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ProgramStatus)
  @Column({ name: 'from_status', type: 'text' })
  fromStatus: ProgramStatus;

  @Field(() => ProgramStatus)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: ProgramStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;
}
