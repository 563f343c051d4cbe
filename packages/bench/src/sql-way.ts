import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Pool, type PoolClient } from 'pg';
import type { CapturedRequest } from '@infitah/server-kit';

/**
 * The `sql` way: the floor of a scenario — PostgreSQL running only the SQL the platform runs for it.
 *
 * Capture: the bench starts its platform with `INFITAH_SQL_CAPTURE_DIR` (a capture mode of `@infitah/server-kit`'s
 * request context), so that each subgraph appends every request's statements — BEGIN (`START TRANSACTION`), the
 * caller's `set_config`, the queries, COMMIT — with their parameters, one JSON line per subgraph request, to
 * `<dir>/<service>.jsonl`. Before the load the bench sends each sampled request of a scenario once through the
 * gateway, one at a time, and takes the lines that appeared meanwhile: the transactions of that one client request.
 * Then it sends SIGUSR2 to the subgraphs, which stops the capture (no cost left during the measured load).
 *
 * Replay: each client request replays its subgraph transactions one after the other, each on one connection of a
 * pool per subgraph opened as that subgraph's runtime role (row-level security applies), with its statements in
 * their captured order, parameters and all — the same round trips the subgraph made, without HTTP, GraphQL or the
 * gateway.
 */
export type CapturedTransaction = Omit<CapturedRequest, 'operationName'> & { operationName: string | null };

/** What one client request made the subgraphs run: one transaction per subgraph request. */
export interface CapturedClientRequest {
  transactions: CapturedTransaction[];
}

/** Reads what the subgraphs append to their capture files, from where it last stopped. */
export class CaptureReader {
  private readonly offsets = new Map<string, number>();

  constructor(
    private readonly directory: string,
    private readonly services: readonly string[],
  ) {
    for (const service of services) this.offsets.set(service, this.size(service));
  }

  private file(service: string): string {
    return join(this.directory, `${service}.jsonl`);
  }

  private size(service: string): number {
    return existsSync(this.file(service)) ? statSync(this.file(service)).size : 0;
  }

  /** The subgraph requests recorded since the last call (or since construction). */
  takeNew(): CapturedTransaction[] {
    const found: CapturedTransaction[] = [];
    for (const service of this.services) {
      const from = this.offsets.get(service) ?? 0;
      const to = this.size(service);
      if (to <= from) continue;
      const text = readFileSync(this.file(service)).subarray(from, to).toString('utf8');
      this.offsets.set(service, to);
      for (const line of text.split('\n')) if (line.trim()) found.push(JSON.parse(line) as CapturedTransaction);
    }
    return found;
  }
}

/** Statements one client request sends to PostgreSQL, transaction control and caller settings included. */
export const statementsOf = (request: CapturedClientRequest): number => request.transactions.reduce((sum, transaction) => sum + transaction.statements.length, 0);

/** A request's captured requests of one query, keyed by its variables and caller, for the replay to find. */
export const captureKey = (query: string, variables: Record<string, unknown>, token: string | null): string => JSON.stringify([query, variables, token]);

/** Pools of connections as each subgraph's runtime role, and the replay of captured requests on them. */
export class SqlReplayer {
  private readonly pools: Map<string, Pool>;

  constructor(runtimeUrls: Record<string, string>, poolSize: number) {
    // the subgraphs' own connection settings (@infitah/server-kit's database.ts): their schema first on the search path
    this.pools = new Map(
      Object.entries(runtimeUrls).map(([service, url]) => [service, new Pool({ connectionString: url, max: poolSize, options: `-c search_path=${service}` })]),
    );
  }

  /** Replays one client request; resolves to an error message, or null. */
  async replay(request: CapturedClientRequest): Promise<string | null> {
    for (const transaction of request.transactions) {
      const pool = this.pools.get(transaction.service);
      if (!pool) return `no runtime role for ${transaction.service}`;
      let client: PoolClient | null = null;
      try {
        client = await pool.connect();
        for (const statement of transaction.statements) await client.query(statement.sql, statement.parameters);
      } catch (error) {
        await client?.query('ROLLBACK').catch(() => undefined);
        return `${transaction.service}: ${(error as Error).message}`;
      } finally {
        client?.release();
      }
    }
    return null;
  }

  async end(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.end()));
  }
}
