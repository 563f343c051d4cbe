import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AUTHORIZATION_HEADER, CLIENT_ADDRESS_HEADER, exitWithSupervisor, GATEWAY_CREDENTIAL_HEADER, isPublicErrorCode } from '@infitah/contract';
import { callerFromAuthorization, credentialMatches } from './auth';
import { loadServiceConfig, type ServiceConfig } from './config';
import { readOnlyKeyPlugin, RequestContext, transactionPlugin } from './context';
import { createDataSource } from './database';
import { createLogger, graphqlOverHttpPlugin, Metrics, observabilityPlugin, requestIdOf, requireJsonBody, type Logger, type PoolStats } from '@infitah/observability';
import { ErrorCode } from './errors';
import { ruleOfMessage, withRefusalRule, type RuleParams } from '@infitah/labels';
import { mountOpenData } from './open-data';
import { subgraphSchema, type SubgraphDefinition, type SubgraphSecurity } from './subgraph';
import { SqlCapture } from './sql-capture';
import { usePreparedStatements } from './prepared-statements';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/**
 * class-validator's nested errors as `[{ field: 'input.title', rule: 'isLength', params: { min: 1, max: 300 }, message }]`.
 * The rule and its parameters are the ones the message states (@infitah/labels), so a `matches` that says "must not
 * be blank" is `notBlank`; a message the table does not read keeps class-validator's constraint name.
 */
function flattenValidation(failures: ValidationFailure[], prefix: string): Array<{ field: string; rule: string; params: RuleParams; message: string }> {
  return failures.flatMap((failure) => {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const own = Object.entries(failure.constraints ?? {}).map(([constraint, message]) => {
      const stated = ruleOfMessage(message);
      return { field, rule: stated?.rule ?? constraint, params: stated?.params ?? {}, message };
    });
    return [...own, ...flattenValidation(failure.children ?? [], field)];
  });
}

