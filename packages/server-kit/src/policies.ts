/**
 * Row-level security for a tenant table: readable by everyone once published, and always by its own
 * collectivity and the network; written only by its own collectivity's accounts (deleted by its admins).
 * Settings are read through `(SELECT current_setting(...))` so the planner evaluates them once and can use
 * the indexes led by `collectivity_id`.
 */
export const CALLER_ROLE_SQL = "(SELECT current_setting('app.role', true))";
export const CALLER_COLLECTIVITY_SQL = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
export const CALLER_USER_SQL = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

/**
 * The network's own records in a tenant table (its trainings, their agendas and attendance) carry this
 * reserved collectivity id, so that they follow the same keys and policies as every tenant's.
 */
export const NETWORK_TENANT_ID = '00000000-0000-4000-8000-000000000000';

export interface TenantPolicyOptions {
  /** Read rule: `published` for records with a publication flag; a custom SQL condition otherwise. */
  read?: 'published' | { sql: string };
  /** The network writes the rows of its reserved tenant in this table. */
  networkWrites?: boolean;
  /** Editors delete too: for parts of a record they edit (an event's agenda or attendance). */
  editorsDelete?: boolean;
}

/**
 * Who reads a tenant row: the network, its own collectivity, else the table's rule. The two cheap tests come first:
 * PostgreSQL evaluates an OR from left to right and stops at the first true one, so the network and a row's own
 * collectivity never pay for a rule that looks up the parent row (`EXISTS (…)`), once per row.
 */
export function tenantReadRuleSql(read: string): string {
  return `(${CALLER_ROLE_SQL} = 'NETWORK_ADMIN' OR collectivity_id = ${CALLER_COLLECTIVITY_SQL} OR ${read})`;
}

export function tenantTablePolicySql(table: string, options: TenantPolicyOptions = {}): string[] {
  const own = `collectivity_id = ${CALLER_COLLECTIVITY_SQL}`;
  const member = `${CALLER_ROLE_SQL} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')`;
  const network = options.networkWrites ? ` OR (${CALLER_ROLE_SQL} = 'NETWORK_ADMIN' AND collectivity_id = '${NETWORK_TENANT_ID}'::uuid)` : '';
  const writes = `((${own} AND ${member})${network})`;
  const deleters = options.editorsDelete ? member : `${CALLER_ROLE_SQL} = 'COLLECTIVITY_ADMIN'`;
  const deletes = `((${own} AND ${deleters})${network})`;
  const read = options.read === undefined || options.read === 'published' ? 'published' : `(${options.read.sql})`;
  const name = table.split('.').pop();
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${name}_read ON ${table} FOR SELECT USING ${tenantReadRuleSql(read)}`,
    `CREATE POLICY ${name}_insert ON ${table} FOR INSERT WITH CHECK ${writes}`,
    `CREATE POLICY ${name}_update ON ${table} FOR UPDATE USING ${writes} WITH CHECK ${writes}`,
    `CREATE POLICY ${name}_delete ON ${table} FOR DELETE USING ${deletes}`,
  ];
}

/** Undoes `tenantTablePolicySql`, for a migration's `down`. */
export function dropTenantTablePolicySql(table: string): string[] {
  const name = table.split('.').pop();
  return [
    ...['read', 'insert', 'update', 'delete'].map((policy) => `DROP POLICY ${name}_${policy} ON ${table}`),
    `ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`,
  ];
}
