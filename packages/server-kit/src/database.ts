import { DataSource, type MixedList, type EntitySchema } from 'typeorm';

export interface DataSourceOptions {
  url: string;
  /** The subgraph's own PostgreSQL schema: its tables, its migrations table, its search path. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
  poolMax?: number;
  applicationName?: string;
  /**
   * Limits of the request path: a statement running longer, a transaction idle longer, a connection slower to
   * open are cut (milliseconds; 0 = none). Migrations and seeds run without the first two.
   */
  timeouts?: { statementMs: number; idleInTransactionMs: number; connectMs?: number };
}

/** The request path's default limits: requests fail fast instead of piling up behind a stuck database. */
export const REQUEST_TIMEOUTS = { statementMs: 15_000, idleInTransactionMs: 30_000, connectMs: 5_000 } as const;

export function createDataSource(options: DataSourceOptions): DataSource {
  const timeouts = options.timeouts ?? { statementMs: 0, idleInTransactionMs: 0 };
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // Schema changes are migrations, reviewed like code; never derived from the entities at run time.
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize: options.poolMax ?? 10,
    extra: {
      options: `-c search_path=${options.schema} -c statement_timeout=${timeouts.statementMs} -c idle_in_transaction_session_timeout=${timeouts.idleInTransactionMs}`,
      application_name: options.applicationName ?? `infitah-${options.schema}`,
      connectionTimeoutMillis: timeouts.connectMs ?? 5_000,
      // an idle connection is closed after a while; a restarted PostgreSQL leaves no stale pool behind for long
      idleTimeoutMillis: 30_000,
    },
  });
}
