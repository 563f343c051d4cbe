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
export const MAX_PER_CONNECTION = 200;

/**
 * Statements with more parameters go unnamed: TypeORM writes `IN ($1, …, $n)` for a list, so each length is another
 * text, run once, that would only fill the connection's names.
 */
export const MAX_PARAMETERS = 20;

/**
 * PostgreSQL's answers when a named statement no longer fits: its result type changed under it (a migration of a
 * newer release, on a shared database) or it is gone. The connection then sends that text unnamed from then on (the
 * name stays taken on the server, so it cannot be prepared again under it): one refusal per connection, not one per run.
 */
const STALE_STATEMENT = new Set(['0A000', '26000']);

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
  const stale = new Set<string>();
  client[NAMED] = named;
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && values.length <= MAX_PARAMETERS) {
      const name = nameOf(text);
      if (!stale.has(name) && (named.has(name) || named.size < MAX_PER_CONNECTION)) {
        named.add(name);
        const forget = (error: unknown) => {
          if (STALE_STATEMENT.has((error as { code?: string })?.code ?? '')) stale.add(name);
        };
        if (callback === undefined) {
          return (query.call(client, { name, text, values }) as Promise<unknown>).catch((error: unknown) => {
            forget(error);
            throw error;
          });
        }
        return query.call(client, { name, text, values }, (error: unknown, result: unknown) => {
          if (error) forget(error);
          (callback as (error: unknown, result: unknown) => void)(error, result);
        });
      }
    }
    return query.apply(client, args);
  };
}

/** How many statements a runner's connection has named so far (tests). */
export function namedStatementsOf(runner: QueryRunner): number {
  return (runner as unknown as { databaseConnection?: PgClient }).databaseConnection?.[NAMED]?.size ?? 0;
}
