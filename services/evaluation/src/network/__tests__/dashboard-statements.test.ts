import { DemoIds } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

/**
 * The evaluation fetches of the benchmark's dashboards (`npm run bench`, the gateway's query plans of the console's
 * network and commune dashboards) cost the same SQL statements at two sizes of the data.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const NETWORK_DASHBOARD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network {
  evaluation { programCount commitmentCount programsByStatus { status count } commitmentsByCompletion { completion count } commitmentsByPrinciple { principle count } }
  library { entryCount publishedCount proposedCount byKind { kind count } } } } }`;
const COMMUNE_DASHBOARD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity {
  currentProgram { title status commitments { completion } } } } }`;

const NETWORK_ADMIN = { role: 'NETWORK_ADMIN' as const, userId: DemoIds.accounts.network, collectivityId: null };
const COMMUNE_ADMIN = { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const network = { r: [{ __typename: 'Network', id: DemoIds.network, memberCount: 14 }] };
const commune = { r: [{ __typename: 'Collectivity', id: DemoIds.tamazgana }] };

async function measure() {
  return {
    network: await subgraph.execute(NETWORK_DASHBOARD, network, NETWORK_ADMIN),
    commune: await subgraph.execute(COMMUNE_DASHBOARD, commune, COMMUNE_ADMIN),
  };
}

describe('SQL statements of the dashboards, at two sizes of the data', () => {
  it('are the same for a programme of 3 commitments and of 33, with 40 more programmes in the network', async () => {
    const small = await measure();
    for (const outcome of Object.values(small)) expect(outcome.errors).toBeUndefined();
    const commitments = small.commune.data!._entities[0].currentProgram.commitments.length;
    expect(commitments).toBeGreaterThan(0);

    const owner = subgraph.ownerDataSource;
    await owner.query(
      `INSERT INTO evaluation.commitment (collectivity_id, program_id, title_fr, principles, completion, published)
       SELECT $1, $2, 'Engagement ' || n, ARRAY['TRANSPARENCY'], 'LIMITED', n % 3 <> 0 FROM generate_series(1, 30) AS n`,
      [DemoIds.tamazgana, DemoIds.programs.tamazgana],
    );
    await owner.query(
      `WITH programs AS (
         INSERT INTO evaluation.action_program (collectivity_id, title_fr, status, adopted_on, council_session, published)
         SELECT ('c0000001-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'Programme ' || n, 'IMPLEMENTATION', '2025-02', 'Session de février 2025', n % 5 <> 0
           FROM generate_series(1, 40) AS n
         RETURNING collectivity_id, id)
       INSERT INTO evaluation.commitment (collectivity_id, program_id, title_fr, principles, completion, published)
       SELECT p.collectivity_id, p.id, 'Engagement ' || n, ARRAY['ACCOUNTABILITY', 'DIGITALIZATION'], 'SUBSTANTIAL', true
         FROM programs p, generate_series(1, 12) AS n`,
    );
    const large = await measure();
    for (const outcome of Object.values(large)) expect(outcome.errors).toBeUndefined();
    expect(large.commune.data!._entities[0].currentProgram.commitments).toHaveLength(commitments + 30);
    expect(large.network.data!._entities[0].evaluation.programCount).toBe(small.network.data!._entities[0].evaluation.programCount + 40);
    expect(large.network.data!._entities[0].evaluation.commitmentCount).toBe(small.network.data!._entities[0].evaluation.commitmentCount + 30 + 480);

    expect(large.network.sqlStatements).toBe(small.network.sqlStatements);
    expect(large.commune.sqlStatements).toBe(small.commune.sqlStatements);
  });
});
