import { NETWORK_TENANT_ID } from '@infitah/contract';
import { Logger, run, runOnce, type Runner, type Task } from 'graphile-worker';
import { createTransport } from 'nodemailer';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { planDeliveries, type Delivery } from './planners';
import { asWorker } from './planners/types';
import { composeMail } from './templates';
import { fanOutWebhooks, WEBHOOK_TASK, webhookTask } from '../webhooks/webhook.delivery';

export { planDeliveries } from './planners';

/** What the worker sends mail with: nodemailer's SMTP transport in production, or any object that sends the same way. */
export interface Mailer {
  sendMail(mail: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

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
}

export function smtpMailer(url: string): Mailer {
  return createTransport(url);
}

/**
 * Records the inbox notifications and the e-mails to send in one transaction, once per recipient and event
 * whatever the retries, then sends the e-mails not yet sent. A failed send is retried with the job (graphile-worker
 * waits longer each time); after the last attempt the delivery is FAILED, which the network reads.
 */
export async function deliver(dataSource: DataSource, mailer: Mailer, from: string, deliveries: Delivery[], attempt: { isLast: boolean }): Promise<void> {
  if (!deliveries.length) return;
  await asWorker(dataSource, async (manager) => {
    for (const delivery of deliveries) {
      const [ar, fr] = [delivery.parts.find((part) => part.language === 'ar')!, delivery.parts.find((part) => part.language === 'fr')!];
      if (delivery.accountId) {
        await manager.query(
          `INSERT INTO notifications.notification (collectivity_id, recipient_id, kind, title_ar, title_fr, body_ar, body_fr, link, source_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT ON CONSTRAINT notification_once DO NOTHING`,
          [delivery.collectivityId ?? NETWORK_TENANT_ID, delivery.accountId, delivery.kind, ar.rendered.title, fr.rendered.title, ar.rendered.body, fr.rendered.body, ar.link, delivery.sourceKey],
        );
      }
      const mail = composeMail(delivery.parts);
      await manager.query(
        `INSERT INTO notifications.delivery (collectivity_id, channel, kind, recipient, subject, text_body, html_body, source_key)
         VALUES ($1, 'EMAIL', $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING`,
        [delivery.collectivityId ?? NETWORK_TENANT_ID, delivery.kind, delivery.email, mail.subject, mail.text, mail.html, delivery.sourceKey],
      );
    }
  });
  const keys = [...new Set(deliveries.map((delivery) => delivery.sourceKey))];
  const pending: Array<{ collectivity_id: string; id: string; recipient: string; subject: string; text_body: string; html_body: string }> = await asWorker(dataSource, (manager) =>
    manager.query("SELECT collectivity_id, id, recipient, subject, text_body, html_body FROM notifications.delivery WHERE source_key = ANY($1) AND status = 'PENDING' ORDER BY recipient", [keys]),
  );
  let failure: unknown = null;
  for (const row of pending) {
    try {
      await mailer.sendMail({ from, to: row.recipient, subject: row.subject, text: row.text_body, html: row.html_body });
      await asWorker(dataSource, (manager) =>
        manager.query("UPDATE notifications.delivery SET status = 'SENT', sent_at = now(), attempts = attempts + 1 WHERE collectivity_id = $1 AND id = $2", [row.collectivity_id, row.id]),
      );
    } catch (error) {
      failure = error;
      await asWorker(dataSource, (manager) =>
        manager.query('UPDATE notifications.delivery SET attempts = attempts + 1, last_error = $3, status = $4 WHERE collectivity_id = $1 AND id = $2', [
          row.collectivity_id,
          row.id,
          String((error as Error)?.message ?? error).slice(0, 1000),
          attempt.isLast ? 'FAILED' : 'PENDING',
        ]),
      );
    }
  }
  if (failure) throw failure;
}

/** The task the subgraphs enqueue (`queue.enqueue`), as graphile-worker runs it. */
export function notifyTask(dataSource: DataSource, options: Pick<WorkerOptions, 'mailer' | 'from' | 'publicUrl'>): Task {
  return async (payload, helpers) => {
    // the endpoints' jobs first, so a mail server down delays no webhook; fanning out again on a retry adds nothing
    await fanOutWebhooks(dataSource, { publicUrl: options.publicUrl }, payload as Record<string, unknown>, helpers.job);
    const deliveries = await planDeliveries({ dataSource, publicUrl: options.publicUrl }, payload as Record<string, unknown>);
    await deliver(dataSource, options.mailer, options.from, deliveries, { isLast: helpers.job.attempts >= helpers.job.max_attempts });
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
      taskList: { notify: notifyTask(dataSource, options), [WEBHOOK_TASK]: webhookTask(dataSource) },
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
    await runOnce({ pgPool: pool, schema: 'graphile_worker', taskList: { notify: notifyTask(dataSource, options), [WEBHOOK_TASK]: webhookTask(dataSource) }, logger: new Logger(() => () => undefined) });
  } finally {
    await pool.end();
  }
}
