import { ENUM_LABELS, LOCALES, type Locale } from '@infitah/labels';

/**
 * Each enum value's label by its code, for the places that translate a bare code (`translate('TRAINING')`): built
 * from @infitah/labels, the one table of labels; a code two enums share takes the first enum's words. Select
 * inputs and fields take their choices from `enumChoices` (choices.ts).
 */
export const enumLabels = Object.fromEntries(
  LOCALES.map((locale) => {
    const table: Record<string, string> = {};
    for (const values of Object.values(ENUM_LABELS) as Array<Record<string, Record<Locale, string>>>) {
      for (const [code, words] of Object.entries(values)) table[code] ??= words[locale];
    }
    return [locale, table];
  }),
) as Record<Locale, Record<string, string>>;
