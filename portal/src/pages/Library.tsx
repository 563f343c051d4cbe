import { Link, useParams } from 'react-router';
import { PortalLibraryEntriesDocument, PortalLibraryEntryDocument } from '../generated/operations';
import { enumLabel, languageOf, nameOf, useLocale } from '../i18n';
import { Empty, Loaded, NotFoundPage } from '../states';
import { useQuery } from '../useQuery';

/** The network's library, as the public reads it: published entries only. */
const LIBRARY_TEXT = {
  ar: {
    library: 'مكتبة الممارسات الجيدة والمناهج والأدوات',
    nothing: 'لا توجد نتائج.',
    links: 'روابط',
    comesFrom: 'المصدر',
    documents: 'الالتزامات الموثقة',
    illustrative: 'مثال توضيحي',
  },
  fr: {
    library: 'Bibliothèque des bonnes pratiques, méthodes et outils',
    nothing: 'Aucun résultat.',
    links: 'Liens',
    comesFrom: 'Provenance',
    documents: 'Engagements documentés',
    illustrative: 'Exemple illustratif',
  },
};

/** On the network's page: the published entries, or those matching the page's search. */
export function LibrarySection({ search }: { search: string }) {
  const { locale } = useLocale();
  const text = LIBRARY_TEXT[locale];
  const state = useQuery(PortalLibraryEntriesDocument, { search: search || null, language: languageOf(locale) });
  return (
    <section aria-labelledby="library">
      <h2 id="library">{text.library}</h2>
      <Loaded state={state}>
        {({ libraryEntries }) =>
          libraryEntries.nodes.length === 0 ? (
            <Empty>{text.nothing}</Empty>
          ) : (
            <ul className="list" id="library-results">
              {libraryEntries.nodes.map((entry) => (
                <li key={entry.id}>
                  <Link to={`/library/${entry.id}`}>{entry.title}</Link>
                  <div className="meta">{enumLabel('LibraryEntryKind', entry.kind, locale)}{entry.summary ? ` — ${entry.summary}` : ''}</div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

/** One published entry of the library. */
export function LibraryPage() {
  const { locale, text: pageText } = useLocale();
  const text = LIBRARY_TEXT[locale];
  const { id = '' } = useParams();
  const state = useQuery(PortalLibraryEntryDocument, { id, language: languageOf(locale) });
  return (
    <Loaded state={state}>
      {({ libraryEntry: entry }) =>
        !entry ? (
          <NotFoundPage />
        ) : (
          <>
            <p><Link to="/">{pageText.back}</Link></p>
            <h1 dir="auto">{entry.title}</h1>
            <p className="meta">
              {enumLabel('LibraryEntryKind', entry.kind, locale)} · {entry.principles.map((principle) => enumLabel('OpennessPrinciple', principle, locale)).join(' · ')}
              {entry.isIllustrative ? ` · ${text.illustrative}` : ''}
            </p>
            {entry.summary && <p dir="auto">{entry.summary}</p>}
            {entry.body && <div dir="auto" className="pre-wrap">{entry.body}</div>}
            {entry.collectivity?.nameAr && (
              <p>
                {text.comesFrom}: <Link to={`/collectivities/${entry.collectivity.id}`}>{nameOf(entry.collectivity, locale)}</Link>
              </p>
            )}
            {entry.commitments.length > 0 && (
              <section aria-labelledby="documented">
                <h2 id="documented">{text.documents}</h2>
                <ul className="list">
                  {entry.commitments.map((commitment) => (
                    <li key={commitment.id}><Link to={`/commitments/${commitment.id}`}>{commitment.title}</Link></li>
                  ))}
                </ul>
              </section>
            )}
            {entry.links.length > 0 && (
              <section aria-labelledby="links">
                <h2 id="links">{text.links}</h2>
                <ul className="list">
                  {entry.links.map((link) => (
                    <li key={link.url}><a href={link.url} rel="noopener noreferrer">{link.label ?? link.url}</a></li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )
      }
    </Loaded>
  );
}
