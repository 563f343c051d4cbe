import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url(),
  /** false: this process answers GraphQL only (another one works the queue). */
  NOTIFICATIONS_WORKER: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** Where e-mail goes: smtp(s)://user:password@host:port. In development, the mail catcher `npm start` runs. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Infitah <no-reply@infitah.invalid>'),
  /** The platform's public address, for links in notifications (portal at `/`, console at `/admin/`). */
  PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
  NOTIFICATIONS_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  NOTIFICATIONS_POLL_INTERVAL_MS: z.coerce.number().int().min(100).default(2_000),
  /** The daily purge (docs/notifications.md, Retention): days a read inbox notification is kept. */
  NOTIFICATIONS_RETENTION_READ_DAYS: z.coerce.number().int().min(1).default(180),
  /** Days a sent mail and a digest item are kept. */
  NOTIFICATIONS_RETENTION_DELIVERY_DAYS: z.coerce.number().int().min(1).default(90),
  /** Days a follow request never confirmed is kept (it can be confirmed for 7 days). */
  NOTIFICATIONS_RETENTION_UNCONFIRMED_FOLLOW_DAYS: z.coerce.number().int().min(7).default(7),
});

type ParsedConfig = Omit<z.infer<typeof schema>, 'NOTIFICATIONS_WORKER' | 'SMTP_URL'>;

/**
 * A process that works the queue delivers mail: it has an SMTP server. One that answers GraphQL only
 * (NOTIFICATIONS_WORKER=false) sends nothing and needs none.
 */
export type WorkerConfig = ParsedConfig & ({ NOTIFICATIONS_WORKER: true; SMTP_URL: string } | { NOTIFICATIONS_WORKER: false; SMTP_URL: string | undefined });

/**
 * The worker's configuration. The switch is read first: with the worker off, SMTP_URL may be absent in production too;
 * with it on, SMTP_URL is required in production and defaults to the mail catcher elsewhere.
 */
export function loadWorkerConfig(env: NodeJS.ProcessEnv): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration for the notifications worker:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  }
  const common = { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL.replace(/\/+$/, '') };
  if (!parsed.data.NOTIFICATIONS_WORKER) return { ...common, NOTIFICATIONS_WORKER: false, SMTP_URL: parsed.data.SMTP_URL };
  const smtp = parsed.data.SMTP_URL ?? (parsed.data.NODE_ENV === 'production' ? undefined : 'smtp://127.0.0.1:1025');
  if (!smtp) throw new Error('Invalid configuration for the notifications worker:\n  SMTP_URL: required in production while NOTIFICATIONS_WORKER is on');
  return { ...common, NOTIFICATIONS_WORKER: true, SMTP_URL: smtp };
}
