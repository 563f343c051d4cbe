import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { DemoIds } from '@infitah/demo-data';
import { signInActors, type Actor } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * Links between records, through the gateway: a proposal names only a commitment of its own collectivity
 * (participation learns it from the directory evaluation keeps, never from evaluation's tables), and a link to a
 * record the caller may not see shows as nothing — in the graph, in a filter's count and in open data.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const participationOwner = () => platform.subgraphs.participation.ownerDataSource;
const evaluationOwner = () => platform.subgraphs.evaluation.ownerDataSource;

/** A commitment written straight into evaluation's table: the directory follows every write, whatever its path. */
async function newCommitment(collectivityId: string, programId: string, published: boolean): Promise<string> {
  const id = randomUUID();
  await evaluationOwner().query(
    `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles, published) VALUES ($1, $2, $3, 'Engagement', '{TRANSPARENCY}', $4)`,
    [collectivityId, id, programId, published],
  );
  return id;
}

async function newProposal(token: string | null): Promise<string> {
  const created = await platform.graphql('mutation { createProposal(input: { title: "Une idée", principle: TRANSPARENCY }) { id } }', {}, token);
  expect(created.errors).toBeUndefined();
  return created.data.createProposal.id;
}

const ANSWER_RETAINED =
  'mutation ($id: ID!, $c: ID!) { answerProposal(id: $id, input: { status: RETAINED, answer: "Retenue.", commitmentId: $c }) { status commitment { id } } }';

const proposalRow = async (id: string) =>
  (await participationOwner().query('SELECT status, answer, answered_at, commitment_id, updated_at FROM participation.proposal WHERE id = $1', [id]))[0];

describe('answerProposal links a proposal only to a commitment of its own collectivity', () => {
  it.each([
    ["another collectivity's published commitment", () => DemoIds.commitments.tamazganaCouncilMinutes],
    ["another collectivity's unpublished commitment", () => newCommitment(DemoIds.tamazgana, DemoIds.programs.tamazgana, false)],
    ['an unknown commitment id', () => randomUUID()],
  ])('refuses %s with BAD_USER_INPUT naming commitmentId, and writes nothing', async (_case, commitment) => {
    const id = await newProposal(tokens.adminB);
    const before = await proposalRow(id);
    const answered = await platform.graphql(ANSWER_RETAINED, { id, c: await commitment() }, tokens.adminB);
    expect(answered.errors).toHaveLength(1);
    expect(answered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitmentId' });
    expect(await proposalRow(id)).toEqual(before);
    expect(before).toMatchObject({ status: 'SUBMITTED', answer: null, commitment_id: null });
  });

  it('accepts a commitment of its own collectivity, published or not, and the graph shows the link', async () => {
    const commitment = await newCommitment(DemoIds.demoCommune, DemoIds.programs.demoCommune, false);
    const id = await newProposal(tokens.adminB);
    const answered = await platform.graphql(ANSWER_RETAINED, { id, c: commitment.toUpperCase() }, tokens.adminB);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerProposal).toEqual({ status: 'RETAINED', commitment: { id: commitment } });
    expect((await proposalRow(id)).commitment_id).toBe(commitment);
  });

  it('follows evaluation: a deleted commitment is no longer linked, nor can be named', async () => {
    const commitment = await newCommitment(DemoIds.demoCommune, DemoIds.programs.demoCommune, true);
    const id = await newProposal(tokens.adminB);
    expect((await platform.graphql(ANSWER_RETAINED, { id, c: commitment }, tokens.adminB)).errors).toBeUndefined();
    const deleted = await platform.graphql('mutation ($id: ID!) { deleteCommitment(id: $id) }', { id: commitment }, tokens.adminB);
    expect(deleted.errors).toBeUndefined();
    const read = await platform.graphql('query ($id: ID!) { proposal(id: $id) { commitment { id } } }', { id }, tokens.adminB);
    expect(read.data.proposal.commitment).toBeNull();
    const other = await newProposal(tokens.adminB);
    const again = await platform.graphql(ANSWER_RETAINED, { id: other, c: commitment }, tokens.adminB);
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitmentId' });
  });
});

describe('a link to a record the caller may not see is null', () => {
  /** Tamazgana's records: published proposals that name an unpublished event, commitment and proposal. */
  let hiddenEvent: string;
  let hiddenCommitment: string;
  let hiddenProposal: string;
  let retained: string;
  let merged: string;

  beforeAll(async () => {
    hiddenEvent = randomUUID();
    await participationOwner().query(
      `INSERT INTO participation.event (collectivity_id, id, kind, title_fr, starts_at) VALUES ($1, $2, 'CO_CREATION_WORKSHOP', 'Atelier en préparation', now())`,
      [DemoIds.tamazgana, hiddenEvent],
    );
    hiddenCommitment = await newCommitment(DemoIds.tamazgana, DemoIds.programs.tamazgana, false);
    [hiddenProposal, retained, merged] = [randomUUID(), randomUUID(), randomUUID()];
    const insert = `INSERT INTO participation.proposal (collectivity_id, id, title, principle, source, event_id, status, answer, commitment_id, merged_into_id, published)
                    VALUES ($1, $2, $3, 'TRANSPARENCY', 'EVENT', $4, $5, $6, $7, $8, $9)`;
    await participationOwner().query(insert, [DemoIds.tamazgana, hiddenProposal, 'Brouillon', null, 'SUBMITTED', null, null, null, false]);
    await participationOwner().query(insert, [DemoIds.tamazgana, retained, 'Retenue', hiddenEvent, 'RETAINED', 'Oui.', hiddenCommitment, null, true]);
    await participationOwner().query(insert, [DemoIds.tamazgana, merged, 'Fusionnée', null, 'MERGED', 'Fusion.', null, hiddenProposal, true]);
  });

  const LINKS = `query ($r: ID!, $m: ID!) { retained: proposal(id: $r) { id event { id } commitment { id } } merged: proposal(id: $m) { id mergedInto { id } } }`;

  it.each(['anonymous', 'adminB'] as const)('shows %s no id of an unpublished event, commitment or proposal', async (actor) => {
    const response = await platform.graphql(LINKS, { r: retained, m: merged }, tokens[actor]);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ retained: { id: retained, event: null, commitment: null }, merged: { id: merged, mergedInto: null } });
  });

  it.each(['editorA', 'network'] as const)('shows %s every link', async (actor) => {
    const response = await platform.graphql(LINKS, { r: retained, m: merged }, tokens[actor]);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      retained: { id: retained, event: { id: hiddenEvent }, commitment: { id: hiddenCommitment } },
      merged: { id: merged, mergedInto: { id: hiddenProposal } },
    });
  });

  it('shows the public a commitment link once the commitment is published, and hides it again when withdrawn', async () => {
    const commitment = await newCommitment(DemoIds.tamazgana, DemoIds.programs.tamazgana, false);
    const id = await newProposal(tokens.editorA);
    expect((await platform.graphql(ANSWER_RETAINED, { id, c: commitment }, tokens.editorA)).errors).toBeUndefined();
    await participationOwner().query('UPDATE participation.proposal SET published = true WHERE id = $1', [id]);
    const read = async () => (await platform.graphql('query ($id: ID!) { proposal(id: $id) { commitment { id } } }', { id })).data.proposal.commitment;
    expect(await read()).toBeNull();
    const publish = 'mutation ($id: ID!, $p: Boolean!) { setCommitmentPublished(id: $id, published: $p) { published } }';
    expect((await platform.graphql(publish, { id: commitment, p: true }, tokens.adminA)).errors).toBeUndefined();
    expect(await read()).toEqual({ id: commitment });
    expect((await platform.graphql(publish, { id: commitment, p: false }, tokens.adminA)).errors).toBeUndefined();
    expect(await read()).toBeNull();
  });

  const COUNT_BY_EVENT = 'query ($e: ID!) { proposals(filter: { eventId: $e }) { totalCount nodes { id } } }';

  it.each(['anonymous', 'adminB'] as const)('answers %s a filter by an unpublished event as for an unknown event', async (actor) => {
    const unknown = await platform.graphql(COUNT_BY_EVENT, { e: randomUUID() }, tokens[actor]);
    const hidden = await platform.graphql(COUNT_BY_EVENT, { e: hiddenEvent }, tokens[actor]);
    expect(unknown.errors).toBeUndefined();
    expect(hidden).toEqual(unknown);
    expect(hidden.data.proposals.totalCount).toBe(0);
  });

  it.each(['editorA', 'network'] as const)('answers %s a filter by the event with its proposals', async (actor) => {
    const response = await platform.graphql(COUNT_BY_EVENT, { e: hiddenEvent }, tokens[actor]);
    expect(response.data.proposals).toEqual({ totalCount: 1, nodes: [{ id: retained }] });
  });

  async function openData(dataset: string): Promise<{ json: Array<Record<string, unknown>>; csv: Array<Record<string, string>> }> {
    const json = (await (await fetch(`${platform.gatewayUrl}/open-data/${dataset}.json`)).json()) as Array<Record<string, unknown>>;
    const csv = parse(await (await fetch(`${platform.gatewayUrl}/open-data/${dataset}.csv`)).text(), { columns: true }) as Array<Record<string, string>>;
    return { json, csv };
  }

  it('names in open data only published events, commitments and proposals, then the links once they are published', async () => {
    const before = await openData('proposals');
    expect(before.json.find((row) => row.id === retained)).toMatchObject({ event_id: null, commitment_id: null });
    expect(before.json.find((row) => row.id === merged)).toMatchObject({ merged_into_id: null });
    expect(before.csv.find((row) => row.id === retained)).toMatchObject({ event_id: '', commitment_id: '' });
    expect(before.csv.find((row) => row.id === merged)).toMatchObject({ merged_into_id: '' });
    // the demo links between published records stay
    expect(before.json.find((row) => row.id === DemoIds.proposals.tamazganaTransparency)).toMatchObject({
      commitment_id: DemoIds.commitments.tamazganaCouncilMinutes,
    });

    await participationOwner().query('UPDATE participation.event SET published = true WHERE id = $1', [hiddenEvent]);
    await evaluationOwner().query('UPDATE evaluation.commitment SET published = true WHERE id = $1', [hiddenCommitment]);
    await participationOwner().query('UPDATE participation.proposal SET published = true WHERE id = $1', [hiddenProposal]);
    try {
      const after = await openData('proposals');
      expect(after.json.find((row) => row.id === retained)).toMatchObject({ event_id: hiddenEvent, commitment_id: hiddenCommitment });
      expect(after.json.find((row) => row.id === merged)).toMatchObject({ merged_into_id: hiddenProposal });
      expect(after.csv.find((row) => row.id === retained)).toMatchObject({ event_id: hiddenEvent, commitment_id: hiddenCommitment });
      const anonymous = await platform.graphql(LINKS, { r: retained, m: merged });
      expect(anonymous.data).toEqual({
        retained: { id: retained, event: { id: hiddenEvent }, commitment: { id: hiddenCommitment } },
        merged: { id: merged, mergedInto: { id: hiddenProposal } },
      });
    } finally {
      await participationOwner().query('UPDATE participation.event SET published = false WHERE id = $1', [hiddenEvent]);
      await evaluationOwner().query('UPDATE evaluation.commitment SET published = false WHERE id = $1', [hiddenCommitment]);
      await participationOwner().query('UPDATE participation.proposal SET published = false WHERE id = $1', [hiddenProposal]);
    }
  });
});

