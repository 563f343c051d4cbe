import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { DataLoader, loadChildren, tenantKey, visibleRowsSql, type RequestScope, type TenantKey } from '@infitah/server-kit';
import { ReviewReply } from './review-reply.entity';
import { Review } from './review.entity';

/** Rows by id that the caller may see: published, or its own collectivity's, or any for the network (RLS holds the same rule). */
async function visibleById<T extends ObjectLiteral & { id: string }>(scope: RequestScope, entity: EntityTarget<T>, ids: readonly string[]): Promise<Array<T | null>> {
  const visible = visibleRowsSql('r', scope.caller);
  const rows = await (await scope.manager()).createQueryBuilder(entity, 'r').where({ id: In([...ids]) }).andWhere(visible.sql, visible.parameters).getMany();
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
}

export function createReviewLoaders(scope: RequestScope) {
  return {
    reviewById: new DataLoader<string, Review | null>((ids) => visibleById(scope, Review, ids)),

    replyById: new DataLoader<string, ReviewReply | null>((ids) => visibleById(scope, ReviewReply, ids)),

    /** The reply to each review, or null; the public sees a published reply only (and of a review it may see, per RLS). */
    replyByReview: new DataLoader<TenantKey, ReviewReply | null, string>(
      async (keys) =>
        (await loadChildren(await scope.manager(), ReviewReply, { column: 'review_id', property: 'reviewId' }, keys, [], scope.caller)).map(
          (replies) => replies[0] ?? null,
        ),
      { cacheKeyFn: tenantKey },
    ),
  };
}
