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
import { moroccoLocal, type ReadingPrecision } from './morocco-time';

/** A text in the catalogue's languages: Arabic and French first, English for developers. */
export interface OpenDataText {
  ar: string;
  fr: string;
  en: string;
}

export interface OpenDataColumn {
  name: string;
  description: string;
  /**
   * A `<instant>_local` column: filled by the kit (the SQL does not yield it) with Morocco's wall-clock reading of the
   * UTC instant column named, at the precision its precision column gives (`2025-10` for a month-precision event).
   */
  localOf?: { instant: string; precision: string };
}

/** One downloadable dataset: published records only, no personal data. */
export interface OpenDataset {
  /** Its file name without extension, e.g. `action-programs`. */
  name: string;
  /** Its title in the catalogue, language-tagged there. */
  title: OpenDataText;
  /** What it holds, in English (the listing's `description`); `descriptions` adds Arabic and French for the catalogue. */
  description: string;
  descriptions: Omit<OpenDataText, 'en'>;
  /** Keywords per language, for the catalogue. */
  keywords: { ar: string[]; fr: string[]; en: string[] };
  /** Columns in file order; `sql` yields exactly these, named alike, except the `localOf` ones the kit fills. */
  columns: OpenDataColumn[];
  /**
   * The rows, ordered. It runs as an anonymous caller, so row-level security shows it published records only;
   * say `published` in its WHERE all the same, and select no personal data.
   */
  sql: string;
  /**
   * Row count and last update of the same rows: `SELECT count(*) AS row_count, max(updated_at) AS last_updated …`,
   * and the period they cover when it has one (`temporal_start`, `temporal_end`: a date as text, or an instant read on
   * Morocco's calendar).
   */
  summarySql: string;
}

export interface OpenDatasetSummary {
  name: string;
  title: OpenDataText;
  description: string;
  descriptions: OpenDataText;
  keywords: OpenDataset['keywords'];
  columns: Array<{ name: string; description: string }>;
  rowCount: number;
  lastUpdated: string | null;
  /** The period the rows cover, Morocco calendar dates (ISO-8601), when known. */
  temporal: { start: string; end: string } | null;
  formats: string[];
}

/** A row of a dataset's file: how a precision column reads a record's own instant (when it was written). */
export const RECORD_INSTANT_PRECISION: ReadingPrecision = 'SECOND';

/**
 * An instant's three columns: `<name>` (the UTC instant, ISO-8601, as the SQL yields it), `<name>_local` (filled by
 * the kit: Morocco's wall clock at that precision) and `<name>_precision` (which the SQL yields: SECOND, MINUTE, DAY or
 * MONTH; empty when the instant is).
 */
export function instantColumns(name: string, what: string): OpenDataColumn[] {
  return [
    { name, description: `${what}: the instant, ISO-8601 in UTC` },
    {
      name: `${name}_local`,
      description: `${what} on Morocco's wall clock (Africa/Casablanca), to its precision: 2025-03-07T10:30:15, 2025-03-07T10:30, 2025-03-07 or 2025-10`,
      localOf: { instant: name, precision: `${name}_precision` },
    },
    { name: `${name}_precision`, description: `How much of ${name} is known: SECOND, MINUTE, DAY or MONTH` },
  ];
}

/**
 * A calendar date's two columns: `<name>` (a day, month or year on Morocco's calendar, ISO-8601: it is local already,
 * there is no instant) and `<name>_precision` (DAY, MONTH or YEAR; empty when the date is).
 */
export function dateColumns(name: string, what: string): OpenDataColumn[] {
  return [
    { name, description: `${what}: a date on Morocco's calendar, ISO-8601 at its precision (2025-03-18, 2025-10 or 2025)` },
    { name: `${name}_precision`, description: `How much of ${name} is known: DAY, MONTH or YEAR` },
  ];
}

/** SQL: the precision of an instant that is known to the second (a record's own time), empty when it is. */
export const secondPrecision = (instant: string) => `CASE WHEN ${instant} IS NULL THEN NULL ELSE 'SECOND' END`;
/** SQL: the precision of an ISO-8601 date held as text at the precision known ("2025", "2025-10", "2025-10-21"). */
export const textDatePrecision = (date: string) =>
  `CASE length(${date}) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' WHEN 10 THEN 'DAY' END`;
/** SQL: the precision of a `date` column, empty when it is. */
export const dayPrecision = (date: string) => `CASE WHEN ${date} IS NULL THEN NULL ELSE 'DAY' END`;

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** A read-only transaction as an anonymous caller: what the public may read, and nothing else. */
async function openAnonymous(dataSource: DataSource): Promise<QueryRunner> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN READ ONLY');
    // instants as text in UTC (`…+00:00`), whatever the server's zone: the local columns say Morocco's wall clock
    await runner.query("SET LOCAL TIME ZONE 'UTC'");
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
      const [row] = (await runner.query(dataset.summarySql)) as Array<{
        row_count: string | number;
        last_updated: Date | null;
        temporal_start?: Date | string | null;
        temporal_end?: Date | string | null;
      }>;
      const start = calendarDate(row?.temporal_start);
      const end = calendarDate(row?.temporal_end);
      summaries.push({
        name: dataset.name,
        title: dataset.title,
        description: dataset.description,
        descriptions: { ...dataset.descriptions, en: dataset.description },
        keywords: dataset.keywords,
        columns: dataset.columns.map(({ name, description }) => ({ name, description })),
        rowCount: Number(row?.row_count ?? 0),
        lastUpdated: row?.last_updated ? new Date(row.last_updated).toISOString() : null,
        temporal: start && end ? { start, end } : null,
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

/** A period's bound as a Morocco calendar date: a date given as text stays; an instant is read on Morocco's calendar. */
function calendarDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? moroccoLocal(value, 'DAY') : String(value);
}

const PRECISIONS = new Set<string>(['SECOND', 'MINUTE', 'DAY', 'MONTH']);

/**
 * Rows in the dataset's column order, the `_local` columns filled: Morocco's wall-clock reading of each UTC instant,
 * through @infitah/morocco-time (the offset of that day: UTC+1, or UTC+0 during Ramadan).
 */
function withLocalColumns(dataset: OpenDataset): Transform {
  const columns = dataset.columns;
  return new Transform({
    objectMode: true,
    transform(row: Record<string, unknown>, _encoding, callback) {
      const out: Record<string, unknown> = {};
      for (const column of columns) {
        if (!column.localOf) {
          out[column.name] = row[column.name] ?? null;
          continue;
        }
        const instant = row[column.localOf.instant];
        const precision = String(row[column.localOf.precision] ?? '');
        const at = instant === null || instant === undefined ? null : new Date(instant as string | Date);
        out[column.name] = at && !Number.isNaN(at.getTime()) && PRECISIONS.has(precision) ? moroccoLocal(at, precision as ReadingPrecision) : null;
      }
      callback(null, out);
    },
  });
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
  pipeline(rows, withLocalColumns(dataset), encoder, response, (error) => {
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
