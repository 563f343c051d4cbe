import { localeOf, type Locale } from './locale.js';

/**
 * Dates as a reader types them, in the conventions `formatDate` shows them in: day, month, year in that order, a
 * 24-hour clock and Latin digits, in Arabic (Morocco) as in French and British English, never the browser's own
 * (a native date input in an English browser asks for "mm/dd/yyyy" and AM/PM). What is typed is a reading with no
 * zone: a calendar day, a month or year, or Morocco's wall clock; the ISO text the graph takes is made of it.
 *
 * - DAY: "03/06/2026" ⇄ "2026-06-03"
 * - MINUTE: "03/06/2026 10:00" ⇄ "2026-06-03T10:00" (Morocco's wall clock; the instant is the console's to make)
 * - PERIOD: a year "2024" ⇄ "2024", or a month "12/2024" ⇄ "2024-12"
 * - KNOWN: a date at the precision known, a year, a month or a day ("2022", "12/2022", "15/12/2022")
 */
export type TypedDateKind = 'DAY' | 'MINUTE' | 'PERIOD' | 'KNOWN';

/**
 * What a reader sees in an empty date input: the order of day, month, year, hour and minute. The Arabic pattern reads
 * right to left as the digits typed read left to right: the day first, then the month, the year, the time.
 */
export const TYPED_DATE_PATTERNS: Readonly<Record<Locale, Readonly<Record<TypedDateKind, string>>>> = {
  fr: { DAY: 'jj/mm/aaaa', MINUTE: 'jj/mm/aaaa hh:mm', PERIOD: 'aaaa ou mm/aaaa', KNOWN: 'aaaa, mm/aaaa ou jj/mm/aaaa' },
  en: { DAY: 'dd/mm/yyyy', MINUTE: 'dd/mm/yyyy hh:mm', PERIOD: 'yyyy or mm/yyyy', KNOWN: 'yyyy, mm/yyyy or dd/mm/yyyy' },
  ar: { DAY: 'يوم/شهر/سنة', MINUTE: 'يوم/شهر/سنة ساعة:دقيقة', PERIOD: 'سنة أو شهر/سنة', KNOWN: 'سنة أو شهر/سنة أو يوم/شهر/سنة' },
};

const REFUSALS: Readonly<Record<Locale, string>> = {
  fr: 'Date incomplète ou inexistante : attendue sous la forme %{pattern}',
  en: 'Incomplete or impossible date: expected as %{pattern}',
  ar: 'تاريخ ناقص أو غير موجود: يُكتب على الشكل %{pattern}',
};

/** The pattern an input of `kind` asks for, in the reader's language. */
export function typedDatePattern(kind: TypedDateKind, locale: Locale | string): string {
  return TYPED_DATE_PATTERNS[localeOf(locale)][kind];
}

/** Why a typed date was not taken, in the reader's language, with the pattern it should follow. */
export function typedDateRefusal(kind: TypedDateKind, locale: Locale | string): string {
  const language = localeOf(locale);
  return REFUSALS[language].replace('%{pattern}', TYPED_DATE_PATTERNS[language][kind]);
}

/** Arabic-Indic and Persian digits as the Latin ones the console writes. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ISO_PERIOD = /^(\d{4})(?:-(\d{2}))?$/;

const SECTIONS: Record<'DAY' | 'MINUTE', Array<{ size: number; before: string }>> = {
  DAY: [
    { size: 2, before: '' },
    { size: 2, before: '/' },
    { size: 4, before: '/' },
  ],
  MINUTE: [
    { size: 2, before: '' },
    { size: 2, before: '/' },
    { size: 4, before: '/' },
    { size: 2, before: ' ' },
    { size: 2, before: ':' },
  ],
};

/**
 * A reading ("2026-06-03", "2026-06-03T10:00", "2024-12", "2024") as the reader types it ("03/06/2026",
 * "03/06/2026 10:00", "12/2024", "2024"); anything else (a half-typed date) comes back as it is.
 */
