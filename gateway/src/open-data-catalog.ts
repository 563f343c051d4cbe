/**
 * The open data's licence, publisher and catalogue: a DCAT-AP catalogue in JSON-LD (`/open-data/catalog.jsonld`),
 * a CSV on the Web metadata document per CSV file (`/open-data/<name>.csv-metadata.json`) and the licence note of the
 * archive. Why CC BY 4.0: docs/open-data.md.
 */

export interface Texts {
  ar: string;
  fr: string;
  en: string;
}

/** A dataset as the subgraphs list it at `/open-data/` (server-kit's OpenDatasetSummary). */
export interface ListedDataset {
  name: string;
  title: Texts;
  description: string;
  descriptions: Texts;
  keywords: { ar: string[]; fr: string[]; en: string[] };
  columns: Array<{ name: string; description: string }>;
  rowCount: number;
  lastUpdated: string | null;
  temporal: { start: string; end: string } | null;
  formats: string[];
}

export const OPEN_DATA_LICENSE = {
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The same licence in the EU's licence vocabulary, which DCAT-AP validators know. */
  euUrl: 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
  title: {
    ar: 'رخصة المشاع الإبداعي، نسب المصنف 4.0 دولي (CC BY 4.0)',
    fr: 'Licence Creative Commons Attribution 4.0 International (CC BY 4.0)',
    en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  },
} as const;

export const OPEN_DATA_PUBLISHER = {
  name: {
    ar: 'الشبكة المغربية للجماعات الترابية المنفتحة',
    fr: 'Réseau marocain des collectivités territoriales ouvertes',
    en: 'Moroccan Network of Open Territorial Collectivities',
  },
} as const;

/** What a reuser writes to credit the source (the licence's attribution; law 31-13 also asks for source and date). */
export const ATTRIBUTION = {
  ar: `المصدر: ${OPEN_DATA_PUBLISHER.name.ar} — منصة انفتاح، البيانات المفتوحة (تاريخ التحميل). رخصة CC BY 4.0.`,
  fr: `Source : ${OPEN_DATA_PUBLISHER.name.fr} — plateforme Infitah, données ouvertes (date du téléchargement). Licence CC BY 4.0.`,
  en: `Source: ${OPEN_DATA_PUBLISHER.name.en} — Infitah platform, open data (date downloaded). Licence CC BY 4.0.`,
} as const;

export const CSV_MEDIA_TYPE = 'text/csv';
export const JSON_MEDIA_TYPE = 'application/json';
export const ZIP_MEDIA_TYPE = 'application/zip';
export const ARCHIVE_NAME = 'all';

const EU = 'http://publications.europa.eu/resource/authority';
const MEDIA_TYPES: Record<string, string> = { csv: CSV_MEDIA_TYPE, json: JSON_MEDIA_TYPE, zip: ZIP_MEDIA_TYPE };
const FILE_TYPES: Record<string, string> = { csv: 'CSV', json: 'JSON', zip: 'ZIP' };

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  wdrs: 'http://www.w3.org/2007/05/powder-s#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
};

const tagged = (texts: Partial<Texts>) =>
  (['ar', 'fr', 'en'] as const).filter((language) => texts[language]).map((language) => ({ '@value': texts[language], '@language': language }));
const taggedList = (lists: { ar: string[]; fr: string[]; en: string[] }) =>
  (['ar', 'fr', 'en'] as const).flatMap((language) => lists[language].map((word) => ({ '@value': word, '@language': language })));
const ref = (id: string) => ({ '@id': id });
/** An ISO-8601 date at its precision, typed: 2025 (gYear), 2025-10 (gYearMonth), 2025-10-21 (date). */
const typedDate = (value: string) => ({
  '@value': value,
  '@type': value.length === 4 ? 'xsd:gYear' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:date',
});

export interface CatalogAddresses {
  origin: string;
  catalog: string;
  download: (name: string, format: string) => string;
  csvMetadata: (name: string) => string;
}

export function addressesOf(origin: string): CatalogAddresses {
  return {
    origin,
    catalog: `${origin}/open-data/catalog.jsonld`,
    download: (name, format) => `${origin}/open-data/${name}.${format}`,
    csvMetadata: (name) => `${origin}/open-data/${name}.csv-metadata.json`,
  };
}

function licenseNode() {
  return {
    '@id': OPEN_DATA_LICENSE.url,
    '@type': 'dct:LicenseDocument',
    'dct:title': tagged(OPEN_DATA_LICENSE.title),
    'dct:identifier': OPEN_DATA_LICENSE.id,
    'dct:type': ref('http://purl.org/adms/licencetype/Attribution'),
    'skos:exactMatch': ref(OPEN_DATA_LICENSE.euUrl),
  };
}

