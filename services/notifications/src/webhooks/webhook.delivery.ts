import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { NETWORK_TENANT_ID } from '@infitah/contract';
import type { Job, Task } from 'graphile-worker';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { DataSource } from 'typeorm';
import { asWorker } from '../delivery/planners/types';
import { assertDeliverableHost, guardedLookup, strictWebhookUrls, WebhookUrlError } from './url-guard';

/** The graphile-worker task that sends one message to one endpoint. */
export const WEBHOOK_TASK = 'webhook';

export interface WebhookSettings {
  /** https and public addresses only (production), checked again at every delivery. */
  strict: boolean;
  /** Attempts per message before it counts as failed and its endpoint is disabled; graphile-worker waits e^n seconds after the n-th (10 attempts: about 3.5 hours). */
  maxAttempts: number;
  /** How long an endpoint has to answer, in milliseconds. */
  timeoutMs: number;
}

/** The settings from the environment: WEBHOOKS_STRICT_URLS (default: on in production), WEBHOOKS_MAX_ATTEMPTS (10), WEBHOOKS_TIMEOUT_MS (10000). */
export function webhookSettings(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  const integer = (value: string | undefined, fallback: number, min: number, max: number) => {
    const parsed = Number(value);
    return value && Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : fallback;
  };
  return {
    strict: strictWebhookUrls(env),
    maxAttempts: integer(env.WEBHOOKS_MAX_ATTEMPTS, 10, 1, 25),
    timeoutMs: integer(env.WEBHOOKS_TIMEOUT_MS, 10_000, 100, 60_000),
  };
}

/** The `webhook-id` of a message: its row id, the same for every attempt, as receivers deduplicate by it. */
export function messageIdOf(rowId: string): string {
  return `msg_${rowId.replace(/-/g, '')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ids a webhook may carry, and where the console shows each record (the first found gives the link): records of
 * the tenant, never a person (no account, follower or citizen id).
 */
const PUBLIC_IDS: Array<[idKey: string, consolePath: string | null]> = [
  ['collectivityId', null],
  ['proposalId', 'proposals/{id}'],
  ['eventId', 'events/{id}'],
  ['consultationId', 'events/{id}'],
  ['programId', 'actionPrograms/{id}'],
  ['commitmentId', 'commitments/{id}'],
  ['milestoneId', null],
  ['indicatorId', null],
  ['reportId', null],
  ['reviewId', null],
  ['cohortId', 'cohorts/{id}'],
  ['webhookId', 'webhooks/{id}/show'],
];

export interface WebhookBody {
  type: string;
  timestamp: string;
  data: Record<string, string>;
}

/**
 * What an endpoint receives: the minimal public description of an event, never its content. `type` (the
 * NotificationKind), `timestamp` (when it happened) and `data` holding the collectivity and the records' ids
 * (the keys of PUBLIC_IDS with UUID values, nothing else of the job's payload: no title, answer, e-mail address, nor
 * the id of a person) and a console link. A receiver reads the records themselves through the graph with its own credential, under the same visibility
 * rules as anyone, so an unpublished proposal's text never travels in a webhook.
 */
export function webhookBody(payload: Record<string, unknown>, occurredAt: Date, publicUrl: string): WebhookBody {
  const data: Record<string, string> = {};
  for (const [key] of PUBLIC_IDS) {
    const value = payload[key];
    if (typeof value === 'string' && UUID.test(value)) data[key] = value.toLowerCase();
  }
  const linked = PUBLIC_IDS.find(([key, path]) => path && data[key]);
  data.link = linked ? `${publicUrl}/admin/#/${linked[1]!.replace('{id}', data[linked[0]])}` : `${publicUrl}/admin/`;
  return { type: String(payload.kind), timestamp: occurredAt.toISOString(), data };
}

/**
 * The fan-out, run when a notify job is worked: one message and one `webhook` job per active endpoint subscribed to
 * the kind, in one transaction. A collectivity's endpoints hear of its own events only; the network's of every
 * collectivity's (the network reads them all). The event key (the notify job's id) makes a retried notify job fan
 * out once.
 */
