import { DemoIds } from '@infitah/demo-data';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

/** saveCommitment: a commitment's fields and milestones in one write, on real PostgreSQL. */
let subgraph: TestSubgraph;
/** A Tamazgana programme still in co-creation, for 2040–2041: its commitments are open to every change. */
let programId: string;

const { editorA, adminA, adminB, network } = demoCallers;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
  // the demo programme has no period, which would overlap any other open programme of Tamazgana
  await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET period_start = '2025-01-01', period_end = '2027-12-31' WHERE id = $1", [
    DemoIds.programs.tamazgana,
  ]);
  const { data, errors } = await subgraph.execute(
    'mutation ($input: ActionProgramInput!) { createActionProgram(input: $input) { id } }',
    { input: { titleFr: 'Programme 2040', periodStart: '2040-01-01', periodEnd: '2041-12-31' } },
    adminA,
  );
  expect(errors).toBeUndefined();
  programId = data!.createActionProgram.id;
});
afterAll(() => subgraph.close());

const SAVE = `mutation ($id: ID!, $input: SaveCommitmentInput!) {
  saveCommitment(id: $id, input: $input) { id titleFr startsOn endsOn progress milestones { title dueOn doneOn weight } }
}`;

const UPDATE = 'mutation ($id: ID!, $input: CommitmentInput!) { updateCommitment(id: $id, input: $input) { id } }';

const PLAN = { title: 'Plan adopté', dueOn: '2040-04-30', doneOn: '2040-04-15', weight: 1 };
const REGISTER = { title: 'Registre ouvert', dueOn: '2040-09-30', doneOn: null, weight: 3 };

async function commitment(): Promise<string> {
  const { data, errors } = await subgraph.execute(
    'mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }',
    { p: programId, input: { titleFr: 'Ouvrir les registres', principles: ['TRANSPARENCY'], startsOn: '2040-03-01', endsOn: '2040-12-31' } },
    editorA,
  );
  expect(errors).toBeUndefined();
  const id = data!.createCommitment.id as string;
  const saved = await subgraph.execute(SAVE, { id, input: { milestones: [PLAN] } }, editorA);
  expect(saved.errors).toBeUndefined();
  return id;
}

/** Everything stored about one commitment, read as the owner (no row-level security in the way). */
async function stored(id: string) {
  const query = (sql: string) => subgraph.ownerDataSource.query(sql, [id]);
  const [row] = await query('SELECT title_fr, problem, starts_on::text, ends_on::text, principles, completion FROM evaluation.commitment WHERE id = $1');
  return {
    commitment: row,
    milestones: await query('SELECT title, due_on::text, done_on::text, weight FROM evaluation.milestone WHERE commitment_id = $1 ORDER BY position'),
    audit: (await query('SELECT count(*)::int AS n FROM audit.entry WHERE entity_id = $1'))[0].n,
  };
}