function publisherNode(addresses: CatalogAddresses) {
  return {
    '@id': `${addresses.catalog}#publisher`,
    '@type': 'foaf:Organization',
    'foaf:name': tagged(OPEN_DATA_PUBLISHER.name),
    'foaf:homepage': ref(`${addresses.origin}/`),
  };
}

function contactPoint(addresses: CatalogAddresses) {
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': OPEN_DATA_PUBLISHER.name.fr,
    'vcard:hasURL': ref(`${addresses.origin}/#/open-data`),
  };
}

function distribution(addresses: CatalogAddresses, name: string, format: string, title: Texts, modified: string | null) {
  const url = addresses.download(name, format);
  return {
    '@id': `${addresses.catalog}#${name}-${format}`,
    '@type': 'dcat:Distribution',
    'dct:title': tagged({ ar: `${title.ar} (${FILE_TYPES[format]})`, fr: `${title.fr} (${FILE_TYPES[format]})`, en: `${title.en} (${FILE_TYPES[format]})` }),
    'dcat:accessURL': ref(url),
    'dcat:downloadURL': ref(url),
    'dcat:mediaType': ref(`http://www.iana.org/assignments/media-types/${MEDIA_TYPES[format]}`),
    'dct:format': ref(`${EU}/file-type/${FILE_TYPES[format]}`),
    'dct:license': ref(OPEN_DATA_LICENSE.url),
    ...(modified ? { 'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' } } : {}),
    ...(format === 'csv'
      ? { 'dct:conformsTo': ref('https://www.rfc-editor.org/rfc/rfc4180'), 'wdrs:describedby': ref(addresses.csvMetadata(name)) }
      : {}),
  };
}

const withoutUndefined = <T extends Record<string, unknown>>(node: T): T =>
  Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as T;

/** Properties every dataset of the catalogue shares: who publishes it, where, for whom, under which licence. */
function common(addresses: CatalogAddresses) {
  return {
    'dct:publisher': ref(`${addresses.catalog}#publisher`),
    'dcat:contactPoint': contactPoint(addresses),
    'dct:license': ref(OPEN_DATA_LICENSE.url),
    'dct:accessRights': ref(`${EU}/access-right/PUBLIC`),
    'dct:spatial': ref(`${EU}/country/MAR`),
    'dct:language': [ref(`${EU}/language/ARA`), ref(`${EU}/language/FRA`)],
    'dcat:theme': [ref(`${EU}/data-theme/GOVE`), ref(`${EU}/data-theme/REGI`)],
    'dct:accrualPeriodicity': ref(`${EU}/frequency/UPDATE_CONT`),
    'dcat:landingPage': ref(`${addresses.origin}/#/open-data`),
  };
}

