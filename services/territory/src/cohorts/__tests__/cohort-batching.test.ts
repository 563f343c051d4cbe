import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

/** `waves` more waves of `size` member communes each, every member with two onboarding steps. */
async function grow(waves: number, size: number): Promise<void> {
  await subgraph.ownerDataSource.query(
    `WITH waves AS (
       INSERT INTO territory.cohort (label_ar, label_fr, period)
       SELECT 'فوج ' || w, 'Vague ' || w, (2030 + w)::text FROM generate_series(1, $1::int) AS w RETURNING id)
     , communes AS (
       INSERT INTO territory.collectivity (kind, name_ar, name_fr, is_fictional)
       SELECT 'COMMUNE', 'جماعة ' || n, 'Commune ' || n, true FROM generate_series(1, $1::int * $2::int) AS n RETURNING id)
     , placed AS (
       INSERT INTO territory.network_membership (collectivity_id, joined_on, cohort_id)
       SELECT c.id, '2025', (SELECT array_agg(id ORDER BY id) FROM waves)[1 + (row_number() OVER (ORDER BY c.id) - 1) % $1::int]
         FROM communes c RETURNING collectivity_id)
     INSERT INTO territory.onboarding_step (collectivity_id, step, completed_on)
     SELECT collectivity_id, s, '2025' FROM placed CROSS JOIN unnest(ARRAY['INFORMATION_MEETING', 'TRAINING']) AS s`,
    [waves, size],
  );
}

const WAVES = `{ cohorts(first: 100) { totalCount nodes { id label memberCount progress { step count } memberIds
  members(first: 50) { totalCount nodes { nameFr membership { joinedOn cohort { id } onboarding { step completedOn } nextStep } } } } } }`;

describe('cohort loaders', () => {
  it('cost the same SQL statements for 33 waves of 40 members as for the 3 demo waves', async () => {
    const small = await subgraph.execute(WAVES);
    expect(small.errors).toBeUndefined();
    await grow(30, 40);
    const large = await subgraph.execute(WAVES);
    expect(large.errors).toBeUndefined();
    expect(large.data!.cohorts.totalCount).toBe(33);
    const grown = large.data!.cohorts.nodes.find((node: { memberCount: number }) => node.memberCount === 40);
    expect(grown.members.nodes).toHaveLength(40);
    expect(grown.memberIds).toHaveLength(40);
    expect(grown.progress.slice(0, 2)).toEqual([
      { step: 'INFORMATION_MEETING', count: 40 },
      { step: 'TRAINING', count: 40 },
    ]);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // transaction control and settings, the page and its count, then one statement per loader
    expect(large.sqlStatements).toBeLessThanOrEqual(10);
  });

  it('batches _entities references to waves into one query', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cohort { id memberCount } } }';
    const { data } = await subgraph.execute('{ cohorts(first: 100) { nodes { id } } }');
    const ids: string[] = data!.cohorts.nodes.map((node: { id: string }) => node.id);
    const one = await subgraph.execute(query, { r: ids.slice(0, 1).map((id) => ({ __typename: 'Cohort', id })) });
    const all = await subgraph.execute(query, { r: ids.map((id) => ({ __typename: 'Cohort', id })) });
    expect(all.data!._entities).toHaveLength(ids.length);
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });
});