export function typedDate(reading: string, kind: TypedDateKind): string {
  if (kind === 'KNOWN' && ISO_DAY.test(reading)) return typedDate(reading, 'DAY');
  if (kind === 'PERIOD' || kind === 'KNOWN') {
    const period = ISO_PERIOD.exec(reading);
    if (!period) return reading;
    return period[2] ? `${period[2]}/${period[1]}` : period[1];
  }
  const minute = ISO_MINUTE.exec(reading);
  if (minute && kind === 'MINUTE') return `${minute[3]}/${minute[2]}/${minute[1]} ${minute[4]}:${minute[5]}`;
  const day = ISO_DAY.exec(reading.slice(0, 10));
  if (day && (kind === 'DAY' || !minute)) return `${day[3]}/${day[2]}/${day[1]}`;
  return reading;
}

/**
 * What the reader typed, laid out as the input shows it while typing: digits fill day, month, year (and hour,
 * minute) two, two and four at a time, the separators written for them; a separator typed after one digit closes
 * its section ("3/6" → "03/06"); Arabic-Indic digits are written in Latin; a reading pasted in ISO is shown as
 * typed. A period (year or month) is only cleaned of spaces: "2024" and "12/2024" cannot be told apart as typed.
 */
export function maskTypedDate(text: string, kind: TypedDateKind): string {
  const latin = latinDigits(text).trim();
  if (kind === 'PERIOD' || kind === 'KNOWN') return latin.replace(/\s+/g, '');
  if (ISO_MINUTE.test(latin) || ISO_DAY.test(latin)) return typedDate(latin, kind);
  const sections = SECTIONS[kind];
  const filled: string[] = [''];
  for (const char of latin) {
    const at = filled.length - 1;
    const current = filled[at];
    if (/\d/.test(char)) {
      if (current.length < sections[at].size) filled[at] = current + char;
      else if (at + 1 < sections.length) filled.push(char);
    } else if (current.length > 0 && at + 1 < sections.length) {
      // a separator closes a section typed with one digit: "3/" is the 3rd
      if (current.length < sections[at].size && sections[at].size === 2) filled[at] = current.padStart(2, '0');
      if (filled[at].length === sections[at].size) filled.push('');
    }
  }
  return filled.map((section, index) => (index === 0 ? section : `${sections[index].before}${section}`)).join('');
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The reading a typed date stands for ("03/06/2026" → "2026-06-03", "03/06/2026 10:00" → "2026-06-03T10:00",
 * "12/2024" → "2024-12"), or null when it is incomplete or no such day or time exists ("31/02/2026", "24:00").
 */
export function readTypedDate(text: string, kind: TypedDateKind): string | null {
  const typed = maskTypedDate(text, kind);
  if (kind === 'KNOWN') {
    const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
    if (day) return readTypedDate(`${day[1].padStart(2, '0')}/${day[2].padStart(2, '0')}/${day[3]}`, 'DAY');
    if (ISO_DAY.test(typed)) return readTypedDate(typed, 'DAY');
    return readTypedDate(typed, 'PERIOD');
  }
  if (kind === 'PERIOD') {
    const iso = ISO_PERIOD.exec(typed);
    if (iso) return iso[2] && (Number(iso[2]) < 1 || Number(iso[2]) > 12) ? null : typed;
    const month = /^(\d{1,2})[/.-](\d{4})$/.exec(typed);
    if (!month || Number(month[1]) < 1 || Number(month[1]) > 12) return null;
    return `${month[2]}-${month[1].padStart(2, '0')}`;
  }
  const match = (kind === 'DAY' ? /^(\d{2})\/(\d{2})\/(\d{4})$/ : /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/).exec(typed);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return null;
  if (kind === 'DAY') return `${year}-${month}-${day}`;
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  return `${year}-${month}-${day}T${hour}:${minute}`;
}
