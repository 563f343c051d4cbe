import { evaluation } from '@infitah/evaluation';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { createTestDatabase, startTestSubgraph, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';

/**
 * Ready to shard by tenant (Citus, distribution column `collectivity_id`), read from the catalog of a database where
 * the audit trail and all three subgraphs are migrated. A tenant table (every row belongs to one collectivity) has a
 * NOT NULL collectivity_id in its primary key and in every unique or exclusion constraint, and its foreign keys to
 * other tenant tables pair collectivity_id with collectivity_id (Citus requires all three for a distributed table).
 * Every other table is listed here, with its status and the reason; docs/operations.md carries the same table.
 */
const SCHEMAS = ['territory', 'participation', 'evaluation', 'audit', 'directory'];

type Status = 'reference' | 'single-shard' | 'local';
const NOT_DISTRIBUTED: Record<string, { status: Status; reason: string }> = {
  'territory.network': { status: 'reference', reason: 'one row, the network itself' },
  'territory.collectivity': {
    status: 'reference',
    reason: 'the tenants themselves (their id is the distribution value); public directory data read by every query that names a collectivity',
  },
  'territory.network_membership': {
    status: 'reference',
    reason: 'public directory (one row per member) read across all tenants for the network figures; written by the network only',
  },
  'territory.collectivity_profile': { status: 'reference', reason: 'public, one row per collectivity, read with the directory' },
  'territory.cohort': { status: 'reference', reason: 'waves of members: network reference data, labels unique network-wide' },
  'territory.onboarding_step': {
    status: 'reference',
    reason: "a member's onboarding steps, written by the network and read with the directory (references network_membership, a reference table)",
  },
  'territory.support_programme': { status: 'reference', reason: 'one row, the support programme that runs the network; public content written by the network' },
  'territory.network_charter': { status: 'reference', reason: "one row, the network's charter; public content written by the network" },
  'territory.reported_composition': { status: 'reference', reason: 'one row, the composition the network reports in a dated source; public' },
  'territory.account': {
    status: 'reference',
    reason: 'sign-in looks an account up by e-mail before any tenant is known (e-mail unique network-wide), and network accounts have no collectivity',
  },
  'territory.api_key': {
    status: 'reference',
    reason: "the gateway finds a key by its secret's prefix before any tenant is known (prefix unique network-wide), and the network's keys have no collectivity; few rows, read on every request made with a key",
  },
  'territory.tombstone': {
    status: 'reference',
    reason: "deletions of territory's records (cohorts, collectivities…), which are reference data themselves: kept beside them",
  },
  'evaluation.library_entry': {
    status: 'reference',
    reason: "the network's library, searched by everyone and written rarely; its collectivity_id is always the network's, so distributed it would sit on one shard",
  },
  'audit.entry': {
    status: 'local',
    reason:
      'network-level entries (collectivities, memberships, network accounts) carry a null collectivity_id, and its append-only triggers would need citus.enable_unsafe_triggers; stays on the coordinator until both change (docs/operations.md)',
  },
  'territory.login_throttle': {
    status: 'local',
    reason: 'sign-in throttling counters keyed by hashed account and address, not by collectivity; short-lived, kept on the coordinator',
  },
  'participation.proposal_rate_limit': {
    status: 'local',
    reason: 'citizen-proposal rate-limit counters keyed by hashed client address, not by collectivity; short-lived, kept on the coordinator',
  },
  'territory.migrations': { status: 'local', reason: "TypeORM's migration bookkeeping, on the coordinator" },
  'participation.migrations': { status: 'local', reason: "TypeORM's migration bookkeeping, on the coordinator" },
  'evaluation.migrations': { status: 'local', reason: "TypeORM's migration bookkeeping, on the coordinator" },
  'audit.migrations': { status: 'local', reason: "the audit trail's migration bookkeeping, on the coordinator" },
  'directory.migrations': { status: 'local', reason: "the directory's migration bookkeeping, on the coordinator" },
};

interface TableRow {
  name: string;
  tenant_column: boolean;
  tenant_not_null: boolean | null;
}
interface KeyRow {
  table_name: string;
  index_name: string;
  kind: 'primary key' | 'unique' | 'exclusion';
  columns: string[];
}
interface ForeignKeyRow {
  name: string;
  from_table: string;
  to_table: string;
  from_columns: string[];
  to_columns: string[];
}

let database: TestDatabase;
const subgraphs: TestSubgraph[] = [];
let tables: TableRow[];
let keys: KeyRow[];
let foreignKeys: ForeignKeyRow[];

beforeAll(async () => {
  database = await createTestDatabase();
  for (const definition of [territory, participation, evaluation]) subgraphs.push(await startTestSubgraph(definition, { database, seed: false }));
  const query = <T>(sql: string) => subgraphs[0].ownerDataSource.query(sql, [SCHEMAS]) as Promise<T[]>;
  tables = await query<TableRow>(`
    SELECT format('%s.%s', n.nspname, c.relname) AS name, a.attnum IS NOT NULL AS tenant_column, a.attnotnull AS tenant_not_null
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'collectivity_id' AND NOT a.attisdropped
     WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY ($1) AND NOT c.relispartition
     ORDER BY 1`);
  // key columns only (not INCLUDE columns); an expression contributes no column name
  keys = await query<KeyRow>(`
    SELECT format('%s.%s', n.nspname, c.relname) AS table_name, ic.relname AS index_name,
           CASE WHEN i.indisprimary THEN 'primary key' WHEN i.indisexclusion THEN 'exclusion' ELSE 'unique' END AS kind,
           coalesce((SELECT array_agg(a.attname::text ORDER BY k.position)
                       FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                      WHERE k.position <= i.indnkeyatts), '{}') AS columns
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE (i.indisunique OR i.indisexclusion) AND n.nspname = ANY ($1)
     ORDER BY 1, 2`);
  foreignKeys = await query<ForeignKeyRow>(`
    SELECT con.conname AS name,
           format('%s.%s', fn.nspname, f.relname) AS from_table, format('%s.%s', tn.nspname, t.relname) AS to_table,
           (SELECT array_agg(a.attname::text ORDER BY k.position) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS from_columns,
           (SELECT array_agg(a.attname::text ORDER BY k.position) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS to_columns
      FROM pg_constraint con
      JOIN pg_class f ON f.oid = con.conrelid JOIN pg_namespace fn ON fn.oid = f.relnamespace
      JOIN pg_class t ON t.oid = con.confrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
     WHERE con.contype = 'f' AND (fn.nspname = ANY ($1) OR tn.nspname = ANY ($1))
     ORDER BY 1`);
}, 120_000);

afterAll(async () => {
  await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
  await database?.drop();
});

const tenantTables = () => tables.filter((table) => table.tenant_column && !(table.name in NOT_DISTRIBUTED)).map((table) => table.name);

describe('sharding readiness (Citus, by collectivity_id)', () => {
  it('knows every table: a tenant table or one listed with its status and reason', () => {
    const unlisted = tables.filter((table) => !(table.name in NOT_DISTRIBUTED) && !table.tenant_column).map((table) => table.name);
    // a table without collectivity_id is not a tenant table: list it above (reference, single-shard or local) and say why
    expect(unlisted).toEqual([]);
    // and nothing listed that no longer exists
    expect(Object.keys(NOT_DISTRIBUTED).filter((name) => !tables.some((table) => table.name === name))).toEqual([]);
    // the participation and evaluation records are all tenant records
    expect(tenantTables()).toEqual(expect.arrayContaining(['participation.event', 'participation.proposal', 'evaluation.action_program', 'evaluation.commitment']));
    // …and the directory's entries of them (directory.commitment sits with evaluation.commitment's shard)
    expect(tenantTables()).toContain('directory.commitment');
    expect(tenantTables().filter((name) => !name.startsWith('participation.') && !name.startsWith('evaluation.') && !name.startsWith('directory.'))).toEqual([]);
  });

  it('gives every tenant table a NOT NULL collectivity_id (Citus refuses a null distribution value)', () => {
    const nullable = tables.filter((table) => tenantTables().includes(table.name) && !table.tenant_not_null).map((table) => table.name);
    expect(nullable).toEqual([]);
  });

  it("puts collectivity_id in every tenant table's primary key, unique and exclusion constraints", () => {
    const tenant = new Set(tenantTables());
    expect([...tenant].filter((name) => !keys.some((key) => key.table_name === name && key.kind === 'primary key'))).toEqual([]);
    const missing = keys
      .filter((key) => tenant.has(key.table_name) && !key.columns.includes('collectivity_id'))
      .map((key) => `${key.table_name}: ${key.kind} ${key.index_name} (${key.columns.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('pairs collectivity_id in every foreign key between tenant tables, and points none from elsewhere at one', () => {
    const tenant = new Set(tenantTables());
    const problems: string[] = [];
    for (const key of foreignKeys) {
      const from = tenant.has(key.from_table);
      const to = tenant.has(key.to_table);
      if (from && to) {
        const position = key.from_columns.indexOf('collectivity_id');
        if (position < 0 || key.to_columns[position] !== 'collectivity_id') problems.push(`${key.name}: ${key.from_table}(${key.from_columns}) → ${key.to_table}(${key.to_columns})`);
      } else if (to) {
        problems.push(`${key.name}: ${key.from_table} (not distributed) → tenant table ${key.to_table}`);
      } else if (from && NOT_DISTRIBUTED[key.to_table]?.status !== 'reference') {
        problems.push(`${key.name}: tenant table ${key.from_table} → ${key.to_table}, which is not a reference table`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists a reason for every table it does not distribute', () => {
    for (const [name, { reason }] of Object.entries(NOT_DISTRIBUTED)) expect({ name, reason: reason.length > 10 }).toEqual({ name, reason: true });
  });
});
