import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The reviewed commune's answer to a network review: one per review, written and published by the commune's admin. */
@ObjectType({
  description:
    "The reviewed collectivity's reply to a network review, written and published by that collectivity's administrators only. Published replies to published reviews are public; a draft is seen by the network and the collectivity.",
})
@Entity({ name: 'review_reply' })
export class ReviewReply {
  @PrimaryColumn({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @Field(() => ID, { description: 'The reply id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => String, { nullable: true, description: 'The reply in Arabic, up to 5,000 characters; null when written only in French.' })
  @Column({ name: 'text_ar', type: 'text', nullable: true })
  textAr: string | null;

  @Field(() => String, { nullable: true, description: 'The reply in French, up to 5,000 characters; null when written only in Arabic.' })
  @Column({ name: 'text_fr', type: 'text', nullable: true })
  textFr: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({ description: 'Whether the public can see it (when the review is published too): false at first, changed by setReviewReplyPublished.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field({ description: 'When the reply was first written (ISO-8601 date-time, UTC).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the reply was last changed (ISO-8601 date-time, UTC).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
