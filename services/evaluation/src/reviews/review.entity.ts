import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CompletionLevel } from '../commitments/commitment.entity';

export enum OpenGovernmentEffect {
  WORSENED = 'WORSENED',
  DID_NOT_CHANGE = 'DID_NOT_CHANGE',
  MARGINAL = 'MARGINAL',
  MAJOR = 'MAJOR',
  OUTSTANDING = 'OUTSTANDING',
}
registerEnumType(OpenGovernmentEffect, { name: 'OpenGovernmentEffect', description: 'The IRM\'s "did it open government?" rating.' });

export enum PotentialForResults {
  UNCLEAR = 'UNCLEAR',
  MODEST = 'MODEST',
  SUBSTANTIAL = 'SUBSTANTIAL',
}
registerEnumType(PotentialForResults, { name: 'PotentialForResults' });

/** The network's review of a commitment. Only the network writes reviews. */
@ObjectType()
@Entity({ name: 'review' })
export class Review {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Field(() => CompletionLevel)
  @Column({ name: 'verified_completion', type: 'text' })
  verifiedCompletion: CompletionLevel;

  @Field(() => OpenGovernmentEffect, { nullable: true })
  @Column({ name: 'did_it_open_government', type: 'text', nullable: true })
  didItOpenGovernment: OpenGovernmentEffect | null;

  @Field(() => PotentialForResults, { nullable: true })
  @Column({ name: 'potential_for_results', type: 'text', nullable: true })
  potentialForResults: PotentialForResults | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
