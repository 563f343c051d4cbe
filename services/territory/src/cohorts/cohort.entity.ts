import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ConnectionType } from '@infitah/server-kit';

/** A wave of members (e.g. the 66 founding members of 2023). Public network reference data, like memberships. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A wave of members the network admitted together, e.g. "2023 founding", "2024" or "December 2024". Public network reference data, like memberships; only the network creates and edits waves and places members in them.',
})
@Entity({ name: 'cohort' })
export class Cohort {
  @Field(() => ID, { description: 'The wave id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Its name in Arabic, unique among waves.' })
  @Column({ name: 'label_ar', type: 'text' })
  labelAr: string;

  @Field({ description: 'Its name in French, unique among waves.' })
  @Column({ name: 'label_fr', type: 'text' })
  labelFr: string;

  @Field({ description: 'The year or month the wave stands for, ISO-8601: "2023" or "2024-12".' })
  @Column({ type: 'text' })
  period: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A page of waves, oldest period first.' })
export class CohortConnection extends ConnectionType(Cohort) {}

export enum OnboardingStepKind {
  INFORMATION_MEETING = 'INFORMATION_MEETING',
  TRAINING = 'TRAINING',
  FOCAL_POINT_NAMED = 'FOCAL_POINT_NAMED',
  COMMITTEE_FORMED = 'COMMITTEE_FORMED',
  PROGRAMME_STARTED = 'PROGRAMME_STARTED',
}
registerEnumType(OnboardingStepKind, {
  name: 'OnboardingStepKind',
  description: 'The steps a new member goes through, in their usual order.',
  valuesConfig: {
    INFORMATION_MEETING: { description: 'It took part in an information meeting on the network and its support programme.' },
    TRAINING: {
      description:
        'The network recorded it as trained (its own declaration; the participation subgraph separately counts the trainings the collectivity is recorded as having attended).',
    },
    FOCAL_POINT_NAMED: { description: 'It named the focal point who represents it in the network.' },
    COMMITTEE_FORMED: { description: 'It formed the committee monitoring the preparation, implementation and evaluation of its openness programme.' },
    PROGRAMME_STARTED: { description: 'It started preparing its openness action programme with civil society.' },
  },
});

/** Every step in its usual order: the order of `onboarding` and of `nextStep`. */
export const ONBOARDING_ORDER = Object.values(OnboardingStepKind);

/** A completed step of one member; the steps not yet completed are listed with `completedOn` null. */
@ObjectType({ description: 'One onboarding step of a member and when it was completed. Public network reference data; recorded by the network.' })
@Entity({ name: 'onboarding_step' })
export class OnboardingStep {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => OnboardingStepKind, { description: 'The step.' })
  @PrimaryColumn({ type: 'text' })
  step: OnboardingStepKind;

  @Field(() => String, { nullable: true, description: 'When it was completed, ISO-8601 at the precision known ("2025-02-11", "2025-03"); null while not yet completed.' })
  @Column({ name: 'completed_on', type: 'text' })
  completedOn: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => Date, { description: 'When the record was created or last changed, set by the database on every write (ISO-8601 date-time, UTC); lists take `filter.updatedSince` to read what changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'How many active members of a wave have completed one onboarding step.' })
export class OnboardingStepCount {
  @Field(() => OnboardingStepKind, { description: 'The step counted.' })
  step: OnboardingStepKind;

  @Field(() => Int, { description: 'Active members of the wave that completed it.' })
  count: number;
}
