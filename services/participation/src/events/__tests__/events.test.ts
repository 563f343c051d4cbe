import { DemoIds } from '@infitah/demo-data';
import { moroccoTime } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const TIMELINE = `query ($id: ID!) {
  events(filter: { collectivityId: $id }) {
    totalCount
    nodes { id kind organizer status outcome startsOn startsAtPrecision title(language: FR) collectivity { id }
            agenda { startsOn endsOn kind title(language: FR) speakers { role } } attendance { category gender count } }
  }
}`;

describe('events', () => {
  it("lists Tamazgana's timeline as the press kit gives it, the network training included, in Morocco local time", async () => {
    const { data, errors } = await subgraph.execute(TIMELINE, { id: DemoIds.tamazgana });
    expect(errors).toBeUndefined();
    expect(data!.events.nodes.map((node: { kind: string; organizer: string; startsOn: string }) => [node.kind, node.organizer, node.startsOn])).toEqual([
      ['TRAINING', 'NETWORK', '2025-02-11'],
      ['INFORMATION_MEETING', 'COLLECTIVITY', '2025-03-07T10:30'],
      ['COMMITTEE_MEETING', 'COLLECTIVITY', '2025-03-07T14:00'],
      ['CO_CREATION_WORKSHOP', 'COLLECTIVITY', '2025-03-18T10:30'],
      ['PUBLIC_CONSULTATION', 'COLLECTIVITY', '2025-09'],
      ['COUNCIL_SESSION', 'COLLECTIVITY', '2025-10'],
    ]);
    expect(data!.events.totalCount).toBe(6);
    const [training, , , workshop, consultation, council] = data!.events.nodes;
    // what the press kit (March 2025) reports is held; what it announces is planned, with no outcome
    expect(data!.events.nodes.slice(0, 4).map((node: { status: string }) => node.status)).toEqual(['HELD', 'HELD', 'HELD', 'HELD']);
    expect([consultation.status, council.status]).toEqual(['PLANNED', 'PLANNED']);
    expect(council.title).toContain("adoption du programme d'ouverture prévue");
    expect(council.outcome).toBeNull();
    expect(training.collectivity).toBeNull();
    expect(training.startsAtPrecision).toBe('DAY');
    expect(council.startsAtPrecision).toBe('MONTH');
    expect(workshop.collectivity).toEqual({ id: DemoIds.tamazgana });
    expect(workshop.agenda).toEqual([
      { startsOn: '10:30', endsOn: '10:45', kind: 'WELCOME', title: 'Accueil des participants', speakers: [] },
      expect.objectContaining({ startsOn: '10:45', endsOn: '11:15', speakers: [{ role: 'PRESIDENT' }, { role: 'FOCAL_POINT' }, { role: 'TRAINER' }] }),
      expect.objectContaining({ startsOn: '11:15', endsOn: '13:30', kind: 'WORKSHOP' }),
    ]);
    expect(workshop.attendance.map((row: { category: string }) => row.category).sort()).toEqual(
      ['CIVIL_SOCIETY', 'COUNCIL_MEMBER', 'IEPEG_MEMBER', 'SCHOOL_DIRECTOR', 'STAFF', 'STUDENT_RESEARCHER'],
    );
    // the press kit names who came, not how many
    expect(workshop.attendance.every((row: { count: number | null; gender: string }) => row.count === null && row.gender === 'UNSPECIFIED')).toBe(true);
  });

  it('stores Morocco local times through the time-zone database (UTC+0 during Ramadan 2025, UTC+1 otherwise)', async () => {
    const { data } = await subgraph.execute('query ($id: ID!) { event(id: $id) { startsAt startsOn } }', { id: DemoIds.events.tamazganaKickoff });
    expect(data!.event).toEqual({ startsAt: '2025-03-07T10:30:00.000Z', startsOn: '2025-03-07T10:30' });
    expect(moroccoTime('2025-02-11T10:00').toISOString()).toBe('2025-02-11T09:00:00.000Z');
  });

  it('shows the network training under every collectivity that attended it, and names them', async () => {
    const { data } = await subgraph.execute('query ($id: ID!) { event(id: $id) { attendingCollectivities { id } invitedCollectivities { id } } }', {
      id: DemoIds.events.networkTraining,
    });
    expect(data!.event).toEqual({ attendingCollectivities: [{ id: DemoIds.tamazgana }], invitedCollectivities: [{ id: DemoIds.tamazgana }] });
    const demo = await subgraph.execute('query ($id: ID!) { events(filter: { collectivityId: $id, kind: TRAINING }) { totalCount } }', {
      id: DemoIds.demoCommune,
    });
    expect(demo.data!.events.totalCount).toBe(0);
  });

  it('hides an unpublished event from anonymous callers, in lists, counts and by id', async () => {
    const list = await subgraph.execute('query ($id: ID!) { events(filter: { collectivityId: $id }) { totalCount nodes { id } } }', {
      id: DemoIds.demoCommune,
    });
    expect(list.data!.events.nodes.map((node: { id: string }) => node.id)).not.toContain(DemoIds.events.demoCommuneInformationMeeting);
    const one = await subgraph.execute('query ($id: ID!) { event(id: $id) { id } }', { id: DemoIds.events.demoCommuneInformationMeeting });
    expect(one.data!.event).toBeNull();
    const all = await subgraph.execute('{ events(first: 100) { totalCount } }');
    const figures = await subgraph.execute('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network { participation { eventCount } } } }', {
      r: [{ __typename: 'Network', id: DemoIds.network }],
    });
    expect(figures.errors).toBeUndefined();
    expect(figures.data!._entities[0].participation.eventCount).toBe(all.data!.events.totalCount);
  });

  it('filters by kind and by organizer', async () => {
    const workshops = await subgraph.execute('{ events(filter: { kind: CO_CREATION_WORKSHOP }) { nodes { id } } }');
    expect(workshops.data!.events.nodes).toEqual([{ id: DemoIds.events.tamazganaWorkshop }, { id: DemoIds.events.demoCommuneWorkshop }]);
    const network = await subgraph.execute('{ events(filter: { organizer: NETWORK }) { nodes { id } } }');
    expect(network.data!.events.nodes).toEqual([{ id: DemoIds.events.networkTraining }]);
  });

  it('refuses a page above 100 and a malformed collectivity id with BAD_USER_INPUT', async () => {
    const page = await subgraph.execute('{ events(first: 500) { totalCount } }');
    expect(page.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const id = await subgraph.execute('{ events(filter: { collectivityId: "x" }) { totalCount } }');
    expect(id.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.collectivityId' });
  });

  it('extends Collectivity with its events and figures, the counts agreeing with the lists', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { id events(first: 2) { totalCount nodes { id } }
         participation { eventCount proposalCount } } } }`,
      { r: [DemoIds.tamazgana, DemoIds.demoCommune].map((id) => ({ __typename: 'Collectivity', id })) },
    );
    expect(errors).toBeUndefined();
    const [tamazgana, demo] = data!._entities;
    expect(tamazgana.events).toEqual({ totalCount: 6, nodes: [{ id: DemoIds.events.networkTraining }, { id: DemoIds.events.tamazganaKickoff }] });
    expect(tamazgana.participation.eventCount).toBe(6);
    expect(demo.participation.eventCount).toBe(demo.events.totalCount);
    const proposals = await subgraph.execute('query ($id: ID!) { proposals(filter: { collectivityId: $id }) { totalCount } }', { id: DemoIds.tamazgana });
    expect(tamazgana.participation.proposalCount).toBe(proposals.data!.proposals.totalCount);
  });

  it('resolves Event references through _entities', async () => {
    const { data } = await subgraph.execute('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id kind } } }', {
      r: [{ __typename: 'Event', id: DemoIds.events.tamazganaWorkshop }],
    });
    expect(data!._entities).toEqual([{ id: DemoIds.events.tamazganaWorkshop, kind: 'CO_CREATION_WORKSHOP' }]);
  });
});
