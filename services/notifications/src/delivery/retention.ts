import type { Task } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { asWorker } from './planners/types';
import type { Clock } from './reminders';

/** The daily purge's task name, and its schedule: 02:30 UTC each day (graphile-worker's crontab is in UTC). */
export const PURGE_TASK = 'notifications_purge';
export const PURGE_CRONTAB = `30 2 * * * ${PURGE_TASK}`;

/** How long each kind of record is kept, in days (env: NOTIFICATIONS_RETENTION_*, docs/notifications.md). */
export interface Retention {
  /** A read inbox notification, from its creation (unread ones stay until read). */
  readNotificationDays: number;
  /** A mail sent, from its sending; and a digest item, from its creation. Failed and pending mails stay for the network. */
  deliveryDays: number;
  /** A follow request never confirmed, from the request. */
  unconfirmedFollowDays: number;
}

export const DEFAULT_RETENTION: Retention = { readNotificationDays: 180, deliveryDays: 90, unconfirmedFollowDays: 7 };

export interface Purged {
  notifications: number;
  deliveries: number;
  digestItems: number;
  followRequests: number;
}

const DAY_MS = 86_400_000;

/**
 * Deletes, in every tenant, what is older than its retention at `now`: read notifications, sent mails, digest items,
 * and unconfirmed follow requests with the mails recorded for them. One transaction: all of it or none.
 */
export function purgeExpired(dataSource: DataSource, now: Date, retention: Retention = DEFAULT_RETENTION): Promise<Purged> {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  return asWorker(dataSource, async (manager) => {
    const count = async (sql: string, values: unknown[]) => ((await manager.query(sql, values)) as [unknown[], number])[1];
    const notifications = await count('DELETE FROM notifications.notification WHERE read_at IS NOT NULL AND created_at < $1', [before(retention.readNotificationDays)]);
    const deliveries = await count("DELETE FROM notifications.delivery WHERE status = 'SENT' AND sent_at < $1", [before(retention.deliveryDays)]);
    const digestItems = await count('DELETE FROM notifications.digest_item WHERE created_at < $1', [before(retention.deliveryDays)]);
    const expired: Array<{ collectivity_id: string; email: string }> = (
      await manager.query('DELETE FROM notifications.follower WHERE confirmed_at IS NULL AND consented_at < $1 RETURNING collectivity_id, email', [
        before(retention.unconfirmedFollowDays),
      ])
    )[0];
    // the confirmation mails of a request that is gone go with it (a follow's mails are its kind's)
    for (const request of expired) {
      await manager.query("DELETE FROM notifications.delivery WHERE collectivity_id = $1 AND recipient = $2 AND kind = 'CONSULTATION_OPENED'", [request.collectivity_id, request.email]);
    }
    return { notifications, deliveries, digestItems, followRequests: expired.length };
  });
}

/** The scheduled task, on the worker's clock. */
export function purgeTask(dataSource: DataSource, now: Clock, retention: Retention = DEFAULT_RETENTION): Task {
  return async (_payload, helpers) => {
    const purged = await purgeExpired(dataSource, now(), retention);
    helpers.logger.info(`purged ${JSON.stringify(purged)}`);
  };
}