/**
 * Errors with a contract code (@infitah/contract's PUBLIC_ERROR_CODES) pass as they are; anything else is an internal
 * error whose detail (SQL, stack) stays in the log under an id the client can quote.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log = console.error): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const validationErrors = formatted.extensions?.validationErrors as ValidationFailure[] | undefined;
  if (code === ErrorCode.BAD_USER_INPUT && Array.isArray(validationErrors)) {
    const problems = flattenValidation(validationErrors, '');
    const first = problems[0];
    return {
      message: first ? `${first.field}: ${first.message}` : formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, field: first?.field, rule: first?.rule, params: first?.params ?? {}, problems },
    };
  }
  if (isPublicErrorCode(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: code === ErrorCode.BAD_USER_INPUT ? withRefusalRule(extensions, formatted.message) : extensions };
  }
  const errorId = randomUUID();
  log(JSON.stringify({ level: 'error', errorId, message: formatted.message, path: formatted.path, error: String((error as Error)?.stack ?? error) }));
  return {
    message: `Internal server error (reference ${errorId})`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}

/** The TypeORM pool's connections (pg's Pool under the postgres driver). */
function poolStats(dataSource: DataSource): PoolStats | null {
  const pool = (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

export interface SubgraphServer {
  app: express.Express;
  metrics: Metrics;
  apollo: ApolloServer<RequestContext>;
  dataSource: DataSource;
}

/** The subgraph's HTTP app (`/graphql`, `/health`, `/ready`), without opening a port: tests use it directly. */
export async function createSubgraphServer(
  definition: SubgraphDefinition,
  dataSource: DataSource,
  security: SubgraphSecurity,
  options: { logger?: Logger } = {},
): Promise<SubgraphServer> {
  const metrics = new Metrics(definition.name, () => poolStats(dataSource));
  const logger = options.logger ?? createLogger(definition.name);
  const capture = SqlCapture.fromEnvironment(definition.name);
  const apollo = new ApolloServer<RequestContext>({
    schema: await subgraphSchema(definition),
    plugins: [
      // request errors answered by the book, for both media types (see @infitah/observability's http-spec)
      graphqlOverHttpPlugin<RequestContext>(),
      observabilityPlugin<RequestContext>(metrics, logger, (context) => ({ requestId: context.requestId, role: context.caller.role, collectivityId: context.caller.collectivityId, apiKeyId: context.caller.apiKey?.id })),
      readOnlyKeyPlugin(),
      transactionPlugin((request) => {
        metrics.observeSqlStatements(request.operationName, request.type, request.sqlStatements);
        capture?.record(request.operationName, request.statements);
      }),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    includeStacktraceInErrorResponses: false,
    // the process's own SIGINT/SIGTERM handler stops the HTTP server, Apollo and the pool in order
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(formatted, error),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: definition.name });
  });
  // Prometheus text, like /health and /ready open to anyone who reaches the loopback port
  app.get('/metrics', metrics.handler());
  app.get('/ready', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      if (pending) {
        response.status(503).json({ status: 'migrations pending', service: definition.name });
        return;
      }
      response.json({ status: 'ready', service: definition.name });
    } catch {
      response.status(503).json({ status: 'database unavailable', service: definition.name });
    }
  });
  definition.routes?.(app, { dataSource, security });
  if (definition.openData) mountOpenData(app, dataSource, definition.openData, security.gatewaySecret, security.allowDirectAccess);
  app.use(
    '/graphql',
    (request, response, next) => {
      // nothing reaches a subgraph's GraphQL around the gateway, `_service` and `_entities` included
      if (security.allowDirectAccess || credentialMatches(request.get(GATEWAY_CREDENTIAL_HEADER), security.gatewaySecret)) {
        next();
        return;
      }
      response.status(403).json({
        errors: [{ message: 'This service answers only the gateway', extensions: { code: ErrorCode.FORBIDDEN } }],
      });
    },
    requireJsonBody,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const caller = await callerFromAuthorization(security.jwtSecret, req.get(AUTHORIZATION_HEADER));
          const context = new RequestContext(dataSource, caller, definition.createLoaders, security);
          // set by the gateway: believed only from a caller whose gateway credential matched (direct access lets others in)
          const fromGateway = credentialMatches(req.get(GATEWAY_CREDENTIAL_HEADER), security.gatewaySecret);
          context.clientAddress = (fromGateway ? req.get(CLIENT_ADDRESS_HEADER) : undefined) ?? req.ip ?? null;
          context.requestId = requestIdOf(req);
          if (capture?.capturing) context.captureStatements();
          return context;
        } catch (error) {
          throw new GraphQLError((error as Error).message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
        }
      },
    }),
  );
  // a route that failed: its detail stays in the log, under an id the client can quote
  app.use((error: unknown, _request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    // a body that is not JSON, too large, in an unknown charset: the client's mistake (body-parser's 4xx), not ours
    const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = (error as { type?: string }).type === 'entity.parse.failed' ? 'The request body is not valid JSON' : 'Bad request';
      response.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
      return;
    }
    const errorId = randomUUID();
    console.error(JSON.stringify({ level: 'error', service: definition.name, errorId, error: String((error as Error)?.stack ?? error) }));
    response.status(500).json({ errors: [{ message: `Internal server error (reference ${errorId})`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId } }] });
  });
  return { app, apollo, dataSource, metrics };
}

export function securityFromConfig(config: ServiceConfig): SubgraphSecurity {
  return {
    jwtSecret: config.JWT_SECRET,
    gatewaySecret: config.GATEWAY_SECRET,
    allowDirectAccess: config.ALLOW_DIRECT_SUBGRAPH_ACCESS,
    tokenTtlSeconds: config.TOKEN_TTL_SECONDS,
  };
}

/** Starts a subgraph process from its environment and stops it cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadServiceConfig(definition.name);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(78);
  }
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolMax: config.DATABASE_POOL_MAX,
    timeouts: {
      statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    },
  });
  await dataSource.initialize();
  if (config.DATABASE_PREPARED_STATEMENTS) usePreparedStatements(dataSource);
  const { app, apollo } = await createSubgraphServer(definition, dataSource, securityFromConfig(config));
  const server: Server = app.listen(config.PORT, config.HOST);
  await once(server, 'listening');
  console.log(JSON.stringify({ level: 'info', service: definition.name, message: `listening on http://${config.HOST}:${config.PORT}/graphql` }));
  const background = definition.background ? await definition.background({ dataSource, env: process.env }) : null;

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const forced = setTimeout(() => server.closeAllConnections(), 5_000);
    forced.unref();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await background?.stop().catch((error: unknown) => console.error(JSON.stringify({ level: 'error', service: definition.name, message: `stopping background work failed: ${String(error)}` })));
    await apollo.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // under `npm start`, never outlive the launcher
  exitWithSupervisor(stop);
}
