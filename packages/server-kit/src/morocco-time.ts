const MOROCCO = 'Africa/Casablanca';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: MOROCCO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Morocco is ahead of UTC at `instant` (0 during Ramadan, 60 otherwise since 2018). */
function offsetMinutes(instant: number): number {
  const values = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(+values.year, +values.month - 1, +values.day, +values.hour, +values.minute, +values.second);
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * The instant of a Morocco wall-clock time such as `2025-03-07T10:30`, from the time-zone database: the
 * offset changes during Ramadan, so a fixed `+01:00` would be wrong.
 */
export function moroccoTime(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Expected YYYY-MM-DDTHH:mm, got ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number);
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = wallClockAsUtc - offsetMinutes(wallClockAsUtc) * 60_000;
  return new Date(wallClockAsUtc - offsetMinutes(firstGuess) * 60_000);
}

export type TimePrecision = 'MINUTE' | 'DAY' | 'MONTH';

/** Morocco's wall-clock reading of an instant, at the precision known: 2025-03-07T10:30, 2025-02-11, 2025-10. */
export function moroccoLocal(instant: Date, precision: TimePrecision = 'MINUTE'): string {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = `${values.year}-${values.month}`;
  if (precision === 'MONTH') return date;
  if (precision === 'DAY') return `${date}-${values.day}`;
  return `${date}-${values.day}T${values.hour}:${values.minute}`;
}
