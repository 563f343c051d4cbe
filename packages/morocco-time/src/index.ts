/**
 * Morocco's wall clock (Africa/Casablanca) and instants, both ways. Morocco has kept UTC+1 since 2018 except during
 * Ramadan, when it goes back to UTC+0: the offset comes from the time-zone database through Intl, never a fixed
 * `+01:00`. One module for the subgraphs (CommonJS), the console and the portal (ESM): no dependency, no Node API.
 */
export const MOROCCO_TIME_ZONE = 'Africa/Casablanca';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: MOROCCO_TIME_ZONE,
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
/** The strict form the server takes: minutes, nothing more. */
const WALL_CLOCK_MINUTES = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

type Reading = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

/** The time-zone database's reading of an instant, through Intl (slow: a list of parts per call). */
function intlReading(instant: Date): Reading {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return values as Reading;
}

const HOUR_MS = 3_600_000;
/** Morocco's offset from UTC (ms) over each UTC hour it stays the same, by hour since the epoch; NaN for an hour with a change. */
const hourOffsets = new Map<number, number>();
const MAX_HOURS_KEPT = 100_000;

/** How far Intl's reading of `at` (a whole second) is ahead of UTC, in ms. */
function offsetAt(at: number): number {
  const values = intlReading(new Date(at));
  return Date.UTC(+values.year, +values.month - 1, +values.day, +values.hour, +values.minute, +values.second) - at;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * Intl's reading of an instant, computed from the offset of its UTC hour: the zone's changes fall on whole seconds
 * and at most one per hour, so an hour whose first and last seconds have the same offset has it throughout, and
 * Intl is asked twice per hour of the calendar instead of once per reading (Intl's parts were ≈ 3 % of
 * participation's CPU on the commune dashboard, 50 event dates each). An hour with a change, an invalid date or a
 * year outside 1000–9999 is read by Intl itself.
 */
function readingOf(instant: Date): Reading {
  const at = instant.getTime();
  if (!Number.isFinite(at)) return intlReading(instant);
  const hour = Math.floor(at / HOUR_MS);
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const first = offsetAt(start);
    offset = first === offsetAt(start + HOUR_MS - 1000) ? first : Number.NaN;
    if (hourOffsets.size >= MAX_HOURS_KEPT) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  if (Number.isNaN(offset)) return intlReading(instant);
  const local = new Date(at + offset);
  const year = local.getUTCFullYear();
  if (year < 1000 || year > 9999) return intlReading(instant);
  return {
    year: String(year),
    month: pad(local.getUTCMonth() + 1),
    day: pad(local.getUTCDate()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
    second: pad(local.getUTCSeconds()),
  };
}

/** Minutes Morocco is ahead of UTC at `instant`: 0 during Ramadan, 60 otherwise (since 2018). */
export function moroccoOffsetMinutes(instant: Date | number): number {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const values = readingOf(new Date(at));
  const asUtc = Date.UTC(+values.year, +values.month - 1, +values.day, +values.hour, +values.minute, +values.second);
  return Math.round((asUtc - at) / 60_000);
}

/**
 * The instant of a wall-clock reading given by its parts. At the two transitions a reading is read at UTC+0: one
 * that occurs twice (02:00–02:59 repeated when Ramadan begins, clocks going back from 03:00 to 02:00) is taken at
 * its second occurrence; one that never occurs (02:00–02:59 skipped when Ramadan ends) gives the instant the clock
 * then shows as an hour later.
 */
function wallClockInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = wallClockAsUtc - moroccoOffsetMinutes(wallClockAsUtc) * 60_000;
  return new Date(wallClockAsUtc - moroccoOffsetMinutes(firstGuess) * 60_000);
}

/**
 * The instant of a Morocco wall-clock time such as `2025-03-07T10:30` (exactly that form: an Error otherwise).
 */
export function moroccoTime(local: string): Date {
  const match = WALL_CLOCK_MINUTES.exec(local);
  if (!match) throw new Error(`Expected YYYY-MM-DDTHH:mm, got ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number);
  return wallClockInstant(year, month, day, hour, minute);
}

export type TimePrecision = 'MINUTE' | 'DAY' | 'MONTH';
/** A precision a reading may have: a person's times are known to the minute at most; a record's own instants (when it was written) to the second. */
export type ReadingPrecision = TimePrecision | 'SECOND';

/** Morocco's wall-clock reading of an instant, at the precision known: 2025-03-07T10:30:15, 2025-03-07T10:30, 2025-02-11, 2025-10. */
export function moroccoLocal(instant: Date, precision: ReadingPrecision = 'MINUTE'): string {
  const values = readingOf(instant);
  const date = `${values.year}-${values.month}`;
  if (precision === 'MONTH') return date;
  if (precision === 'DAY') return `${date}-${values.day}`;
  const minutes = `${date}-${values.day}T${values.hour}:${values.minute}`;
  return precision === 'SECOND' ? `${minutes}:${values.second}` : minutes;
}

/** Today's date on Morocco's calendar, "2026-06-02", whatever the machine's zone (a UTC date is a day behind after midnight). */
export function moroccoToday(now: Date = new Date()): string {
  return moroccoLocal(now, 'DAY');
}

/**
 * A form's value → the ISO instant: "2025-03-07T10:30" (seconds optional) is read on Morocco's wall clock; a Date
 * gives its instant; any other text (an instant given with its zone) passes unchanged; empty → null.
 */
export function moroccoLocalToIso(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  const match = WALL_CLOCK.exec(text);
  if (!match) return text;
  const [, year, month, day, hour, minute] = match.map(Number);
  return wallClockInstant(year, month, day, hour, minute).toISOString();
}

/**
 * An ISO instant → "2025-03-07T10:30" on Morocco's wall clock, for a datetime-local input. A wall-clock reading
 * passes unchanged (cut to minutes): react-admin's DateTimeInput formats a value it has already formatted, and
 * `new Date()` would read a zone-less string in the browser's own zone, moving the time by the browser's offset
 * from Morocco. Text that is no date passes unchanged; empty → "".
 */
export function isoToMoroccoLocal(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && WALL_CLOCK.test(value)) return value.slice(0, 16);
  const instant = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(instant.getTime())) return String(value);
  return moroccoLocal(instant);
}

/** Intl options that show an instant on Morocco's wall clock, date and time (react-admin's DateField `options`). */
export const MOROCCO_DATE_TIME = { timeZone: MOROCCO_TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' } as const;

/** An instant on Morocco's wall clock in a language (a BCP 47 tag such as `ar-MA`): long date, and time unless asked not to. */
export function formatMoroccoDate(instant: string | Date, locale: string, withTime = true): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: MOROCCO_TIME_ZONE,
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}
