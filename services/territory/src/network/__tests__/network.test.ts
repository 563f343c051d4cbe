import { DemoIds } from '@infitah/demo-data';
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
