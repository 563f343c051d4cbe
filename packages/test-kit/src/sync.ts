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
