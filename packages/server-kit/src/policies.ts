import { NETWORK_TENANT_ID } from '@infitah/contract';
import { escapeLiteral } from 'pg';
import type { Caller } from './caller';

/**
 * Row-level security for a tenant table: readable by everyone once published, and always by its own
 * collectivity and the network; written only by its own collectivity's accounts (deleted by its admins).
 * Settings are read through `(SELECT current_setting(...))` so the planner evaluates them once and can use
 * the indexes led by `collectivity_id`.
 */
export const CALLER_ROLE_SQL = "(SELECT current_setting('app.role', true))";
export const CALLER_COLLECTIVITY_SQL = "(SELECT NULLIF(current_setting('app.collectivity_id', true), '')::uuid)";
export const CALLER_USER_SQL = "(SELECT NULLIF(current_setting('app.user_id', true), '')::uuid)";

/** The network's reserved tenant (@infitah/contract). */
export { NETWORK_TENANT_ID };

/**
 * Carries the caller into the current transaction, where the policies read it (`CALLER_ROLE_SQL`…): local to the
 * transaction (`true`), so a pooled connection never hands it to its next user. Parameters: `callerSettings(caller)`.
 */
export const CALLER_SETTINGS_SQL =
  "SELECT set_config('app.role', $1, true), set_config('app.user_id', $2, true), set_config('app.collectivity_id', $3, true), set_config('app.api_key_id', $4, true)";

/**
 * The opening of a request's transaction in one round trip: BEGIN and the caller's settings (as `CALLER_SETTINGS_SQL`),
 * sent as one simple query — so with the values quoted as literals, not bound as parameters. The settings are local to
 * the transaction and in force before its first statement; should they fail, the transaction is aborted and nothing
 * else runs in it.
 */
export function beginWithCallerSql(caller: Caller): string {
  const [role, userId, collectivityId, apiKeyId] = callerSettings(caller).map((value) => escapeLiteral(value));
  return (
    'BEGIN; ' +
    `SELECT set_config('app.role', ${role}, true), set_config('app.user_id', ${userId}, true), ` +
    `set_config('app.collectivity_id', ${collectivityId}, true), set_config('app.api_key_id', ${apiKeyId}, true)`
  );
}

/** The API key the caller acts with, as the policies read it (the audit trail's and the keys' own). */
export const CALLER_API_KEY_SQL = "(SELECT NULLIF(current_setting('app.api_key_id', true), '')::uuid)";

/** The parameters of `CALLER_SETTINGS_SQL` for a caller: role, user id, collectivity id and API key id ('' when none). */
export function callerSettings(caller: Caller): [role: string, userId: string, collectivityId: string, apiKeyId: string] {
  return [caller.role, caller.userId ?? '', caller.collectivityId ?? '', caller.apiKey?.id ?? ''];
}

export interface TenantPolicyOptions {
  /** Read rule: `published` for records with a publication flag; a custom SQL condition otherwise. */
  read?: 'published' | { sql: string };
  /** The network writes the rows of its reserved tenant in this table. */
  networkWrites?: boolean;
  /** Editors delete too: for parts of a record they edit (an event's agenda or attendance). */
  editorsDelete?: boolean;
}

/** The terms of the read rule, as SQL: the policies read the caller from settings, the resolvers from parameters. */
export interface ReadRuleTerms {
  /** The caller's role. */
  role: string;
  /** The caller's collectivity (a uuid; null for the network and anonymous callers). */
  collectivity: string;
  /** The row's owning collectivity. */
  owner: string;
  /** What anyone else may read: the row's `published` flag, or a table's own rule. */
  otherwise: string;
}

/**
 * The one read rule of tenant records, for the database's policies and the resolvers' filters alike: the network reads
 * every row, a collectivity its own, anyone else what `otherwise` allows. Row-level security enforces it beneath; the
 * same filter in a query keeps counts and pages exact.
 */
export function readRuleSql(terms: ReadRuleTerms): string {
  return `(${terms.role} = 'NETWORK_ADMIN' OR ${terms.owner} = ${terms.collectivity} OR ${terms.otherwise})`;
}

/**
 * The read rule over a raw query's positional parameters: `$<role>` the caller's role, `$<collectivity>` its collectivity,
 * for the rows of `alias` (owned by its `owner` column, `collectivity_id` unless said otherwise).
 */
export function visibleRowsByParametersSql(alias: string, parameters: { role: number; collectivity: number }, owner = 'collectivity_id'): string {
  return readRuleSql({ role: `$${parameters.role}`, collectivity: `$${parameters.collectivity}::uuid`, owner: `${alias}.${owner}`, otherwise: `${alias}.published` });
}

/**
 * Who reads a tenant row: the network, its own collectivity, else the table's rule. The two cheap tests come first:
 * PostgreSQL evaluates an OR from left to right and stops at the first true one, so the network and a row's own
 * collectivity never pay for a rule that looks up the parent row (`EXISTS (…)`), once per row.
 */
export function tenantReadRuleSql(read: string): string {
  return readRuleSql({ role: CALLER_ROLE_SQL, collectivity: CALLER_COLLECTIVITY_SQL, owner: 'collectivity_id', otherwise: read });
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
