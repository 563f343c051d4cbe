import type { SubgraphDefinition } from '@infitah/server-kit';
import { createNotificationsLoaders, type NotificationsLoaders } from './context';
import { Delivery } from './delivery/delivery.entity';
import { DeliveryResolver } from './delivery/delivery.resolver';
import { smtpMailer, startNotificationWorker } from './delivery/worker';
import { loadWorkerConfig } from './delivery/worker-config';
import { InboxResolver } from './inbox/inbox.resolver';
import { Notification } from './inbox/notification.entity';
import { migrations } from './migrations';
import { Webhook, WebhookDelivery } from './webhooks/webhook.entity';
import { WebhookDeliveryResolver, WebhookResolver } from './webhooks/webhook.resolver';

export const notifications: SubgraphDefinition<NotificationsLoaders> = {
  name: 'notifications',
  entities: [Notification, Delivery, Webhook, WebhookDelivery],
  migrations,
  resolvers: [InboxResolver, DeliveryResolver, WebhookResolver, WebhookDeliveryResolver],
  referenceResolvers: {},
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
    });
  },
};
