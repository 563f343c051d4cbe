import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { TableScroll } from '../components/text';
import { moroccoDate, useLocale } from '../i18n';
import { Empty, LoadError, Loading } from '../states';

interface Dataset {
  name: string;
  /** Its title in each language, from the subgraph that serves it. */
  title?: { ar: string; fr: string };
  description: string;
  rowCount: number;
  lastUpdated: string | null;
  downloads: Record<string, string>;
}

const LABELS = {
  ar: {
    intro: 'كل ما نشرته الجماعات، قابل للتحميل دون كتابة أي استعلام: ملفات CSV (مع سطر العناوين) وJSON بترميز UTF-8، بلا معطيات شخصية.',
    rows: 'عدد الأسطر',
    updated: 'آخر تحديث',
    api: 'واجهة GraphQL للمطورين',
    license: 'يمكن إعادة استعمال هذه البيانات بحرية، بما في ذلك لأغراض تجارية، شريطة ذكر المصدر (الشبكة المغربية للجماعات الترابية المنفتحة) وتاريخ التحميل، وفق رخصة',
    catalog: 'فهرس البيانات (DCAT-AP، JSON-LD)',
    archive: 'كل البيانات في ملف ZIP واحد',
    names: {
      collectivities: 'الجماعات الترابية',
      events: 'الأنشطة',
      proposals: 'المقترحات وأجوبتها',
      'action-programs': 'برامج عمل الانفتاح',
      commitments: 'الالتزامات',
    } as Record<string, string>,
  },
  fr: {
    intro:
      'Tout ce que les collectivités ont publié, téléchargeable sans écrire de requête : CSV (avec une ligne d’en-tête) et JSON, en UTF-8, sans données personnelles.',
    rows: 'Lignes',
    updated: 'Dernière mise à jour',
    api: 'L’API GraphQL pour les développeurs',
    license:
      'Ces données sont librement réutilisables, y compris à des fins commerciales, en citant leur source (Réseau marocain des collectivités territoriales ouvertes) et la date du téléchargement, sous la licence',
    catalog: 'Le catalogue des données (DCAT-AP, JSON-LD)',
    archive: 'Toutes les données en un fichier ZIP',
    names: {
      collectivities: 'Collectivités territoriales',
      events: 'Événements',
      proposals: 'Propositions et réponses',
      'action-programs': 'Programmes d’action d’ouverture',
      commitments: 'Engagements',
    } as Record<string, string>,
  },
} as const;

/** The open datasets (`/open-data/`), with their downloads: published records only. */
export function OpenDataPage() {
  const { locale, text } = useLocale();
  const title = text.openData;
  const labels = LABELS[locale];
  const nameOf = (dataset: Dataset) => dataset.title?.[locale] ?? labels.names[dataset.name] ?? dataset.name;
  const [datasets, setDatasets] = useState<Dataset[] | 'loading' | 'error'>('loading');
  const load = useCallback(() => {
    setDatasets('loading');
    fetch('/open-data/')
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<{ datasets: Dataset[] }>;
      })
      .then((body) => setDatasets(body.datasets))
      .catch(() => setDatasets('error'));
  }, []);
  useEffect(load, [load]);
  return (
    <section aria-labelledby="open-data-title">
      <p>
        <Link to="/">{text.back}</Link>
      </p>
      <h1 id="open-data-title">{title}</h1>
      <p>{labels.intro}</p>
      <p>
        {labels.license}{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" lang="en" dir="ltr" rel="license">
          CC BY 4.0
        </a>
        .
      </p>
      <ul>
        <li>
          <a href="/open-data/catalog.jsonld">{labels.catalog}</a>
        </li>
        <li>
          <a href="/open-data/all.zip" download>
            {labels.archive}
          </a>
        </li>
      </ul>
      {datasets === 'loading' ? (
        <Loading />
      ) : datasets === 'error' ? (
        <LoadError retry={load} />
      ) : datasets.length === 0 ? (
        <Empty>{text.noDatasets}</Empty>
      ) : (
        <TableScroll label={title}>
          <table id="open-data">
            <thead>
              <tr>
                <th scope="col">{title}</th>
                <th scope="col">{labels.rows}</th>
                <th scope="col">{labels.updated}</th>
                <th scope="col">CSV · JSON</th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((dataset) => (
                <tr key={dataset.name}>
                  <th scope="row">{nameOf(dataset)}</th>
                  <td>{dataset.rowCount.toLocaleString(locale === 'ar' ? 'ar-MA' : 'fr-MA')}</td>
                  {/* the day in Morocco, whatever the visitor's own time zone */}
                  <td>{dataset.lastUpdated ? moroccoDate(dataset.lastUpdated, locale, false) : '—'}</td>
                  <td dir="ltr">
                    <a href={`/open-data/${dataset.name}.csv`} download aria-label={`${nameOf(dataset)} — CSV`}>
                      CSV
                    </a>{' '}
                    ·{' '}
                    <a href={`/open-data/${dataset.name}.json`} aria-label={`${nameOf(dataset)} — JSON`}>
                      JSON
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        <a href="/graphql">{labels.api}</a>
      </p>
    </section>
  );
}
