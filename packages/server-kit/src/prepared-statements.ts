import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Named (prepared) statements on the request path: PostgreSQL parses, analyses and — once its generic plan is as good
 * as the custom ones, after five runs — plans a statement once per connection instead of on every run. On the commune
 * dashboard planning was two thirds of PostgreSQL's time per statement (EXPLAIN ANALYZE of the captured statements as
 * the runtime roles: 1.5 ms of planning against 0.8 ms of execution per dashboard), the row-level-security policies
 * making each plan dearer. The caller's settings are read by the policies at execution (`current_setting`), so a
 * plan serves every caller; PostgreSQL plans again by itself when a table or the search path changes.
 *
 * Only statements with parameters are named (transaction control and the caller's settings stay simple queries), by a
 * hash of their text; each connection keeps at most `MAX_PER_CONNECTION` of them (PostgreSQL holds a named statement
 * for the connection's life), further ones go unnamed. Behind PgBouncer in transaction mode this needs its
 * `max_prepared_statements` (PgBouncer ≥ 1.21), or `DATABASE_PREPARED_STATEMENTS=false` (docs/operations.md).
 */
export const MAX_PER_CONNECTION = 500;

const enabled = new WeakSet<DataSource>();
const NAMED = Symbol('infitah.namedStatements');
const names = new Map<string, string>();

/** Makes `dataSource`'s request transactions (RequestContext) name their statements. */
export function usePreparedStatements(dataSource: DataSource): void {
  enabled.add(dataSource);
}

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `infitah_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
    if (names.size >= 10_000) names.clear();
    names.set(text, name);
  }
  return name;
}

type Query = (...args: unknown[]) => unknown;
interface PgClient {
  query: Query;
  [NAMED]?: Set<string>;
}

/** On a runner just connected: its pg client names the statements it is given with parameters (once per client). */
export function namePreparedStatements(dataSource: DataSource, runner: QueryRunner): void {
  if (!enabled.has(dataSource)) return;
  const client = (runner as unknown as { databaseConnection?: PgClient }).databaseConnection;
  if (!client || client[NAMED]) return;
  const named = new Set<string>();
  client[NAMED] = named;
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = nameOf(text);
      if (named.has(name) || named.size < MAX_PER_CONNECTION) {
        named.add(name);
        return callback === undefined ? query.call(client, { name, text, values }) : query.call(client, { name, text, values }, callback);
      }
    }
    return query.apply(client, args);
  };
}

/** How many statements a runner's connection has named so far (tests). */
export function namedStatementsOf(runner: QueryRunner): number {
  return (runner as unknown as { databaseConnection?: PgClient }).databaseConnection?.[NAMED]?.size ?? 0;
}
