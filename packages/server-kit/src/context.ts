import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Caller } from './caller';
import { beginWithCallerSql } from './policies';
import { namePreparedStatements } from './prepared-statements';
import { readOnlyKeyRefusal } from './errors';
import type { CapturedStatement } from './sql-capture';
import type { SubgraphSecurity } from './subgraph';

/** The state typeorm's `startTransaction()` leaves on a runner, for a transaction begun by a statement of ours. */
function markTransactionStarted(runner: QueryRunner): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}

/** What a loader needs of its request: the caller and the request's transaction. */
export interface RequestScope {
  readonly caller: Caller;
  manager(): Promise<EntityManager>;
}

/**
 * One GraphQL request: who asks, fresh DataLoaders, and one database transaction opened on first use.
 * The transaction carries the caller in `app.*` settings (local to it) for row-level security.
 */
export class RequestContext<TLoaders = unknown> implements RequestScope {
  readonly loaders: TLoaders;
  /** The client's address as the gateway saw it, for rate limits of anonymous writes. */
  clientAddress: string | null = null;
  /** The request id the gateway gave this request, for logs. */
  requestId = '';
  // Apollo Server shallow-clones the context of each operation: state lives in one shared object so that
  // the clone, the original and the loaders bound to it all see the same transaction.
  private readonly state: {
    runner: Promise<QueryRunner> | null;
    finished: boolean;
    sqlStatements: number;
    afterCommit: Array<() => Promise<void>>;
    /** The statements themselves, kept only when the bench captures them (see `SqlCapture`). */
    captured: CapturedStatement[] | null;
  } = {
    runner: null,
    finished: false,
    sqlStatements: 0,
    afterCommit: [],
    captured: null,
  };

  constructor(
    readonly dataSource: DataSource,
    readonly caller: Caller,
    createLoaders: (scope: RequestScope) => TLoaders,
    /** Secrets and token settings, for the resolvers that sign tokens. */
    readonly security: SubgraphSecurity,
  ) {
    this.loaders = createLoaders(this);
  }

  /** SQL statements this request sent, transaction control included. */
  get sqlStatements(): number {
    return this.state.sqlStatements;
  }

  /** Keeps the text and parameters of every statement from now on (the bench's `sql` way; off otherwise). */
  captureStatements(): void {
    this.state.captured ??= [];
  }

  /** The statements kept since `captureStatements()`, transaction control included; empty when not capturing. */
  get capturedStatements(): CapturedStatement[] {
    return this.state.captured ?? [];
  }

  /** The request's transaction; every query of the request goes through it. */
  manager(): Promise<EntityManager> {
    if (this.state.finished) return Promise.reject(new Error('The request has already finished'));
    this.state.runner ??= this.open();
    return this.state.runner.then((runner) => runner.manager);
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    const query = runner.query.bind(runner);
    const state = this.state;
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      state.sqlStatements += 1;
      state.captured?.push({ sql: args[0], parameters: args[1] });
      return query(...args);
    }) as QueryRunner['query'];
    await runner.connect();
    namePreparedStatements(this.dataSource, runner);
    try {
      // BEGIN and the caller's settings in one round trip (they were two); typeorm is then told its transaction is open,
      // as its own startTransaction would have left it, so that COMMIT/ROLLBACK and nested transactions behave alike
      await runner.query(beginWithCallerSql(this.caller));
      markTransactionStarted(runner);
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
    return runner;
  }

  /**
   * Runs `task` once the request's transaction has committed and its connection is back in the pool; never when
   * it rolls back. A task's failure is logged, the response stands.
   */
  afterCommit(task: () => Promise<void>): void {
    this.state.afterCommit.push(task);
  }

  /** Ends the transaction. Safe to call more than once and when nothing was queried. */
  async finish(outcome: 'commit' | 'rollback'): Promise<void> {
    if (this.state.finished) return;
    if (!(await this.end(outcome))) return;
    for (const task of this.state.afterCommit.splice(0)) {
      await task().catch((error: unknown) =>
        console.error(JSON.stringify({ level: 'error', message: 'a task after commit failed', requestId: this.requestId, error: String((error as Error)?.stack ?? error) })),
      );
    }
  }

  /** Whether the request's writes, if any, are committed. */
  private async end(outcome: 'commit' | 'rollback'): Promise<boolean> {
    this.state.finished = true;
    if (!this.state.runner) return outcome === 'commit';
    // a transaction that failed to open has nothing to end
    const runner = await this.state.runner.catch(() => null);
    if (!runner) return false;
    try {
      if (runner.isTransactionActive) {
        if (outcome === 'commit') await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
    return outcome === 'commit';
  }
}

/**
 * A read-only API key runs no mutation: refused before any resolver, whatever the gateway did (it refuses them too).
 */
export function readOnlyKeyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === 'mutation' && contextValue.caller.apiKey?.readOnly) throw readOnlyKeyRefusal();
        },
      };
    },
  };
}

/** Told of each request once its transaction has ended: the SQL statements it sent, COMMIT included. */
export type RequestFinished = (request: { operationName: string | null; type: string; sqlStatements: number; statements: CapturedStatement[] }) => void;

/**
 * Commits the request's transaction once the response is known; a mutation that reported any error is
 * rolled back whole, so a failed write leaves the database as it was.
 */
export function transactionPlugin(onFinished?: RequestFinished): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, operationName }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = Boolean(body?.errors?.length);
          const isMutation = operation?.operation === 'mutation';
          try {
            await contextValue.finish(failed && isMutation ? 'rollback' : 'commit');
          } catch (error) {
            if (!body) throw error;
            body.data = null;
            body.errors = [
              ...(body.errors ?? []),
              new GraphQLError('The change could not be saved', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }).toJSON(),
            ];
          }
          onFinished?.({ operationName: operationName ?? operation?.name?.value ?? null, type: operation?.operation ?? 'unknown', sqlStatements: contextValue.sqlStatements, statements: contextValue.capturedStatements });
        },
      };
    },
  };
}
