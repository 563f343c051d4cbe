import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultTheme } from 'react-admin';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';
import { App } from './App';
import { initialLocale, isRightToLeft } from './i18n';

const locale = initialLocale();
const rtl = isRightToLeft(locale);
// Right to left is first-class: the document, the theme and the styles all turn for Arabic.
document.documentElement.dir = rtl ? 'rtl' : 'ltr';
document.documentElement.lang = locale;
const cache = createCache({ key: rtl ? 'muirtl' : 'mui', stylisPlugins: rtl ? [prefixer, rtlPlugin] : [prefixer] });
const theme = { ...defaultTheme, direction: rtl ? 'rtl' : 'ltr' };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={cache}>
      <App locale={locale} theme={theme} />
    </CacheProvider>
  </StrictMode>,
);
