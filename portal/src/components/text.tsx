import type { ReactNode } from 'react';
import { formatDate, useLocale, type DatePrecision, type Localized } from '../i18n';

/**
 * A text kept in both languages, shown in the reader's: when only the other language exists, it is marked with its
 * language and isolated (`<bdi>`), so its punctuation stays at its own end of the line.
 */
export function InLanguage({ value }: { value: Localized }) {
  const { locale } = useLocale();
  if (value.lang === locale) return <>{value.text}</>;
  return <bdi lang={value.lang}>{value.text}</bdi>;
}

/** Free text whose language the platform does not know (a citizen's, a commune's): isolated, its direction its own. */
export function Free({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}

/** A paragraph of free text, its direction taken from its first strong letter. */
export function FreeBlock({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <p dir="auto" id={id}>
      {children}
    </p>
  );
}

/** A date in the reader's language, Morocco's wall clock, at the precision known; isolated from what surrounds it. */
export function DateText({ value, precision }: { value: string | null | undefined; precision?: DatePrecision }) {
  const { locale } = useLocale();
  if (!value) return null;
  return (
    <bdi>
      <time dateTime={value}>{formatDate(value, locale, precision)}</time>
    </bdi>
  );
}

/**
 * A number as the reader writes it (Latin digits in both languages, as in Morocco), with its unit when it has one. In
 * Arabic, a number and its unit are isolated together (FSI…PDI), so "60 jours" or "0 %" does not turn into "jours 60".
 */
export function formatNumber(value: number, locale: 'ar' | 'fr', unit?: string): string {
  const number = new Intl.NumberFormat(locale === 'ar' ? 'ar-MA-u-nu-latn' : 'fr-MA', { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  return locale === 'ar' ? `\u2068${number} ${unit}\u2069` : `${number} ${unit}`;
}

/** A percentage (0–100): "17 %" in French; "17%" in Arabic, which reads as one left-to-right run in a right-to-left line. */
export function formatPercent(value: number, locale: 'ar' | 'fr'): string {
  if (locale === 'ar') return `${Math.round(value)}%`;
  return new Intl.NumberFormat('fr-MA', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A wide table's own scrolling box: reachable by keyboard (it may scroll) and named after what it holds. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