/** The DCAT-AP catalogue of every dataset, and of the archive that holds them all. */
export function catalog(addresses: CatalogAddresses, datasets: ListedDataset[]) {
  const modified = datasets.map((dataset) => dataset.lastUpdated).filter((value): value is string => Boolean(value)).sort().at(-1) ?? null;
  const archiveTitle = { ar: 'كل البيانات المفتوحة في أرشيف واحد', fr: 'Toutes les données ouvertes en une archive', en: 'All the open data in one archive' };
  return {
    '@context': CONTEXT,
    '@id': addresses.catalog,
    '@type': 'dcat:Catalog',
    'dct:title': tagged({ ar: 'البيانات المفتوحة لمنصة انفتاح', fr: 'Données ouvertes de la plateforme Infitah', en: 'Open data of the Infitah platform' }),
    'dct:description': tagged({
      ar: 'ما نشرته الجماعات الترابية المنفتحة والشبكة: الجماعات، الأنشطة والحضور، المقترحات وأجوبتها، برامج عمل الانفتاح والتزاماتها ومراحلها ومؤشراتها وقياساتها، ومراجعات الشبكة. سجلات منشورة فقط، بلا معطيات شخصية.',
      fr: "Ce que les collectivités territoriales ouvertes et le réseau ont publié : collectivités, événements et participation, propositions et réponses, programmes d'action d'ouverture, engagements, jalons, indicateurs et mesures, revues du réseau. Données publiées uniquement, sans données personnelles.",
      en: 'What the open territorial collectivities and the network have published: collectivities, events and attendance, proposals and answers, openness action programmes, commitments, milestones, indicators and measurements, the network’s reviews. Published records only, no personal data.',
    }),
    'dct:publisher': publisherNode(addresses),
    'dct:license': licenseNode(),
    'dct:rights': { '@type': 'dct:RightsStatement', 'rdfs:label': tagged(ATTRIBUTION) },
    'dct:language': [ref(`${EU}/language/ARA`), ref(`${EU}/language/FRA`)],
    'dct:spatial': ref(`${EU}/country/MAR`),
    'dcat:themeTaxonomy': ref(`${EU}/data-theme`),
    'foaf:homepage': ref(`${addresses.origin}/`),
    ...(modified ? { 'dct:modified': { '@value': modified, '@type': 'xsd:dateTime' } } : {}),
    'dcat:dataset': [
      ...datasets.map((dataset) =>
        withoutUndefined({
          '@id': `${addresses.catalog}#${dataset.name}`,
          '@type': 'dcat:Dataset',
          'dct:identifier': dataset.name,
          'dct:title': tagged(dataset.title),
          'dct:description': tagged(dataset.descriptions),
          'dcat:keyword': taggedList(dataset.keywords),
          ...common(addresses),
          'dct:modified': dataset.lastUpdated ? { '@value': dataset.lastUpdated, '@type': 'xsd:dateTime' } : undefined,
          'dct:temporal': dataset.temporal
            ? { '@type': 'dct:PeriodOfTime', 'dcat:startDate': typedDate(dataset.temporal.start), 'dcat:endDate': typedDate(dataset.temporal.end) }
            : undefined,
          'dcat:distribution': dataset.formats.map((format) => withoutUndefined(distribution(addresses, dataset.name, format, dataset.title, dataset.lastUpdated))),
        }),
      ),
      withoutUndefined({
        '@id': `${addresses.catalog}#${ARCHIVE_NAME}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': ARCHIVE_NAME,
        'dct:title': tagged(archiveTitle),
        'dct:description': tagged({
          ar: 'كل مجموعات البيانات بصيغتي CSV وJSON في ملف ZIP واحد، مع هذا الفهرس وبيانات وصف ملفات CSV ونص الرخصة.',
          fr: 'Tous les jeux de données en CSV et en JSON dans un seul fichier ZIP, avec ce catalogue, les métadonnées des fichiers CSV et la licence.',
          en: 'Every dataset as CSV and JSON in one ZIP file, with this catalogue, the CSV files’ metadata and the licence.',
        }),
        'dcat:keyword': taggedList({ ar: ['بيانات مفتوحة', 'أرشيف'], fr: ['données ouvertes', 'archive'], en: ['open data', 'archive'] }),
        ...common(addresses),
        'dct:hasPart': datasets.map((dataset) => ref(`${addresses.catalog}#${dataset.name}`)),
        'dct:modified': modified ? { '@value': modified, '@type': 'xsd:dateTime' } : undefined,
        'dcat:distribution': [
          {
            ...withoutUndefined(distribution(addresses, ARCHIVE_NAME, 'zip', archiveTitle, modified)),
            'dcat:packageFormat': ref(`http://www.iana.org/assignments/media-types/${ZIP_MEDIA_TYPE}`),
          },
        ],
      }),
    ],
  };
}

/** The CSV on the Web (W3C) metadata of a dataset's CSV file: its licence, title and columns. */
export function csvMetadata(addresses: CatalogAddresses, dataset: ListedDataset) {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    url: addresses.download(dataset.name, 'csv'),
    'dc:title': tagged(dataset.title),
    'dc:description': tagged(dataset.descriptions),
    'dc:license': { '@id': OPEN_DATA_LICENSE.url },
    'dc:publisher': OPEN_DATA_PUBLISHER.name.fr,
    ...(dataset.lastUpdated ? { 'dc:modified': { '@value': dataset.lastUpdated, '@type': 'xsd:dateTime' } } : {}),
    dialect: { encoding: 'utf-8', header: true, delimiter: ',' },
    tableSchema: {
      columns: dataset.columns.map((column) => ({ name: column.name, titles: column.name, 'dc:description': column.description })),
      ...(dataset.columns.some((column) => column.name === 'id') ? { primaryKey: 'id' } : {}),
    },
  };
}

/** The licence note of the archive, in Arabic, French and English. */
export function licenseText(addresses: CatalogAddresses): string {
  return [
    `${OPEN_DATA_LICENSE.title.ar}`,
    `${ATTRIBUTION.ar}`,
    '',
    `${OPEN_DATA_LICENSE.title.fr}`,
    `${ATTRIBUTION.fr}`,
    '',
    `${OPEN_DATA_LICENSE.title.en}`,
    `${ATTRIBUTION.en}`,
    '',
    OPEN_DATA_LICENSE.url,
    `${addresses.catalog}`,
    '',
  ].join('\n');
}
