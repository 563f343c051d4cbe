import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, badUserInput, type Caller, connectionOf, inLanguage, Language, PageArgs, pageOf, unauthenticated } from '@infitah/server-kit';
import type { NotificationsContext } from '../context';
import { Notification, NotificationConnection } from './notification.entity';

const LANGUAGE = { nullable: true, description: 'AR or FR; Arabic by default.' } as const;

function signedIn(caller: Caller): string {
  if (caller.role === 'ANONYMOUS' || !caller.userId) throw unauthenticated('Sign in to read your notifications');
  return caller.userId;
}

@Resolver(() => Notification)
export class InboxResolver {
  @Query(() => NotificationConnection, {
    description:
      "The signed-in account's own notifications, newest first; no one ever reads another account's. UNAUTHENTICATED when anonymous. With unreadOnly, the unread ones only (their totalCount is the unread count).",
  })
  async notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only those not yet marked read.' }) unreadOnly: boolean | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: NotificationsContext,
  ): Promise<NotificationConnection> {
    const userId = signedIn(context.caller);
    const page = pageOf(pageArgs);
    const manager = await context.manager();
    // row-level security keeps the recipient's rows only; the filter says so too
    const query = manager.createQueryBuilder(Notification, 'n').where('n.recipient_id = :userId', { userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    const [nodes, totalCount] = await query.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'ASC').offset(page.skip).limit(page.take).getManyAndCount();
    return connectionOf(nodes, totalCount, page);
  }

  @Mutation(() => Int, {
    description:
      "Marks the signed-in account's notifications with these ids read and returns how many were unread; ids of others' notifications change nothing. UNAUTHENTICATED when anonymous; BAD_USER_INPUT naming ids when one is not a UUID or more than 100 are given.",
  })
  async markNotificationsRead(
    @Arg('ids', () => [ID], { description: 'The notifications to mark read (UUIDs), at most 100.' }) ids: string[],
    @Ctx() context: NotificationsContext,
  ): Promise<number> {
    const userId = signedIn(context.caller);
    if (ids.length > 100) throw badUserInput('ids', 'must be at most 100 items');
    const valid = ids.map((id) => assertUuid('ids', id).toLowerCase());
    if (!valid.length) return 0;
    const manager = await context.manager();
    const [, changed] = (await manager.query(
      'UPDATE notifications.notification SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL',
      [userId, valid],
    )) as [unknown, number];
    return changed;
  }

  @FieldResolver(() => String, { description: 'Its title in the asked language.' })
  title(@Root() notification: Notification, @Arg('language', () => Language, LANGUAGE) language: Language | null): string {
    return inLanguage({ ar: notification.titleAr, fr: notification.titleFr }, language);
  }

  @FieldResolver(() => String, { description: 'Its text in the asked language.' })
  body(@Root() notification: Notification, @Arg('language', () => Language, LANGUAGE) language: Language | null): string {
    return inLanguage({ ar: notification.bodyAr, fr: notification.bodyFr }, language);
  }
}
