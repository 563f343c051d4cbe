import { Client } from 'pg';
import type { NationalDataset, TableData } from './national';

/** Rows per INSERT: each column travels as one array parameter, unnested by PostgreSQL. */
const BATCH_ROWS = 10_000;

/** `INSERT … SELECT … FROM unnest($1::uuid[], $2::text[], …)`: array columns travel as text and are cast back. */
function insertSql(table: TableData): string {
  const columns = table.columns.map(([name]) => name);
  const parameters = table.columns.map(([, type], index) => `$${index + 1}::${type === 'text[]' ? 'text' : type}[]`);
  const select = table.columns.map(([name, type]) => (type === 'text[]' ? `u.${name}::text[]` : `u.${name}`));
  return `INSERT INTO ${table.name} (${columns.join(', ')}) SELECT ${select.join(', ')} FROM unnest(${parameters.join(', ')}) AS u(${columns.join(', ')})`;
}

export interface LoadReport {
  rows: Record<string, number>;
  totalRows: number;
  milliseconds: number;
}

/**
 * Loads a generated dataset in one transaction, as the schema owner (BYPASSRLS: row-level security stays enabled
 * and forced on every table, it simply does not apply to the owner's bulk load), then vacuums and analyses the tables.
 */
export async function loadNational(ownerUrl: string, dataset: NationalDataset, log: (line: string) => void = () => undefined): Promise<LoadReport> {
  const started = Date.now();
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    await client.query('BEGIN');
    await client.query("SET LOCAL synchronous_commit = 'off'");
    for (const table of dataset.tables) {
      const sql = insertSql(table);
      const tableStarted = Date.now();
      for (let offset = 0; offset < table.length; offset += BATCH_ROWS) {
        await client.query(
          sql,
          table.values.map((column) => column.slice(offset, offset + BATCH_ROWS)),
        );
      }
      rows[table.name] = table.length;
      log(`[seed] ${table.name}: ${table.length.toLocaleString('en')} rows in ${((Date.now() - tableStarted) / 1000).toFixed(1)} s`);
    }
    await client.query('COMMIT');
    // statistics for the planner, and the visibility map that index-only scans need
    for (const table of dataset.tables) await client.query(`VACUUM (ANALYZE) ${table.name}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { rows, totalRows: Object.values(rows).reduce((sum, count) => sum + count, 0), milliseconds: Date.now() - started };
}
