import type { Client } from 'pg';
import { OWNER_ROLE } from './roles';

/** One migration of a schema the database's preparation keeps (audit, directory): a name never reused, and its SQL. */
export interface SchemaMigration {
  name: string;
  sql: string;
}

/**
 * Applies the pending migrations of `schema`, in order, each in its own transaction, as the owner role; what was
 * applied is recorded in `<schema>.migrations`. Returns the names applied now.
 */
export async function runSchemaMigrations(client: Client, schema: string, list: readonly SchemaMigration[]): Promise<string[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  await client.query(`SET ROLE ${OWNER_ROLE}`);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Set((await client.query<{ name: string }>(`SELECT name FROM ${schema}.migrations`)).rows.map((row) => row.name));
    const done: string[] = [];
    for (const migration of list) {
      if (applied.has(migration.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${schema}.migrations (name) VALUES ($1)`, [migration.name]);
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
