import { randomBytes } from 'node:crypto';
import { NETWORK_TENANT_ID } from '@infitah/contract';
import { assertUuid, badUserInput, forbidden, notFound, pageAndCount, pageOf, PageArgs, recordAudit, TombstoneQuery, unauthenticated, type Caller } from '@infitah/server-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { NotificationKind } from '../inbox/notification.entity';
import { messageIdOf } from './webhook.delivery';
import { CreatedWebhook, Webhook, WebhookConnection, WebhookDelivery, WebhookDeliveryConnection, WebhookFilter, WebhookInput } from './webhook.entity';
import { assertWebhookUrl, strictWebhookUrls, WebhookUrlError } from './url-guard';

/** The tenant whose webhooks a caller manages: its collectivity for an admin, the network's reserved tenant for the network. */
export function webhookOwner(caller: Caller): string {
  if (caller.role === 'ANONYMOUS') throw unauthenticated('Sign in to manage webhooks');
  if (caller.role === 'NETWORK_ADMIN') return NETWORK_TENANT_ID;
  if (caller.role === 'COLLECTIVITY_ADMIN' && caller.collectivityId) return caller.collectivityId;
  throw forbidden("Only a collectivity's administrators or the network manage webhooks");
}

/** A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

const KINDS = new Set<string>(Object.values(NotificationKind));
const AUDIT = { service: 'notifications', entity: 'Webhook' } as const;

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => WebhookConnection, {
    description:
      "The caller's webhooks, newest first: a collectivity admin's are its collectivity's, the network's its own; in sync order with `filter.updatedSince` or a sync cursor (a webhook changes when it is disabled; deleted ones are listed by `deletedWebhooks`). UNAUTHENTICATED when anonymous, FORBIDDEN for an editor.",
  })
  async webhooks(
    @Arg('filter', () => WebhookFilter, { nullable: true, description: "Narrows the list; omitted, every webhook of the caller's." }) filter: WebhookFilter | null,
    @Args() pageArgs: PageArgs,
    @Ctx() context: NotificationsContext,
  ): Promise<WebhookConnection> {
    const owner = webhookOwner(context.caller);
    const page = pageOf(pageArgs, filter);
    const manager = await context.manager();
    const query = manager.createQueryBuilder(Webhook, 'w').where('w.collectivity_id = :owner', { owner }).orderBy('w.created_at', 'DESC').addOrderBy('w.id', 'ASC');
    return pageAndCount(query, page);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      "The delivery log of one of the caller's webhooks: every attempt, newest first. A log, not a list of records that change: an attempt is written once and never changed, so the list is read in its own order with `after` and refuses a sync cursor, naming `after`. UNAUTHENTICATED when anonymous, FORBIDDEN for an editor, NOT_FOUND for a webhook that is not the caller's.",
  })
  async webhookDeliveries(
    @Arg('webhookId', () => ID, { description: 'The webhook (UUID).' }) webhookId: string,
    @Args() pageArgs: PageArgs,
    @Ctx() context: NotificationsContext,
  ): Promise<WebhookDeliveryConnection> {
    const owner = webhookOwner(context.caller);
    const id = assertUuid('webhookId', webhookId);
    const page = pageOf(pageArgs);
    const manager = await context.manager();
    const found = await manager.query('SELECT 1 FROM notifications.webhook WHERE collectivity_id = $1 AND id = $2', [owner, id]);
    if (!found.length) throw notFound('Webhook', webhookId);
    const query = manager
      .createQueryBuilder(WebhookDelivery, 'd')
      .where('d.collectivity_id = :owner AND d.webhook_id = :id', { owner, id })
      .orderBy('d.attempted_at', 'DESC')
      .addOrderBy('d.id', 'ASC');
    return pageAndCount(query, page);
  }

  @Mutation(() => CreatedWebhook, {
    description:
      "Registers a webhook for the caller's collectivity (a collectivity admin) or the network, and returns its signing secret, shown this once. BAD_USER_INPUT naming url (not an absolute http(s) address; in production not https, or a loopback, private or link-local address) or kinds (none, or unknown). UNAUTHENTICATED when anonymous, FORBIDDEN for an editor.",
  })
  async createWebhook(@Arg('input', () => WebhookInput, { description: 'Its address and the kinds of events it receives.' }) input: WebhookInput, @Ctx() context: NotificationsContext): Promise<CreatedWebhook> {
    const owner = webhookOwner(context.caller);
    const kinds = [...new Set(input.kinds)];
    if (!kinds.length) throw badUserInput('kinds', 'is required', { rule: 'required' });
    if (kinds.some((kind) => !KINDS.has(kind))) throw badUserInput('kinds', 'must be one of the choices offered', { rule: 'isEnum' });
    let url: string;
    try {
      url = await assertWebhookUrl(input.url, strictWebhookUrls());
    } catch (error) {
      if (error instanceof WebhookUrlError) throw badUserInput('url', error.message);
      throw error;
    }
    const secret = newWebhookSecret();
    const manager = await context.manager();
    const [row] = await manager.query(
      'INSERT INTO notifications.webhook (collectivity_id, url, kinds, secret, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [owner, url, kinds, secret, context.caller.userId ?? null],
    );
    const webhook = await manager.findOneByOrFail(Webhook, { collectivityId: owner, id: row.id as string });
    await recordAudit(manager, context.caller, {
      ...AUDIT,
      collectivityId: owner === NETWORK_TENANT_ID ? null : owner,
      entityId: webhook.id,
      action: 'CREATE',
      after: { url: webhook.url, kinds: webhook.kinds, active: webhook.active },
    });
    return { secret, webhook };
  }

  @Mutation(() => Boolean, {
    description:
      "Deletes one of the caller's webhooks with its delivery log; nothing more is sent to it. UNAUTHENTICATED when anonymous, FORBIDDEN for an editor, NOT_FOUND for a webhook that is not the caller's.",
  })
  async deleteWebhook(@Arg('id', () => ID, { description: 'The webhook (UUID).' }) id: string, @Ctx() context: NotificationsContext): Promise<boolean> {
    const owner = webhookOwner(context.caller);
    const webhookId = assertUuid('id', id);
    const manager = await context.manager();
    const [rows] = (await manager.query('DELETE FROM notifications.webhook WHERE collectivity_id = $1 AND id = $2 RETURNING url, kinds, active', [owner, webhookId])) as [
      Array<{ url: string; kinds: string[]; active: boolean }>,
      number,
    ];
    if (!rows.length) throw notFound('Webhook', id);
    await recordAudit(manager, context.caller, {
      ...AUDIT,
      collectivityId: owner === NETWORK_TENANT_ID ? null : owner,
      entityId: webhookId,
      action: 'DELETE',
      before: rows[0],
    });
    return true;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => String, { description: 'The message’s `webhook-id` header (`msg_…`), the same for every attempt at one message.' })
  messageId(@Root() delivery: WebhookDelivery): string {
    return messageIdOf(delivery.messageId);
  }
}

/**
 * `deletedWebhooks(since, first, after)`: webhooks deleted (`deleteWebhook`), from the tombstones an AFTER DELETE trigger
 * leaves in `notifications.tombstone`, shown only to those who could read the webhook (row-level security says the same).
 */
export const DeletedWebhooksResolver = TombstoneQuery({
  field: 'deletedWebhooks',
  type: 'Webhook',
  list: 'webhooks',
  schema: 'notifications',
  readers: 'owners',
  authorize: webhookOwner,
  refusals: 'UNAUTHENTICATED when anonymous, FORBIDDEN for an editor.',
});
