import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';
import { networkFigures } from '../figures';

/**
 * The network's figures are kept per caller class and reused until a write changes what they count: the version of
 * the writing collectivity is raised in the write's own transaction (migration FiguresVersions).
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const FIGURES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network {
  participation { eventCount proposalCount proposalsByPrinciple { principle count } attendance { category gender count } }
  capacityBuilding { trainingCount peopleTrainedTotal } } } }`;
const network = { r: [{ __typename: 'Network', id: DemoIds.network }] };

const CALLERS = {
  anonymous: undefined,
  network: { role: 'NETWORK_ADMIN' as const, userId: DemoIds.accounts.network, collectivityId: null },
  adminA: { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana },
  adminB: { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune },
};
type CallerName = keyof typeof CALLERS;

async function figures(caller: CallerName) {
  const outcome = await subgraph.execute(FIGURES, network, CALLERS[caller]);
  expect(outcome.errors).toBeUndefined();
  return { figures: outcome.data!._entities[0], statements: outcome.sqlStatements };
}

const proposalCount = async (caller: CallerName) => (await figures(caller)).figures.participation.proposalCount as number;

/** A proposal of Tamazgana written as the schema owner (the trigger fires for every writer). */
async function addProposalOfA(published: boolean): Promise<void> {
  await subgraph.ownerDataSource.query(
    `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, published)
     VALUES ($1, $2, 'Ouvrir les séances', 'Proposition', 'TRANSPARENCY', 'ONLINE', $3)`,
    [DemoIds.tamazgana, randomUUID(), published],
  );
}

describe('network figures kept between writes', () => {
  it('answers a repeated request from memory, with fewer statements and the same figures', async () => {
    const first = await figures('network');
    const second = await figures('network');
    expect(second.figures).toEqual(first.figures);
    // the stamp only, inside the request's transaction, instead of the aggregates
    expect(second.statements).toBeLessThan(first.statements);
  });

  it('counts a write committed by any collectivity in the very next answer, for every caller', async () => {
    const before = { network: await proposalCount('network'), anonymous: await proposalCount('anonymous'), adminB: await proposalCount('adminB') };
    await addProposalOfA(true);
    expect({ network: await proposalCount('network'), anonymous: await proposalCount('anonymous'), adminB: await proposalCount('adminB') }).toEqual({
      network: before.network + 1,
      anonymous: before.anonymous + 1,
      adminB: before.adminB + 1,
    });
  });

  it('keeps each caller class to what it may see: an unpublished proposal of A counts for A and the network only', async () => {
    const callers: CallerName[] = ['anonymous', 'network', 'adminA', 'adminB'];
    const before = Object.fromEntries(await Promise.all(callers.map(async (caller) => [caller, await proposalCount(caller)] as const)));
    await addProposalOfA(false);
    // twice each: the first computes, the second is served from memory; neither may borrow another caller's entry
    for (let round = 0; round < 2; round += 1) {
      for (const caller of callers) {
        const expected = before[caller] + (caller === 'network' || caller === 'adminA' ? 1 : 0);
        expect({ caller, round, count: await proposalCount(caller) }).toEqual({ caller, round, count: expected });
      }
    }
  });

  it('serves the kept figures after a write that was rolled back, which changed nothing', async () => {
    const kept = await figures('anonymous');
    const runner = subgraph.ownerDataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, published)
       VALUES ($1, $2, 'Annulée', 'Proposition', 'TRANSPARENCY', 'ONLINE', true)`,
      [DemoIds.tamazgana, randomUUID()],
    );
    await runner.rollbackTransaction();
    await runner.release();
    const after = await figures('anonymous');
    expect(after.figures).toEqual(kept.figures);
  });

  it('follows deletions and publication changes too', async () => {
    const id = randomUUID();
    await subgraph.ownerDataSource.query(
      `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, published)
       VALUES ($1, $2, 'À publier', 'Proposition', 'ACCOUNTABILITY', 'ONLINE', false)`,
      [DemoIds.tamazgana, id],
    );
    const hidden = await proposalCount('anonymous');
    await subgraph.ownerDataSource.query('UPDATE participation.proposal SET published = true WHERE id = $1', [id]);
    expect(await proposalCount('anonymous')).toBe(hidden + 1);
    await subgraph.ownerDataSource.query('DELETE FROM participation.proposal WHERE id = $1', [id]);
    expect(await proposalCount('anonymous')).toBe(hidden);
  });

  it('keeps the versions out of the runtime role’s reach: only the stamp function reads them', async () => {
    await expect(subgraph.dataSource.query('SELECT * FROM participation.figures_version')).rejects.toThrow(/permission denied/);
    await expect(subgraph.dataSource.query('UPDATE participation.figures_version SET version = 0')).rejects.toThrow(/permission denied/);
    const [{ stamp }] = await subgraph.dataSource.query('SELECT participation.figures_stamp()::text AS stamp');
    expect(Number(stamp)).toBeGreaterThan(0);
    expect(networkFigures.size).toBeGreaterThan(0);
  });
});

describe('network figures read inside a transaction that wrote', () => {
  it('are neither served from memory nor kept, so a rolled-back write never reaches later callers', async () => {
    const anonymous = { role: 'ANONYMOUS' as const, userId: null, collectivityId: null };
    const countIn = (runner: { query(sql: string): Promise<Array<{ count: number }>> }) => async () =>
      (await runner.query('SELECT count(*)::int AS count FROM participation.proposal WHERE published'))[0].count;
    const scopeOf = (runner: ReturnType<TestSubgraph['dataSource']['createQueryRunner']>) =>
      ({ caller: anonymous, manager: async () => runner.manager }) as unknown as Parameters<typeof networkFigures.get>[0];

    // a transaction writes a published proposal, then reads the figures: it counts its own row
    const writer = subgraph.ownerDataSource.createQueryRunner();
    await writer.startTransaction();
    await writer.query(
      `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, published)
       VALUES ($1, $2, 'Jamais validée', 'Proposition', 'TRANSPARENCY', 'ONLINE', true)`,
      [DemoIds.tamazgana, randomUUID()],
    );
    const dirty = await networkFigures.get(scopeOf(writer), 'dirty-read', countIn(writer));
    await writer.rollbackTransaction();
    await writer.release();

    // another collectivity's committed write raises the stamp to the value the rolled-back one had shown
    await subgraph.ownerDataSource.query(
      `INSERT INTO participation.proposal (collectivity_id, id, title, body, principle, source, published)
       VALUES ($1, $2, 'Validée', 'Proposition', 'TRANSPARENCY', 'ONLINE', false)`,
      [DemoIds.demoCommune, randomUUID()],
    );
    const reader = subgraph.dataSource.createQueryRunner();
    await reader.startTransaction();
    const clean = await networkFigures.get(scopeOf(reader), 'dirty-read', countIn(reader));
    await reader.commitTransaction();
    await reader.release();
    expect(clean).toBe(dirty - 1);
  });
});
