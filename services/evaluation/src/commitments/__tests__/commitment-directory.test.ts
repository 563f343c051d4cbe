import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

/** The directory of commitments follows evaluation.commitment whatever empties it, a TRUNCATE included. */
let subgraph: TestSubgraph;

beforeEach(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterEach(() => subgraph.close());

const entries = async () => (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM directory.commitment'))[0].n as number;

describe('the directory of commitments after a TRUNCATE', () => {
  it.each([
    ['evaluation.commitment', 'TRUNCATE evaluation.commitment CASCADE'],
    ["the programmes' table, cascading to the commitments", 'TRUNCATE evaluation.action_program CASCADE'],
  ])('holds no entry once %s is truncated by the owner', async (_what, truncate) => {
    const [commitments] = await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM evaluation.commitment');
    expect(commitments.n).toBeGreaterThan(0);
    expect(await entries()).toBe(commitments.n);
    await subgraph.ownerDataSource.query(truncate);
    expect(await entries()).toBe(0);
  });

  it('is kept again by the next commitments written after a truncate', async () => {
    const [program] = await subgraph.ownerDataSource.query('SELECT collectivity_id, id FROM evaluation.action_program LIMIT 1');
    await subgraph.ownerDataSource.query('TRUNCATE evaluation.commitment CASCADE');
    await subgraph.ownerDataSource.query(
      `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles) VALUES ($1, gen_random_uuid(), $2, 'Nouveau', '{TRANSPARENCY}')`,
      [program.collectivity_id, program.id],
    );
    expect(await entries()).toBe(1);
  });
});
