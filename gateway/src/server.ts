import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { createLogger, graphqlOverHttpPlugin, Metrics, observabilityPlugin, requestIdOf, requireJsonBody, shortened, type Logger } from '@infitah/observability';
import { costLimitPlugin } from './cost';
import { inFlightDeduplication, type FetchInit } from './deduplicate';
import { subgraphFetch, SubgraphTimeoutError } from './subgraph-http';
import { answers, BreakerProber, READY_TIMEOUT_MS, CircuitOpenError, probeLocally, readyCheck, SubgraphBreakers, subgraphPath, subgraphUnavailable } from './breaker';
import { openDataRouter } from './open-data';
import { clientAddressOf, rateLimits, securityHeaders } from './protection';
import { AUTHORIZATION_HEADER, CLIENT_ADDRESS_HEADER, ErrorCode, GATEWAY_CREDENTIAL_HEADER, isPublicErrorCode, REQUEST_ID_HEADER, SUBGRAPH_NAMES, type SubgraphName } from '@infitah/contract';
import { readOnlyKeyPlugin, TokenVerifier, type GatewayContext } from './auth';
import { withRefusalRule } from '@infitah/labels';
import type { GatewayConfig } from './config';

/** Forwards the verified token and the gateway credential; nothing else of the client's request. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    options: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly gatewaySecret: string,
  ) {
    super(options);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, this.gatewaySecret);
    if (context?.authorization) request.http?.headers.set(AUTHORIZATION_HEADER, context.authorization);
    if (context?.clientAddress) request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
    if (context?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}

export interface Gateway {
  app: express.Express;
  metrics: Metrics;
  apollo: ApolloServer<GatewayContext>;
  /** The circuit breakers of the subgraphs, in this process. */
  breakers: SubgraphBreakers;
  stop(): Promise<void>;
}

/** graphql-js's refusal of a document with too many tokens (`parseOptions.maxTokens`), a limit like depth and aliases. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;
/** The shape of a follower's link token (32 random bytes, base64url), as the notifications subgraph checks it too. */
const FOLLOW_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** How much of an error message goes into a log line. */
const MAX_LOGGED_MESSAGE = 500;

