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
});

export type WorkerConfig = z.infer<typeof schema> & { SMTP_URL: string };

/** The worker's configuration; SMTP_URL is required in production and defaults to the mail catcher elsewhere. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration for the notifications worker:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  }
  const smtp = parsed.data.SMTP_URL ?? (parsed.data.NODE_ENV === 'production' ? undefined : 'smtp://127.0.0.1:1025');
  if (!smtp) throw new Error('Invalid configuration for the notifications worker:\n  SMTP_URL: required in production');
  return { ...parsed.data, SMTP_URL: smtp, PUBLIC_URL: parsed.data.PUBLIC_URL.replace(/\/+$/, '') };
}
