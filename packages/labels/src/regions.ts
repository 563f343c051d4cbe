import { localeOf, type Locale, type Words } from './locale.js';

/**
 * Morocco's 12 regions (2015 division, decree 2.15.40), by their official code as the data holds it ("01"–"12"):
 * the name without the word "region", as charts and lists show it; `regionLabel(code, locale, 'full')` adds it.
 */
export const REGION_LABELS = {
  '01': { ar: 'طنجة تطوان الحسيمة', fr: 'Tanger-Tétouan-Al Hoceïma', en: 'Tangier-Tetouan-Al Hoceima' },
  '02': { ar: 'الشرق', fr: "L'Oriental", en: 'Oriental' },
  '03': { ar: 'فاس مكناس', fr: 'Fès-Meknès', en: 'Fez-Meknes' },
  '04': { ar: 'الرباط سلا القنيطرة', fr: 'Rabat-Salé-Kénitra', en: 'Rabat-Sale-Kenitra' },
  '05': { ar: 'بني ملال خنيفرة', fr: 'Béni Mellal-Khénifra', en: 'Beni Mellal-Khenifra' },
  '06': { ar: 'الدار البيضاء سطات', fr: 'Casablanca-Settat', en: 'Casablanca-Settat' },
  '07': { ar: 'مراكش آسفي', fr: 'Marrakech-Safi', en: 'Marrakesh-Safi' },
  '08': { ar: 'درعة تافيلالت', fr: 'Drâa-Tafilalet', en: 'Draa-Tafilalet' },
  '09': { ar: 'سوس ماسة', fr: 'Souss-Massa', en: 'Souss-Massa' },
  '10': { ar: 'كلميم واد نون', fr: 'Guelmim-Oued Noun', en: 'Guelmim-Oued Noun' },
  '11': { ar: 'العيون الساقية الحمراء', fr: 'Laâyoune-Sakia El Hamra', en: 'Laayoune-Sakia El Hamra' },
  '12': { ar: 'الداخلة وادي الذهب', fr: 'Dakhla-Oued Ed-Dahab', en: 'Dakhla-Oued Ed-Dahab' },
} as const satisfies Record<string, Words>;

export type RegionCode = keyof typeof REGION_LABELS;
// sorted: "10"–"12" are array-index keys, which objects list before "01"
export const REGION_CODES = (Object.keys(REGION_LABELS) as RegionCode[]).sort();

/** What a chart or a list shows for a member whose region is not recorded (the data's null, or "?"). */
export const UNKNOWN_REGION: Words = { ar: 'جهة غير مسجلة', fr: 'Région non renseignée', en: 'Region not recorded' };

const FULL: Words = { ar: 'جهة %s', fr: 'Région de %s', en: '%s region' };

/** "1", 1 and "01" are the same region; anything else is no region. */
export function regionCodeOf(code: string | number | null | undefined): RegionCode | null {
  if (code === null || code === undefined) return null;
  const padded = String(code).trim().padStart(2, '0');
  return padded in REGION_LABELS ? (padded as RegionCode) : null;
}

/**
 * A region's name in a language: `regionLabel('01', 'fr')` → "Tanger-Tétouan-Al Hoceïma"; `'full'` gives
 * "Région de Tanger-Tétouan-Al Hoceïma" / "جهة طنجة تطوان الحسيمة". An unknown or missing code reads "region not recorded".
 */
export function regionLabel(code: string | number | null | undefined, locale: Locale | string, form: 'short' | 'full' = 'short'): string {
  const language = localeOf(locale);
  const known = regionCodeOf(code);
  if (!known) return UNKNOWN_REGION[language];
  const name = REGION_LABELS[known][language];
  if (form === 'short') return name;
  // "Région de l'Oriental", as the official French name has it
  return FULL[language].replace('%s', name.startsWith("L'") ? `l'${name.slice(2)}` : name);
}
