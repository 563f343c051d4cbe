import { pipeline, Transform } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Express, Response } from 'express';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource, QueryRunner } from 'typeorm';
import { GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { credentialMatches } from './auth';
import { ANONYMOUS } from './caller';
import { CALLER_SETTINGS_SQL, callerSettings } from './policies';
import { ErrorCode } from './errors';

/** One downloadable dataset: published records only, no personal data. */
export interface OpenDataset {
  /** Its file name without extension, e.g. `action-programs`. */
  name: string;
  description: string;
  /** Columns in file order; `sql` yields exactly these, named alike. */
  columns: Array<{ name: string; description: string }>;
  /**
   * The rows, ordered. It runs as an anonymous caller, so row-level security shows it published records only;
   * say `published` in its WHERE all the same, and select no personal data.
   */
  sql: string;
  /** Row count and last update of the same rows: `SELECT count(*) AS row_count, max(updated_at) AS last_updated …`. */
  summarySql: string;
}

export interface OpenDatasetSummary {
  name: string;
  description: string;
  columns: OpenDataset['columns'];
  rowCount: number;
  lastUpdated: string | null;
  formats: string[];
}

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** A read-only transaction as an anonymous caller: what the public may read, and nothing else. */
async function openAnonymous(dataSource: DataSource): Promise<QueryRunner> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN READ ONLY');
    await runner.query(CALLER_SETTINGS_SQL, callerSettings(ANONYMOUS));
  } catch (error) {
    await runner.release();
    throw error;
  }
  return runner;
}

async function close(runner: QueryRunner, outcome: 'COMMIT' | 'ROLLBACK'): Promise<void> {
  try {
    await runner.query(outcome);
  } catch {
    // the connection may be gone with the client; releasing it is what matters
  } finally {
    await runner.release();
  }
}

export async function summarize(dataSource: DataSource, datasets: OpenDataset[]): Promise<OpenDatasetSummary[]> {
  const runner = await openAnonymous(dataSource);
  try {
    const summaries: OpenDatasetSummary[] = [];
    for (const dataset of datasets) {
      const [row] = (await runner.query(dataset.summarySql)) as Array<{ row_count: string | number; last_updated: Date | null }>;
      summaries.push({
        name: dataset.name,
        description: dataset.description,
        columns: dataset.columns,
        rowCount: Number(row?.row_count ?? 0),
        lastUpdated: row?.last_updated ? new Date(row.last_updated).toISOString() : null,
        formats: [...FORMATS],
      });
    }
    await close(runner, 'COMMIT');
    return summaries;
  } catch (error) {
    await close(runner, 'ROLLBACK');
    throw error;
  }
}

/** A cell as text: lists joined with `;`, instants in ISO-8601. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Rows to a JSON array, one row per line, written as they come. */
function jsonArray(): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(row, _encoding, callback) {
      callback(null, `${first ? '[\n' : ',\n'}${JSON.stringify(row)}`);
      first = false;
    },
    flush(callback) {
      callback(null, first ? '[]\n' : '\n]\n');
    },
  });
}

/** Streams a dataset from the database to the response: a national export never sits in memory. */
async function stream(dataSource: DataSource, dataset: OpenDataset, format: Format, response: Response): Promise<void> {
  const runner = await openAnonymous(dataSource);
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  const rows = client.query(new QueryStream(dataset.sql, [], { batchSize: 500 }));
  const columns = dataset.columns.map((column) => column.name);
  const encoder =
    format === 'csv'
      ? // escape_formulas: a cell starting with = + - @ tab or carriage return (a citizen's title, say) gets a leading
        // apostrophe, so that a spreadsheet shows it as text instead of running it; JSON keeps the text as is
        stringify({ header: true, columns, escape_formulas: true, cast: { boolean: (value) => (value ? 'true' : 'false'), date: (value) => value.toISOString(), object: (value) => cell(value) } })
      : jsonArray();
  response.status(200);
  response.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  response.setHeader('content-disposition', `inline; filename="${dataset.name}.${format}"`);
  response.setHeader('cache-control', 'public, max-age=300');
  pipeline(rows, encoder, response, (error) => {
    void close(runner, error ? 'ROLLBACK' : 'COMMIT');
  });
}

/**
 * `GET /open-data/` (the datasets with row counts and last update) and `GET /open-data/<name>.csv|json`,
 * served to the gateway only, like everything but health and metrics.
 */
export function mountOpenData(app: Express, dataSource: DataSource, datasets: OpenDataset[], gatewaySecret: string, allowDirectAccess: boolean): void {
  app.use('/open-data', (request, response, next) => {
    if (allowDirectAccess || credentialMatches(request.get(GATEWAY_CREDENTIAL_HEADER), gatewaySecret)) {
      next();
      return;
    }
    response.status(403).json({ errors: [{ message: 'This service answers only the gateway', extensions: { code: ErrorCode.FORBIDDEN } }] });
  });
  app.get('/open-data/', async (_request, response, next) => {
    try {
      response.json({ datasets: await summarize(dataSource, datasets) });
    } catch (error) {
      next(error);
    }
  });
  app.get('/open-data/:file', async (request, response, next) => {
    const match = /^([a-z][a-z-]*)\.(csv|json)$/.exec(request.params.file);
    const dataset = match && datasets.find((candidate) => candidate.name === match[1]);
    if (!match || !dataset) {
      response.status(404).json({ errors: [{ message: `No open dataset named ${request.params.file}`, extensions: { code: ErrorCode.NOT_FOUND } }] });
      return;
    }
    try {
      await stream(dataSource, dataset, match[2] as Format, response);
    } catch (error) {
      next(error);
    }
  });
}
