import type { RequestScope } from './context';

/**
 * Network-wide figures (counts over every member's rows) cost a scan of whole tables: too much to recompute for each
 * request at national scale. Each subgraph keeps, per collectivity, a version number that its write transactions
 * raise (a trigger on every table its figures read, in the same transaction as the write), and the figures computed
 * for one kind of caller are kept in memory with the sum of those versions they were computed at.
 *
 * A request reads that sum first (one statement over one row per collectivity, in its own transaction) and reuses
 * figures computed at the same sum for the same caller class; any write committed since has raised the sum. The sum
 * only grows, so an old entry never matches again. Figures computed by a request that a write overtook are stored
 * under the sum read before them, which that write has already left behind: they are never served as current.
 *
 * Entries are per caller class (role and collectivity): what a caller may see differs between them, and the cache
 * follows it exactly as the statements do.
 */
export class FiguresCache {
  /** Per database (a test process may serve several): caller class and figure → the figures and their stamp. */
  private readonly databases = new WeakMap<object, Map<string, { stamp: string; value: unknown }>>();
  private held = 0;

  /**
   * @param schema the subgraph's schema, holding `figures_stamp()` (see `figuresVersionSql`)
   * @param capacity caller classes and figures kept, least recently used dropped first
   */
  constructor(
    private readonly schema: string,
    private readonly capacity = 2_000,
  ) {}

  /** Figures of `name` for this request's caller: from memory when nothing was written since, else `compute()`. */
  async get<T>(scope: RequestScope, name: string, compute: () => Promise<T>): Promise<T> {
    const manager = await scope.manager();
    let entries = this.databases.get(manager.connection);
    if (!entries) {
      entries = new Map();
      this.databases.set(manager.connection, entries);
    }
    // a transaction that has written (a mutation) sees its own uncommitted versions: its figures are neither
    // taken from memory nor kept, since it may still roll back
    const [{ stamp, clean }]: Array<{ stamp: string; clean: boolean }> = await manager.query(
      `SELECT ${this.schema}.figures_stamp()::text AS stamp, pg_current_xact_id_if_assigned() IS NULL AS clean`,
    );
    if (!clean) return compute();
    const key = `${name}\u0000${scope.caller.role}\u0000${scope.caller.collectivityId ?? ''}`;
    const entry = entries.get(key);
    if (entry && entry.stamp === stamp) {
      // most recently used last
      entries.delete(key);
      entries.set(key, entry);
      return structuredClone(entry.value) as T;
    }
    const value = await compute();
    entries.delete(key);
    entries.set(key, { stamp, value: structuredClone(value) });
    while (entries.size > this.capacity) entries.delete(entries.keys().next().value as string);
    this.held = entries.size;
    return value;
  }

  /** Entries held for the database last written to (for tests). */
  get size(): number {
    return this.held;
  }
}

/**
 * The per-collectivity versions behind `FiguresCache`: a table only the schema owner touches (row-level security
 * forced, no policy, no grant), statement-level triggers on each table that raise the version of every collectivity
 * whose rows a statement wrote, and `figures_stamp()`, the sum of the versions, for the runtime role.
 */
export function figuresVersionSql(schema: string, tables: string[], runtimeRole: string): string[] {
  const statements = [
    `CREATE TABLE ${schema}.figures_version (collectivity_id uuid PRIMARY KEY, version bigint NOT NULL)`,
    `COMMENT ON TABLE ${schema}.figures_version IS 'Raised by every write of a collectivity''s rows that figures count; FiguresCache compares their sum'`,
    `REVOKE ALL ON ${schema}.figures_version FROM PUBLIC, ${runtimeRole}`,
    `ALTER TABLE ${schema}.figures_version ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${schema}.figures_version FORCE ROW LEVEL SECURITY`,
    // in a fixed order, so that two transactions raising the same versions never wait for each other in a cycle
    `CREATE FUNCTION ${schema}.raise_figures_version() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${schema}, pg_temp
       AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           INSERT INTO ${schema}.figures_version AS v (collectivity_id, version)
           SELECT DISTINCT collectivity_id, 1 FROM new_rows WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         ELSIF TG_OP = 'UPDATE' THEN
           INSERT INTO ${schema}.figures_version AS v (collectivity_id, version)
           SELECT collectivity_id, 1 FROM (SELECT collectivity_id FROM new_rows UNION SELECT collectivity_id FROM old_rows) AS changed
            WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         ELSE
           INSERT INTO ${schema}.figures_version AS v (collectivity_id, version)
           SELECT DISTINCT collectivity_id, 1 FROM old_rows WHERE collectivity_id IS NOT NULL ORDER BY 1
           ON CONFLICT (collectivity_id) DO UPDATE SET version = v.version + 1;
         END IF;
         RETURN NULL;
       END $$`,
    `REVOKE ALL ON FUNCTION ${schema}.raise_figures_version() FROM PUBLIC`,
    `CREATE FUNCTION ${schema}.figures_stamp() RETURNS bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ${schema}, pg_temp
       AS $$ SELECT coalesce(sum(version), 0)::bigint FROM ${schema}.figures_version $$`,
    `REVOKE ALL ON FUNCTION ${schema}.figures_stamp() FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION ${schema}.figures_stamp() TO ${runtimeRole}`,
  ];
  for (const table of tables) {
    const name = table.split('.').pop();
    statements.push(
      `CREATE TRIGGER ${name}_figures_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.raise_figures_version()`,
      `CREATE TRIGGER ${name}_figures_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.raise_figures_version()`,
      `CREATE TRIGGER ${name}_figures_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.raise_figures_version()`,
    );
  }
  return statements;
}

/** Undoes `figuresVersionSql`, for a migration's `down`. */
export function dropFiguresVersionSql(schema: string, tables: string[]): string[] {
  return [
    ...tables.flatMap((table) => {
      const name = table.split('.').pop();
      return ['insert', 'update', 'delete'].map((event) => `DROP TRIGGER ${name}_figures_${event} ON ${table}`);
    }),
    `DROP FUNCTION ${schema}.figures_stamp()`,
    `DROP FUNCTION ${schema}.raise_figures_version()`,
    `DROP TABLE ${schema}.figures_version`,
  ];
}
