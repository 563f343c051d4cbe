import { DataSource, type MixedList, type EntitySchema } from 'typeorm';

export interface DataSourceOptions {
  url: string;
  /** The subgraph's own PostgreSQL schema: its tables, its migrations table, its search path. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
  poolMax?: number;
  applicationName?: string;
}

export function createDataSource(options: DataSourceOptions): DataSource {
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
      options: `-c search_path=${options.schema}`,
      application_name: options.applicationName ?? `infitah-${options.schema}`,
      connectionTimeoutMillis: 5_000,
    },
  });
}
