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
registerEnumType(CompletionLevel, {
  name: 'CompletionLevel',
  description:
    "Completion on the OGP Independent Reporting Mechanism (IRM) scale, assessed by hand: it is not derived from milestone progress.",
  valuesConfig: {
    NO_EVIDENCE: { description: 'No evidence available to assess completion.' },
    NOT_STARTED: { description: 'Not started: the level of a new commitment.' },
    LIMITED: { description: 'Limited: a small part of the commitment is done.' },
    SUBSTANTIAL: { description: 'Substantial: most of the commitment is done.' },
    COMPLETE: { description: 'Complete: the commitment is fully implemented.' },
  },
});

export enum IndicatorDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Which way an indicator must move from its baseline to reach its target.',
  valuesConfig: {
    INCREASE: { description: 'Higher is better: the target is above the baseline.' },
    DECREASE: { description: 'Lower is better: the target is below the baseline.' },
  },
});

export enum ActorKind {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
}
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'The kinds of supporting actors the OGP Local commitment template lists.',
  valuesConfig: {
    GOVERNMENT: { description: 'A public body: a ministry, an agency, another collectivity, a deconcentrated service…' },
    CIVIL_SOCIETY: { description: 'A civil-society organisation, association, academic or citizens’ group.' },
    PRIVATE_SECTOR: { description: 'A company, a business association or another private actor.' },
  },
});

/** How a commitment is relevant to one OGP value, in the template's words. */
@ObjectType({ description: 'How a commitment is relevant to one of the openness principles it names (the OGP template’s “relevance to OGP values”).' })
export class PrincipleRelevance {
  @Field(() => OpennessPrinciple, { description: 'One of the principles the commitment names.' })
  principle: OpennessPrinciple;

  @Field({ description: 'How the commitment serves it, 1–2,000 characters.' })
  text: string;
}

@ObjectType({ description: 'An actor supporting a commitment besides its lead, by kind (OGP template).' })
export class SupportingActor {
  @Field(() => ActorKind, { description: 'Government, civil society or private sector.' })
  kind: ActorKind;

  @Field({ description: 'Its name, 1–300 characters.' })
  name: string;
}

@ObjectType({ description: 'Whom to contact about a commitment (OGP template): set by the collectivity; null fields are not given.' })
export class CommitmentContact {
  @Field(() => String, { nullable: true, description: 'The person or office, up to 300 characters.' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Their title or position, up to 300 characters.' })
  role: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address, up to 254 characters.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'A telephone number, up to 40 characters.' })
  phone: string | null;
}

