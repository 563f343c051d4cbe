import { useEffect, useMemo } from 'react';
import { createHashRouter, Link, Outlet, RouterProvider, useLocation } from 'react-router';
import { LocaleContext, textFor, useLocale, type Locale } from './i18n';
import { CollectivityPage } from './pages/CollectivityPage';
import { CommitmentPage } from './pages/CommitmentPage';
import { EventPage } from './pages/EventPage';
import { FollowConfirmPage, UnfollowPage } from './pages/FollowLinkPages';
import { FollowUpPage } from './pages/FollowUpPage';
import { LibraryPage } from './pages/Library';
import { NetworkAboutPage } from './pages/NetworkAboutPage';
import { NetworkPage } from './pages/NetworkPage';
import { networkWords } from './network-text';
import { OpenDataPage } from './pages/OpenData';
import { PrivacyPage } from './pages/PrivacyPage';
import { ProgramPrintPage } from './pages/ProgramPrintPage';
import { ProposalPage } from './pages/ProposalPage';
import { UpcomingPage } from './pages/UpcomingPage';
import { NotFoundPage } from './states';

/**
 * Pages live in the hash (#/, #/collectivities/<id>, #/commitments/<id>, #/events/<id>, #/proposals/<id>,
 * #/programs/<id>/print, #/network, #/upcoming, #/privacy, #/library/<id>, #/open-data, #/follow-up/<reference>, and
 * the links of a follower's mails #/follow/confirm/<token> and #/unfollow/<token>):
 * every page has a shareable address, and the locale stays before the hash (`?locale=fr#/…`).
 */
const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <NetworkPage /> },
      { path: 'network', element: <NetworkAboutPage /> },
      { path: 'collectivities/:id', element: <CollectivityPage /> },
      { path: 'commitments/:id', element: <CommitmentPage /> },
      { path: 'events/:id', element: <EventPage /> },
      { path: 'proposals/:id', element: <ProposalPage /> },
      { path: 'programs/:id/print', element: <ProgramPrintPage /> },
      { path: 'upcoming', element: <UpcomingPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'library/:id', element: <LibraryPage /> },
      { path: 'open-data', element: <OpenDataPage /> },
      { path: 'follow-up/:reference?', element: <FollowUpPage /> },
      { path: 'follow/confirm/:token', element: <FollowConfirmPage /> },
      { path: 'unfollow/:token', element: <UnfollowPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App({ locale }: { locale: Locale }) {
  const value = useMemo(() => ({ locale, text: textFor(locale) }), [locale]);
  return (
    <LocaleContext.Provider value={value}>
      <RouterProvider router={router} />
    </LocaleContext.Provider>
  );
}

/** The frame of every page: skip link, header with the other language, the page, the footer. */
function Layout() {
  const { locale, text } = useLocale();
  const location = useLocation();
  const other = locale === 'ar' ? 'fr' : 'ar';
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(event) => {
          // the hash holds the route: move the focus without navigating
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {text.skip}
      </a>
      <header>
        <Link to="/">{text.site}</Link>
        <nav aria-label={text.site}>
          <Link to="/network">{networkWords(locale).link}</Link>
          <Link to="/upcoming">{text.upcoming}</Link>
          <Link to="/follow-up">{text.followUp}</Link>
          <a href={`?locale=${other}#${location.pathname}${location.search}`} lang={other}>
            {text.language}
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer>
        <bdi lang="en">Infitah</bdi> · {text.site} · <Link to="/open-data">{text.openData}</Link> · <Link to="/follow-up">{text.followUp}</Link> ·{' '}
        <Link to="/privacy">{text.privacy}</Link>
      </footer>
    </>
  );
}