export async function fanOutWebhooks(dataSource: DataSource, options: { publicUrl: string; settings?: WebhookSettings }, payload: Record<string, unknown>, job: Pick<Job, 'id' | 'created_at'>): Promise<number> {
  const kind = typeof payload.kind === 'string' ? payload.kind : null;
  if (!kind) return 0;
  const tenant = typeof payload.collectivityId === 'string' && UUID.test(payload.collectivityId) ? payload.collectivityId : null;
  const settings = options.settings ?? webhookSettings();
  const body = JSON.stringify(webhookBody(payload, new Date(job.created_at), options.publicUrl));
  return asWorker(dataSource, async (manager) => {
    const created: Array<{ collectivity_id: string; id: string }> = await manager.query(
      `INSERT INTO notifications.webhook_message (collectivity_id, webhook_id, event_key, kind, body)
       SELECT w.collectivity_id, w.id, $3, $1, $4 FROM notifications.webhook w
        WHERE w.active AND w.kinds @> ARRAY[$1]::text[] AND (w.collectivity_id = $2::uuid OR w.collectivity_id = '${NETWORK_TENANT_ID}'::uuid)
       ON CONFLICT ON CONSTRAINT webhook_message_once DO NOTHING
       RETURNING collectivity_id, id`,
      [kind, tenant, `notify:${job.id}`, body],
    );
    for (const message of created) {
      await manager.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts => $3, job_key => $4)`, [
        WEBHOOK_TASK,
        JSON.stringify({ collectivityId: message.collectivity_id, messageId: message.id }),
        settings.maxAttempts,
        `webhook:${message.id}`,
      ]);
    }
    return created.length;
  });
}

interface Answer {
  statusCode: number | null;
  error: string | null;
}

/** POSTs a signed body, following no redirect, through the guarded lookup when strict. */
function post(url: URL, headers: Record<string, string>, body: string, settings: WebhookSettings): Promise<Answer> {
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Infitah-Webhooks/1' },
        lookup: guardedLookup(settings.strict),
        timeout: settings.timeoutMs,
      },
      (response: IncomingMessage) => {
        // the answer's body is not kept: only its status counts
        response.resume();
        response.on('end', () => resolve({ statusCode: response.statusCode ?? null, error: null }));
        response.on('error', (error) => resolve({ statusCode: response.statusCode ?? null, error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${settings.timeoutMs} ms`)));
    req.on('error', (error) => resolve({ statusCode: null, error: error.message.slice(0, 500) }));
    req.end(body);
  });
}

interface MessageRow {
  collectivity_id: string;
  id: string;
  webhook_id: string;
  kind: string;
  body: string;
  status: string;
  attempts: number;
  url: string;
  secret: string;
  active: boolean;
}

/**
 * Sends one message to its endpoint, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`), and logs the attempt. A failure throws so graphile-worker retries later (backing off); the
 * last failed attempt marks the message FAILED, disables the endpoint and notifies its owner's admins
 * (WEBHOOK_DISABLED, inbox and e-mail). Messages still queued for a disabled or deleted endpoint are dropped.
 */
export function webhookTask(dataSource: DataSource, settings: WebhookSettings = webhookSettings()): Task {
  return async (raw, helpers) => {
    const { collectivityId, messageId } = raw as { collectivityId: string; messageId: string };
    const [message]: MessageRow[] = await asWorker(dataSource, (manager) =>
      manager.query(
        `SELECT m.collectivity_id, m.id, m.webhook_id, m.kind, m.body, m.status, m.attempts, w.url, w.secret, w.active
           FROM notifications.webhook_message m JOIN notifications.webhook w ON w.collectivity_id = m.collectivity_id AND w.id = m.webhook_id
          WHERE m.collectivity_id = $1 AND m.id = $2`,
        [collectivityId, messageId],
      ),
    );
    if (!message || message.status !== 'PENDING') return;
    if (!message.active) {
      await asWorker(dataSource, (manager) =>
        manager.query("UPDATE notifications.webhook_message SET status = 'CANCELLED' WHERE collectivity_id = $1 AND id = $2", [collectivityId, messageId]),
      );
      return;
    }
    const attempt = message.attempts + 1;
    const started = Date.now();
    let answer: Answer;
    try {
      const url = new URL(message.url);
      assertDeliverableHost(url, settings.strict);
      const id = messageIdOf(message.id);
      const timestamp = new Date();
      const signature = new StandardWebhook(message.secret).sign(id, timestamp, message.body);
      const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': signature };
      answer = await post(url, headers, message.body, settings);
    } catch (error) {
      answer = { statusCode: null, error: error instanceof WebhookUrlError ? `url ${error.message}` : String((error as Error)?.message ?? error) };
    }
    const succeeded = answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300 && !answer.error;
    const error = succeeded ? null : (answer.error ?? `the endpoint answered ${answer.statusCode}`);
    const isLast = !succeeded && helpers.job.attempts >= helpers.job.max_attempts;
    await asWorker(dataSource, async (manager) => {
      await manager.query(
        `INSERT INTO notifications.webhook_delivery (collectivity_id, webhook_id, message_id, kind, attempt, succeeded, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [collectivityId, message.webhook_id, message.id, message.kind, attempt, succeeded, answer.statusCode, error, Date.now() - started],
      );
      await manager.query(
        `UPDATE notifications.webhook_message SET attempts = $3, status = $4, delivered_at = CASE WHEN $4 = 'DELIVERED' THEN now() END
          WHERE collectivity_id = $1 AND id = $2`,
        [collectivityId, message.id, attempt, succeeded ? 'DELIVERED' : isLast ? 'FAILED' : 'PENDING'],
      );
      if (isLast) {
        const [[disabled]] = (await manager.query(
          'UPDATE notifications.webhook SET active = false, disabled_at = now() WHERE collectivity_id = $1 AND id = $2 AND active RETURNING id, url',
          [collectivityId, message.webhook_id],
        )) as [Array<{ id: string; url: string }>, number];
        if (disabled) {
          await manager.query('SELECT queue.enqueue($1, $2::jsonb, $3)', [
            'WEBHOOK_DISABLED',
            JSON.stringify({ collectivityId, webhookId: disabled.id, url: disabled.url }),
            `WEBHOOK_DISABLED:${disabled.id}:${message.id}`,
          ]);
        }
      }
    });
    // the last attempt is recorded: the job ends here rather than stay in the queue as a permanent failure
    if (!succeeded && !isLast) throw new Error(`webhook delivery failed: ${error}`);
  };
}
