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
registerEnumType(OpenGovernmentEffect, {
  name: 'OpenGovernmentEffect',
  description: 'The OGP IRM\'s "did it open government?" rating: how far the implemented commitment changed government practice.',
  valuesConfig: {
    WORSENED: { description: 'Government openness worsened.' },
    DID_NOT_CHANGE: { description: 'Government practice did not change.' },
    MARGINAL: { description: 'Some change, but minor in its effect on openness.' },
    MAJOR: { description: 'A step forward for openness in the policy area, limited in scope or scale.' },
    OUTSTANDING: { description: 'A reform that transformed business as usual in the policy area.' },
  },
});

export enum PotentialForResults {
  UNCLEAR = 'UNCLEAR',
  MODEST = 'MODEST',
  SUBSTANTIAL = 'SUBSTANTIAL',
}
registerEnumType(PotentialForResults, {
  name: 'PotentialForResults',
  description: "The OGP IRM's potential-for-results rating: what the commitment, as designed, could change.",
  valuesConfig: {
    UNCLEAR: { description: 'Unclear: continues existing practice, or too vague to judge its added value.' },
    MODEST: { description: 'Modest: a positive but stand-alone or incremental change.' },
    SUBSTANTIAL: { description: 'Substantial: could change the rules, practices or institutions of the policy area.' },
  },
});

/** The network's review of a commitment. Only the network writes reviews. */
@ObjectType({
  description:
    "The network's review of a commitment on the OGP IRM criteria, written by the network only and editable while unpublished (updateReview). Published reviews are public; unpublished ones are seen by the network and the commitment's collectivity, which may reply (replyToReview).",
})
@Entity({ name: 'review' })
export class Review {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The review id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The commitment reviewed (UUID).' })
  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @Field(() => CompletionLevel, { description: "Completion on the OGP IRM scale as verified by the network; may differ from the commitment's declared completion." })
  @Column({ name: 'verified_completion', type: 'text' })
  verifiedCompletion: CompletionLevel;

  @Field(() => OpenGovernmentEffect, { nullable: true, description: 'The "did it open government?" rating, or null when not assessed.' })
  @Column({ name: 'did_it_open_government', type: 'text', nullable: true })
  didItOpenGovernment: OpenGovernmentEffect | null;

  @Field(() => PotentialForResults, { nullable: true, description: 'The potential-for-results rating, or null when not assessed.' })
  @Column({ name: 'potential_for_results', type: 'text', nullable: true })
  potentialForResults: PotentialForResults | null;

  @Field(() => String, { nullable: true, description: "The reviewer's comment, up to 5,000 characters; null when none." })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Field({ description: 'Whether the public can see it: as the network chose when writing it (false by default), then changed by setReviewPublished.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field({ description: 'When the review was written (ISO-8601 date-time, UTC).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the review was last changed (ISO-8601 date-time, UTC).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
