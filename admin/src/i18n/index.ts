import polyglotI18nProvider from 'ra-i18n-polyglot';
import { LOCALES, messages, type Locale } from './messages';
import { MOROCCO_DATE_TIME } from '@infitah/morocco-time';
import { FIELD_LABELS, fieldLabel, localeOf, type Locale as LabelLocale } from '@infitah/labels';
import { useLocaleState } from 'react-admin';
import { graphql, TOKEN_KEY } from '../graphql';
import { ConsoleSetNotificationLanguageDocument } from '../generated/operations';

const STORAGE_KEY = 'infitah.locale';

/** `?locale=ar|fr|en` in the address wins and is remembered; then the remembered choice; French by default. */
export function initialLocale(): Locale {
  const fromAddress = new URLSearchParams(window.location.search).get('locale');
  if (fromAddress && fromAddress in messages) {
    localStorage.setItem(STORAGE_KEY, fromAddress);
    return fromAddress as Locale;
  }
  const remembered = localStorage.getItem(STORAGE_KEY);
  return remembered && remembered in messages ? (remembered as Locale) : 'fr';
}

export const isRightToLeft = (locale: string) => locale === 'ar';

export function createI18nProvider(locale: Locale) {
  const provider = polyglotI18nProvider((requested) => messages[requested as Locale] ?? messages.fr, locale, LOCALES, { allowMissing: true });
  const MISSING = '\u0000missing';
  return {
    ...provider,
    // A field a resource does not name itself (`resources.<name>.fields.<source>`) takes its label from
    // @infitah/labels, the words the graph's errors name it by, rather than react-admin's English guess from its source.
    translate: (key: string, options?: Record<string, unknown>) => {
      const found = provider.translate(key, { ...options, _: MISSING });
      if (found !== MISSING) return found;
      const field = /^resources\.\w+\.fields\.(?:.*\.)?(\w+)$/.exec(key)?.[1];
      if (field && field in FIELD_LABELS) return fieldLabel(field, provider.getLocale());
      return provider.translate(key, options);
    },
    // The direction of the whole page follows the language: reload into it, keeping the address shareable.
    changeLocale: async (next: string) => {
      localStorage.setItem(STORAGE_KEY, next);
      await followedByMails(next);
      const url = new URL(window.location.href);
      url.searchParams.set('locale', next);
      window.location.assign(url.toString());
    },
  };
}

/**
 * The signed-in account's mails follow the language it chooses in the console (its notification language, as the
 * settings page sets it): Arabic or French; English, which mails are not written in, leaves it as it was. A failure
 * to save it never stops the switch (the settings page still sets it).
 */
async function followedByMails(next: string): Promise<void> {
  if (!sessionStorage.getItem(TOKEN_KEY) || (next !== 'ar' && next !== 'fr')) return;
  try {
    await graphql(ConsoleSetNotificationLanguageDocument, { language: next === 'ar' ? 'AR' : 'FR' });
  } catch {
    // the language of the page changes all the same
  }
}

/** Date and time on Morocco's wall clock, for DateField's `options`. */
export const MOROCCO_TIME = MOROCCO_DATE_TIME;

/** The console's language, as @infitah/labels names it. */
export function useConsoleLocale(): LabelLocale {
  const [locale] = useLocaleState();
  return localeOf(locale);
}
