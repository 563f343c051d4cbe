import { useEffect, useState } from 'react';
import { graphql } from './graphql';
import { PRINCIPLE_LABELS, type Locale } from './i18n';

/** The network's library, as the public reads it: published entries only. */
const LIBRARY_TEXT = {
  ar: {
    library: 'مكتبة الممارسات الجيدة والمناهج والأدوات',
    nothing: 'لا توجد نتائج.',
    links: 'روابط',
    comesFrom: 'المصدر',
    documents: 'الالتزامات الموثقة',
    illustrative: 'مثال توضيحي',
    kinds: { METHOD: 'منهجية', TOOL: 'أداة', TEMPLATE: 'نموذج', GOOD_PRACTICE: 'ممارسة جيدة', CASE_STUDY: 'دراسة حالة' } as Record<string, string>,
  },
  fr: {
    library: 'Bibliothèque des bonnes pratiques, méthodes et outils',
    nothing: 'Aucun résultat.',
    links: 'Liens',
    comesFrom: 'Provenance',
    documents: 'Engagements documentés',
    illustrative: 'Exemple illustratif',
    kinds: { METHOD: 'Méthode', TOOL: 'Outil', TEMPLATE: 'Modèle', GOOD_PRACTICE: 'Bonne pratique', CASE_STUDY: 'Étude de cas' } as Record<string, string>,
  },
};

const languageOf = (locale: Locale) => (locale === 'ar' ? 'AR' : 'FR');

function useLibraryQuery<T>(query: string, variables: Record<string, unknown>, key: string): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    setData(null);
    graphql<T>(query, variables).then((result) => setData(result.data ?? null));
  }, [key]);
  return data;
}

/** On the network's page: the published entries, or those matching the page's search. */
export function LibrarySection({ locale, search }: { locale: Locale; search: string }) {
  const text = LIBRARY_TEXT[locale];
  const data = useLibraryQuery<any>(
    `query ($search: String, $language: Language) { libraryEntries(filter: { search: $search }, first: 20) { totalCount
       nodes { id kind title(language: $language) summary(language: $language) } } }`,
    { search: search || null, language: languageOf(locale) },
    `${search}|${locale}`,
  );
  return (
    <section aria-labelledby="library">
      <h2 id="library">{text.library}</h2>
      {data && data.libraryEntries.nodes.length === 0 && <p>{text.nothing}</p>}
      <ul className="list" id="library-results">
        {data?.libraryEntries.nodes.map((entry: any) => (
          <li key={entry.id}>
            <a href={`#/library/${entry.id}`}>{entry.title}</a>
            <div className="meta">{text.kinds[entry.kind]}{entry.summary ? ` — ${entry.summary}` : ''}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LibraryPage({ id, locale, back }: { id: string; locale: Locale; back: string }) {
  const text = LIBRARY_TEXT[locale];
  const data = useLibraryQuery<any>(
    `query ($id: ID!, $language: Language) { libraryEntry(id: $id) { id kind title(language: $language) summary(language: $language) body(language: $language)
       principles isIllustrative links { url label } collectivity { id nameAr nameFr } commitments { id title(language: $language) } } }`,
    { id, language: languageOf(locale) },
    `${id}|${locale}`,
  );
  if (!data) return <p aria-live="polite">…</p>;
  const entry = data.libraryEntry;
  if (!entry) return <h1>404</h1>;
  return (
    <>
      <p><a href="#/">{back}</a></p>
      <h1>{entry.title}</h1>
      <p className="meta">
        {text.kinds[entry.kind]} · {entry.principles.map((principle: string) => PRINCIPLE_LABELS[locale][principle]).join(' · ')}
        {entry.isIllustrative ? ` · ${text.illustrative}` : ''}
      </p>
      {entry.summary && <p>{entry.summary}</p>}
      {entry.body && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.body}</div>}
      {entry.collectivity?.nameAr && (
        <p>
          {text.comesFrom}: <a href={`#/collectivities/${entry.collectivity.id}`}>{locale === 'ar' ? entry.collectivity.nameAr : entry.collectivity.nameFr}</a>
        </p>
      )}
      {entry.commitments.length > 0 && (
        <section aria-labelledby="documented">
          <h2 id="documented">{text.documents}</h2>
          <ul className="list">
            {entry.commitments.map((commitment: any) => (
              <li key={commitment.id}><a href={`#/commitments/${commitment.id}`}>{commitment.title}</a></li>
            ))}
          </ul>
        </section>
      )}
      {entry.links.length > 0 && (
        <section aria-labelledby="links">
          <h2 id="links">{text.links}</h2>
          <ul className="list">
            {entry.links.map((link: any) => (
              <li key={link.url}><a href={link.url} rel="noopener noreferrer">{link.label ?? link.url}</a></li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
