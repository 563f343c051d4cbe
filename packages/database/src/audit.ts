import type { Client } from 'pg';
import { OWNER_ROLE } from './roles';

/**
 * The audit trail lives in one `audit` schema shared by every subgraph (each may insert and read, none may
 * change or delete). Its migrations run with the database's preparation, before any subgraph starts.
 */
const AUDIT_MIGRATIONS: Array<{ name: string; sql: string }> = [
  {
    name: '001-create-audit-entry',
    sql: `
      CREATE TABLE audit.entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        -- null for network-level records (collectivities, network accounts)
        collectivity_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        service text NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        before jsonb,
        after jsonb,
        PRIMARY KEY (id)
      );
      CREATE INDEX entry_collectivity_time_idx ON audit.entry (collectivity_id, occurred_at DESC);
      CREATE INDEX entry_entity_idx ON audit.entry (entity, entity_id);

      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
        FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
      CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
        FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

      ALTER TABLE audit.entry ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit.entry FORCE ROW LEVEL SECURITY;
      CREATE POLICY entry_read ON audit.entry FOR SELECT USING (
        (SELECT current_setting('app.role', true)) = 'NETWORK_ADMIN'
        OR collectivity_id = (SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)
      );
      -- an entry names its real actor, and a commune writes entries of its own collectivity only
      CREATE POLICY entry_append ON audit.entry FOR INSERT WITH CHECK (
        actor_role = (SELECT current_setting('app.role', true))
        AND actor_id IS NOT DISTINCT FROM (SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)
        AND (
          (SELECT current_setting('app.role', true)) = 'NETWORK_ADMIN'
          OR collectivity_id = (SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)
        )
      );
    `,
  },
];

/** Applies pending audit migrations, each in its own transaction, as the owner role. */
export async function migrateAudit(client: Client): Promise<string[]> {
  await client.query(`SET ROLE ${OWNER_ROLE}`);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS audit.migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await client.query<{ name: string }>('SELECT name FROM audit.migrations')).rows.map((row) => row.name));
    const done: string[] = [];
    for (const migration of AUDIT_MIGRATIONS) {
      if (applied.has(migration.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO audit.migrations (name) VALUES ($1)', [migration.name]);
        await client.query('COMMIT');
        done.push(migration.name);
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return done;
  } finally {
    await client.query('RESET ROLE');
  }
}
