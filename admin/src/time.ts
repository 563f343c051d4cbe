/** The console reads and writes times as Morocco's wall clock (Africa/Casablanca), whatever the browser's zone. */
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

/** A Morocco wall-clock reading as a datetime-local input holds it: no zone, seconds optional. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

function offsetMinutes(instant: number): number {
  const values = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(+values.year, +values.month - 1, +values.day, +values.hour, +values.minute, +values.second);
  return Math.round((asUtc - instant) / 60_000);
}

/** "2025-03-07T10:30" (Morocco) → the ISO instant; an instant given with its zone passes unchanged. */
export function moroccoLocalToIso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  const match = WALL_CLOCK.exec(text);
  if (!match) return text;
  const [, year, month, day, hour, minute] = match.map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wallClock - offsetMinutes(wallClock) * 60_000;
  return new Date(wallClock - offsetMinutes(guess) * 60_000).toISOString();
}

/**
 * An ISO instant → "2025-03-07T10:30" on Morocco's wall clock, for a datetime-local input. A wall-clock reading
 * passes unchanged: react-admin's DateTimeInput formats a value it has already formatted, and `new Date()` would
 * read a zone-less string in the browser's own zone, moving the time by the browser's offset from Morocco.
 */
export function isoToMoroccoLocal(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && WALL_CLOCK.test(value)) return value.slice(0, 16);
  const instant = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(instant.getTime())) return String(value);
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${values.year}-${values.month}-${values.day}T${values.hour}:${values.minute}`;
}

/** Today's date on Morocco's calendar, "2026-06-02", whatever the browser's zone (a UTC date is a day behind after midnight). */
export function moroccoToday(now: Date = new Date()): string {
  return isoToMoroccoLocal(now).slice(0, 10);
}
