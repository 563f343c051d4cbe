import { DemoIds, regionId } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

/**
 * The territory fetches of the benchmark's operations (`npm run bench`, the gateway's query plans of the console's
 * dashboards and the portal's lists) cost the same SQL statements on the demo data and on a network ten times larger.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const NETWORK_DASHBOARD = '{ network { __typename id memberCount membersByKind { kind count } membersByRegion { region { code nameFr } count } } }';
const COMMUNE_DASHBOARD = 'query ($id: ID!) { collectivity(id: $id) { __typename id nameAr nameFr } }';
const PUBLIC_COLLECTIVITIES = `query ($offset: Int) { collectivities(filter: { kind: COMMUNE }, first: 20, offset: $offset) {
  totalCount nodes { __typename id nameAr nameFr parent { nameFr } membership { joinedOn status } } } }`;
const NETWORK_ADMIN = { role: 'NETWORK_ADMIN' as const, userId: DemoIds.accounts.network, collectivityId: null };

/** Member communes: the first `inProvince` in a province of region 01, the others directly under the 12 regions. */
async function addMembers(label: string, inProvince: number, underRegions: number): Promise<void> {
  const owner = subgraph.ownerDataSource;
  const [province] = await owner.query(
    `INSERT INTO territory.collectivity (kind, code, name_ar, name_fr, parent_id, is_fictional)
     VALUES ('PROVINCE', $1::text, 'إقليم ' || $1::text, 'Province ' || $1::text, $2, true) RETURNING id`,
    [label, regionId(1)],
  );
  await owner.query(
    `WITH created AS (
       INSERT INTO territory.collectivity (kind, name_ar, name_fr, parent_id, is_fictional)
       SELECT 'COMMUNE', 'جماعة ' || $4::text || '-' || n, 'Commune ' || $4::text || '-' || n,
              CASE WHEN n <= $3::int THEN $1::uuid ELSE ($2::uuid[])[1 + n % 12] END, true
         FROM generate_series(1, $3::int + $5::int) AS n
       RETURNING id)
     INSERT INTO territory.network_membership (collectivity_id, joined_on) SELECT id, '2025' FROM created`,
    [province.id, Array.from({ length: 12 }, (_, index) => regionId(index + 1)), inProvince, label, underRegions],
  );
}

describe('SQL statements of the dashboards and lists, at two sizes of the network', () => {
  it('are the same for 38 members and for 218, and the regions count every member below them', async () => {
    // every shape of the large network is there: communes in a province, communes right under a region
    await addMembers('901', 2, 22);
    const small = await subgraph.execute(NETWORK_DASHBOARD, {}, NETWORK_ADMIN);
    const smallCommune = await subgraph.execute(COMMUNE_DASHBOARD, { id: DemoIds.tamazgana }, NETWORK_ADMIN);
    const smallList = await subgraph.execute(PUBLIC_COLLECTIVITIES, { offset: 0 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.network.memberCount).toBe(38);
    expect(smallList.data!.collectivities.nodes).toHaveLength(20);

    await addMembers('902', 60, 120);
    const large = await subgraph.execute(NETWORK_DASHBOARD, {}, NETWORK_ADMIN);
    const largeCommune = await subgraph.execute(COMMUNE_DASHBOARD, { id: DemoIds.tamazgana }, NETWORK_ADMIN);
    const largeList = await subgraph.execute(PUBLIC_COLLECTIVITIES, { offset: 100 });
    expect(large.errors).toBeUndefined();
    expect(largeList.errors).toBeUndefined();
    expect(large.data!.network.memberCount).toBe(218);
    const byRegion = large.data!.network.membersByRegion as Array<{ region: { code: string } | null; count: number }>;
    // region 01: itself, the 2 + 60 communes of its provinces (not members themselves), and the communes placed by
    // n % 12 (n = 3…24 of the first batch, n = 61…180 of the second): 2 of the first, 10 of the second
    expect(byRegion[0]).toEqual({ region: { code: '01', nameFr: 'Tanger-Tétouan-Al Hoceïma' }, count: 1 + 62 + 2 + 10 });
    expect(byRegion.slice(1, 12).reduce((sum, entry) => sum + entry.count, 0)).toBe(11 + 20 + 110);
    expect(byRegion[12]).toEqual({ region: null, count: 2 });
    expect(largeList.data!.collectivities.nodes).toHaveLength(20);

    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(largeCommune.sqlStatements).toBe(smallCommune.sqlStatements);
    expect(largeList.sqlStatements).toBe(smallList.sqlStatements);
  });
});
