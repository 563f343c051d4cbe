import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { regionId } from '@infitah/demo-data';
import { territory } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
  // 120 communes spread over the 12 regions, so that a page of 100 has many distinct parents
  await subgraph.ownerDataSource.query(
    `INSERT INTO territory.collectivity (kind, name_ar, name_fr, parent_id, is_fictional)
     SELECT 'COMMUNE', 'جماعة ' || n, 'Commune ' || n, ($1::uuid[])[1 + n % 12], true
       FROM generate_series(1, 120) AS n`,
    [Array.from({ length: 12 }, (_, index) => regionId(index + 1))],
  );
});
afterAll(() => subgraph.close());

const PAGE = `query ($first: Int) {
  collectivities(filter: { kind: COMMUNE }, first: $first) {
    nodes { id parent { id nameFr parent { id } } membership { status } children { id } }
  }
}`;

describe('collectivity loaders', () => {
  it('costs the same SQL statements for a page of 100 communes with parents as for a page of 10', async () => {
    const small = await subgraph.execute(PAGE, { first: 10 });
    const large = await subgraph.execute(PAGE, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.collectivities.nodes).toHaveLength(10);
    expect(large.data!.collectivities.nodes).toHaveLength(100);
    expect(new Set(large.data!.collectivities.nodes.map((node: { parent: { id: string } }) => node.parent.id)).size).toBe(12);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // begin, caller settings, page, count, parents, memberships, children, commit
    expect(large.sqlStatements).toBeLessThanOrEqual(8);
  });

  it('batches _entities references into one query', async () => {
    const representations = Array.from({ length: 12 }, (_, index) => ({ __typename: 'Collectivity', id: regionId(index + 1) }));
    const one = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { id } } }',
      { r: representations.slice(0, 1) },
    );
    const twelve = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { id } } }',
      { r: representations },
    );
    expect(twelve.data!._entities).toHaveLength(12);
    expect(twelve.sqlStatements).toBe(one.sqlStatements);
  });
});
