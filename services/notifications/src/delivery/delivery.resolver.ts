import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, connectionOf, forbidden, notFound, pageOf, PageArgs, unauthenticated, type Caller } from '@infitah/server-kit';
import type { NotificationsContext } from '../context';
import { Delivery, DeliveryConnection } from './delivery.entity';
import { RESEND_TASK } from './worker';

/** `someone@example.org` → `so…@example.org`: enough to recognise, not to harvest. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '…';
  return `${address.slice(0, Math.min(2, at))}…${address.slice(at)}`;
}

function networkOnly(caller: Caller): void {
  if (caller.role === 'ANONYMOUS') throw unauthenticated();
  if (caller.role !== 'NETWORK_ADMIN') throw forbidden('Only the network reads failed deliveries');
}

@Resolver(() => Delivery)
export class DeliveryResolver {
  @Query(() => DeliveryConnection, {
    description: 'E-mails that could not be delivered after every retry, newest first. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise.',
  })
  async failedDeliveries(@Args() pageArgs: PageArgs, @Ctx() context: NotificationsContext): Promise<DeliveryConnection> {
    networkOnly(context.caller);
    const page = pageOf(pageArgs);
    const manager = await context.manager();
    const [nodes, totalCount] = await manager
      .createQueryBuilder(Delivery, 'd')
      .where("d.status = 'FAILED'")
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .offset(page.skip)
      .limit(page.take)
      .getManyAndCount();
    return connectionOf(nodes, totalCount, page);
  }

  @Mutation(() => Delivery, {
    description:
      'Sends a failed e-mail again, at once (retried with back-off like any other), and returns it PENDING; it leaves failedDeliveries. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise; NOT_FOUND when no failed delivery has this id.',
  })
  async retryDelivery(@Arg('id', () => ID, { description: 'The failed delivery (UUID).' }) id: string, @Ctx() context: NotificationsContext): Promise<Delivery> {
    networkOnly(context.caller);
    const deliveryId = assertUuid('id', id).toLowerCase();
    const manager = await context.manager();
    const [rows] = (await manager.query(
      "UPDATE notifications.delivery SET status = 'PENDING' WHERE id = $1 AND status = 'FAILED' RETURNING collectivity_id",
      [deliveryId],
    )) as [Array<{ collectivity_id: string }>, number];
    if (!rows.length) throw notFound('Delivery', id);
    // in the same transaction: a rolled-back retry enqueues nothing
    await manager.query('SELECT graphile_worker.add_job($1, json_build_object($2::text, $3::text), max_attempts => 8, job_key => $4)', [
      RESEND_TASK,
      'deliveryId',
      deliveryId,
      `resend:${deliveryId}`,
    ]);
    return manager.findOneOrFail(Delivery, { where: { collectivityId: rows[0].collectivity_id, id: deliveryId } });
  }

  @FieldResolver(() => String, { description: 'The address it was for, masked.' })
  recipient(@Root() delivery: Delivery): string {
    return maskAddress(delivery.recipient);
  }
}
