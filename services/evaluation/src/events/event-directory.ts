import type { EntityManager } from 'typeorm';

/** An event as participation publishes it in the shared directory (packages/database/src/directory.ts). */
export interface DirectoryEvent {
  id: string;
  kind: string;
  status: string;
  startsAt: Date;
  endsAt: Date | null;
  /** The day it started, in Morocco (YYYY-MM-DD). */
  startDay: string;
}

/** Days compare in the collectivity's time: Morocco's. */
const START_DAY = "(starts_at AT TIME ZONE 'Africa/Casablanca')::date";
const COLUMNS = `id, kind, status, starts_at AS "startsAt", ends_at AS "endsAt", to_char(${START_DAY}, 'YYYY-MM-DD') AS "startDay"`;

/**
 * The first day after a date known to the year, month or day ("2025" → 2026-01-01, "2025-10" → 2025-11-01); a day
 * past its month's end (stored before days were checked) rolls over, so the answer is always a calendar day.
 */
export function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = day ? new Date(Date.UTC(year, month - 1, day + 1)) : month ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year + 1, 0, 1));
  return next.toISOString().slice(0, 10);
}

/** Whether a date known to the day names a real calendar day (2025-02-31 does not). */
export function isCalendarDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (!day) return true;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/** An event of this collectivity by id, or null (another collectivity's event is as unknown as a missing one). */
export async function eventOf(manager: EntityManager, collectivityId: string, id: string): Promise<DirectoryEvent | null> {
  const [row] = await manager.query(`SELECT ${COLUMNS} FROM directory.event WHERE collectivity_id = $1 AND id = $2`, [collectivityId, id]);
  return row ?? null;
}

/**
 * A public consultation held for a programme adopted on `adoptedOn`: a PUBLIC_CONSULTATION of its collectivity, not
 * CANCELLED, over (marked HELD, or its end — its start when it has none — passed), started no later than the adoption
 * and after the adoption of the collectivity's previous programme (`since`, the day after it, when there was one). Publication is
 * not required: a consultation held but not yet published on the platform still took place.
 */
export async function heldConsultations(
  manager: EntityManager,
  collectivityId: string,
  window: { before: string; since: string | null },
  id: string | null = null,
): Promise<DirectoryEvent[]> {
  return manager.query(
    `SELECT ${COLUMNS} FROM directory.event
      WHERE collectivity_id = $1 AND kind = 'PUBLIC_CONSULTATION' AND status <> 'CANCELLED'
        AND (status = 'HELD' OR coalesce(ends_at, starts_at) < now())
        AND ${START_DAY} < $2::date AND ($3::date IS NULL OR ${START_DAY} >= $3::date) AND ($4::uuid IS NULL OR id = $4::uuid)
      ORDER BY starts_at DESC, id`,
    [collectivityId, window.before, window.since, id],
  );
}

