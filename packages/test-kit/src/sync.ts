import type { DataSource } from 'typeorm';

/**
 * Waits until every transaction that began before this call has ended. A sync page reads only changes below that
 * horizon (`pg_snapshot_xmin`), and jest's workers share one PostgreSQL cluster, so another test's short transaction
 * may hold a fresh change back for a moment: call this before a sync read whose result is asserted exactly.
 */
export async function settleSync(dataSource: DataSource, timeoutMs = 5_000): Promise<void> {
  const [{ xid }] = await dataSource.query('SELECT pg_current_xact_id()::text AS xid');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [{ settled }] = await dataSource.query('SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 AS settled', [xid]);
    if (settled) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`transactions older than ${xid} still running after ${timeoutMs} ms`);
}

/** A record as a sync list returns it: at least its id and when it last changed (ISO). */
export interface SyncedRecord {
  id: string;
  updatedAt: string;
}

/** A changed row as the table holds it, read by the owner (the truth a sync is checked against). */
export interface ChangedRow {
  id: string;
  updated_at: Date;
}

/**
 * Reads sync pages (`readPage` appends each page's nodes to `seen` and moves its cursor) until there is no next page
 * and `seen` holds every row of `changedRows()` at its latest version: the horizon waits for every older transaction
 * of the cluster, so a change may come a moment later than its commit. Gives up after `timeoutMs`, leaving the
 * assertions to say what is missing.
 */
export async function drainSync(
  readPage: () => Promise<{ pageInfo: { hasNextPage: boolean } }>,
  seen: SyncedRecord[],
  changedRows: () => Promise<ChangedRow[]>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await readPage();
    if (page.pageInfo.hasNextPage) continue;
    const latest = new Map(seen.map((node) => [node.id, node.updatedAt]));
    if ((await changedRows()).every((row) => latest.get(row.id) === row.updated_at.toISOString()) || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Asserts what a sync promises: no version of a record came twice, and the records seen are exactly the changed rows,
 * each at its latest version. Returns the latest node seen of each record, for the test's own checks.
 */
export function expectSyncedExactly<N extends SyncedRecord>(seen: N[], rows: ChangedRow[]): Map<string, N> {
  const versions = seen.map((node) => `${node.id}@${node.updatedAt}`);
  expect(new Set(versions).size).toBe(versions.length);
  const latest = new Map(seen.map((node) => [node.id, node]));
  expect([...latest.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
  for (const row of rows) expect(latest.get(row.id)!.updatedAt).toBe(row.updated_at.toISOString());
  return latest;
}

/** The database's own clock now (ISO), the instant a sync's `updatedSince` is compared with. */
export async function databaseNow(dataSource: DataSource): Promise<string> {
  const [{ now }] = await dataSource.query('SELECT clock_timestamp() AS now');
  return (now as Date).toISOString();
}

/**
 * Runs `statement` in a transaction that stays open while `during` runs, then commits it (rolls it back if `during`
 * throws): a writer that began first and commits last, which a sync's cursor must not skip.
 */
export async function whileTransactionOpen(dataSource: DataSource, statement: [string, unknown[]], during: () => Promise<void>): Promise<void> {
  const slow = dataSource.createQueryRunner();
  await slow.connect();
  try {
    await slow.startTransaction();
    await slow.query(...statement);
    await during();
    await slow.commitTransaction();
  } finally {
    if (slow.isTransactionActive) await slow.rollbackTransaction();
    await slow.release();
  }
}
