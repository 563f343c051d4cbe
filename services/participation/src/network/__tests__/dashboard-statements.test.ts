import { DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

/**
 * The participation fetches of the benchmark's operations (`npm run bench`: the gateway's query plans of the console's
 * dashboards, the portal's lists and the proposal search) cost the same SQL statements at two sizes of the data.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const NETWORK_DASHBOARD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Network {
  participation { eventCount proposalCount attendance { category gender count } proposalsByPrinciple { principle count } }
  capacityBuilding { trainingCount collectivitiesTrained peopleTrainedTotal peopleTrained { category gender count } } } } }`;
const COMMUNE_DASHBOARD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity {
  events(first: 50) { totalCount nodes { id startsOn kind title } }
  participation { attendance { category gender count uncountedEvents } proposalsByPrinciple { principle count } } } } }`;
const PUBLIC_EVENTS = `query ($offset: Int) { events(first: 20, offset: $offset) { totalCount nodes { id kind title startsAt venue collectivity { __typename id } } } }`;
const PUBLIC_PROPOSALS = `query ($offset: Int) { proposals(first: 20, offset: $offset) { totalCount nodes { id title principle status answer collectivity { __typename id } } } }`;
const SEARCH = `query ($search: String!) { proposals(filter: { search: $search }, first: 20) { totalCount nodes { id title principle status } } }`;

const NETWORK_ADMIN = { role: 'NETWORK_ADMIN' as const, userId: DemoIds.accounts.network, collectivityId: null };
const COMMUNE_ADMIN = { role: 'COLLECTIVITY_ADMIN' as const, userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const network = { r: [{ __typename: 'Network', id: DemoIds.network }] };
const commune = { r: [{ __typename: 'Collectivity', id: DemoIds.demoCommune }] };

const uuids = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}-0000-4000-8000-${String(index + 1).padStart(12, '0')}`);

/** Events with agenda and attendance, proposals (a quarter unpublished), and network trainings they attended. */
async function addActivity(collectivityIds: string[], perCollectivity: { events: number; proposals: number; trainings: number }): Promise<void> {
  const owner = subgraph.ownerDataSource;
  await owner.query(
    `WITH created AS (
       INSERT INTO participation.event (collectivity_id, kind, title_fr, starts_at, ends_at, status, published)
       SELECT c, 'COMMITTEE_MEETING', 'Réunion ' || n, timestamptz '2025-01-06 09:00+00' + n * interval '1 day',
              timestamptz '2025-01-06 11:00+00' + n * interval '1 day', 'HELD', n % 4 <> 0
         FROM unnest($1::uuid[]) AS c, generate_series(1, $2::int) AS n
       RETURNING collectivity_id, id, starts_at)
     , agenda AS (
       INSERT INTO participation.agenda_item (collectivity_id, event_id, position, starts_at, ends_at, title_fr, kind)
       SELECT collectivity_id, id, 0, starts_at, starts_at + interval '1 hour', 'Débat', 'DISCUSSION' FROM created)
     INSERT INTO participation.attendance (collectivity_id, event_id, category, gender, count)
     SELECT collectivity_id, id, category, 'FEMALE', 4 FROM created, unnest(ARRAY['CITIZEN', 'STAFF']) AS category`,
    [collectivityIds, perCollectivity.events],
  );
  await owner.query(
    `INSERT INTO participation.proposal (collectivity_id, title, body, principle, source, published)
     SELECT c, 'Publier le budget communal ' || n, 'Proposition ' || n, (ARRAY['TRANSPARENCY', 'ACCOUNTABILITY', 'DIGITALIZATION'])[1 + n % 3], 'ONLINE', n % 4 <> 0
       FROM unnest($1::uuid[]) AS c, generate_series(1, $2::int) AS n`,
    [collectivityIds, perCollectivity.proposals],
  );
  await owner.query(
    `WITH trainings AS (
       INSERT INTO participation.event (collectivity_id, kind, organizer, title_fr, starts_at, ends_at, status, published)
       SELECT $1::uuid, 'TRAINING', 'NETWORK', 'Formation ' || n, timestamptz '2025-03-03 09:00+00' + n * interval '7 days',
              timestamptz '2025-03-03 16:00+00' + n * interval '7 days', 'HELD', true
         FROM generate_series(1, $3::int) AS n
       RETURNING collectivity_id, id)
     , attended AS (
       INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, invited, attended)
       SELECT t.collectivity_id, t.id, c, true, true FROM trainings t, unnest($2::uuid[]) AS c)
     INSERT INTO participation.participant_attendance (collectivity_id, event_id, participant_id, category, gender, count)
     SELECT t.collectivity_id, t.id, c, 'STAFF', 'MALE', 2 FROM trainings t, unnest($2::uuid[]) AS c`,
    [NETWORK_TENANT_ID, collectivityIds, perCollectivity.trainings],
  );
}

async function measure() {
  return {
    network: await subgraph.execute(NETWORK_DASHBOARD, network, NETWORK_ADMIN),
    commune: await subgraph.execute(COMMUNE_DASHBOARD, commune, COMMUNE_ADMIN),
    events: await subgraph.execute(PUBLIC_EVENTS, { offset: 20 }),
    proposals: await subgraph.execute(PUBLIC_PROPOSALS, { offset: 20 }),
    search: await subgraph.execute(SEARCH, { search: 'BUDGET' }),
  };
}

describe('SQL statements of the dashboards, lists and search, at two sizes of the data', () => {
  it('are the same with one active commune and with 41, and the figures follow the data', async () => {
    await addActivity([DemoIds.demoCommune], { events: 60, proposals: 60, trainings: 1 });
    const small = await measure();
    for (const outcome of Object.values(small)) expect(outcome.errors).toBeUndefined();
    // its own events and the network training it attended
    const demoEvents = small.commune.data!._entities[0].events.totalCount;
    expect(small.commune.data!._entities[0].events.nodes).toHaveLength(50);
    expect(small.search.data!.proposals.nodes).toHaveLength(20);

    const others = uuids(40, 'b0000001');
    await addActivity(others, { events: 30, proposals: 60, trainings: 3 });
    await addActivity([DemoIds.demoCommune], { events: 0, proposals: 0, trainings: 2 });
    const large = await measure();
    for (const outcome of Object.values(large)) expect(outcome.errors).toBeUndefined();
    expect(large.commune.data!._entities[0].events.totalCount).toBe(demoEvents + 2);
    expect(large.network.data!._entities[0].participation.proposalCount).toBeGreaterThan(small.network.data!._entities[0].participation.proposalCount + 2_000);
    expect(large.network.data!._entities[0].capacityBuilding.collectivitiesTrained).toBeGreaterThanOrEqual(41);
    expect(large.search.data!.proposals.totalCount).toBeGreaterThan(1_800);

    for (const name of Object.keys(small) as Array<keyof typeof small>) {
      expect({ name, statements: large[name].sqlStatements }).toEqual({ name, statements: small[name].sqlStatements });
    }
  });
});
