import { join } from 'node:path';
import { SUBGRAPH_NAMES, SUBGRAPHS, subgraphUrl, type SubgraphName } from '@infitah/contract';
import { z } from 'zod';

/** Each subgraph's address: `<NAME>_URL`, else `<NAME>_PORT` on loopback (the registry of @infitah/contract). */
const addressSchema = z.object({ url: z.string().url().optional(), port: z.coerce.number().int().optional() });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default(join(__dirname, '..', 'supergraph.graphql')),
  /** The built console, served at /admin/. */
  ADMIN_DIST: z.string().default(join(__dirname, '..', '..', 'admin', 'dist')),
  /** The built public portal, served at /. */
  PORTAL_DIST: z.string().default(join(__dirname, '..', '..', 'portal', 'dist')),
  /** GraphiQL, served for GET /graphql from a browser. */
  GRAPHIQL_DIST: z.string().default(join(__dirname, '..', '..', 'admin', 'dist-graphiql')),
  /** Deepest selection accepted, in levels (fragments flattened). */
  MAX_DEPTH: z.coerce.number().int().min(1).default(12),
  /** Most aliases accepted in one operation. */
  MAX_ALIASES: z.coerce.number().int().min(0).default(50),
  /** Most directives accepted in one operation. */
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  /** Most lexical tokens accepted in one document. */
  MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  /** Highest cost accepted: scalars 1, objects 2, times 1.5 per level, times the page size of a list (see cost.ts). */
  MAX_COST: z.coerce.number().int().min(100).default(20_000),
  /** Largest request body accepted, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(1024 * 1024),
  /** Requests per minute per caller (token, else address); 0 turns rate limits off (benchmarks only). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Requests per minute per client address, whatever the token. */
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(3_000),
  /**
   * Express's `trust proxy`: the proxies (addresses, subnets, names such as `loopback`, or a hop count) whose
   * X-Forwarded-For gives the client's address and whose x-request-id is kept. `false` by default: the client is
   * the socket's address, whatever headers it sends. Set it to the reverse proxy in front of the gateway.
   */
  TRUST_PROXY: z.string().default('false'),
  /** Prometheus `/metrics`, on a port of its own (never the public one); 0 takes any free port. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** Where `/metrics` listens: loopback unless the scraper needs another interface. */
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** Processes serving the gateway (node cluster, under a primary): one by default. */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Old-generation heap of each cluster worker (MiB, V8's --max-old-space-size): garbage is collected before RSS passes ~300 MB. */
  GATEWAY_WORKER_HEAP_MIB: z.coerce.number().int().min(64).max(16_384).default(160),
  /** Memory for planned queries, per worker (MiB): a plan is made once per distinct operation. */
  QUERY_PLAN_CACHE_MIB: z.coerce.number().int().min(1).max(1024).default(64),
  /** Merge identical subgraph queries of the same caller while one is on its way (deduplicate.ts); `false` turns it off. */
  SUBGRAPH_DEDUPLICATION: z.enum(['true', 'false']).default('true'),
  /** Time a subgraph has to answer a query, in milliseconds (also the start of an open-data answer, a session check). */
  SUBGRAPH_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  /** Time a subgraph has to answer a mutation, in milliseconds. A mutation is never sent twice. */
  SUBGRAPH_MUTATION_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  /** Deprecated: the timeout of both kinds of fetch where SUBGRAPH_QUERY_TIMEOUT_MS / SUBGRAPH_MUTATION_TIMEOUT_MS are unset. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  /**
   * Consecutive failed fetches to a subgraph (refused, reset, HTTP 5xx, or timed out while its /health still answers)
   * that open its circuit breaker. A timeout whose subgraph does not answer /health either opens it at once.
   */
  SUBGRAPH_BREAKER_FAILURES: z.coerce.number().int().min(1).default(3),
  /** Time between the background checks (`/ready`) of a subgraph whose breaker is open, in milliseconds. */
  SUBGRAPH_BREAKER_COOL_OFF_MS: z.coerce.number().int().min(10).default(5_000),
  /** Time a subgraph's `/health` has to answer after a timed-out fetch before its process is taken as hung, in milliseconds. */
  SUBGRAPH_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(10).default(500),
  /** Verifies access tokens (territory signs them with the same secret). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Presented to the subgraphs, which answer no one else. */
  GATEWAY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** How long a revocation check (account disabled, password changed) is trusted, in milliseconds. */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  metrics: { host: string; port: number };
  supergraphPath: string;
  adminDist: string;
  portalDist: string;
  graphiqlDist: string;
  limits: { depth: number; aliases: number; directives: number; tokens: number; cost: number; bodyBytes: number };
  /** A subgraph's time to answer, by operation type (subgraph-http.ts). */
  subgraphTimeouts: { queryMs: number; mutationMs: number };
  /** The query timeout: also bounds the start of an open-data answer and a session check. */
  subgraphTimeoutMs: number;
  /** The circuit breaker of each subgraph (breaker.ts). */
  subgraphBreaker: { failureThreshold: number; coolOffMs: number; healthTimeoutMs: number };
  /** Identical in-flight subgraph queries of one caller share one fetch. */
  subgraphDeduplication: boolean;
  rateLimits: { perCaller: number; perAddress: number };
  workers: number;
  /** V8 old-generation limit of each cluster worker, MiB. */
  workerHeapMiB: number;
  queryPlanCacheMiB: number;
  trustProxy: string | number | boolean;
  jwtSecret: string;
  gatewaySecret: string;
  sessionCacheMs: number;
  /** Where each subgraph answers GraphQL; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
}

/** The gateway's configuration, from the environment, validated once at start. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  const addresses = SUBGRAPH_NAMES.map((name) => {
    const { urlVariable, portVariable } = SUBGRAPHS[name];
    const address = addressSchema.safeParse({ url: env[urlVariable], port: env[portVariable] });
    const issues = address.error?.issues.map((issue) => ({ ...issue, path: [issue.path[0] === 'url' ? urlVariable : portVariable] })) ?? [];
    return { name, address: address.data, issues };
  });
  const issues = [...(parsed.error?.issues ?? []), ...addresses.flatMap((each) => each.issues)];
  if (!parsed.success || issues.length) {
    const problems = issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid gateway configuration:\n${problems}`);
  }
  const values = parsed.data;
  const urlOf = (name: SubgraphName) => {
    const address = addresses.find((each) => each.name === name)?.address;
    return address?.url ?? subgraphUrl(name, address?.port);
  };
  const queryMs = values.SUBGRAPH_QUERY_TIMEOUT_MS ?? values.SUBGRAPH_TIMEOUT_MS ?? 3_000;
  const mutationMs = values.SUBGRAPH_MUTATION_TIMEOUT_MS ?? values.SUBGRAPH_TIMEOUT_MS ?? 15_000;
  return {
    nodeEnv: values.NODE_ENV,
    host: values.HOST,
    port: values.GATEWAY_PORT,
    metrics: { host: values.METRICS_HOST, port: values.METRICS_PORT },
    supergraphPath: values.SUPERGRAPH_PATH,
    adminDist: values.ADMIN_DIST,
    portalDist: values.PORTAL_DIST,
    graphiqlDist: values.GRAPHIQL_DIST,
    limits: {
      depth: values.MAX_DEPTH,
      aliases: values.MAX_ALIASES,
      directives: values.MAX_DIRECTIVES,
      tokens: values.MAX_TOKENS,
      cost: values.MAX_COST,
      bodyBytes: values.MAX_BODY_BYTES,
    },
    subgraphTimeouts: { queryMs, mutationMs },
    subgraphTimeoutMs: queryMs,
    subgraphBreaker: {
      failureThreshold: values.SUBGRAPH_BREAKER_FAILURES,
      coolOffMs: values.SUBGRAPH_BREAKER_COOL_OFF_MS,
      healthTimeoutMs: values.SUBGRAPH_HEALTH_TIMEOUT_MS,
    },
    subgraphDeduplication: values.SUBGRAPH_DEDUPLICATION === 'true',
    // one worker unless told otherwise: where the gateway shares the host's cores with the subgraphs and PostgreSQL (compose,
    // `npm start`), a second worker competes with them for the cores and halves what in-flight deduplication can share
    // (bench/RESULTS.md, issue 24: commune dashboards on two cores, 210 req/s with two workers, 294–298 with one); a host of its own: one per core
    workers: values.GATEWAY_WORKERS ?? 1,
    workerHeapMiB: values.GATEWAY_WORKER_HEAP_MIB,
    queryPlanCacheMiB: values.QUERY_PLAN_CACHE_MIB,
    rateLimits: { perCaller: values.RATE_LIMIT_PER_MINUTE, perAddress: values.RATE_LIMIT_PER_ADDRESS_PER_MINUTE },
    trustProxy: /^\d+$/.test(values.TRUST_PROXY) ? Number(values.TRUST_PROXY) : values.TRUST_PROXY === 'false' ? false : values.TRUST_PROXY === 'true' ? true : values.TRUST_PROXY,
    jwtSecret: values.JWT_SECRET,
    gatewaySecret: values.GATEWAY_SECRET,
    sessionCacheMs: values.SESSION_CACHE_MS,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urlOf(name)])) as Record<SubgraphName, string>,
  };
}