describe('saveCommitment', () => {
  it("saves a commitment's fields and milestones together for an editor of its collectivity", async () => {
    const id = await commitment();
    const { data, errors } = await subgraph.execute(
      SAVE,
      { id, input: { titleFr: 'Ouvrir les registres au public', endsOn: '2041-06-30', milestones: [PLAN, { ...REGISTER, dueOn: '2041-05-31' }] } },
      editorA,
    );
    expect(errors).toBeUndefined();
    expect(data!.saveCommitment).toMatchObject({
      titleFr: 'Ouvrir les registres au public',
      endsOn: '2041-06-30',
      progress: 25,
      milestones: [PLAN, { ...REGISTER, dueOn: '2041-05-31' }],
    });
    const after = await stored(id);
    expect(after.commitment).toMatchObject({ title_fr: 'Ouvrir les registres au public', ends_on: '2041-06-30' });
    expect(after.milestones.map((row: { title: string }) => row.title)).toEqual(['Plan adopté', 'Registre ouvert']);
  });

  it('leaves the milestones as they are when the input does not name them', async () => {
    const id = await commitment();
    const { errors } = await subgraph.execute(SAVE, { id, input: { problem: 'Les registres sont fermés.' } }, editorA);
    expect(errors).toBeUndefined();
    const after = await stored(id);
    expect(after.commitment.problem).toBe('Les registres sont fermés.');
    expect(after.milestones).toEqual([{ title: 'Plan adopté', due_on: '2040-04-30', done_on: '2040-04-15', weight: 1 }]);
  });

  it('removes every milestone when given an empty list', async () => {
    const id = await commitment();
    const { data, errors } = await subgraph.execute(SAVE, { id, input: { milestones: [] } }, editorA);
    expect(errors).toBeUndefined();
    expect(data!.saveCommitment.milestones).toEqual([]);
    expect((await stored(id)).milestones).toEqual([]);
  });

  it.each([
    ['a milestone due after the commitment ends, judged against the new end, after the fields were written', { endsOn: '2040-08-31', milestones: [PLAN, REGISTER] }, 'milestones.1.dueOn'],
    ['a milestone due before the commitment starts', { milestones: [{ ...PLAN, dueOn: '2040-01-15' }] }, 'milestones.0.dueOn'],
    ['a blank milestone title', { milestones: [PLAN, { ...REGISTER, title: '   ' }] }, 'milestones.1.title'],
    ['a milestone weight out of range', { milestones: [{ ...PLAN, weight: 0 }] }, 'milestones.0.weight'],
    ['a malformed milestone date', { milestones: [{ ...PLAN, doneOn: '2040-02-30' }] }, 'milestones.0.doneOn'],
    ['more than 100 milestones', { milestones: Array.from({ length: 101 }, () => PLAN) }, 'milestones'],
    ['a commitment ending before it starts', { startsOn: '2040-06-01', endsOn: '2040-05-01' }, 'endsOn'],
    ['a commitment ending after its programme', { endsOn: '2042-01-31' }, 'endsOn'],
    ['no principle left', { principles: [] }, 'principles'],
    ['no title left', { titleFr: null, titleAr: null }, 'titleFr'],
  ])('refuses %s with BAD_USER_INPUT naming its path, and leaves the commitment and its milestones as they were', async (_what, change, field) => {
    const id = await commitment();
    const before = await stored(id);
    const { data, errors } = await subgraph.execute(
      SAVE,
      { id, input: { titleFr: 'Titre changé', problem: 'Changé', completion: 'SUBSTANTIAL', milestones: [{ ...PLAN, title: 'Jalon changé' }], ...change } },
      editorA,
    );
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(id)).toEqual(before);
  });

  it.each([
    ['saveCommitment', 'endsOn', SAVE, { endsOn: '2040-04-15' }],
    ['saveCommitment', 'startsOn', SAVE, { startsOn: '2040-05-01' }],
    ['updateCommitment', 'endsOn', UPDATE, { endsOn: '2040-04-15' }],
    ['updateCommitment', 'startsOn', UPDATE, { startsOn: '2040-05-01', endsOn: '2040-12-31' }],
  ])('%s refuses a period that leaves out a stored milestone, naming %s with the milestone in the reason; nothing written', async (_mutation, field, mutation, input) => {
    const id = await commitment();
    const before = await stored(id);
    const { data, errors } = await subgraph.execute(mutation, { id, input: { titleFr: 'Titre changé', ...input } }, editorA);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toMatch(/milestone 1 is due \("Plan adopté", on 2040-04-30\)/);
    expect(await stored(id)).toEqual(before);
  });

  it.each([
    ['saveCommitment', SAVE],
    ['updateCommitment', UPDATE],
  ])('%s accepts a period that still holds the stored milestones, and keeps them', async (_mutation, mutation) => {
    const id = await commitment();
    const before = await stored(id);
    const { errors } = await subgraph.execute(mutation, { id, input: { startsOn: '2040-04-01', endsOn: '2040-06-30' } }, editorA);
    expect(errors).toBeUndefined();
    const after = await stored(id);
    expect(after.commitment).toMatchObject({ starts_on: '2040-04-01', ends_on: '2040-06-30' });
    expect(after.milestones).toEqual(before.milestones);
  });

  it('refuses an anonymous caller, and writes nothing', async () => {
    const id = await commitment();
    const before = await stored(id);
    const { errors } = await subgraph.execute(SAVE, { id, input: { titleFr: 'Anonyme', milestones: [REGISTER] } });
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await stored(id)).toEqual(before);
  });

  it("refuses another collectivity's admin: NOT_FOUND while unpublished, FORBIDDEN once published; nothing written", async () => {
    const id = await commitment();
    const before = await stored(id);
    const unseen = await subgraph.execute(SAVE, { id, input: { titleFr: 'Intrus', milestones: [REGISTER] } }, adminB);
    expect(unseen.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await stored(id)).toEqual(before);
    const publish = await subgraph.execute('mutation ($id: ID!) { setCommitmentPublished(id: $id, published: true) { id } }', { id }, adminA);
    expect(publish.errors).toBeUndefined();
    const published = await stored(id);
    expect(published.audit).toBe(before.audit + 1);
    const seen = await subgraph.execute(SAVE, { id, input: { titleFr: 'Intrus', milestones: [REGISTER] } }, adminB);
    expect(seen.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await stored(id)).toEqual(published);
  });

  it("refuses the network, which reads a collectivity's commitments but does not write them; nothing written", async () => {
    const id = await commitment();
    const before = await stored(id);
    const { errors } = await subgraph.execute(SAVE, { id, input: { titleFr: 'Par le réseau', milestones: [REGISTER] } }, network);
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a malformed id with BAD_USER_INPUT naming id', async () => {
    const { errors } = await subgraph.execute(SAVE, { id: 'not-a-uuid', input: { titleFr: 'x' } }, editorA);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('audits the commitment and its milestones in the same write', async () => {
    const id = await commitment();
    const before = await stored(id);
    await subgraph.execute(SAVE, { id, input: { titleFr: 'Audité', milestones: [PLAN, REGISTER] } }, editorA);
    expect((await stored(id)).audit).toBe(before.audit + 2);
    const entries = await subgraph.ownerDataSource.query(
      'SELECT entity, actor_id, collectivity_id, after FROM audit.entry WHERE entity_id = $1 ORDER BY occurred_at DESC, entity LIMIT 2',
      [id],
    );
    expect(entries.map((row: { entity: string }) => row.entity).sort()).toEqual(['Commitment', 'Milestones']);
    for (const entry of entries) expect(entry).toMatchObject({ actor_id: DemoIds.accounts.tamazganaEditor, collectivity_id: DemoIds.tamazgana });
    const milestones = entries.find((row: { entity: string }) => row.entity === 'Milestones');
    expect(milestones.after.map((row: { title: string }) => row.title)).toEqual(['Plan adopté', 'Registre ouvert']);
  });

  it('refuses through replaceMilestones too a milestone due outside the commitment, naming its path', async () => {
    const id = await commitment();
    const before = await stored(id);
    const { errors } = await subgraph.execute(
      'mutation ($id: ID!, $m: [MilestoneInput!]!) { replaceMilestones(commitmentId: $id, milestones: $m) { id } }',
      { id, m: [PLAN, { ...REGISTER, dueOn: '2041-01-15' }] },
      editorA,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestones.1.dueOn' });
    expect(await stored(id)).toEqual(before);
  });
});
