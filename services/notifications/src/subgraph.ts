import type { SubgraphDefinition } from '@infitah/server-kit';
import { createNotificationsLoaders, type NotificationsContext, type NotificationsLoaders } from './context';
import { Delivery } from './delivery/delivery.entity';
import { DeliveryResolver } from './delivery/delivery.resolver';
import { smtpMailer, startNotificationWorker } from './delivery/worker';
import { loadWorkerConfig } from './delivery/worker-config';
import { FollowResolver } from './follow/follow.resolver';
import { InboxResolver } from './inbox/inbox.resolver';
import { Notification } from './inbox/notification.entity';
import { migrations } from './migrations';
import { PersonalDataResolver, PersonalDataSubject } from './personal-data/personal-data.resolver';
import { PreferenceResolver } from './preferences/preference.resolver';
import { Webhook, WebhookDelivery } from './webhooks/webhook.entity';
import { DeletedWebhooksResolver, WebhookDeliveryResolver, WebhookResolver } from './webhooks/webhook.resolver';

export const notifications: SubgraphDefinition<NotificationsLoaders> = {
  name: 'notifications',
  entities: [Notification, Delivery, Webhook, WebhookDelivery],
  migrations,
  resolvers: [InboxResolver, DeliveryResolver, FollowResolver, PersonalDataResolver, PreferenceResolver, WebhookResolver, WebhookDeliveryResolver, DeletedWebhooksResolver],
  orphanedTypes: [PersonalDataSubject],
  referenceResolvers: {
    // one person's data is the network's to read, as at territory's root field
    PersonalDataSubject: {
      __resolveReference: (reference: { email: string }, context: NotificationsContext): PersonalDataSubject | null =>
        context.caller.role === 'NETWORK_ADMIN' ? { email: reference.email } : null,
    },
  },
  // no dataset: its listing answers the gateway's open-data catalogue with none (personal data stays here)
  openData: [],
  createLoaders: createNotificationsLoaders,
  async background({ dataSource, env }) {
    const config = loadWorkerConfig(env);
    if (!config.NOTIFICATIONS_WORKER) return { stop: async () => undefined };
    return startNotificationWorker(dataSource, {
      databaseUrl: config.DATABASE_URL,
      publicUrl: config.PUBLIC_URL,
      mailer: smtpMailer(config.SMTP_URL),
      from: config.MAIL_FROM,
      concurrency: config.NOTIFICATIONS_CONCURRENCY,
      pollIntervalMs: config.NOTIFICATIONS_POLL_INTERVAL_MS,
      retention: {
        readNotificationDays: config.NOTIFICATIONS_RETENTION_READ_DAYS,
        deliveryDays: config.NOTIFICATIONS_RETENTION_DELIVERY_DAYS,
        unconfirmedFollowDays: config.NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS,
      },
    });
  },
};
