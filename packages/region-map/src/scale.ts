import { INTL_LOCALES, localeOf, type Locale } from '@infitah/labels';

/** A region's figures as the graph gives them (`network { byRegion { … } }`). */
export interface RegionRow {
  regionCode?: string | null;
  members: number;
  adopted: number;
  adoptionShare?: number | null;
  commitments: number;
}

/** The figures a map can be coloured by. */
export type RegionFigure = 'members' | 'adoptionShare' | 'commitments';
export const REGION_FIGURES: readonly RegionFigure[] = ['members', 'adoptionShare', 'commitments'];

/**
 * The colours, lightest first: class 0 is "none" (zero, or no member for a share), classes 1–4 split the rest in equal
 * steps. Each carries the text colour that keeps a contrast of at least 4.5:1 on it.
 */
export const CLASS_COLOURS: ReadonlyArray<{ background: string; text: string }> = [
  { background: '#f2f2f2', text: '#1a1a1a' },
  { background: '#d7efec', text: '#1a1a1a' },
  { background: '#8fd0c7', text: '#1a1a1a' },
  { background: '#00796b', text: '#ffffff' },
  { background: '#003d33', text: '#ffffff' },
];

/** One class of the legend: its colour and the values it holds, as a reader reads them. */
export interface ColourClass {
  index: number;
  label: string;
}

export interface ColourScale {
  classOf: (value: number | null) => number;
  classes: ColourClass[];
  format: (value: number | null) => string;
}

const NO_MEMBER = { ar: 'لا عضو', fr: 'aucun membre', en: 'no member' } as const;

/** The value a row holds for a figure (a share is null when the region has no member). */
export function valueOf(row: RegionRow, figure: RegionFigure): number | null {
  if (figure === 'adoptionShare') return row.members > 0 ? (row.adoptionShare ?? row.adopted / row.members) : null;
  return row[figure];
}

/**
 * The scale for a figure over the rows: counts in four equal integer steps up to their largest value, a share in
 * quarters (0–25 %, …); zero (or no member) is its own class. The legend lists every class with its values.
 */
export function colourScale(rows: readonly RegionRow[], figure: RegionFigure, locale: Locale | string): ColourScale {
  const language = localeOf(locale);
  const numbers = new Intl.NumberFormat(INTL_LOCALES[language]);
  const percent = new Intl.NumberFormat(INTL_LOCALES[language], { style: 'percent', maximumFractionDigits: 0 });
  if (figure === 'adoptionShare') {
    const classOf = (value: number | null) => (value === null || value <= 0 ? 0 : Math.min(4, Math.ceil(value * 4)));
    const classes = [
      { index: 0, label: `${percent.format(0)} · ${NO_MEMBER[language]}` },
      ...[1, 2, 3, 4].map((index) => ({ index, label: `${percent.format((index - 1) / 4)}–${percent.format(index / 4)}` })),
    ];
    return { classOf, classes, format: (value) => (value === null ? NO_MEMBER[language] : percent.format(value)) };
  }
  const largest = Math.max(0, ...rows.map((row) => row[figure]));
  const step = Math.max(1, Math.ceil(largest / 4));
  const classOf = (value: number | null) => (value === null || value <= 0 ? 0 : Math.min(4, Math.ceil(value / step)));
  const classes: ColourClass[] = [{ index: 0, label: numbers.format(0) }];
  for (let index = 1; index <= 4; index += 1) {
    const low = (index - 1) * step + 1;
    // no class beyond the largest value (when it is under 4, fewer than four steps)
    if (index > 1 && low > largest) break;
    const high = index * step;
    classes.push({ index, label: low === high ? numbers.format(low) : `${numbers.format(low)}–${numbers.format(high)}` });
  }
  return { classOf, classes, format: (value) => numbers.format(value ?? 0) };
}
