import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ensureRoles, prepareDatabase, type RolePasswords } from './bootstrap';
import { SERVICES, type ServiceName } from './roles';

/**
 * `node packages/database/dist/migrate-all.js`: the one-shot migration job of a deployment (docker-compose's
 * `migration` service) against an existing PostgreSQL. As a superuser it creates or updates the roles with the
 * passwords it is given, the database, its schemas, grants and the audit trail; then each subgraph's own CLI
 * (`services/<name>/dist/cli.js prepare`) applies that subgraph's migrations as the owner role, and loads the demo
 * data when SEED_DEMO_DATA says so (by default: outside production only). Safe to run at every deployment.
 *
 * Environment:
 *   DATABASE_ADMIN_URL      superuser connection (or CREATEDB + CREATEROLE + BYPASSRLS), e.g. postgres://postgres:…@postgres:5432/postgres
 *   INFITAH_DATABASE        database name (default infitah)
 *   OWNER_DB_PASSWORD, TERRITORY_DB_PASSWORD, PARTICIPATION_DB_PASSWORD, EVALUATION_DB_PASSWORD,
 *   NOTIFICATIONS_DB_PASSWORD
 *                           passwords of infitah_owner and of each subgraph's runtime role (the subgraphs' own
 *                           DATABASE_URL must carry the same ones); at least 16 characters
 *   SEED_DEMO_DATA, NODE_ENV passed on to each subgraph's CLI
 */
export interface MigrateAllOptions {
  adminUrl: string;
  databaseName: string;
  passwords: RolePasswords;
  /** Environment given to each subgraph's CLI (NODE_ENV, SEED_DEMO_DATA, …); credentials are added per service. */
  childEnv: NodeJS.ProcessEnv;
  /** Where `services/<name>/dist/cli.js` live: the repository (or image) root. */
  root?: string;
  log?: (line: string) => void;
}

export const ROLE_PASSWORD_VARIABLES: Record<keyof RolePasswords, string> = {
  owner: 'OWNER_DB_PASSWORD',
  territory: 'TERRITORY_DB_PASSWORD',
  participation: 'PARTICIPATION_DB_PASSWORD',
  evaluation: 'EVALUATION_DB_PASSWORD',
  notifications: 'NOTIFICATIONS_DB_PASSWORD',
};

/** Variables only this job needs: they are not passed on to the subgraphs' CLIs. */
const JOB_ONLY = ['DATABASE_ADMIN_URL', ...Object.values(ROLE_PASSWORD_VARIABLES)];

export class MigrateAllConfigError extends Error {}

export function migrateAllOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): MigrateAllOptions {
  const problems: string[] = [];
  const adminUrl = env.DATABASE_ADMIN_URL ?? '';
  try {
    if (!/^postgres(ql)?:$/.test(new URL(adminUrl).protocol)) problems.push('DATABASE_ADMIN_URL: must be a postgres:// URL');
  } catch {
    problems.push('DATABASE_ADMIN_URL: required, a postgres:// URL of a superuser');
  }
  const passwords = {} as RolePasswords;
  for (const [role, variable] of Object.entries(ROLE_PASSWORD_VARIABLES) as Array<[keyof RolePasswords, string]>) {
    const value = env[variable] ?? '';
    if (value.length < 16) problems.push(`${variable}: required, at least 16 characters`);
    passwords[role] = value;
  }
  const databaseName = env.INFITAH_DATABASE || 'infitah';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseName)) problems.push('INFITAH_DATABASE: lower-case letters, digits and _ only');
  if (problems.length) throw new MigrateAllConfigError(`Invalid configuration for the migration job:\n  ${problems.join('\n  ')}`);
  const childEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !JOB_ONLY.includes(name)));
  return { adminUrl, databaseName, passwords, childEnv };
}

const ROOT = resolve(__dirname, '..', '..', '..');

function runCli(service: ServiceName, env: NodeJS.ProcessEnv, root: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(root, 'services', service, 'dist', 'cli.js'), 'prepare'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const forward = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4_000);
      for (const line of text.split('\n')) if (line.trim()) log(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolveRun();
      else reject(new Error(`the ${service} migrations failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}

async function withRetry<T>(work: () => Promise<T>, log: (line: string) => void, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      // the server may still be starting (refused, or "the database system is starting up")
      if (!['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', '57P03'].includes(code ?? '') || Date.now() > deadline) throw error;
      log(JSON.stringify({ level: 'warn', service: 'migration', message: `database not reachable yet (${code}), retrying` }));
      await new Promise((resolveWait) => setTimeout(resolveWait, 1_000));
    }
  }
}

/** Roles, database, schemas, audit trail, then every subgraph's migrations (and demo data when asked). */
export async function migrateAll(options: MigrateAllOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const info = (message: string) => log(JSON.stringify({ level: 'info', service: 'migration', message }));
  await withRetry(() => ensureRoles(options.adminUrl, options.passwords), log);
  const urls = await prepareDatabase(options.adminUrl, options.databaseName, options.passwords);
  info(`roles, database "${options.databaseName}", schemas and audit trail ready`);
  const root = options.root ?? ROOT;
  await Promise.all(
    SERVICES.map((service) =>
      runCli(
        service,
        {
          ...options.childEnv,
          DATABASE_URL: urls.appUrls[service],
          DATABASE_OWNER_URL: urls.ownerUrl,
          // The subgraph CLI validates its whole configuration, but `prepare` signs and verifies nothing:
          // throwaway values spare the migration job the real token secrets.
          JWT_SECRET: randomBytes(32).toString('base64url'),
          GATEWAY_SECRET: randomBytes(32).toString('base64url'),
        },
        root,
        log,
      ),
    ),
  );
  info('every subgraph is migrated');
}

if (require.main === module) {
  let options: MigrateAllOptions;
  try {
    options = migrateAllOptionsFromEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(78);
  }
  migrateAll(options).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(JSON.stringify({ level: 'error', service: 'migration', message: error instanceof Error ? error.message : String(error) }));
      process.exit(1);
    },
  );
}
