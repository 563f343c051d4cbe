import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, forbidden, PageArgs, pageOf, unauthenticated } from '@infitah/server-kit';
import type { NotificationsContext } from '../context';
import { Delivery, DeliveryConnection } from './delivery.entity';

/** `someone@example.org` → `so…@example.org`: enough to recognise, not to harvest. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '…';
  return `${address.slice(0, Math.min(2, at))}…${address.slice(at)}`;
}

@Resolver(() => Delivery)
export class DeliveryResolver {
  @Query(() => DeliveryConnection, {
    description: 'E-mails that could not be delivered after every retry, newest first. NETWORK_ADMIN only: UNAUTHENTICATED when anonymous, FORBIDDEN otherwise.',
  })
  async failedDeliveries(@Args() pageArgs: PageArgs, @Ctx() context: NotificationsContext): Promise<DeliveryConnection> {
    if (context.caller.role === 'ANONYMOUS') throw unauthenticated();
    if (context.caller.role !== 'NETWORK_ADMIN') throw forbidden('Only the network reads failed deliveries');
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

  @FieldResolver(() => String, { description: 'The address it was for, masked.' })
  recipient(@Root() delivery: Delivery): string {
    return maskAddress(delivery.recipient);
  }
}
