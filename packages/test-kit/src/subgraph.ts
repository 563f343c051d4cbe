import { ApolloServer } from '@apollo/server';
import {
  ANONYMOUS,
  createDataSource,
  createSubgraphServer,
  REQUEST_TIMEOUTS,
  migrateSubgraph,
  RequestContext,
  seedSubgraph,
  signToken,
  usePreparedStatements,
  type Caller,
  type SubgraphDefinition,
  type SubgraphSecurity,
} from '@infitah/server-kit';
import type { FormattedExecutionResult } from 'graphql';
import type { Logger } from '@infitah/observability';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './database';

export interface ExecutionOutcome<TData = Record<string, any>> {
  data: TData | null | undefined;
  errors: FormattedExecutionResult['errors'];
  /** SQL statements the request sent, transaction control included. */
  sqlStatements: number;
}

export interface TestSubgraph {
  database: TestDatabase;
  /** Connected as the service's runtime role, as in production. */
  dataSource: DataSource;
  /** Connected as the schema owner, for arranging data the API cannot write yet. */
  ownerDataSource: DataSource;
  app: Awaited<ReturnType<typeof createSubgraphServer>>['app'];
  apollo: ApolloServer<RequestContext>;
  execute<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
    request?: { clientAddress?: string },
  ): Promise<ExecutionOutcome<TData>>;
  close(): Promise<void>;
}

/** The secrets of this test run, made by the global setup. */
export function testSecurity(): SubgraphSecurity {
  const jwtSecret = process.env.INFITAH_TEST_JWT_SECRET;
  const gatewaySecret = process.env.INFITAH_TEST_GATEWAY_SECRET;
  if (!jwtSecret || !gatewaySecret) throw new Error('Run the tests through jest with the @infitah/test-kit preset');
  return { jwtSecret, gatewaySecret, allowDirectAccess: false, tokenTtlSeconds: 3600 };
}

/** A signed token for `caller`, as territory's login would issue it. */
export async function tokenFor(caller: Caller & { userId: string }, options: { ttlSeconds?: number; version?: number } = {}): Promise<string> {
  if (caller.role === 'ANONYMOUS') throw new Error('Anonymous callers carry no token');
  const { token } = await signToken(
    testSecurity().jwtSecret,
    { sub: caller.userId, role: caller.role, collectivityId: caller.collectivityId, ver: options.version ?? 0 },
    options.ttlSeconds ?? 3600,
  );
  return token;
}

/** A subgraph on its own fresh database, migrated (and seeded unless told otherwise), run in-process. */
export async function startTestSubgraph(
  definition: SubgraphDefinition,
  options: { seed?: boolean; database?: TestDatabase; logger?: Logger } = {},
): Promise<TestSubgraph> {
  // a database passed in is shared with other subgraphs and dropped by whoever made it
  const database = options.database ?? (await createTestDatabase());
  const ownsDatabase = !options.database;
  await migrateSubgraph(definition, database.ownerUrl);
  if (options.seed ?? true) await seedSubgraph(definition, database.ownerUrl);
  const common = { schema: definition.name, entities: definition.entities, migrations: definition.migrations, poolMax: 4 };
  const dataSource = createDataSource({ ...common, url: database.appUrls[definition.name], timeouts: REQUEST_TIMEOUTS });
  const ownerDataSource = createDataSource({ ...common, url: database.ownerUrl });
  await Promise.all([dataSource.initialize(), ownerDataSource.initialize()]);
  // as a subgraph process runs (DATABASE_PREPARED_STATEMENTS defaults to true)
  usePreparedStatements(dataSource);
  const { app, apollo } = await createSubgraphServer(definition, dataSource, testSecurity(), { logger: options.logger });

  return {
    database,
    dataSource,
    ownerDataSource,
    app,
    apollo,
    async execute(query, variables, caller = ANONYMOUS, request = {}) {
      const contextValue = new RequestContext(dataSource, caller, definition.createLoaders, testSecurity());
      // each in-process call is its own client unless told otherwise, so rate limits do not leak between tests
      contextValue.clientAddress = request.clientAddress ?? `test-${Math.random()}`;
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Incremental responses are not expected');
      const { data, errors } = response.body.singleResult;
      return { data: data as any, errors, sqlStatements: contextValue.sqlStatements };
    },
    async close() {
      await apollo.stop();
      await Promise.all([dataSource.destroy(), ownerDataSource.destroy()]);
      if (ownsDatabase) await database.drop();
    },
  };
}
