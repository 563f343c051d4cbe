import { DemoIds, moroccoTime } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

describe('events', () => {
  it("lists Tamazgana's published co-creation timeline in chronological order", async () => {
    const { data, errors } = await subgraph.execute(
      `query ($id: ID!) { events(filter: { collectivityId: $id }) { totalCount nodes { kind startsAt title(language: FR) collectivity { id } } } }`,
      { id: DemoIds.tamazgana },
    );
    expect(errors).toBeUndefined();
    expect(data!.events.totalCount).toBe(3);
    expect(data!.events.nodes.map((node: { kind: string }) => node.kind)).toEqual([
      'INFORMATION_MEETING',
      'COMMITTEE_MEETING',
      'CO_CREATION_WORKSHOP',
    ]);
    expect(data!.events.nodes[2].title).toBe('Atelier de co-construction : collecte des idées et propositions');
    expect(data!.events.nodes[0].collectivity).toEqual({ id: DemoIds.tamazgana });
  });

  it('stores Morocco local times through the time-zone database (UTC+0 during Ramadan 2025)', async () => {
    const { data } = await subgraph.execute('query ($id: ID!) { event(id: $id) { startsAt } }', { id: DemoIds.events.tamazganaKickoff });
    expect(data!.event.startsAt).toBe('2025-03-07T10:30:00.000Z');
    // outside Ramadan Morocco is UTC+1
    expect(moroccoTime('2025-02-11T10:00').toISOString()).toBe('2025-02-11T09:00:00.000Z');
  });

  it('hides an unpublished event from anonymous callers, in lists, counts and by id', async () => {
    const list = await subgraph.execute('query ($id: ID!) { events(filter: { collectivityId: $id }) { totalCount } }', {
      id: DemoIds.demoCommune,
    });
    expect(list.data!.events.totalCount).toBe(0);
    const one = await subgraph.execute('query ($id: ID!) { event(id: $id) { id } }', { id: DemoIds.events.demoCommuneInformationMeeting });
    expect(one.data!.event).toBeNull();
    const figures = await subgraph.execute('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network { participation { eventCount } } } }', {
      r: [{ __typename: 'Network', id: DemoIds.network }],
    });
    expect(figures.errors).toBeUndefined();
    expect(figures.data!._entities[0].participation.eventCount).toBe(3);
  });

  it('filters by kind', async () => {
    const { data } = await subgraph.execute('{ events(filter: { kind: CO_CREATION_WORKSHOP }) { totalCount nodes { id } } }');
    expect(data!.events.nodes).toEqual([{ id: DemoIds.events.tamazganaWorkshop }]);
  });

  it('refuses a page above 100 and a malformed collectivity id with BAD_USER_INPUT', async () => {
    const page = await subgraph.execute('{ events(first: 500) { totalCount } }');
    expect(page.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const id = await subgraph.execute('{ events(filter: { collectivityId: "x" }) { totalCount } }');
    expect(id.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.collectivityId' });
  });

  it('extends Collectivity with its events, batched: one count and one page query for many collectivities', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { id events(first: 2) { totalCount nodes { id } } } } }`;
    const one = await subgraph.execute(query, { r: [{ __typename: 'Collectivity', id: DemoIds.tamazgana }] });
    const three = await subgraph.execute(query, {
      r: [DemoIds.tamazgana, DemoIds.demoCommune, '00000000-0000-4000-8000-00000000beef'].map((id) => ({ __typename: 'Collectivity', id })),
    });
    expect(three.errors).toBeUndefined();
    expect(three.data!._entities).toEqual([
      { id: DemoIds.tamazgana, events: { totalCount: 3, nodes: [{ id: DemoIds.events.tamazganaKickoff }, { id: DemoIds.events.tamazganaCommittee }] } },
      { id: DemoIds.demoCommune, events: { totalCount: 0, nodes: [] } },
      { id: '00000000-0000-4000-8000-00000000beef', events: { totalCount: 0, nodes: [] } },
    ]);
    expect(three.sqlStatements).toBe(one.sqlStatements);
  });

  it('resolves Event references through _entities', async () => {
    const { data } = await subgraph.execute('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id kind } } }', {
      r: [{ __typename: 'Event', id: DemoIds.events.tamazganaWorkshop }],
    });
    expect(data!._entities).toEqual([{ id: DemoIds.events.tamazganaWorkshop, kind: 'CO_CREATION_WORKSHOP' }]);
  });
});
