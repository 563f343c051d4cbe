import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { assertCanWriteTenant, assertUuid, auditRecord, badUserInput, loadWritable, notFound, unauthenticated } from '@infitah/server-kit';
import type { EvaluationContext } from '../context';
import { ReviewReply } from './review-reply.entity';

@InputType({ description: "The reviewed collectivity's reply, in Arabic, French or both (at least one)." })
export class ReviewReplyInput {
  @Field(() => String, { nullable: true, description: 'The reply in Arabic, up to 5,000 characters; blank is stored as null.' })
  @IsOptional()
  @MaxLength(5000)
  textAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The reply in French, up to 5,000 characters; blank is stored as null.' })
  @IsOptional()
  @MaxLength(5000)
  textFr?: string | null;
}

const DRAFT_ONLY = 'the reply is published: unpublish it before editing';

@Resolver(() => ReviewReply)
export class ReviewReplyResolver {
  @Mutation(() => ReviewReply, {
    description:
      "The reviewed collectivity's administrator writes its reply to a network review, or rewrites it while unpublished (BAD_USER_INPUT on reviewId once published: unpublish it first); one reply per review, unpublished at first. Requires COLLECTIVITY_ADMIN of the reviewed commitment's collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see the review; BAD_USER_INPUT names textFr when both texts are blank.",
  })
  async replyToReview(
    @Arg('reviewId', () => ID, { description: 'The review answered (UUID).' }) id: string,
    @Arg('input', () => ReviewReplyInput, { description: 'The text of the reply.' }) input: ReviewReplyInput,
    @Ctx() context: EvaluationContext,
  ): Promise<ReviewReply> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    const reviewId = assertUuid('reviewId', id);
    const review = await context.loaders.reviewById.load(reviewId);
    if (!review) throw notFound('Review', reviewId);
    assertCanWriteTenant(context.caller, review.collectivityId, { adminOnly: true });
    const textAr = input.textAr?.trim() || null;
    const textFr = input.textFr?.trim() || null;
    if (!textAr && !textFr) throw badUserInput('textFr', 'a reply needs a text in Arabic or in French');
    const key = { collectivityId: review.collectivityId, id: review.id };
    const existing = await context.loaders.replyByReview.load(key);
    if (existing?.published) throw badUserInput('reviewId', DRAFT_ONLY);
    const manager = await context.manager();
    const before = existing ? { ...existing } : null;
    const reply = existing ?? manager.create(ReviewReply, { collectivityId: review.collectivityId, reviewId: review.id, authorId: context.caller.userId, published: false });
    reply.textAr = textAr;
    reply.textFr = textFr;
    const saved = await manager.save(reply);
    await auditRecord(context, 'evaluation', 'ReviewReply', saved, existing ? 'UPDATE' : 'CREATE', before);
    context.loaders.replyByReview.clear(key);
    context.loaders.replyById.clear(saved.id);
    return saved;
  }

  @Mutation(() => ReviewReply, {
    description:
      "The reviewed collectivity's administrator makes its reply public (the review must be published: BAD_USER_INPUT on published otherwise), or withdraws it; setting the state it already has changes nothing. Requires COLLECTIVITY_ADMIN of its collectivity (FORBIDDEN otherwise, editors and the network included; UNAUTHENTICATED when anonymous); NOT_FOUND when the caller cannot see it.",
  })
  async setReviewReplyPublished(
    @Arg('id', () => ID, { description: 'The reply id (UUID); BAD_USER_INPUT when malformed.' }) id: string,
    @Arg('published', { description: 'True to publish, false to withdraw.' }) published: boolean,
    @Ctx() context: EvaluationContext,
  ): Promise<ReviewReply> {
    const reply = await loadWritable(context.caller, 'ReviewReply', id, context.loaders.replyById, { adminOnly: true });
    if (reply.published === published) return reply;
    if (published) {
      const review = await context.loaders.reviewById.load(reply.reviewId);
      if (!review?.published) throw badUserInput('published', 'the review answered is not published yet');
    }
    const before = { ...reply };
    reply.published = published;
    const saved = await (await context.manager()).save(reply);
    await auditRecord(context, 'evaluation', 'ReviewReply', saved, published ? 'PUBLISH' : 'UNPUBLISH', before);
    context.loaders.replyByReview.clear({ collectivityId: reply.collectivityId, id: reply.reviewId });
    return saved;
  }
}
