import { SUBGRAPHS, type SubgraphName } from '@infitah/contract';
import { z } from 'zod';

const serviceConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535),
  /** Connection as the service's runtime role (not owner, not superuser, not BYPASSRLS). */
  DATABASE_URL: z.string().url(),
  /** Connection as the schema owner: used only by `migrate` and `seed`. */
  DATABASE_OWNER_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** A statement of a request running longer is cancelled (milliseconds). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** A request's transaction left idle longer is ended by PostgreSQL (milliseconds). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Opening a database connection takes at most this long (milliseconds). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /**
   * Requests name their statements with parameters (prepared once per connection, see prepared-statements.ts);
   * `false` behind a pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  DATABASE_PREPARED_STATEMENTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Signs (territory) and verifies (everyone) access tokens. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Shared by the gateway and the subgraphs: a subgraph serves GraphQL only to a caller presenting it. */
  GATEWAY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Development only: lets a subgraph answer GraphQL without the gateway credential. */
  ALLOW_DIRECT_SUBGRAPH_ACCESS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(8 * 3600),
  /** Loads the demo data on `seed`; never in production. */
  SEED_DEMO_DATA: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema> & { serviceName: string };

export class ConfigError extends Error {}

/**
 * Reads and validates a subgraph's configuration from the environment. The port falls back to
 * `<SERVICE>_PORT`, then to the service's default (both from the registry of @infitah/contract).
 */
export function loadServiceConfig(serviceName: SubgraphName, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const { portVariable, defaultPort } = SUBGRAPHS[serviceName];
  const parsed = serviceConfigSchema.safeParse({
    ...env,
    PORT: env.PORT ?? env[portVariable] ?? String(defaultPort),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid configuration for the ${serviceName} subgraph:\n${problems}`);
  }
  return { ...parsed.data, serviceName };
}
