import { escapeIdentifier, Pool } from 'pg';
import { Logger, runMigrations } from 'graphile-worker';
import { appRole, OWNER_ROLE, SERVICES } from './roles';
import type { SchemaMigration } from './schema-migrations';

/**
 * The job queue: graphile-worker's tables on the platform's own database (no other server), in the
 * `graphile_worker` schema. graphile-worker enables row-level security on its tables with no policy, so that only
 * their owner reaches them: that owner is `infitah_queue`, a role nobody logs in as. The notifications service's
 * runtime role is a member of it (its worker takes, completes and retries jobs); the other subgraphs' roles reach
 * the queue only through `queue.enqueue`, a definer function that adds a notification job in the caller's own
 * transaction (a rolled-back write enqueues nothing) and lets them neither read nor change any job.
 */
export const QUEUE_ROLE = 'infitah_queue';
export const QUEUE_SCHEMA = 'graphile_worker';
/** The one task the subgraphs enqueue; the notifications worker handles it. */
export const NOTIFY_TASK = 'notify';

const QUEUE_MIGRATIONS: SchemaMigration[] = [
  {
    name: '001-enqueue',
    sql: `
      -- p_job_key makes an event notify once: a second job with the same key replaces the first while it waits
      CREATE FUNCTION queue.enqueue(p_kind text, p_payload jsonb, p_job_key text DEFAULT NULL) RETURNS bigint
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        job_id bigint;
      BEGIN
        IF p_kind IS NULL OR p_kind !~ '^[A-Z_]{3,40}$' THEN
          RAISE EXCEPTION 'not a notification kind: %', p_kind USING ERRCODE = '22023';
        END IF;
        SELECT (j).id INTO job_id FROM (
          SELECT ${QUEUE_SCHEMA}.add_job('${NOTIFY_TASK}', (coalesce(p_payload, '{}'::jsonb) || jsonb_build_object('kind', p_kind))::json,
                   max_attempts => 8, job_key => p_job_key) AS j
        ) added;
        RETURN job_id;
      END $$;
      REVOKE ALL ON FUNCTION queue.enqueue(text, jsonb, text) FROM PUBLIC;
    `,
  },
];

/**
 * Creates the queue role and schemas, migrates graphile-worker's tables as that role, and grants: the notifications
 * role works the queue, every subgraph may enqueue. `client` is a superuser connection to the database.
 */
export async function migrateQueue(client: import('pg').Client, databaseUrl: string): Promise<void> {
  const queue = escapeIdentifier(QUEUE_ROLE);
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [QUEUE_ROLE]);
  if (!exists.rowCount) await client.query(`CREATE ROLE ${queue} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
  await client.query(`GRANT ${queue} TO ${escapeIdentifier(OWNER_ROLE)}`);
  await client.query(`GRANT ${queue} TO ${escapeIdentifier(appRole('notifications'))}`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${QUEUE_SCHEMA} AUTHORIZATION ${queue}`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS queue AUTHORIZATION ${queue}`);
  const database = escapeIdentifier(client.database ?? '');
  await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${queue}`);
  // graphile-worker's own migrations, as the queue role so that it owns every table; its first install says
  // CREATE SCHEMA IF NOT EXISTS, which needs the right to create one for the time of the migration
  await client.query(`GRANT CREATE ON DATABASE ${database} TO ${queue}`);
  // every connection of the pool acts as the queue role from its start (the superuser's own `SET ROLE`)
  const pool = new Pool({ connectionString: databaseUrl, max: 1, options: `-c role=${QUEUE_ROLE}` });
  try {
    await runMigrations({ pgPool: pool, schema: QUEUE_SCHEMA, logger: silentLogger() });
  } finally {
    await pool.end();
    await client.query(`REVOKE CREATE ON DATABASE ${database} FROM ${queue}`);
  }
  await client.query(`SET ROLE ${queue}`);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS queue.migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  } finally {
    await client.query('RESET ROLE');
  }
  await runQueueMigrations(client);
  const producers = SERVICES.map((service) => escapeIdentifier(appRole(service))).join(', ');
  await client.query(`GRANT USAGE ON SCHEMA queue TO ${producers}`);
  await client.query(`GRANT EXECUTE ON FUNCTION queue.enqueue(text, jsonb, text) TO ${producers}`);
}

async function runQueueMigrations(client: import('pg').Client): Promise<void> {
  // as the queue role, which owns graphile-worker's tables: the definer function runs with its rights
  await client.query(`SET ROLE ${escapeIdentifier(QUEUE_ROLE)}`);
  try {
    await runSchemaMigrationsAs(client, QUEUE_MIGRATIONS);
  } finally {
    await client.query('RESET ROLE');
  }
}

async function runSchemaMigrationsAs(client: import('pg').Client, list: SchemaMigration[]): Promise<void> {
  const applied = new Set((await client.query<{ name: string }>('SELECT name FROM queue.migrations')).rows.map((row) => row.name));
  for (const migration of list) {
    if (applied.has(migration.name)) continue;
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query('INSERT INTO queue.migrations (name) VALUES ($1)', [migration.name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
}

// graphile-worker logs each migration it applies; the platform's preparation says what it did instead
const silentLogger = () => new Logger(() => () => undefined);
