import { DemoIds } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

/**
 * The network's programme and commitment figures are kept per caller class and member count, and reused until a write
 * changes what they count (migration FiguresVersions raises the writing collectivity's version in its transaction).
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network {
  evaluation { programCount commitmentCount commitmentsByCompletion { completion count } adoptionShare } } } }`;
const NETWORK_ADMIN = { role: 'NETWORK_ADMIN' as const, userId: DemoIds.accounts.network, collectivityId: null };
const ADMIN_A = { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const ADMIN_B = { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };

async function figures(caller?: typeof NETWORK_ADMIN | typeof ADMIN_A, memberCount = 14) {
  const outcome = await subgraph.execute(FIGURES, { r: [{ __typename: 'Network', id: DemoIds.network, memberCount }] }, caller);
  expect(outcome.errors).toBeUndefined();
  return { figures: outcome.data!._entities[0].evaluation, statements: outcome.sqlStatements };
}

describe('network programme and commitment figures kept between writes', () => {
  it('answers a repeated request from memory with fewer statements, and recomputes the share for another member count', async () => {
    const first = await figures(NETWORK_ADMIN);
    const second = await figures(NETWORK_ADMIN);
    expect(second.figures).toEqual(first.figures);
    expect(second.statements).toBeLessThan(first.statements);
    const halved = await figures(NETWORK_ADMIN, 28);
    expect(halved.figures.adoptionShare).toBeCloseTo(first.figures.adoptionShare / 2, 10);
  });

  it("counts a new unpublished commitment of A at once for A and the network, never for B or anonymous callers", async () => {
    const before = { network: await figures(NETWORK_ADMIN), adminA: await figures(ADMIN_A), adminB: await figures(ADMIN_B), anonymous: await figures() };
    await subgraph.ownerDataSource.query(
      `INSERT INTO evaluation.commitment (collectivity_id, program_id, title_fr, principles, published)
       VALUES ($1, $2, 'Registre des doléances', ARRAY['ACCOUNTABILITY'], false)`,
      [DemoIds.tamazgana, DemoIds.programs.tamazgana],
    );
    for (let round = 0; round < 2; round += 1) {
      const after = { network: await figures(NETWORK_ADMIN), adminA: await figures(ADMIN_A), adminB: await figures(ADMIN_B), anonymous: await figures() };
      expect({
        round,
        network: after.network.figures.commitmentCount - before.network.figures.commitmentCount,
        adminA: after.adminA.figures.commitmentCount - before.adminA.figures.commitmentCount,
        adminB: after.adminB.figures.commitmentCount - before.adminB.figures.commitmentCount,
        anonymous: after.anonymous.figures.commitmentCount - before.anonymous.figures.commitmentCount,
      }).toEqual({ round, network: 1, adminA: 1, adminB: 0, anonymous: 0 });
    }
  });
});
