import { NETWORK_TENANT_ID } from '@infitah/contract';
import { Logger, run, runOnce, type Runner, type Task } from 'graphile-worker';
import { createTransport } from 'nodemailer';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { moroccoToday } from '@infitah/morocco-time';
import { choicesOf } from '../preferences/choices';
import { DEFAULT_PREFERENCE, EmailFrequency } from '../preferences/preference.entity';
import { collectForDigest, DIGEST_CRONTAB, sendDigests } from './digest';
import { planDeliveries, type Delivery } from './planners';
import { asWorker } from './planners/types';
import { sendPending, type Mailer, type SendOptions } from './send';
import { REMINDER_CRONTAB, REMINDER_TASK, reminderTask, type Clock } from './reminders';
import { PURGE_CRONTAB, PURGE_TASK, purgeTask, type Retention } from './retention';
import { composeMail } from './templates';
import { fanOutWebhooks, WEBHOOK_TASK, webhookTask } from '../webhooks/webhook.delivery';

export { planDeliveries } from './planners';
export { sendDigests } from './digest';

/** The job a network admin's retry of a failed e-mail enqueues. */
export const RESEND_TASK = 'notifications_resend';

export type { Mailer } from './send';

export interface WorkerOptions {
  /** The notifications role's connection (a member of the queue's owner role). */
  databaseUrl: string;
  /** The platform's public address, for links to the portal and the console. */
  publicUrl: string;
  mailer: Mailer;
  from: string;
  concurrency?: number;
  /** How often the queue is polled besides LISTEN/NOTIFY (milliseconds). */
  pollIntervalMs?: number;
  log?: (line: string) => void;
  /** The time now: tests fix it (the daily digest's day and hour, the daily reminders' day). */
  clock?: Clock;
  /** How long read notifications, sent mails, digest items and unconfirmed follow requests are kept (the daily purge). */
  retention?: Retention;
}

export function smtpMailer(url: string): Mailer {
  return createTransport(url);
}

/**
 * Records the inbox notifications and the e-mails to send in one transaction, once per recipient and event
 * whatever the retries, then sends the e-mails not yet sent. Each account's preferences decide: no inbox row, no
 * e-mail, or an item of its daily digest instead of an e-mail now; its language, the one language of its mails.
 * A failed send is retried with the job (graphile-worker waits longer each time); after the last attempt the
 * delivery is FAILED, which the network reads.
 */
export async function deliver(
  dataSource: DataSource,
  send: Omit<SendOptions, 'confirmTokens'>,
  deliveries: Delivery[],
  attempt: { isLast: boolean },
  clock: () => Date = () => new Date(),
): Promise<void> {
  if (!deliveries.length) return;
  await asWorker(dataSource, async (manager) => {
    const choices = await choicesOf(manager, deliveries.map((delivery) => delivery.accountId));
    for (const delivery of deliveries) {
      const [ar, fr] = [delivery.parts.find((part) => part.language === 'ar')!, delivery.parts.find((part) => part.language === 'fr')!];
      const tenantId = delivery.collectivityId ?? NETWORK_TENANT_ID;
      const choice = delivery.accountId ? choices.of(delivery.accountId, delivery.kind) : { ...DEFAULT_PREFERENCE, language: delivery.language ?? null };
      if (delivery.accountId && choice.inbox) {
        await manager.query(
          `INSERT INTO notifications.notification (collectivity_id, recipient_id, kind, title_ar, title_fr, body_ar, body_fr, link, source_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT ON CONSTRAINT notification_once DO NOTHING`,
          [tenantId, delivery.accountId, delivery.kind, ar.rendered.title, fr.rendered.title, ar.rendered.body, fr.rendered.body, ar.link, delivery.sourceKey],
        );
      }
      if (!choice.email) continue;
      if (delivery.accountId && choice.emailFrequency === EmailFrequency.DAILY_DIGEST) {
        await collectForDigest(manager, tenantId, delivery, moroccoToday(clock()));
        continue;
      }
      const chosen = delivery.parts.filter((part) => part.language === choice.language);
      const mail = composeMail(chosen.length ? chosen : delivery.parts);
      await manager.query(
        `INSERT INTO notifications.delivery (collectivity_id, channel, kind, recipient, subject, text_body, html_body, source_key, unsubscribe)
         VALUES ($1, 'EMAIL', $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING`,
        [tenantId, delivery.kind, delivery.email, mail.subject, mail.text, mail.html, delivery.sourceKey, unsubscribeOf(delivery)],
      );
    }
  });
  const confirmTokens = new Map(deliveries.filter((delivery) => delivery.confirmToken).map((delivery) => [delivery.sourceKey, delivery.confirmToken!]));
  await sendPending(dataSource, { ...send, confirmTokens }, { sourceKeys: [...new Set(deliveries.map((delivery) => delivery.sourceKey))] }, attempt);
}

