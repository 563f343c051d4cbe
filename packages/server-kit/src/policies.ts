/**
 * Row-level security for a tenant table: readable by everyone once published, and always by its own
 * collectivity and the network; written only by its own collectivity's accounts (deleted by its admins).
 * Settings are read through `(SELECT current_setting(...))` so the planner evaluates them once and can use
 * the indexes led by `collectivity_id`.
 */
export const CALLER_ROLE_SQL = "(SELECT current_setting('app.role', true))";
export const CALLER_COLLECTIVITY_SQL = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
export const CALLER_USER_SQL = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

export function tenantTablePolicySql(table: string): string[] {
  const own = `collectivity_id = ${CALLER_COLLECTIVITY_SQL}`;
  const member = `${CALLER_ROLE_SQL} IN ('COLLECTIVITY_ADMIN', 'COLLECTIVITY_EDITOR')`;
  const name = table.split('.').pop();
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${name}_read ON ${table} FOR SELECT USING (published OR ${CALLER_ROLE_SQL} = 'NETWORK_ADMIN' OR ${own})`,
    `CREATE POLICY ${name}_insert ON ${table} FOR INSERT WITH CHECK (${own} AND ${member})`,
    `CREATE POLICY ${name}_update ON ${table} FOR UPDATE USING (${own} AND ${member}) WITH CHECK (${own} AND ${member})`,
    `CREATE POLICY ${name}_delete ON ${table} FOR DELETE USING (${own} AND ${CALLER_ROLE_SQL} = 'COLLECTIVITY_ADMIN')`,
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
