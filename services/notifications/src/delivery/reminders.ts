import type { MilestoneDuePayload, ReportDuePayload } from '@infitah/contract';
import { moroccoLocal, moroccoToday } from '@infitah/morocco-time';
import type { Task } from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import { milestoneDueKey } from './planners/milestone-due';
import { reportDueKey } from './planners/report-due';
import { asWorker } from './planners/types';

/** The daily run's task name, and its schedule: every hour (graphile-worker's crontab is in UTC), gated below. */
export const REMINDER_TASK = 'remind_due';
export const REMINDER_CRONTAB = `0 * * * * ${REMINDER_TASK}`;
/** The hour, on Morocco's wall clock, from which the day's reminders are sent (08:00 Africa/Casablanca). */
export const REMINDER_HOUR = 8;
/** How many days ahead a due date is reminded. */
export const REMINDER_HORIZON_DAYS = 14;

/** What the worker reads the time from: the real clock, or a fixed one in tests. */
export type Clock = () => Date;

interface DueRow {
  kind: 'MILESTONE_DUE' | 'REPORT_DUE';
  collectivity_id: string;
  target_id: string;
  item: string | null;
  due_on: string;
  title_ar: string | null;
  title_fr: string | null;
}

export interface Reminder {
  kind: 'MILESTONE_DUE' | 'REPORT_DUE';
  collectivityId: string;
  sourceKey: string;
  dueOn: string;
}

/**
 * Enqueues a reminder for each milestone and progress report due within 14 days of `today` (a Morocco date) or
 * overdue, that was not reminded for that due date before: the reminder is recorded and enqueued in one transaction,
 * so a second run enqueues nothing for it, and a changed due date is a new reminder. Returns the reminders enqueued.
 */
export function remindDue(dataSource: DataSource, today: string): Promise<Reminder[]> {
  return asWorker(dataSource, (manager) => remindDueIn(manager, today));
}

async function remindDueIn(manager: EntityManager, today: string): Promise<Reminder[]> {
  const rows: DueRow[] = await manager.query(
    "SELECT kind, collectivity_id, target_id, item, to_char(due_on, 'YYYY-MM-DD') AS due_on, title_ar, title_fr FROM directory.due_reminders($1::date, $2)",
    [today, REMINDER_HORIZON_DAYS],
  );
  const enqueued: Reminder[] = [];
  for (const row of rows) {
    const payload: MilestoneDuePayload | ReportDuePayload =
      row.kind === 'MILESTONE_DUE'
        ? { collectivityId: row.collectivity_id, commitmentId: row.target_id, milestoneTitle: row.item ?? '', commitmentTitleAr: row.title_ar, commitmentTitleFr: row.title_fr, dueOn: row.due_on, today }
        : { collectivityId: row.collectivity_id, programId: row.target_id, programTitleAr: row.title_ar, programTitleFr: row.title_fr, dueOn: row.due_on, today };
    const sourceKey = row.kind === 'MILESTONE_DUE' ? milestoneDueKey(payload as MilestoneDuePayload) : reportDueKey(payload as ReportDuePayload);
    const recorded: unknown[] = await manager.query(
      `INSERT INTO notifications.reminder (collectivity_id, source_key, kind, due_on, reminded_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (collectivity_id, source_key) DO NOTHING RETURNING source_key`,
      [row.collectivity_id, sourceKey, row.kind, row.due_on, today],
    );
    if (!recorded.length) continue;
    await manager.query('SELECT queue.enqueue($1, $2::jsonb, $3)', [row.kind, JSON.stringify(payload), sourceKey]);
    enqueued.push({ kind: row.kind, collectivityId: row.collectivity_id, sourceKey, dueOn: row.due_on });
  }
  return enqueued;
}

/**
 * The day's run, at most once per Morocco day and not before 08:00 there: the hourly schedule calls it, so a worker
 * that was down at eight catches up at its next hour. Returns the day run, or null when it was not (yet) time.
 */
export async function runDailyReminders(dataSource: DataSource, now: Date): Promise<{ day: string; reminders: number } | null> {
  const hour = Number(moroccoLocal(now).slice(11, 13));
  if (hour < REMINDER_HOUR) return null;
  const day = moroccoToday(now);
  // the day is claimed in the transaction that enqueues its reminders: a failed run leaves the day to the next hour
  return asWorker(dataSource, async (manager) => {
    const claimed: unknown[] = await manager.query('INSERT INTO notifications.reminder_run (day, reminders) VALUES ($1, 0) ON CONFLICT (day) DO NOTHING RETURNING day', [day]);
    if (!claimed.length) return null;
    const reminders = (await remindDueIn(manager, day)).length;
    await manager.query('UPDATE notifications.reminder_run SET reminders = $2 WHERE day = $1', [day, reminders]);
    return { day, reminders };
  });
}

/** The scheduled task, as graphile-worker runs it, on the given clock. */
export function reminderTask(dataSource: DataSource, clock: Clock = () => new Date()): Task {
  return async () => {
    await runDailyReminders(dataSource, clock());
  };
}
