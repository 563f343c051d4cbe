import { DemoIds } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

describe('action programmes', () => {
  it("shows Tamazgana's programme in preparation: the press kit (March 2025) announces its adoption for October 2025", async () => {
    const { data, errors } = await subgraph.execute(
      'query ($id: ID!) { actionPrograms(filter: { collectivityId: $id }) { totalCount nodes { id status adoptedOn title titleFr collectivity { id } } } }',
      { id: DemoIds.tamazgana },
    );
    expect(errors).toBeUndefined();
    expect(data!.actionPrograms).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: DemoIds.programs.tamazgana,
          status: 'CO_CREATION',
          adoptedOn: null,
          title: 'انفتاح جماعة تمزكانة',
          titleFr: 'Ouverture de la commune de Tamazgana',
          collectivity: { id: DemoIds.tamazgana },
        },
      ],
    });
  });

  it('hides a draft programme from anonymous callers, in the list, by id and in the network figure', async () => {
    const list = await subgraph.execute('{ actionPrograms(first: 100) { totalCount nodes { id } } }');
    expect(list.data!.actionPrograms.nodes).toEqual([{ id: DemoIds.programs.tamazgana }, { id: DemoIds.programs.demoCommuneAdopted }]);
    const one = await subgraph.execute('query ($id: ID!) { actionProgram(id: $id) { id } }', { id: DemoIds.programs.demoCommune });
    expect(one.data!.actionProgram).toBeNull();
    const figures = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network { evaluation { programCount } } } }',
      { r: [{ __typename: 'Network', id: DemoIds.network }] },
    );
    expect(figures.data!._entities[0].evaluation.programCount).toBe(list.data!.actionPrograms.totalCount);
  });

  it('extends Collectivity with its programmes in one batch, whatever the number of collectivities', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { actionPrograms { totalCount nodes { id } } } } }';
    const one = await subgraph.execute(query, { r: [{ __typename: 'Collectivity', id: DemoIds.tamazgana }] });
    const two = await subgraph.execute(query, {
      r: [DemoIds.tamazgana, DemoIds.demoCommune].map((id) => ({ __typename: 'Collectivity', id })),
    });
    expect(two.data!._entities).toEqual([
      { actionPrograms: { totalCount: 1, nodes: [{ id: DemoIds.programs.tamazgana }] } },
      // the fictional commune's adopted programme is published, its draft is not
      { actionPrograms: { totalCount: 1, nodes: [{ id: DemoIds.programs.demoCommuneAdopted }] } },
    ]);
    expect(two.sqlStatements).toBe(one.sqlStatements);
  });

  it('refuses an adopted programme without an adoption date at the database', async () => {
    await expect(
      subgraph.ownerDataSource.query(
        "INSERT INTO evaluation.action_program (collectivity_id, title_fr, status) VALUES ($1, 'x', 'ADOPTED')",
        [DemoIds.tamazgana],
      ),
    ).rejects.toThrow(/action_program_adoption_dated/);
  });
});
