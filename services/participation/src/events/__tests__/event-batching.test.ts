import { DemoIds } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
  // 60 published events of the fictional commune, each with an agenda item and an attendance row
  await subgraph.ownerDataSource.query(
    `WITH created AS (
       INSERT INTO participation.event (collectivity_id, kind, title_fr, starts_at, ends_at, published)
       SELECT $1, 'COMMITTEE_MEETING', 'Réunion ' || n, now() + n * interval '1 day', now() + n * interval '1 day' + interval '2 hours', true
         FROM generate_series(1, 60) AS n
       RETURNING collectivity_id, id, starts_at)
     , agenda AS (
       INSERT INTO participation.agenda_item (collectivity_id, event_id, position, starts_at, ends_at, title_fr, kind)
       SELECT collectivity_id, id, 0, starts_at, starts_at + interval '1 hour', 'Point unique', 'DISCUSSION' FROM created)
     INSERT INTO participation.attendance (collectivity_id, event_id, category, gender, count)
     SELECT collectivity_id, id, 'CITIZEN', 'FEMALE', 3 FROM created`,
    [DemoIds.demoCommune],
  );
});
afterAll(() => subgraph.close());

const LIST = `query ($first: Int) {
  events(first: $first) {
    nodes { id title collectivity { id } agenda { title speakers { role } } attendance { category count }
            organisations { nameFr } attendingCollectivities { id } }
  }
  network: _entities(representations: [{ __typename: "Network", id: "moroccan-network" }]) {
    ... on Network { participation { eventCount proposalCount attendance { category count } proposalsByPrinciple { count } } }
  }
}`;

describe('event loaders', () => {
  it('cost the same SQL statements for 50 events with their agenda, attendance and organisations as for 5', async () => {
    // the network's figures are kept between writes (FiguresCache): computed once here, so that both runs reuse them
    await subgraph.execute(LIST, { first: 1 });
    const small = await subgraph.execute(LIST, { first: 5 });
    const large = await subgraph.execute(LIST, { first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data!.events.nodes).toHaveLength(50);
    expect(large.data!.events.nodes.filter((node: { agenda: unknown[] }) => node.agenda.length === 1).length).toBeGreaterThan(40);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  it('cost the same SQL statements for the events of 2 collectivities as for 1', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { events(first: 10) { nodes { agenda { kind } } }
      proposals { totalCount } participation { eventCount attendance { count } } } } }`;
    const one = await subgraph.execute(query, { r: [{ __typename: 'Collectivity', id: DemoIds.tamazgana }] });
    const two = await subgraph.execute(query, { r: [DemoIds.tamazgana, DemoIds.demoCommune].map((id) => ({ __typename: 'Collectivity', id })) });
    expect(two.errors).toBeUndefined();
    expect(two.data!._entities[1].participation.eventCount).toBeGreaterThan(60);
    expect(two.sqlStatements).toBe(one.sqlStatements);
  });

  it("give each collectivity's page and its total from one ranking, before, at and past the end of its list", async () => {
    const query = `query ($r: [_Any!]!, $first: Int, $offset: Int) { _entities(representations: $r) { ... on Collectivity {
      events(first: $first, offset: $offset) { totalCount nodes { id } } } } }`;
    const representations = [DemoIds.demoCommune, DemoIds.tamazgana].map((id) => ({ __typename: 'Collectivity', id }));
    const all = await subgraph.execute(query, { r: representations, first: 100, offset: 0 });
    expect(all.errors).toBeUndefined();
    const lists = all.data!._entities.map((entity: { events: { totalCount: number; nodes: Array<{ id: string }> } }) => entity.events);
    expect(lists[0].totalCount).toBeGreaterThan(60);
    for (const list of lists) expect(list.nodes).toHaveLength(Math.min(100, list.totalCount));
    for (const offset of [0, 7, 58, lists[0].totalCount - 1, lists[0].totalCount, 500]) {
      const page = await subgraph.execute(query, { r: representations, first: 5, offset });
      expect(page.errors).toBeUndefined();
      page.data!._entities.forEach((entity: { events: { totalCount: number; nodes: Array<{ id: string }> } }, index: number) => {
        expect(entity.events.totalCount).toBe(lists[index].totalCount);
        expect(entity.events.nodes).toEqual(lists[index].nodes.slice(offset, offset + 5));
      });
    }
  });
});
