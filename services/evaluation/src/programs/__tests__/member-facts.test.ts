import { DemoIds } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

/** Evaluation's part of each member's path: the directory's facts follow programmes, reports and reviews in every write. */
let subgraph: TestSubgraph;

beforeEach(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterEach(() => subgraph.close());

const owner = () => subgraph.ownerDataSource;
const factsOf = async (collectivityId: string) =>
  (await owner().query(
    "SELECT kind, to_char(happened_on, 'YYYY-MM-DD') AS on, published FROM directory.member_fact WHERE collectivity_id = $1 ORDER BY happened_on, kind",
    [collectivityId],
  )) as Array<{ kind: string; on: string; published: boolean }>;

describe('member facts kept by evaluation', () => {
  it("records no adoption for Tamazgana, whose programme is in preparation, and the fictional commune's adopted programme", async () => {
    expect(await factsOf(DemoIds.tamazgana)).toEqual([]);
    expect(await factsOf(DemoIds.demoCommune)).toEqual([{ kind: 'PROGRAMME_ADOPTED', on: '2025-10-01', published: true }]);
  });

  it('follows a programme into implementation, its progress reports, and the reviews once published', async () => {
    const program = DemoIds.programs.demoCommuneAdopted;
    await owner().query("UPDATE evaluation.action_program SET status = 'IMPLEMENTATION' WHERE id = $1", [program]);
    expect((await factsOf(DemoIds.demoCommune)).map((fact) => [fact.kind, fact.on])).toEqual([
      ['PROGRAMME_ADOPTED', '2025-10-01'],
      ['PROGRAMME_IMPLEMENTING', '2026-01-01'],
    ]);
    await owner().query(
      "INSERT INTO evaluation.progress_report (collectivity_id, program_id, period_start, period_end, published) VALUES ($1, $2, '2026-01-01', '2026-06-30', false)",
      [DemoIds.demoCommune, program],
    );
    expect(await factsOf(DemoIds.demoCommune)).toContainEqual({ kind: 'PROGRESS_REPORT', on: '2026-06-30', published: false });
    const [review] = await owner().query(
      "INSERT INTO evaluation.review (collectivity_id, commitment_id, verified_completion, published, created_at) VALUES ($1, $2, 'LIMITED', false, '2026-07-15T10:00:00Z') RETURNING id",
      [DemoIds.demoCommune, DemoIds.commitments.demoCommuneRegisterOnline],
    );
    expect((await factsOf(DemoIds.demoCommune)).some((fact) => fact.kind === 'REVIEW_PUBLISHED')).toBe(false);
    await owner().query('UPDATE evaluation.review SET published = true WHERE id = $1', [review.id]);
    expect(await factsOf(DemoIds.demoCommune)).toContainEqual({ kind: 'REVIEW_PUBLISHED', on: '2026-07-15', published: true });
    // deleting the commitment cascades to its review, and the fact goes with it
    await owner().query('DELETE FROM evaluation.commitment WHERE id = $1', [DemoIds.commitments.demoCommuneRegisterOnline]);
    expect((await factsOf(DemoIds.demoCommune)).some((fact) => fact.kind === 'REVIEW_PUBLISHED')).toBe(false);
  });

  it('follows a programme moved through its statuses by the mutation, and stepped back', async () => {
    const admin = { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
    const status = 'mutation ($id: ID!, $input: ProgramStatusInput!) { setProgramStatus(id: $id, input: $input) { status } }';
    const id = DemoIds.programs.tamazgana;
    expect((await subgraph.execute(status, { id, input: { status: 'CONSULTATION' } }, admin)).errors).toBeUndefined();
    const adopted = await subgraph.execute(status, { id, input: { status: 'ADOPTED', councilSession: "Session d'octobre 2025", adoptedOn: '2025-10', consultationWaiver: 'Essai' } }, admin);
    expect(adopted.errors).toBeUndefined();
    expect(await factsOf(DemoIds.tamazgana)).toEqual([{ kind: 'PROGRAMME_ADOPTED', on: '2025-10-01', published: true }]);
    await subgraph.execute(status, { id, input: { status: 'CONSULTATION', reason: 'Vote reporté' } }, admin);
    expect(await factsOf(DemoIds.tamazgana)).toEqual([]);
  });

  it('empties its facts when the programmes are truncated', async () => {
    await owner().query('TRUNCATE evaluation.action_program CASCADE');
    const [row] = await owner().query("SELECT count(*)::int AS n FROM directory.member_fact WHERE kind LIKE 'PROGRAMME%' OR kind IN ('PROGRESS_REPORT', 'REVIEW_PUBLISHED')");
    expect(row.n).toBe(0);
  });
});
