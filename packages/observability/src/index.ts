import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER } from '@infitah/contract';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Set by the gateway on every request it forwards, so that one id follows a request through every process. */
export { REQUEST_ID_HEADER };
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming request id when it is well formed (a trusted gateway set it), else a new one. */
export function requestIdOf(request: Request): string {
  const given = request.get(REQUEST_ID_HEADER);
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * JSON logs, one object per line, on standard output unless given another destination; `LOG_LEVEL` sets the
 * level (silent under jest unless set, or unless a destination is given).
 */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID && !destination ? 'silent' : 'info');
  const options = { level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger } from 'pino';
export { graphqlOverHttpPlugin, operationResolutionError, prefersLegacyJson, REQUEST_ERROR_CODES, requireJsonBody } from './http-spec';

/**
 * Operation names come from clients: a label is the name of an operation of a document that parsed and validated
 * (the graph knows what it asks), of at most 64 plain characters, and only so many of them; the rest count as `other`.
 */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** One process's metrics, in their own registry (tests run several servers in one process). */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  readonly requests: Counter<'operation' | 'type'>;
  readonly duration: Histogram<'operation' | 'type'>;
  readonly errors: Counter<'code'>;
  readonly upstream: Histogram<'subgraph' | 'outcome'>;
  /** SQL statements one GraphQL request sent (a subgraph's), by operation; and the most any one request sent. */
  readonly sqlStatements: Histogram<'operation' | 'type'>;
  readonly sqlStatementsMax: Gauge<'operation' | 'type'>;
  private readonly sqlMaxima = new Map<string, number>();

  constructor(service: string, pool?: () => PoolStats | null) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({ name: 'infitah_graphql_requests_total', help: 'GraphQL operations answered, by operation name and type', labelNames: ['operation', 'type'], registers: [this.registry] });
    this.duration = new Histogram({
      name: 'infitah_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({ name: 'infitah_graphql_errors_total', help: 'Errors returned to clients, by extensions.code', labelNames: ['code'], registers: [this.registry] });
    this.upstream = new Histogram({
      name: 'infitah_subgraph_fetch_duration_seconds',
      help: "Time of the gateway's fetches to each subgraph, by outcome",
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.sqlStatements = new Histogram({
      name: 'infitah_graphql_sql_statements',
      help: 'SQL statements sent by one GraphQL request, transaction control included, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50, 100],
      registers: [this.registry],
    });
    this.sqlStatementsMax = new Gauge({
      name: 'infitah_graphql_sql_statements_max',
      help: 'The most SQL statements one GraphQL request of this operation sent since the process started',
      labelNames: ['operation', 'type'],
      registers: [this.registry],
    });
    if (pool) {
      new Gauge({
        name: 'infitah_db_pool_connections',
        help: 'Database pool connections by state: total (open), idle, waiting (requests queued for one)',
        labelNames: ['state'],
        registers: [this.registry],
        collect() {
          const stats = pool();
          if (!stats) return;
          this.set({ state: 'total' }, stats.total);
          this.set({ state: 'idle' }, stats.idle);
          this.set({ state: 'waiting' }, stats.waiting);
        },
      });
    }
  }

  /** Records the SQL statements one request sent. */
  observeSqlStatements(operationName: string | null | undefined, type: string, statements: number): void {
    const labels = { operation: this.operationLabel(operationName), type };
    this.sqlStatements.observe(labels, statements);
    const key = `${labels.operation}:${labels.type}`;
    if (statements > (this.sqlMaxima.get(key) ?? -1)) {
      this.sqlMaxima.set(key, statements);
      this.sqlStatementsMax.set(labels, statements);
    }
  }

  /** A label for a client-given operation name (of an operation that parsed and validated). */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** `GET /metrics` in Prometheus text format. */
  handler(): RequestHandler {
    return async (_request, response: Response) => {
      response.type(this.registry.contentType);
      response.send(await this.registry.metrics());
    };
  }
}

/** Client-given text in a log line: at most `max` characters. */
export const MAX_LOGGED_NAME = 100;
export function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export interface RequestFacts {
  requestId: string;
  role?: string | null;
  collectivityId?: string | null;
  /** The API key the request was made with, if any. */
  apiKeyId?: string | null;
}

/** Counts, times and logs each GraphQL operation: one log line per request, with its id and its caller's collectivity. */
export function observabilityPlugin<TContext extends BaseContext>(metrics: Metrics, logger: Logger, factsOf: (context: TContext) => RequestFacts): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, errors, response, request }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          // `operation` is set once the document parsed, validated and named one of its operations
          const labels = { operation: operation ? metrics.operationLabel(operation.name?.value) : 'other', type: operation?.operation ?? 'unknown' };
          metrics.requests.inc(labels);
          metrics.duration.observe(labels, seconds);
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const codes = (body?.errors ?? errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const code of codes) metrics.errors.inc({ code });
          const facts = factsOf(contextValue);
          logger.info(
            {
              requestId: facts.requestId,
              role: facts.role ?? 'ANONYMOUS',
              collectivityId: facts.collectivityId ?? null,
              ...(facts.apiKeyId ? { apiKeyId: facts.apiKeyId } : {}),
              // what the client named, cut short: a name is not a place to store 5,000 characters in the logs
              operation: shortened(operationName ?? operation?.name?.value ?? request.operationName ?? 'anonymous', MAX_LOGGED_NAME),
              type: labels.type,
              durationMs: Math.round(seconds * 1000),
              errors: codes.length ? codes : undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
