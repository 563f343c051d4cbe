import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };

const SOURCES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commitment { id sourceProposals { id status mergedInto { id } } } } }`;
const commitment = (id: string, collectivityId = DemoIds.tamazgana) => ({ __typename: 'Commitment', id, collectivityId });

async function sourcesOf(caller: Caller, ...representations: Array<ReturnType<typeof commitment>>) {
  const { data, errors } = await subgraph.execute(SOURCES, { r: representations }, caller);
  expect(errors).toBeUndefined();
  return data!._entities.map((entity: { sourceProposals: unknown }) => entity.sourceProposals);
}

const setPublished = (id: string, published: boolean) =>
  subgraph.ownerDataSource.query('UPDATE participation.proposal SET published = $2 WHERE id = $1', [id, published]);

describe('Commitment.sourceProposals', () => {
  afterEach(async () => {
    await setPublished(DemoIds.proposals.tamazganaParticipation, true);
    await setPublished(DemoIds.proposals.tamazganaParticipationMerged, true);
  });

  it('includes the proposals merged into the retained one, marked MERGED and naming it', async () => {
    const [sources] = await sourcesOf(anonymous, commitment(DemoIds.commitments.tamazganaBudgetConsultations));
    expect(sources).toEqual([
      { id: DemoIds.proposals.tamazganaParticipation, status: 'RETAINED', mergedInto: null },
      { id: DemoIds.proposals.tamazganaParticipationMerged, status: 'MERGED', mergedInto: { id: DemoIds.proposals.tamazganaParticipation } },
    ]);
  });

  it('leaves out a merged proposal the caller may not see, and shows it to its own commune and the network', async () => {
    await setPublished(DemoIds.proposals.tamazganaParticipationMerged, false);
    const ids = async (caller: Caller) =>
      ((await sourcesOf(caller, commitment(DemoIds.commitments.tamazganaBudgetConsultations)))[0] as Array<{ id: string }>).map((proposal) => proposal.id);
    expect(await ids(anonymous)).toEqual([DemoIds.proposals.tamazganaParticipation]);
    expect(await ids(adminB)).toEqual([DemoIds.proposals.tamazganaParticipation]);
    expect(await ids(editorA)).toEqual([DemoIds.proposals.tamazganaParticipation, DemoIds.proposals.tamazganaParticipationMerged]);
    expect(await ids(network)).toEqual([DemoIds.proposals.tamazganaParticipation, DemoIds.proposals.tamazganaParticipationMerged]);
  });

  it('shows no merged proposal through a retained one the caller may not see', async () => {
    await setPublished(DemoIds.proposals.tamazganaParticipation, false);
    expect(await sourcesOf(anonymous, commitment(DemoIds.commitments.tamazganaBudgetConsultations))).toEqual([[]]);
  });

  it('resolves nothing for a commitment key naming another collectivity', async () => {
    expect(await sourcesOf(network, commitment(DemoIds.commitments.tamazganaBudgetConsultations, DemoIds.demoCommune))).toEqual([[]]);
  });

  it('answers many commitments with as many SQL statements as one', async () => {
    const run = (ids: string[]) => subgraph.execute(SOURCES, { r: ids.map((id) => commitment(id)) }, anonymous);
    const one = await run([DemoIds.commitments.tamazganaBudgetConsultations]);
    const three = await run([DemoIds.commitments.tamazganaCouncilMinutes, DemoIds.commitments.tamazganaInformationDesk, DemoIds.commitments.tamazganaBudgetConsultations]);
    expect(three.errors).toBeUndefined();
    expect(three.sqlStatements).toBe(one.sqlStatements);
  });
});
