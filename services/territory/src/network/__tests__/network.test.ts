import { DemoIds, regionId } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const FIGURES = '{ network { id foundedOn memberCount membersByKind { kind count } } }';

describe('network', () => {
  it('counts the demo members by kind: 12 regions and 2 communes', async () => {
    const { data, errors } = await subgraph.execute(FIGURES);
    expect(errors).toBeUndefined();
    expect(data!.network).toEqual({
      id: DemoIds.network,
      foundedOn: '2022-10-21',
      memberCount: 14,
      membersByKind: [
        { kind: 'REGION', count: 12 },
        { kind: 'PREFECTURE', count: 0 },
        { kind: 'PROVINCE', count: 0 },
        { kind: 'COMMUNE', count: 2 },
      ],
    });
  });

  it('computes its figures from the data: a suspended membership stops counting', async () => {
    await subgraph.ownerDataSource.query(
      "UPDATE territory.network_membership SET status = 'SUSPENDED' WHERE collectivity_id = $1",
      [DemoIds.demoCommune],
    );
    try {
      const { data } = await subgraph.execute(FIGURES);
      expect(data!.network.memberCount).toBe(13);
      expect(data!.network.membersByKind[3]).toEqual({ kind: 'COMMUNE', count: 1 });
    } finally {
      await subgraph.ownerDataSource.query(
        "UPDATE territory.network_membership SET status = 'ACTIVE' WHERE collectivity_id = $1",
        [DemoIds.demoCommune],
      );
    }
  });

  it('counts members by region through the hierarchy, with those of unknown region apart', async () => {
    const { data, errors } = await subgraph.execute('{ network { membersByRegion { region { code } count } } }');
    expect(errors).toBeUndefined();
    const byRegion = data!.network.membersByRegion;
    expect(byRegion).toHaveLength(13);
    // each region is a member itself; Tamazgana's province, hence region, is unknown, and the demo commune has none
    expect(byRegion.slice(0, 12).every((entry: { count: number }) => entry.count === 1)).toBe(true);
    expect(byRegion[12]).toEqual({ region: null, count: 2 });
  });

  it('finds a commune’s region through its province', async () => {
    const owner = subgraph.ownerDataSource;
    const [province] = await owner.query(
      `INSERT INTO territory.collectivity (kind, name_ar, name_fr, parent_id, is_fictional) VALUES ('PROVINCE', 'إقليم تجريبي', 'Province test', $1, true) RETURNING id`,
      [regionId(6)],
    );
    const [commune] = await owner.query(
      `INSERT INTO territory.collectivity (kind, name_ar, name_fr, parent_id, is_fictional) VALUES ('COMMUNE', 'جماعة تجريبية', 'Commune test', $1, true) RETURNING id`,
      [province.id],
    );
    await owner.query(`INSERT INTO territory.network_membership (collectivity_id, joined_on) VALUES ($1, '2025'), ($2, '2025')`, [province.id, commune.id]);
    try {
      const { data } = await subgraph.execute('{ network { membersByRegion { region { code } count } } }');
      expect(data!.network.membersByRegion.find((entry: { region: { code: string } | null }) => entry.region?.code === '06').count).toBe(3);
    } finally {
      await owner.query('DELETE FROM territory.network_membership WHERE collectivity_id IN ($1, $2)', [province.id, commune.id]);
      await owner.query('DELETE FROM territory.collectivity WHERE id IN ($1, $2)', [commune.id, province.id]);
    }
  });

  it('resolves the Network entity by reference', async () => {
    const { data } = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network { nameFr memberCount } } }',
      { r: [{ __typename: 'Network', id: DemoIds.network }] },
    );
    expect(data!._entities).toEqual([{ nameFr: 'Réseau marocain des collectivités territoriales ouvertes', memberCount: 14 }]);
  });

  it('seeds idempotently: loading the demo data twice changes no count', async () => {
    await territory.seedDemoData!(subgraph.ownerDataSource.manager);
    const { data } = await subgraph.execute(FIGURES);
    expect(data!.network.memberCount).toBe(14);
  });
});
