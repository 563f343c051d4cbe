import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { GlobalStyles } from '@mui/material';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultTheme } from 'react-admin';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';
import { App } from './App';
import { ReaderUserMenu } from './ReaderUserMenu';
import { initialLocale, isRightToLeft } from './i18n';

/**
 * A page never scrolls sideways, even on a 360 px phone: a wide table scrolls inside its own box, filters and
 * side panels wrap below the form.
 */
const PHONE_FRIENDLY = {
  // react-admin's layout grows to fit its content (min-width: fit-content): it keeps to the screen instead
  '.layout, .RaLayout-appFrame': { minWidth: '0 !important', maxWidth: '100vw' },
  '.RaLayout-content': { minWidth: 0, overflowX: 'auto' },
  '.RaLayout-contentWithSidebar, .RaLayout-content, .RaList-main, .RaEdit-main, .RaShow-main, .RaCreate-main, .RaEdit-card, .RaShow-card, .RaList-content': { minWidth: 0, maxWidth: '100%' },
  '.RaList-content, .RaDatagrid-tableWrapper, .MuiCardContent-root:has(> .MuiTable-root), .MuiTableContainer-root': { overflowX: 'auto' },
  '.RaEdit-main, .RaShow-main, .RaCreate-main': { flexWrap: 'wrap' },
  '.RaFilterForm-root, .RaTopToolbar-root, .RaList-actions, .MuiToolbar-root': { flexWrap: 'wrap' },
  '.RaSimpleFormIterator-inline': { flexWrap: 'wrap' },
  '.MuiTextField-root, .MuiFormControl-root': { maxWidth: '100%' },
} as const;

const locale = initialLocale();
const rtl = isRightToLeft(locale);
// Right to left is first-class: the document, the theme and the styles all turn for Arabic.
document.documentElement.dir = rtl ? 'rtl' : 'ltr';
document.documentElement.lang = locale;
const cache = createCache({ key: rtl ? 'muirtl' : 'mui', stylisPlugins: rtl ? [prefixer, rtlPlugin] : [prefixer] });
// Colours that read at WCAG AA contrast (4.5:1) both as text on the page's near-white and behind white text: MUI's
// default blue, orange and light blue fall just short, as does react-admin's lighter secondary blue for the app bar.
const theme = {
  ...defaultTheme,
  direction: rtl ? 'rtl' : 'ltr',
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1565c0' },
    error: { main: '#b71c1c' },
    warning: { main: '#a84300' },
    info: { main: '#01579b' },
    success: { main: '#1b5e20' },
  },
  components: { ...defaultTheme.components, RaAppBar: { defaultProps: { color: 'primary', userMenu: <ReaderUserMenu /> } } },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={cache}>
      <GlobalStyles styles={PHONE_FRIENDLY} />
      <App locale={locale} theme={theme} />
    </CacheProvider>
  </StrictMode>,
);
