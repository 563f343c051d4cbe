import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertNetworkAdmin, assertUuid, auditRecord, badUserInput, enqueueNotification, notFound, recordAudit } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { ReviewReply } from './review-reply.entity';
import { OpenGovernmentEffect, PotentialForResults, Review } from './review.entity';

@InputType({ description: "The network's assessment of a commitment on the OGP IRM criteria." })
export class ReviewInput {
  @Field(() => CompletionLevel, { description: 'Completion on the OGP IRM scale as the network verified it.' })
  verifiedCompletion: CompletionLevel;

  @Field(() => OpenGovernmentEffect, { nullable: true, description: 'The "did it open government?" rating; omit when not assessed.' })
  didItOpenGovernment?: OpenGovernmentEffect | null;

  @Field(() => PotentialForResults, { nullable: true, description: 'The potential-for-results rating; omit when not assessed.' })
  potentialForResults?: PotentialForResults | null;

  @Field(() => String, { nullable: true, description: "The reviewer's comment, up to 5,000 characters; blank is stored as null." })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;

  @Field({
    defaultValue: false,
    description: "True to make the review public at once; false by default (seen then only by the network and the commitment's collectivity).",
  })
  published: boolean;
}

@InputType({ description: "Changes to a draft review; an omitted field keeps its value, null clears an optional one." })
export class UpdateReviewInput {
  @Field(() => CompletionLevel, { nullable: true, description: 'Completion on the OGP IRM scale as the network verified it; cannot be cleared.' })
  verifiedCompletion?: CompletionLevel | null;

  @Field(() => OpenGovernmentEffect, { nullable: true, description: 'The "did it open government?" rating; null when not assessed.' })
  didItOpenGovernment?: OpenGovernmentEffect | null;

  @Field(() => PotentialForResults, { nullable: true, description: 'The potential-for-results rating; null when not assessed.' })
  potentialForResults?: PotentialForResults | null;