const numeric = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A commitment (التزام) of an openness action programme, on the OGP commitment template. */
// The only key names the collectivity: a reference from another subgraph resolves only within it.
@Directive('@key(fields: "id collectivityId")')
@ObjectType({
  description:
    "A commitment of an openness action programme, on the OGP commitment template. Created unpublished: until published it, with its milestones and indicators, is seen only by its collectivity's accounts and the network.",
})
@Entity({ name: 'commitment' })
export class Commitment {
  @Field(() => ID, {
    description: 'The id (UUID) of the commitment’s collectivity, part of its federation key: a reference from another subgraph resolves only within that collectivity.',
  })
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The commitment id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'axis_id', type: 'uuid', nullable: true })
  axisId: string | null;

  @Field(() => String, { nullable: true, description: 'Title in Arabic, 1–300 characters; null when only the French title is set.' })
  @Column({ name: 'title_ar', type: 'text', nullable: true })
  titleAr: string | null;

  @Field(() => String, { nullable: true, description: 'Title in French, 1–300 characters; null when only the Arabic title is set.' })
  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Field(() => String, { nullable: true, description: 'The public problem it addresses (OGP template), up to 5,000 characters.' })
  @Column({ type: 'text', nullable: true })
  problem: string | null;

  @Field(() => String, { nullable: true, description: 'The situation before the commitment (OGP template), up to 5,000 characters.' })
  @Column({ name: 'status_quo', type: 'text', nullable: true })
  statusQuo: string | null;

  @Field(() => String, { nullable: true, description: 'What will be done (OGP template), up to 5,000 characters.' })
  @Column({ type: 'text', nullable: true })
  action: string | null;

  @Field(() => String, { nullable: true, description: 'How it contributes to solving the problem (OGP template), up to 5,000 characters.' })
  @Column({ type: 'text', nullable: true })
  contribution: string | null;

  @Field(() => String, { nullable: true, description: 'The objective: the results expected once it is done (OGP template), up to 5,000 characters.' })
  @Column({ type: 'text', nullable: true })
  objective: string | null;

  @Field(() => String, { nullable: true, description: 'The causes of the problem (OGP template), up to 5,000 characters.' })
  @Column({ type: 'text', nullable: true })
  causes: string | null;

  @Field(() => [PrincipleRelevance], { description: 'How it is relevant to each openness principle it names (OGP template), at most one text per principle; empty when not stated.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  relevance: PrincipleRelevance[];

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_role', type: 'text', nullable: true })
  contactRole: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Field(() => [SupportingActor], { description: 'Actors supporting it, by kind (government, civil society, private sector), at most 30; empty when none.' })
  @Column({ name: 'supporting_actors', type: 'jsonb', default: () => "'[]'" })
  supportingActors: SupportingActor[];

  @Field(() => [OpennessPrinciple], { description: 'The openness principles it serves: at least one, without duplicates.' })
  @Column({ type: 'text', array: true })
  principles: OpennessPrinciple[];

  @Field(() => String, { nullable: true, description: "The collectivity's unit or department leading its implementation, up to 300 characters." })
  @Column({ name: 'lead_unit', type: 'text', nullable: true })
  leadUnit: string | null;

  @Field(() => [String], { description: 'Partners in its implementation (civil-society associations, public bodies…) by name, at most 30; empty when none.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  partners: string[];

  @Field(() => String, { nullable: true, description: "First day of implementation, ISO-8601 date (YYYY-MM-DD), within the programme's period; null until set." })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Last day of implementation, ISO-8601 date (YYYY-MM-DD), not before startsOn and within the programme's period; null until set.",
  })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => CompletionLevel, {
    description:
      "Completion on the OGP IRM scale as declared by the collectivity (NOT_STARTED at creation); the network's verified level is in reviews.",
  })
  @Column({ type: 'text', default: CompletionLevel.NOT_STARTED })
  completion: CompletionLevel;

  @Field({ description: 'True for illustrative demo records (not real commitments of the collectivity); false for every record created through the API.' })
  @Column({ name: 'is_illustrative', type: 'boolean', default: false })
  isIllustrative: boolean;

  @Field({
    description:
      "Whether the public can see it, with its milestones, indicators and measurements: false at creation, changed by setCommitmentPublished.",
  })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of commitments the caller may see, ordered by collectivity, programme, then creation (oldest first).' })
export class CommitmentConnection extends ConnectionType(Commitment) {}

@ObjectType({ description: "A step of a commitment, weighted in the commitment's progress; visible whenever its commitment is." })
@Entity({ name: 'milestone' })
export class Milestone {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The milestone id (UUID); replaceMilestones gives every milestone a new id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Column({ type: 'integer' })
  position: number;

  @Field({ description: 'What is to be done, 1–300 characters.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: "Planned start, ISO-8601 date (YYYY-MM-DD), within the commitment's period and not after dueOn; null when not planned." })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Planned date, ISO-8601 date (YYYY-MM-DD); null when not planned.' })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => String, { nullable: true, description: 'What it delivers (a report, a platform, a charter…), up to 1,000 characters; null when not stated.' })
  @Column({ type: 'text', nullable: true })
  deliverable: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence that it was done (a link, a document reference, minutes…), up to 2,000 characters; null when none given.' })
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Field(() => String, { nullable: true, description: 'The day it was done, ISO-8601 date (YYYY-MM-DD); null while pending. Only done milestones count towards progress.' })
  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Field(() => Int, { description: 'Its weight in the commitment’s progress, 1–100 (default 1): progress is the done milestones’ weight over the total weight.' })
  @Column({ type: 'integer', default: 1 })
  weight: number;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A measurable indicator of a commitment, from a baseline towards a target; visible whenever its commitment is.' })
@Entity({ name: 'indicator' })
export class Indicator {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The indicator id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Field({ description: 'What is measured, 1–300 characters.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Unit of the baseline, target and measurements (e.g. "%", "requests"), up to 50 characters; empty when unitless.' })
  @Column({ type: 'text', default: '' })
  unit: string;

  @Field(() => Float, { description: 'The value before the commitment, in unit.' })
  @Column({ type: 'numeric', transformer: numeric })
  baseline: number;

  @Field(() => Float, { description: 'The value to reach, in unit: above the baseline for INCREASE, below it for DECREASE.' })
  @Column({ type: 'numeric', transformer: numeric })
  target: number;

  @Field(() => IndicatorDirection, { description: 'Whether reaching the target means the value going up or down.' })
  @Column({ type: 'text' })
  direction: IndicatorDirection;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A dated value of an indicator, at most one per indicator and day; visible whenever its commitment is.' })
@Entity({ name: 'measurement' })
export class Measurement {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The measurement id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Field({ description: 'The day measured, ISO-8601 date (YYYY-MM-DD); unique per indicator.' })
  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Field(() => Float, { description: "The measured value, in the indicator's unit." })
  @Column({ type: 'numeric', transformer: numeric })
  value: number;

  @Field(() => String, { nullable: true, description: 'A remark on the value or its source, up to 1,000 characters.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
