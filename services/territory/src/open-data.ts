import type { OpenDataset } from '@infitah/server-kit';

/** Collectivities and their membership of the network: public reference data. */
export const territoryOpenData: OpenDataset[] = [
  {
    name: 'collectivities',
    description: 'Every collectivity known to the platform (regions, prefectures, provinces, communes) with its place in the hierarchy and its membership of the network.',
    columns: [
      { name: 'id', description: 'Identifier (UUID), as in the graph' },
      { name: 'kind', description: 'REGION, PREFECTURE, PROVINCE or COMMUNE' },
      { name: 'code', description: 'Official code where known (regions: 01–12)' },
      { name: 'name_ar', description: 'Name in Arabic' },
      { name: 'name_fr', description: 'Name in French' },
      { name: 'parent_id', description: 'The collectivity above this one, when known' },
      { name: 'member', description: 'true when it is a member of the network (any status)' },
      { name: 'joined_on', description: 'Date it joined, ISO-8601 at the precision known ("2023", "2024-12", "2025-02-11")' },
      { name: 'membership_status', description: 'ACTIVE, SUSPENDED or ENDED; empty for non-members' },
      { name: 'is_fictional', description: 'true for made-up demo records' },
      { name: 'updated_at', description: 'Last change of the collectivity or its membership (ISO-8601 instant)' },
    ],
    sql: `SELECT c.id, c.kind, c.code, c.name_ar, c.name_fr, c.parent_id, m.collectivity_id IS NOT NULL AS member,
                 m.joined_on, m.status AS membership_status, c.is_fictional,
                 to_json(greatest(c.updated_at, m.updated_at)) #>> '{}' AS updated_at
            FROM territory.collectivity c
            LEFT JOIN territory.network_membership m ON m.collectivity_id = c.id
           ORDER BY c.kind, c.code NULLS LAST, c.name_fr, c.id`,
    summarySql: `SELECT count(*) AS row_count, max(greatest(c.updated_at, m.updated_at)) AS last_updated
                   FROM territory.collectivity c LEFT JOIN territory.network_membership m ON m.collectivity_id = c.id`,
  },
];
