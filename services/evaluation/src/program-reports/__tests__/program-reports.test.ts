import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };

const CREATE = `mutation ($p: ID!, $kind: ProgramReportKind!, $input: ProgramReportInput!) {
  createProgramReport(programId: $p, kind: $kind, input: $input) { id kind summaryFr published commitmentAssessments { commitmentId verifiable potentialForResults completion } } }`;
const UPDATE = 'mutation ($id: ID!, $input: ProgramReportInput!) { updateProgramReport(id: $id, input: $input) { id summaryFr recommendationsAr publicInfluence } }';
const SET = 'mutation ($id: ID!, $published: Boolean!) { setProgramReportPublished(id: $id, published: $published) { id published } }';
const READ = `query ($id: ID!) { programReport(id: $id) { id kind summaryFr publicInfluence program { id }
  commitmentAssessments { commitmentId verifiable openGovernmentLens potentialForResults promising commitment { id } } } }`;

/** A published programme of Tamazgana in the given status and period, with one published commitment. */
async function programOfA(status: string, periodEnd = '2027-12-31'): Promise<{ programId: string; commitmentId: string }> {
  const programId = randomUUID();
  const commitmentId = randomUUID();
  await subgraph.ownerDataSource.query(
    `INSERT INTO evaluation.action_program (collectivity_id, id, title_fr, status, council_session, adopted_on, period_start, period_end, published)
     VALUES ($1, $2, 'Programme de test', $3, CASE WHEN $3 IN ('CO_CREATION', 'CONSULTATION') THEN NULL ELSE 'Session d''octobre' END,
             CASE WHEN $3 IN ('CO_CREATION', 'CONSULTATION') THEN NULL ELSE '2025-10' END, '2025-11-01', $4, true)`,
    [DemoIds.tamazgana, programId, status, periodEnd],
  );
  await subgraph.ownerDataSource.query(
    `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles, published) VALUES ($1, $2, $3, 'Engagement', '{TRANSPARENCY}', true)`,
    [DemoIds.tamazgana, commitmentId, programId],
  );
  return { programId, commitmentId };
}

async function draftDesignReport(): Promise<{ id: string; programId: string; commitmentId: string }> {
  const program = await programOfA('ADOPTED');
  const { data, errors } = await subgraph.execute(CREATE, { p: program.programId, kind: 'DESIGN', input: { summaryFr: 'Brouillon' } }, network);
  expect(errors).toBeUndefined();
  return { id: data!.createProgramReport.id, ...program };
}

const reportRows = async (programId: string) =>
  subgraph.ownerDataSource.query('SELECT kind, summary_fr, published FROM evaluation.program_report WHERE program_id = $1', [programId]);