/** Only the contract's codes keep their message; no stack, subgraph response or address goes out. */
export function maskGatewayError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  // a subgraph that refused the request (HTTP 400) with a public error: pass that error on, not the wrapper
  const inner = (formatted.extensions?.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined)?.body?.errors?.[0];
  if (inner && isPublicErrorCode(inner.extensions?.code)) {
    return maskGatewayError({ ...inner, path: formatted.path, locations: formatted.locations }, error);
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return { message: `Token limit of ${tokens[1]} exceeded: send a shorter document`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxTokens: Number(tokens[1]) } };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  const extensions: Record<string, unknown> = { code };
  if (isPublicErrorCode(code)) {
    for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
      if (!['stacktrace', 'exception', 'response', 'serviceName'].includes(key)) extensions[key] = value;
    }
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      // the gateway's own refusal of a variable names its field and rule like a subgraph's refusal
      extensions: code === ErrorCode.BAD_USER_INPUT ? withRefusalRule(extensions, formatted.message) : extensions,
    };
  }
  // Apollo Server's own refusals of a malformed request (e.g. a persisted query whose hash does not match it) carry
  // a 4xx status and no code: the client's mistake, said as such
  const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
  if (!formatted.path && typeof status === 'number' && status >= 400 && status < 500) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
  }
  const unavailable = /^(?:Unexpected error value: )?"?(?:Error: )?(The \w+ service is unavailable)/.exec(formatted.message);
  if (unavailable) return { message: unavailable[1], path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  // our own fault: the detail stays in the log (message cut short), under an id the client can quote
  const errorId = randomUUID();
  console.error(
    JSON.stringify({ level: 'error', service: 'gateway', errorId, code, message: shortened(formatted.message, MAX_LOGGED_MESSAGE), path: formatted.path, error: shortened(String((error as Error)?.stack ?? error), 4_000) }),
  );
  return {
    message: `Internal server error (reference ${errorId})`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}

/** The documented query limits (graphql-armor), checked before any subgraph is asked. */
function limitsOf(config: GatewayConfig): ApolloArmor {
  const { limits } = config;
  return new ApolloArmor({
    // fragments are flattened: a fragment cannot hide depth (the known bypass of older max-depth versions)
    maxDepth: { n: limits.depth, flattenFragments: true, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: limits.aliases, exposeLimits: true },
    maxDirectives: { n: limits.directives, exposeLimits: true },
    // the token limit is graphql-js's own (`parseOptions.maxTokens` below): armor's parses in a plugin hook, where a
    // syntax error or the limit itself became an unexpected error (HTTP 500)
    maxTokens: { enabled: false },
    // the cost limit is ours (cost.ts): it counts the page sizes really asked, variables included
    costLimit: { enabled: false },
    // field suggestions would list the schema to someone who cannot introspect it
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
}

/** Each subgraph's readiness; one whose circuit breaker is open is not asked (it would not answer in time). */
async function subgraphsReady(config: GatewayConfig, breakerOpen: (name: string) => boolean): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(config.subgraphUrls).map(async ([name, url]) => {
      if (breakerOpen(name)) return [name, false] as const;
      try {
        const response = await fetch(subgraphPath(url, '/ready'), { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
        return [name, response.ok] as const;
      } catch {
        return [name, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The gateway's public HTTP app (`/graphql`, `/health`, `/ready`, …) without opening a port. Its metrics are not
 * served here: `metricsApp` (metrics-server.ts) serves them on a port of their own.
 */
export async function createGateway(
  config: GatewayConfig,
  options: {
    logger?: Logger;
    /** In a cluster worker: whether every worker of the cluster listens (the gateway is ready only then). */
    clusterListening?: () => boolean;
    /**
     * Who checks open breakers in the background: this process (a gateway created in-process, the default) or the cluster's primary
     * (a worker: `shareBreakerStates` then follows what the primary finds).
     */
    breakerChecks?: 'local' | 'primary';
  } = {},
): Promise<Gateway> {
  const metrics = new Metrics('gateway');
  const logger = options.logger ?? createLogger('gateway');
  const subgraphHttp = subgraphFetch(config.subgraphTimeouts);
  // a subgraph that keeps failing or hanging is refused at once for a while (breaker.ts)
  const { healthTimeoutMs } = config.subgraphBreaker;
  const breakers = new SubgraphBreakers(SUBGRAPH_NAMES, config.subgraphBreaker, (name) =>
    answers(subgraphPath(config.subgraphUrls[name as SubgraphName], '/health'), healthTimeoutMs),
  );
  breakers.registerMetrics(metrics.registry);
  const prober = options.breakerChecks === 'primary' ? null : new BreakerProber(config.subgraphBreaker.coolOffMs, readyCheck(config.subgraphUrls, READY_TIMEOUT_MS));
  if (prober) probeLocally(breakers, prober);
  breakers.onChange((subgraph, from, to) => logger[to === 'closed' ? 'info' : 'warn']({ subgraph, from, to }, `circuit breaker of ${subgraph}: ${to}`));
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB,
    buildService: ({ name }) => {
      const send = breakers.guard(name, (input: string, init: FetchInit) => subgraphHttp(input, init));
      const deduplicator = config.subgraphDeduplication ? inFlightDeduplication(send) : null;
      return new AuthenticatedDataSource({
        url: config.subgraphUrls[name as SubgraphName],
        fetcher: async (input, init) => {
          const timer = metrics.upstream.startTimer({ subgraph: name });
          try {
            if (!deduplicator) {
              const response = await send(input as string, init as FetchInit);
              timer({ outcome: String(response.status) });
              return response;
            }
            const { response, shared } = await deduplicator.fetch(input as string, init as FetchInit);
            timer({ outcome: shared ? 'shared' : String(response.status) });
            return response;
          } catch (error) {
            timer({ outcome: error instanceof CircuitOpenError ? 'circuit-open' : error instanceof SubgraphTimeoutError ? 'timeout' : 'unavailable' });
            // the cause names an internal address: it stays here
            throw subgraphUnavailable(name);
          }
        },
      }, config.gatewaySecret);
    },
  });
  const verifier = new TokenVerifier(config, breakers);
  const armor = limitsOf(config).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    // the schema is described for developers (docs/graph.md, GraphiQL outside production), not to strangers
    introspection: config.nodeEnv !== 'production',
    // one operation per request: a batch would multiply every limit below
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.limits.tokens },
    plugins: [
      graphqlOverHttpPlugin<GatewayContext>(),
      observabilityPlugin<GatewayContext>(metrics, logger, (context) => ({ requestId: context.requestId ?? '', role: context.role, collectivityId: context.collectivityId, apiKeyId: context.apiKey?.id })),
      ...armor.plugins,
      costLimitPlugin(config.limits.cost),
      readOnlyKeyPlugin(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: maskGatewayError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // a client's x-request-id is kept only when the request comes through a trusted proxy (TRUST_PROXY), and only when
  // well formed (requestIdOf); anyone else's request gets a fresh id
  const trusted = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  app.use((request, response, next) => {
    response.locals.requestId = trusted(request.socket.remoteAddress ?? '', 0) ? requestIdOf(request) : randomUUID();
    response.setHeader(REQUEST_ID_HEADER, response.locals.requestId);
    next();
  });
  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', worker: process.pid });
  });
  app.get('/ready', async (_request, response) => {
    const states = breakers.states();
    const subgraphs = await subgraphsReady(config, (name) => states[name] === 'open');
    const workersListening = options.clusterListening?.() ?? true;
    const ready = workersListening && Object.values(subgraphs).every(Boolean);
    // which cluster worker answered (as /health says in its body): breaker states are each worker's
    response.setHeader('x-infitah-worker', String(process.pid));
    response
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'waiting', subgraphs, breakers: states, ...(workersListening ? {} : { workers: 'starting' }) });
  });
  const limits = rateLimits(config);
  app.use('/open-data', ...limits, openDataRouter(config, breakers));
  // the console: a single-page app whose routes live in the hash
  app.use('/admin', securityHeaders, express.static(config.adminDist, { index: 'index.html', maxAge: '1h' }));
  // GraphiQL for a browser; any other GET goes on to Apollo, whose CSRF prevention still applies
  app.use('/graphiql', securityHeaders, express.static(config.graphiqlDist, { index: false, maxAge: '1h' }));
  app.get('/graphql', (request, response, next) => {
    if (request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    securityHeaders(request, response, () => undefined);
    response.sendFile(join(config.graphiqlDist, 'index.html'), { maxAge: 0 }, (error) => {
      if (error) next();
    });
  });
  app.use(
    '/graphql',
    ...limits,
    requireJsonBody,
    express.json({ limit: config.limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ ...(await verifier.contextFor(req.get(AUTHORIZATION_HEADER))), clientAddress: clientAddressOf(req.ip), requestId: res.locals.requestId as string }),
    }),
  );
  // the one-click unfollow of a follower's mail (its List-Unsubscribe header, RFC 8058): a mail client's POST unfollows
  // at once, with no page to confirm; a person opening the address is sent to the portal's unfollow page, which
  // unfollows as it opens. Either way through the graph's own unfollow(token), as an anonymous caller.
  app.get('/unfollow/:token', securityHeaders, (request, response) => {
    const token = String(request.params.token);
    if (!FOLLOW_TOKEN.test(token)) {
      response.status(400).type('text/plain').send('Not a link this platform sent');
      return;
    }
    const locale = request.query.locale === 'fr' ? 'fr' : 'ar';
    response.redirect(303, `/?locale=${locale}#/unfollow/${token}`);
  });
  app.post('/unfollow/:token', ...limits, express.urlencoded({ extended: false, limit: '1kb' }), async (request, response, next) => {
    const token = String(request.params.token);
    if (!FOLLOW_TOKEN.test(token)) {
      response.status(400).type('text/plain').send('Not a link this platform sent');
      return;
    }
    try {
      const result = await apollo.executeOperation<{ unfollow: boolean }>(
        { query: 'mutation OneClickUnfollow($token: String!) { unfollow(token: $token) }', variables: { token } },
        { contextValue: { authorization: null, clientAddress: clientAddressOf(request.ip), requestId: response.locals.requestId as string } },
      );
      const single = result.body.kind === 'single' ? result.body.singleResult : null;
      if (!single || single.errors?.length || typeof single.data?.unfollow !== 'boolean') {
        const code = single?.errors?.[0]?.extensions?.code;
        response.status(code === 'BAD_USER_INPUT' ? 400 : 503).type('text/plain').send(code === 'BAD_USER_INPUT' ? 'Not a link this platform sent' : 'Try again later');
        return;
      }
      // unfollowed now, or already: the address receives nothing more either way
      response.status(200).type('text/plain').send(single.data.unfollow ? 'Unfollowed' : 'Already unfollowed');
    } catch (error) {
      next(error);
    }
  });
  // the public portal, last: the routes above keep their paths
  app.use('/', securityHeaders, express.static(config.portalDist, { index: 'index.html', maxAge: '1h' }));
  // a body too large or not JSON never gets express's own HTML page (with a stack outside production):
  // a GraphQL-shaped answer with the status and a code
  app.use((error: { status?: number; statusCode?: number; type?: string }, _request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    let message = 'Internal server error';
    let code = 'INTERNAL_SERVER_ERROR';
    if (status === 413) [message, code] = [`The request body is larger than the limit of ${config.limits.bodyBytes} bytes`, 'PAYLOAD_TOO_LARGE'];
    else if (error.type === 'entity.parse.failed') [message, code] = ['The request body is not valid JSON', 'BAD_REQUEST'];
    else if (status >= 400 && status < 500) [message, code] = ['Bad request', 'BAD_REQUEST'];
    else console.error(JSON.stringify({ level: 'error', service: 'gateway', message: 'unhandled HTTP error', error: String((error as Error)?.stack ?? error) }));
    response.status(status >= 400 && status < 600 ? status : 500).json({ errors: [{ message, extensions: { code } }] });
  });
  return {
    app,
    apollo,
    metrics,
    breakers,
    stop: async () => {
      prober?.stop();
      await apollo.stop();
      subgraphHttp.close();
    },
  };
}
