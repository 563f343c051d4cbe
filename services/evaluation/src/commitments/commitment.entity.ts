import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType, OpennessPrinciple } from '@infitah/server-kit';

/** The Independent Reporting Mechanism's completion scale. */
export enum CompletionLevel {
  NO_EVIDENCE = 'NO_EVIDENCE',
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETE = 'COMPLETE',
}
registerEnumType(CompletionLevel, { name: 'CompletionLevel', description: 'The OGP IRM completion scale.' });

export enum IndicatorDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });

const numeric = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A commitment (التزام) of an openness action programme, on the OGP commitment template. */
// The only key names the collectivity: a reference from another subgraph resolves only within it.
@Directive('@key(fields: "id collectivityId")')
@ObjectType()
@Entity({ name: 'commitment' })
export class Commitment {
  @Field(() => ID, { description: 'The commitment’s collectivity: links to it resolve only within it.' })
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'axis_id', type: 'uuid', nullable: true })
  axisId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => String, { nullable: true, description: 'The public problem it addresses.' })
  @Column({ type: 'text', nullable: true })
  problem: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'status_quo', type: 'text', nullable: true })
  statusQuo: string | null;

  @Field(() => String, { nullable: true, description: 'What will be done.' })
  @Column({ type: 'text', nullable: true })
  action: string | null;

  @Field(() => String, { nullable: true, description: 'How it contributes to solving the problem.' })
  @Column({ type: 'text', nullable: true })
  contribution: string | null;

  @Field(() => [OpennessPrinciple])
  @Column({ type: 'text', array: true })
  principles: OpennessPrinciple[];

  @Field(() => String, { nullable: true })
  @Column({ name: 'lead_unit', type: 'text', nullable: true })
  leadUnit: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  partners: string[];

  @Field(() => String, { nullable: true })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => CompletionLevel)
  @Column({ type: 'text', default: CompletionLevel.NOT_STARTED })
  completion: CompletionLevel;

  @Field({ description: 'True for illustrative demo records.' })
  @Column({ name: 'is_illustrative', type: 'boolean', default: false })
  isIllustrative: boolean;

  @Field()
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
export class CommitmentConnection extends ConnectionType(Commitment) {}

@ObjectType()
@Entity({ name: 'milestone' })
export class Milestone {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => String, { nullable: true, description: 'Set once done.' })
  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Field(() => Int, { description: 'Its share of the commitment’s progress.' })
  @Column({ type: 'integer', default: 1 })
  weight: number;
}

@ObjectType()
@Entity({ name: 'indicator' })
export class Indicator {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  unit: string;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numeric })
  baseline: number;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numeric })
  target: number;

  @Field(() => IndicatorDirection)
  @Column({ type: 'text' })
  direction: IndicatorDirection;
}

@ObjectType()
@Entity({ name: 'measurement' })
export class Measurement {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Field({ description: 'ISO-8601 date.' })
  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numeric })
  value: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
