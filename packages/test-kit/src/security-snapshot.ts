import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrateSubgraph, type SubgraphDefinition } from '@infitah/server-kit';
import { Client } from 'pg';
import { createTestDatabase } from './database';

/**
 * What a subgraph's migrations leave in its schema that decides who sees and writes what: row-level security flags,
 * policies, table grants, functions and triggers, as text ordered by table and name. Compared with a committed
 * snapshot, it shows as a diff any change to what the migrations create (an edited old migration, or SQL shared with
 * code that changed), which would otherwise make a fresh database differ silently from an upgraded one.
 */
export async function schemaSecuritySnapshot(url: string, schema: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const section = async (title: string, sql: string): Promise<string> => {
      const { rows } = await client.query<{ line: string }>(sql, [schema]);
      return [`-- ${title}`, ...rows.map((row) => row.line)].join('\n');
    };
    const sections = [
      await section(
        'tables: row-level security enabled, forced',
        `SELECT format('%s rls=%s force=%s', c.relname, c.relrowsecurity, c.relforcerowsecurity) AS line
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
          ORDER BY c.relname COLLATE "C"`,
      ),
      await section(
        'policies',
        `SELECT format(E'%s.%s %s %s to %s\\n  using: %s\\n  check: %s', tablename, policyname, permissive, cmd,
                       array_to_string(roles, ','), coalesce(qual, '-'), coalesce(with_check, '-')) AS line
           FROM pg_policies
          WHERE schemaname = $1
          ORDER BY tablename COLLATE "C", policyname COLLATE "C"`,
      ),
      await section(
        'table grants',
        `SELECT format('%s %s: %s', table_name, grantee, string_agg(privilege_type, ',' ORDER BY privilege_type COLLATE "C")) AS line
           FROM information_schema.role_table_grants
          WHERE table_schema = $1
          GROUP BY table_name, grantee
          ORDER BY table_name COLLATE "C", grantee COLLATE "C"`,
      ),
      await section(
        'column grants',
        `SELECT format('%s.%s %s: %s', table_name, column_name, grantee, string_agg(privilege_type, ',' ORDER BY privilege_type COLLATE "C")) AS line
           FROM information_schema.column_privileges
          WHERE table_schema = $1
            AND NOT EXISTS (SELECT 1 FROM information_schema.role_table_grants t
                             WHERE t.table_schema = $1 AND t.table_name = column_privileges.table_name
                               AND t.grantee = column_privileges.grantee AND t.privilege_type = column_privileges.privilege_type)
          GROUP BY table_name, column_name, grantee
          ORDER BY table_name COLLATE "C", column_name COLLATE "C", grantee COLLATE "C"`,
      ),
      await section(
        'functions',
        `SELECT pg_get_functiondef(p.oid) AS line
           FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = $1 AND p.prokind IN ('f', 'p')
          ORDER BY p.proname COLLATE "C", pg_get_function_identity_arguments(p.oid) COLLATE "C"`,
      ),
      await section(
        'triggers',
        `SELECT pg_get_triggerdef(t.oid) AS line
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND NOT t.tgisinternal
          ORDER BY c.relname COLLATE "C", t.tgname COLLATE "C"`,
      ),
    ];
    return `${sections.join('\n\n')}\n`;
  } finally {
    await client.end();
  }
}

/** A subgraph's schema security after all its migrations on a fresh database (no demo data). */
export async function migratedSchemaSecurity(definition: SubgraphDefinition): Promise<string> {
  const database = await createTestDatabase();
  try {
    await migrateSubgraph(definition, database.ownerUrl);
    // as the superuser: information_schema shows a role only the grants it gave or received
    const url = new URL(database.adminUrl);
    url.pathname = `/${database.name}`;
    return await schemaSecuritySnapshot(url.toString(), definition.name);
  } finally {
    await database.drop();
  }
}

/**
 * The committed snapshot at `file`, or, with `UPDATE_SNAPSHOT=1` in the environment, `actual` written there
 * (regenerate with e.g. `UPDATE_SNAPSHOT=1 npx jest src/migrations` in the subgraph's folder, then review the diff).
 */
export function committedSnapshot(file: string, actual: string): string {
  if (process.env.UPDATE_SNAPSHOT === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`No committed snapshot at ${file}: run the test once with UPDATE_SNAPSHOT=1 and commit the file`);
  return readFileSync(file, 'utf8');
}