describe("evaluation's links to what the caller may not see", () => {
  /** A published commitment of the fictional commune's draft (unpublished) programme. */
  let commitment: string;

  beforeAll(async () => {
    commitment = await newCommitment(DemoIds.demoCommune, DemoIds.programs.demoCommune, true);
  });

  const BY_PROGRAM = 'query ($p: ID!) { commitments(filter: { programId: $p }) { totalCount nodes { id } } }';

  it.each(['anonymous', 'adminA'] as const)('answers %s a filter by an unpublished programme as for an unknown programme', async (actor) => {
    const unknown = await platform.graphql(BY_PROGRAM, { p: randomUUID() }, tokens[actor]);
    const hidden = await platform.graphql(BY_PROGRAM, { p: DemoIds.programs.demoCommune }, tokens[actor]);
    expect(unknown.errors).toBeUndefined();
    expect(hidden).toEqual(unknown);
    expect(hidden.data.commitments.totalCount).toBe(0);
  });

  it.each(['adminB', 'network'] as const)('answers %s a filter by the programme with its commitments', async (actor) => {
    const response = await platform.graphql(BY_PROGRAM, { p: DemoIds.programs.demoCommune }, tokens[actor]);
    expect(response.data.commitments.nodes.map((node: { id: string }) => node.id)).toContain(commitment);
  });

  it("leaves an unpublished programme's id out of the commitments open data", async () => {
    const json = (await (await fetch(`${platform.gatewayUrl}/open-data/commitments.json`)).json()) as Array<Record<string, unknown>>;
    expect(json.find((row) => row.id === commitment)).toMatchObject({ program_id: null });
    expect(json.find((row) => row.id === DemoIds.commitments.tamazganaCouncilMinutes)).toMatchObject({ program_id: DemoIds.programs.tamazgana });
  });

  it("leaves out of a published progress report the entries on commitments the caller may not see", async () => {
    const hidden = await newCommitment(DemoIds.tamazgana, DemoIds.programs.tamazgana, false);
    const entries = [
      { commitmentId: DemoIds.commitments.tamazganaCouncilMinutes, completion: 'SUBSTANTIAL', evidence: [], note: null },
      { commitmentId: hidden, completion: 'LIMITED', evidence: [], note: 'Pas encore publié' },
    ];
    await evaluationOwner().query(
      `INSERT INTO evaluation.progress_report (collectivity_id, program_id, period_start, period_end, entries, published) VALUES ($1, $2, '2031-01-01', '2031-06-30', $3, true)`,
      [DemoIds.tamazgana, DemoIds.programs.tamazgana, JSON.stringify(entries)],
    );
    const query = `query ($id: ID!) { actionProgram(id: $id) { progressReports { periodStart entries { commitmentId note } } } }`;
    const reportOf = async (token: string | null) => {
      const response = await platform.graphql(query, { id: DemoIds.programs.tamazgana }, token);
      expect(response.errors).toBeUndefined();
      return response.data.actionProgram.progressReports.find((report: { periodStart: string }) => report.periodStart === '2031-01-01');
    };
    for (const actor of ['anonymous', 'adminB'] as const) {
      expect((await reportOf(tokens[actor])).entries).toEqual([{ commitmentId: DemoIds.commitments.tamazganaCouncilMinutes, note: null }]);
    }
    for (const actor of ['editorA', 'network'] as const) {
      expect((await reportOf(tokens[actor])).entries.map((entry: { commitmentId: string }) => entry.commitmentId)).toEqual([
        DemoIds.commitments.tamazganaCouncilMinutes,
        hidden,
      ]);
    }
  });
});