describe("the network's programme reports", () => {
  it('writes a design report after adoption, edits it as a draft, publishes it, and the public then reads it', async () => {
    const { programId, commitmentId } = await programOfA('ADOPTED');
    const created = await subgraph.execute(
      CREATE,
      {
        p: programId,
        kind: 'DESIGN',
        input: { summaryFr: 'Un programme prometteur', commitmentAssessments: [{ commitmentId, verifiable: true, potentialForResults: 'MODEST' }] },
      },
      network,
    );
    expect(created.data!.createProgramReport).toMatchObject({
      kind: 'DESIGN',
      published: false,
      commitmentAssessments: [{ commitmentId, verifiable: true, potentialForResults: 'MODEST', completion: null }],
    });
    const id = created.data!.createProgramReport.id;
    expect((await subgraph.execute(READ, { id }, anonymous)).data!.programReport).toBeNull();
    const edited = await subgraph.execute(UPDATE, { id, input: { recommendationsAr: 'توصيات', publicInfluence: 'INVOLVE' } }, network);
    expect(edited.data!.updateProgramReport).toEqual({ id, summaryFr: 'Un programme prometteur', recommendationsAr: 'توصيات', publicInfluence: 'INVOLVE' });
    expect((await subgraph.execute(SET, { id, published: true }, network)).data!.setProgramReportPublished).toEqual({ id, published: true });
    const read = await subgraph.execute(READ, { id }, anonymous);
    expect(read.data!.programReport).toEqual({
      id,
      kind: 'DESIGN',
      summaryFr: 'Un programme prometteur',
      publicInfluence: 'INVOLVE',
      program: { id: programId },
      commitmentAssessments: [{ commitmentId, verifiable: true, openGovernmentLens: null, potentialForResults: 'MODEST', promising: null, commitment: { id: commitmentId } }],
    });
    const listed = await subgraph.execute('query ($p: ID!) { actionProgram(id: $p) { programReports { id kind } } }', { p: programId }, anonymous);
    expect(listed.data!.actionProgram.programReports).toEqual([{ id, kind: 'DESIGN' }]);
  });

  it('refuses to edit a published report until it is unpublished, changing nothing', async () => {
    const { id, programId } = await draftDesignReport();
    await subgraph.execute(SET, { id, published: true }, network);
    const refused = await subgraph.execute(UPDATE, { id, input: { summaryFr: 'Changé' } }, network);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await reportRows(programId)).toEqual([{ kind: 'DESIGN', summary_fr: 'Brouillon', published: true }]);
    await subgraph.execute(SET, { id, published: false }, network);
    expect((await subgraph.execute(UPDATE, { id, input: { summaryFr: 'Changé' } }, network)).data!.updateProgramReport.summaryFr).toBe('Changé');
  });

  it('refuses a design report before adoption and a results report before the end of the period, naming kind', async () => {
    const consultation = await programOfA('CONSULTATION');
    const early = await subgraph.execute(CREATE, { p: consultation.programId, kind: 'DESIGN', input: {} }, network);
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const running = await programOfA('IMPLEMENTATION', '2099-12-31');
    const unfinished = await subgraph.execute(CREATE, { p: running.programId, kind: 'RESULTS', input: {} }, network);
    expect(unfinished.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect([...(await reportRows(consultation.programId)), ...(await reportRows(running.programId))]).toEqual([]);
    const over = await programOfA('IMPLEMENTATION', '2026-01-31');
    const results = await subgraph.execute(
      CREATE,
      { p: over.programId, kind: 'RESULTS', input: { commitmentAssessments: [{ commitmentId: over.commitmentId, completion: 'SUBSTANTIAL' }] } },
      network,
    );
    expect(results.data!.createProgramReport.commitmentAssessments).toEqual([{ commitmentId: over.commitmentId, verifiable: null, potentialForResults: null, completion: 'SUBSTANTIAL' }]);
  });

  it('accepts a results report once the programme is closed, even before the end of its period', async () => {
    const closed = await programOfA('CLOSED', '2099-12-31');
    const results = await subgraph.execute(CREATE, { p: closed.programId, kind: 'RESULTS', input: { summaryFr: 'Bilan' } }, network);
    expect(results.errors).toBeUndefined();
    expect(results.data!.createProgramReport).toMatchObject({ kind: 'RESULTS', summaryFr: 'Bilan', published: false });
  });

  it('keeps one report of each kind per programme', async () => {
    const { programId } = await draftDesignReport();
    const second = await subgraph.execute(CREATE, { p: programId, kind: 'DESIGN', input: {} }, network);
    expect(second.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(await reportRows(programId)).toHaveLength(1);
  });

  it("refuses an assessment of another programme's commitment, or with the other kind's criteria, naming the field", async () => {
    const { id } = await draftDesignReport();
    const other = await programOfA('ADOPTED');
    const foreign = await subgraph.execute(UPDATE, { id, input: { commitmentAssessments: [{ commitmentId: other.commitmentId, verifiable: true }] } }, network);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitmentAssessments.0.commitmentId' });
    const { commitmentId } = (await subgraph.ownerDataSource.query('SELECT c.id AS "commitmentId" FROM evaluation.program_report r JOIN evaluation.commitment c ON c.program_id = r.program_id WHERE r.id = $1', [id]))[0];
    const mixed = await subgraph.execute(UPDATE, { id, input: { commitmentAssessments: [{ commitmentId, completion: 'COMPLETE' }] } }, network);
    expect(mixed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitmentAssessments.0.completion' });
    const [row] = await subgraph.ownerDataSource.query('SELECT commitment_assessments FROM evaluation.program_report WHERE id = $1', [id]);
    expect(row.commitment_assessments).toEqual([]);
  });

  it('shows a draft report to the network and the programme’s commune only', async () => {
    const { id } = await draftDesignReport();
    const seen = async (caller: Caller) => Boolean((await subgraph.execute(READ, { id }, caller)).data!.programReport);
    expect([await seen(anonymous), await seen(editorA), await seen(adminA), await seen(adminB), await seen(network)]).toEqual([false, true, true, false, true]);
  });

  describe.each([
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
    ["the programme's commune editor", editorA, 'FORBIDDEN'],
    ["the programme's commune admin", adminA, 'FORBIDDEN'],
    ['another commune', adminB, 'FORBIDDEN'],
  ] as const)('by %s', (_who, caller, code) => {
    it('refuses createProgramReport, storing nothing', async () => {
      const { programId } = await programOfA('ADOPTED');
      const refused = await subgraph.execute(CREATE, { p: programId, kind: 'DESIGN', input: { summaryFr: 'x' } }, caller);
      expect(refused.errors![0].extensions!.code).toBe(code);
      expect(await reportRows(programId)).toEqual([]);
    });

    it('refuses updateProgramReport and setProgramReportPublished, changing nothing', async () => {
      const { id, programId } = await draftDesignReport();
      expect((await subgraph.execute(UPDATE, { id, input: { summaryFr: 'Changé' } }, caller)).errors![0].extensions!.code).toBe(code);
      expect((await subgraph.execute(SET, { id, published: true }, caller)).errors![0].extensions!.code).toBe(code);
      expect(await reportRows(programId)).toEqual([{ kind: 'DESIGN', summary_fr: 'Brouillon', published: false }]);
    });
  });
});
