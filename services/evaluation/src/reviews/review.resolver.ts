import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { assertNetworkAdmin, assertUuid, notFound, recordAudit } from '@infitah/server-kit';
import { CompletionLevel } from '../commitments/commitment.entity';
import type { EvaluationContext } from '../context';
import { OpenGovernmentEffect, PotentialForResults, Review } from './review.entity';

@InputType()
export class ReviewInput {
  @Field(() => CompletionLevel)
  verifiedCompletion: CompletionLevel;

  @Field(() => OpenGovernmentEffect, { nullable: true })
  didItOpenGovernment?: OpenGovernmentEffect | null;

  @Field(() => PotentialForResults, { nullable: true })
  potentialForResults?: PotentialForResults | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  comment?: string | null;

  @Field({ defaultValue: false })
  published: boolean;
}

@Resolver(() => Review)
export class ReviewResolver {
  @Mutation(() => Review, { description: "The network reviews a commitment: verified completion, 'did it open government?', potential for results." })
  async reviewCommitment(
    @Arg('commitmentId', () => ID) id: string,
    @Arg('input', () => ReviewInput) input: ReviewInput,
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
    context.loaders.reviewsByCommitment.clear({ collectivityId: commitment.collectivityId, id: commitment.id });
    return review;
  }
}
