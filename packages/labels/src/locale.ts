/** The languages of the platform: Arabic and French for readers, English for the console's third choice. */
export type Locale = 'ar' | 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['ar', 'fr', 'en'];

/** One text in each language. */
export type Words = Readonly<Record<Locale, string>>;

/** A locale given as any BCP 47 tag ("ar-MA", "fr", "FR") → one of ours; French when unknown. */
export function localeOf(tag: string | null | undefined): Locale {
  const language = (tag ?? '').slice(0, 2).toLowerCase();
  return language === 'ar' || language === 'en' ? language : 'fr';
}
