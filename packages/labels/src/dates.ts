import { MOROCCO_TIME_ZONE } from '@infitah/morocco-time';
import { localeOf, type Locale } from './locale.js';

/**
 * The Intl locale of each language. Arabic is Morocco's (`ar-MA`): its month names are the ones Moroccan
 * administrations write (يناير، فبراير، مارس… ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) and its digits are the Latin
 * ones Morocco uses in Arabic text (1, 2, 3 rather than ١، ٢، ٣); `-u-nu-latn` says so explicitly, for browsers
 * whose data would default otherwise. French is Morocco's too (`fr-MA`, 24-hour clock); English is British
 * (day, month, year; 24-hour clock).
 */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };

/** How much of a date is known: an instant to the minute, a day, a month, or only a year. */
export type DatePrecision = 'MINUTE' | 'DAY' | 'MONTH' | 'YEAR';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  MINUTE: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  DAY: { day: 'numeric', month: 'long', year: 'numeric' },
  MONTH: { month: 'long', year: 'numeric' },
  YEAR: { year: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, precision: DatePrecision, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...OPTIONS[precision], timeZone });
    formats.set(key, format);
  }
  return format;
}

/** An ISO calendar date at its precision ("2025", "2025-03", "2025-03-07"), as the graph writes `joinedOn`. */
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date for a reader, on Morocco's wall clock and in the reader's conventions:
 * - an instant (a Date, or ISO text with a time) at MINUTE → "7 mars 2025 à 10:30" / "7 مارس 2025 في 10:30";
 *   at DAY → "7 mars 2025" (a date-only event shows no time), at MONTH → "mars 2025" / "مارس 2025", at YEAR → "2025";
 *   the day, month and year are Morocco's, whatever the reader's machine's zone;
 * - a calendar date ("2024-12-03", "2024-12", "2023") at the precision it is written in, unless a coarser one is
 *   asked; it is never shifted by a zone.
 * Empty → ""; text that is no date comes back as it is.
 */
export function formatDate(value: string | Date | null | undefined, locale: Locale | string, precision?: DatePrecision): string {
  if (value === null || value === undefined || value === '') return '';
  const language = localeOf(locale);
  if (typeof value === 'string') {
    const calendar = CALENDAR_DATE.exec(value);
    if (calendar) {
      const [, year, month, day] = calendar;
      const written: DatePrecision = day ? 'DAY' : month ? 'MONTH' : 'YEAR';
      const shown = coarser(written, precision ?? written);
      return formatter(language, shown, 'UTC').format(new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))));
    }
  }
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  return formatter(language, precision ?? 'MINUTE', MOROCCO_TIME_ZONE).format(instant);
}

const ORDER: DatePrecision[] = ['YEAR', 'MONTH', 'DAY', 'MINUTE'];

/** A calendar date cannot be shown finer than it is known. */
function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return ORDER[Math.min(ORDER.indexOf(a), ORDER.indexOf(b))];
}

/**
 * An event's start as its precision says (the graph's `startsAtPrecision`: MINUTE, DAY or MONTH): a date-only
 * event without a time, a month-precision one as a month.
 */
export function formatEventDate(startsAt: string | Date | null | undefined, startsAtPrecision: 'MINUTE' | 'DAY' | 'MONTH' | null | undefined, locale: Locale | string): string {
  return formatDate(startsAt, locale, startsAtPrecision ?? 'MINUTE');
}

/** A period between two dates ("7 mars 2025 – 30 juin 2026"); an open end shows the start alone. */
export function formatPeriod(
  start: string | Date | null | undefined,
  end: string | Date | null | undefined,
  locale: Locale | string,
  precision?: DatePrecision,
): string {
  const from = formatDate(start, locale, precision);
  const until = formatDate(end, locale, precision);
  if (!until || until === from) return from;
  if (!from) return until;
  return `${from} – ${until}`;
}