/** An account's mail offers its notification settings; a follower's, the one-click unfollow; a citizen's answer, nothing. */
function unsubscribeOf(delivery: Delivery): 'PREFERENCES' | 'UNFOLLOW' | null {
  if (delivery.accountId) return 'PREFERENCES';
  return delivery.parts.some((part) => part.unfollowLink) ? 'UNFOLLOW' : null;
}

/** The task the subgraphs enqueue (`queue.enqueue`), as graphile-worker runs it. */
export function notifyTask(dataSource: DataSource, options: Pick<WorkerOptions, 'mailer' | 'from' | 'publicUrl' | 'clock'>): Task {
  return async (payload, helpers) => {
    // the endpoints' jobs first, so a mail server down delays no webhook; fanning out again on a retry adds nothing
    await fanOutWebhooks(dataSource, { publicUrl: options.publicUrl }, payload as Record<string, unknown>, helpers.job);
    const deliveries = await planDeliveries({ dataSource, publicUrl: options.publicUrl }, payload as Record<string, unknown>);
    await deliver(dataSource, options, deliveries, { isLast: helpers.job.attempts >= helpers.job.max_attempts }, options.clock);
  };
}

/**
 * The worker's own tasks: the subgraphs' notifications, each webhook delivery, the hourly reminders and digest runs,
 * the daily purge of what is kept no longer, and the network's retry of a failed e-mail.
 */
export function taskList(dataSource: DataSource, options: Pick<WorkerOptions, 'mailer' | 'from' | 'publicUrl' | 'clock' | 'retention'>): Record<string, Task> {
  const now = options.clock ?? (() => new Date());
  return {
    notify: notifyTask(dataSource, options),
    [WEBHOOK_TASK]: webhookTask(dataSource),
    [REMINDER_TASK]: reminderTask(dataSource, now),
    [PURGE_TASK]: purgeTask(dataSource, now, options.retention),
    notifications_digest: async (_payload, helpers) => {
      await sendDigests(dataSource, options, now(), { isLast: helpers.job.attempts >= helpers.job.max_attempts });
    },
    [RESEND_TASK]: async (payload, helpers) => {
      const { deliveryId } = payload as { deliveryId: string };
      await sendPending(dataSource, options, { ids: [deliveryId] }, { isLast: helpers.job.attempts >= helpers.job.max_attempts });
    },
  };
}

export interface NotificationWorker {
  stop(): Promise<void>;
}

/** Works the queue until stopped: LISTEN/NOTIFY wakes it at once, polling catches the rest. */
export async function startNotificationWorker(dataSource: DataSource, options: WorkerOptions): Promise<NotificationWorker> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: (options.concurrency ?? 2) + 2, application_name: 'infitah-notifications-worker' });
  const log = options.log ?? ((line: string) => console.log(line));
  const logger = new Logger((scope) => (level, message) => {
    if (level === 'debug') return;
    log(JSON.stringify({ level: level === 'warning' ? 'warn' : level, service: 'notifications', worker: true, message, ...(scope.jobId ? { jobId: scope.jobId } : {}) }));
  });
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      schema: 'graphile_worker',
      taskList: taskList(dataSource, options),
      crontab: `${DIGEST_CRONTAB}\n${REMINDER_CRONTAB}\n${PURGE_CRONTAB}`,
      concurrency: options.concurrency ?? 2,
      pollInterval: options.pollIntervalMs ?? 2_000,
      noHandleSignals: true,
      logger,
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    async stop() {
      await runner.stop();
      await pool.end();
    },
  };
}

/** Works every job due now, then returns (tests, one-shot runs). */
export async function runQueueOnce(dataSource: DataSource, options: WorkerOptions): Promise<void> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: 2 });
  try {
    await runOnce({ pgPool: pool, schema: 'graphile_worker', taskList: taskList(dataSource, options), logger: new Logger(() => () => undefined) });
  } finally {
    await pool.end();
  }
}
