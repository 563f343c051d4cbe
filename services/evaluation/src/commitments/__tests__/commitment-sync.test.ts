import { ANONYMOUS, type Caller } from '@infitah/server-kit';
import { databaseNow as databaseNowIn, demoCallers, settleSync, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { DemoIds } from '@infitah/demo-data';
import { evaluation } from '../../subgraph';

/** Incremental sync of commitments and programmes: updatedSince, parts that bring their record back, tombstones. */
let subgraph: TestSubgraph;
let programId: string;

const { editorA, adminA, adminB, network } = demoCallers;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
  await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET period_start = '2025-01-01', period_end = '2027-12-31' WHERE id = $1", [
    DemoIds.programs.tamazgana,
  ]);
  const { data, errors } = await subgraph.execute(
    'mutation ($input: ActionProgramInput!) { createActionProgram(input: $input) { id } }',
    { input: { titleFr: 'Programme 2042', periodStart: '2042-01-01', periodEnd: '2043-12-31' } },
    adminA,
  );
  expect(errors).toBeUndefined();
  programId = data!.createActionProgram.id;
});
afterAll(() => subgraph.close());

const databaseNow = () => databaseNowIn(subgraph.ownerDataSource);

async function createCommitment(titleFr: string): Promise<string> {
  const { data, errors } = await subgraph.execute(
    'mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }',
    { p: programId, input: { titleFr, principles: ['TRANSPARENCY'], startsOn: '2042-03-01', endsOn: '2042-12-31' } },
    editorA,
  );
  expect(errors).toBeUndefined();
  return data!.createCommitment.id;
}

async function changedSince(since: string, caller: Caller = network): Promise<string[]> {
  await settleSync(subgraph.ownerDataSource);
  const { data, errors } = await subgraph.execute(
    'query ($since: DateTimeISO) { commitments(filter: { updatedSince: $since }, first: 100) { nodes { id updatedAt } pageInfo { hasNextPage } } }',
    { since },
    caller,
  );
  expect(errors).toBeUndefined();
  return data!.commitments.nodes.map((node: { id: string }) => node.id).sort();
}

async function deletedSince(since: string, caller: Caller): Promise<string[]> {
  await settleSync(subgraph.ownerDataSource);
  const { data, errors } = await subgraph.execute('query ($since: DateTimeISO) { deletedCommitments(since: $since) { nodes { id type } } }', { since }, caller);
  expect(errors).toBeUndefined();
  return data!.deletedCommitments.nodes.map((node: { id: string; type: string }) => `${node.type}:${node.id}`);
}

describe('commitments(filter: { updatedSince })', () => {
  it('returns exactly the commitments created or changed since the instant', async () => {
    const before = await createCommitment('Avant');
    const since = await databaseNow();
    const created = await createCommitment('Après');
    expect(await changedSince(since)).toEqual([created]);
    const updated = await subgraph.execute('mutation ($id: ID!, $input: CommitmentInput!) { updateCommitment(id: $id, input: $input) { id } }', { id: before, input: { problem: 'Registres fermés' } }, editorA);
    expect(updated.errors).toBeUndefined();
    expect(await changedSince(since)).toEqual([before, created].sort());
  });

  it('brings a commitment back into a sync when its milestones change', async () => {
    const id = await createCommitment('Jalons');
    const since = await databaseNow();
    const saved = await subgraph.execute(
      'mutation ($id: ID!, $input: SaveCommitmentInput!) { saveCommitment(id: $id, input: $input) { id } }',
      { id, input: { milestones: [{ title: 'Plan adopté', dueOn: '2042-04-30', doneOn: null, weight: 1 }] } },
      editorA,
    );
    expect(saved.errors).toBeUndefined();
    expect(await changedSince(since)).toEqual([id]);
    // whatever the write path: a milestone changed in SQL alone touches its commitment (a trigger does)
    const later = await databaseNow();
    await subgraph.ownerDataSource.query("UPDATE evaluation.milestone SET title = 'Plan voté' WHERE commitment_id = $1", [id]);
    expect(await changedSince(later)).toEqual([id]);
  });

  it("leaves another commune's unpublished commitments out of its sync, and anonymous callers' too", async () => {
    const since = await databaseNow();
    const id = await createCommitment('Brouillon');
    expect(await changedSince(since, adminA)).toEqual([id]);
    expect(await changedSince(since, adminB)).toEqual([]);
    expect(await changedSince(since, ANONYMOUS)).toEqual([]);
  });

  it('reads programmes in sync order through the same shared pagination', async () => {
    const since = await databaseNow();
    await subgraph.execute('mutation ($id: ID!, $input: ActionProgramInput!) { updateActionProgram(id: $id, input: $input) { id } }', { id: programId, input: { titleFr: 'Programme 2042-2043' } }, adminA);
    await settleSync(subgraph.ownerDataSource);
    const { data, errors } = await subgraph.execute(
      'query ($since: DateTimeISO) { actionPrograms(filter: { updatedSince: $since }) { nodes { id } pageInfo { endCursor hasNextPage } } }',
      { since },
      adminA,
    );
    expect(errors).toBeUndefined();
    expect(data!.actionPrograms.nodes).toEqual([{ id: programId }]);
    expect(data!.actionPrograms.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
  });
});

describe('deletedCommitments', () => {
  it('shows a deleted unpublished commitment to its commune and the network, not to another commune nor anonymous callers', async () => {
    const since = await databaseNow();
    const id = await createCommitment('Supprimé');
    const deleted = await subgraph.execute('mutation ($id: ID!) { deleteCommitment(id: $id) }', { id }, adminA);
    expect(deleted.errors).toBeUndefined();
    expect(await deletedSince(since, adminA)).toEqual([`Commitment:${id}`]);
    expect(await deletedSince(since, editorA)).toEqual([`Commitment:${id}`]);
    expect(await deletedSince(since, network)).toEqual([`Commitment:${id}`]);
    expect(await deletedSince(since, adminB)).toEqual([]);
    expect(await deletedSince(since, ANONYMOUS)).toEqual([]);
  });
});
