import { dateColumns, instantColumns, secondPrecision, textDatePrecision, type OpenDataset } from '@infitah/server-kit';

/** Collectivities and their membership of the network: public reference data. */
export const territoryOpenData: OpenDataset[] = [
  {
    name: 'collectivities',
    title: { ar: 'الجماعات الترابية وعضويتها في الشبكة', fr: 'Collectivités territoriales et leur adhésion au réseau', en: 'Territorial collectivities and their membership of the network' },
    description: 'Every collectivity known to the platform (regions, prefectures, provinces, communes) with its place in the hierarchy and its membership of the network.',
    descriptions: {
      ar: 'كل الجماعات الترابية المعروفة في المنصة (جهات، عمالات، أقاليم، جماعات) مع موقعها في التقسيم الترابي وعضويتها في الشبكة.',
      fr: 'Toutes les collectivités connues de la plateforme (régions, préfectures, provinces, communes), leur place dans le découpage territorial et leur adhésion au réseau.',
    },
    keywords: {
      ar: ['جماعات ترابية', 'جهات', 'أقاليم', 'جماعات', 'عضوية', 'الشبكة المغربية للجماعات الترابية المنفتحة'],
      fr: ['collectivités territoriales', 'régions', 'provinces', 'communes', 'adhésion', 'gouvernement ouvert'],
      en: ['territorial collectivities', 'regions', 'provinces', 'communes', 'membership', 'open government'],
    },
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'kind', description: 'REGION, PREFECTURE, PROVINCE or COMMUNE' },
      { name: 'code', description: 'Official code where known (regions: 01–12)' },
      { name: 'name_ar', description: 'Name in Arabic' },
      { name: 'name_fr', description: 'Name in French' },
      { name: 'parent_id', description: 'The collectivity above this one, when known' },
      { name: 'member', description: 'true when it is a member of the network (any status)' },
      ...dateColumns('joined_on', 'Date it joined the network'),
      { name: 'membership_status', description: 'ACTIVE, SUSPENDED or ENDED; empty for non-members' },
      { name: 'is_fictional', description: 'true for made-up demo records' },
      ...instantColumns('updated_at', 'Last change of the collectivity or its membership'),
    ],
    sql: `SELECT c.id, c.kind, c.code, c.name_ar, c.name_fr, c.parent_id, m.collectivity_id IS NOT NULL AS member,
                 m.joined_on, ${textDatePrecision('m.joined_on')} AS joined_on_precision, m.status AS membership_status, c.is_fictional,
                 to_json(greatest(c.updated_at, m.updated_at)) #>> '{}' AS updated_at,
                 ${secondPrecision('greatest(c.updated_at, m.updated_at)')} AS updated_at_precision
            FROM territory.collectivity c
            LEFT JOIN territory.network_membership m ON m.collectivity_id = c.id
           ORDER BY c.kind, c.code NULLS LAST, c.name_fr, c.id`,
    summarySql: `SELECT count(*) AS row_count, max(greatest(c.updated_at, m.updated_at)) AS last_updated,
                        min(m.joined_on) AS temporal_start, max(m.joined_on) AS temporal_end
                   FROM territory.collectivity c LEFT JOIN territory.network_membership m ON m.collectivity_id = c.id`,
  },
];