  @Field(() => String, { nullable: true, description: "The reviewer's comment, up to 5,000 characters; blank is stored as null." })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;
}

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => Review, {
    nullable: true,
    description: "One review by id: published ones (of a commitment the caller may see) for everyone, drafts for the network and the reviewed collectivity; null otherwise.",
  })
  review(@Arg('id', () => ID, { description: 'The review id (UUID).' }) id: string, @Ctx() context: EvaluationContext) {
    return context.loaders.reviewById.load(assertUuid('id', id));
  }

  @FieldResolver(() => ReviewReply, {
    nullable: true,
    description: "The reviewed collectivity's reply: for the public once both it and the review are published; the draft too for the network and that collectivity; null when none.",
  })
  reply(@Root() review: Review, @Ctx() context: EvaluationContext) {
    return context.loaders.replyByReview.load({ collectivityId: review.collectivityId, id: review.id });
  }

  @Mutation(() => Review, {
    description:
      "The network edits one of its reviews while it is unpublished (BAD_USER_INPUT on id once published: unpublish it first). Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the review does not exist; BAD_USER_INPUT names verifiedCompletion when cleared.",
  })
  async updateReview(
    @Arg('id', () => ID, { description: 'The review id (UUID); BAD_USER_INPUT when malformed.' }) id: string,
    @Arg('input', () => UpdateReviewInput, { description: 'The ratings and comment to change.' }) input: UpdateReviewInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Review> {
    assertNetworkAdmin(context.caller);
    const reviewId = assertUuid('id', id);
    const review = await context.loaders.reviewById.load(reviewId);
    if (!review) throw notFound('Review', reviewId);
    if (review.published) throw badUserInput('id', 'is published: unpublish it before editing');
    if (input.verifiedCompletion === null) throw badUserInput('verifiedCompletion', 'cannot be cleared');
    const before = { ...review };
    if (input.verifiedCompletion !== undefined) review.verifiedCompletion = input.verifiedCompletion;
    if (input.didItOpenGovernment !== undefined) review.didItOpenGovernment = input.didItOpenGovernment ?? null;
    if (input.potentialForResults !== undefined) review.potentialForResults = input.potentialForResults ?? null;
    if (input.comment !== undefined) review.comment = input.comment?.trim() || null;
    const saved = await (await context.manager()).save(review);
    await auditRecord(context, 'evaluation', 'Review', saved, 'UPDATE', before);
    context.loaders.reviewById.clear(reviewId);
    context.loaders.reviewsByCommitment.clear({ collectivityId: review.collectivityId, id: review.commitmentId });
    return saved;
  }

  @Mutation(() => Review, {
    description:
      "The network adds a review of a commitment: verified completion, 'did it open government?', potential for results; each call adds a new review. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the commitment does not exist.",
  })
  async reviewCommitment(
    @Arg('commitmentId', () => ID, { description: 'The commitment reviewed (UUID).' }) id: string,
    @Arg('input', () => ReviewInput, { description: 'The ratings, comment and publication choice.' }) input: ReviewInput,
    @Ctx() context: EvaluationContext,
  ): Promise<Review> {
    assertNetworkAdmin(context.caller);
    const commitmentId = assertUuid('commitmentId', id);
    const commitment = await context.loaders.commitmentById.load(commitmentId);
    if (!commitment) throw notFound('Commitment', commitmentId);
    const manager = await context.manager();
    const review = await manager.save(
      manager.create(Review, {
        collectivityId: commitment.collectivityId,
        commitmentId: commitment.id,
        verifiedCompletion: input.verifiedCompletion,
        didItOpenGovernment: input.didItOpenGovernment ?? null,
        potentialForResults: input.potentialForResults ?? null,
        comment: input.comment?.trim() || null,
        reviewerId: context.caller.userId,
        published: input.published,
      }),
    );
    await recordAudit(manager, context.caller, {
      service: 'evaluation',
      collectivityId: commitment.collectivityId,
      entity: 'Review',
      entityId: review.id,
      action: 'CREATE',
      after: review,
    });
    if (review.published) await notifyReviewPublished(context, review, commitment);
    context.loaders.reviewsByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
    return review;
  }

  @Mutation(() => Review, {
    description:
      "The network makes one of its reviews public, or withdraws it (seen then only by the network and the commitment's collectivity); setting the state it already has changes nothing. Requires NETWORK_ADMIN (UNAUTHENTICATED when anonymous, FORBIDDEN for collectivity accounts); NOT_FOUND when the review does not exist.",
  })
  async setReviewPublished(
    @Arg('id', () => ID, { description: 'The review id (UUID); BAD_USER_INPUT when malformed.' }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: EvaluationContext,
  ): Promise<Review> {
    assertNetworkAdmin(context.caller);
    const reviewId = assertUuid('id', id);
    const manager = await context.manager();
    const review = await manager.findOne(Review, { where: { id: reviewId } });
    if (!review) throw notFound('Review', reviewId);
    if (review.published === published) return review;
    const before = { ...review };
    review.published = published;
    const saved = await manager.save(review);
    await auditRecord(context, 'evaluation', 'Review', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    if (published) {
      const commitment = await context.loaders.commitmentById.load(saved.commitmentId);
      if (commitment) await notifyReviewPublished(context, saved, commitment);
    }
    context.loaders.reviewById.clear(reviewId);
    context.loaders.reviewsByCommitment.clear({ collectivityId: review.collectivityId, id: review.commitmentId });
    return saved;
  }
}

/** The commune's admins hear of a published review, in the publishing transaction. */
function notifyReviewPublished(context: EvaluationContext, review: Review, commitment: { id: string; titleAr: string | null; titleFr: string | null }): Promise<void> {
  return enqueueNotification(
    context,
    'REVIEW_PUBLISHED',
    { collectivityId: review.collectivityId, subject: 'REVIEW', id: review.id, targetId: commitment.id, titleAr: commitment.titleAr, titleFr: commitment.titleFr },
    `REVIEW_PUBLISHED:REVIEW:${review.id}`,
  );
}
