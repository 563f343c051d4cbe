import { randomUUID } from 'node:crypto';
import { DemoCohortIds, DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID, type Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };

/** `trainings` more held network trainings, each attended by `collectivities` collectivities with two counts each. */
async function grow(trainings: number, collectivityIds: string[]): Promise<void> {
  await subgraph.ownerDataSource.query(
    `WITH created AS (
       INSERT INTO participation.event (collectivity_id, kind, organizer, title_fr, starts_at, status, published)
       SELECT $1, 'TRAINING', 'NETWORK', 'Formation ' || n, now() - n * interval '1 day', 'HELD', n % 2 = 0 FROM generate_series(1, $2::int) AS n
       RETURNING collectivity_id, id)
     , attended AS (
       INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, invited, attended)
       SELECT c.collectivity_id, c.id, p, true, true FROM created c CROSS JOIN unnest($3::uuid[]) AS p
       RETURNING collectivity_id, event_id, participant_id)
     INSERT INTO participation.participant_attendance (collectivity_id, event_id, participant_id, category, gender, count)
     SELECT a.collectivity_id, a.event_id, a.participant_id, 'STAFF', g, 2 FROM attended a CROSS JOIN unnest(ARRAY['FEMALE', 'MALE']) AS g`,
    [NETWORK_TENANT_ID, trainings, collectivityIds],
  );
}

const QUERY = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Network { capacityBuilding { trainingCount collectivitiesTrained peopleTrained { category gender count } } }
    ... on Collectivity { capacityBuilding { trained trainingsAttended lastTrainedOn peopleTrained { count } } }
    ... on Cohort { untrainedMembers(first: 5) { totalCount nodes { id } } training { trainedCount untrainedCount } }
  }
}`;

function representations(collectivityIds: string[], cohorts: number) {
  return [
    { __typename: 'Network', id: DemoIds.network },
    ...collectivityIds.map((id) => ({ __typename: 'Collectivity', id })),
    ...Array.from({ length: cohorts }, (_unused, index) => ({
      __typename: 'Cohort',
      id: index === 0 ? DemoCohortIds.december2024 : randomUUID(),
      memberIds: collectivityIds,
    })),
  ];
}

describe('capacity-building loaders', () => {
  it('cost the same SQL statements for 60 collectivities and 20 waves over 40 trainings as for 2 collectivities and 1 wave over 1', async () => {
    const small = await subgraph.execute(QUERY, { r: representations([DemoIds.tamazgana, DemoIds.demoCommune], 1) }, network);
    expect(small.errors).toBeUndefined();
    const many = Array.from({ length: 60 }, () => randomUUID());
    await grow(40, many.slice(0, 45));
    const large = await subgraph.execute(QUERY, { r: representations(many, 20) }, network);
    expect(large.errors).toBeUndefined();
    expect(large.data!._entities[0].capacityBuilding).toMatchObject({ trainingCount: 41, collectivitiesTrained: 46 });
    expect(large.data!._entities[1].capacityBuilding).toMatchObject({ trained: true, trainingsAttended: 40 });
    expect(large.data!._entities[61].untrainedMembers.totalCount).toBe(15);
    expect(large.data!._entities[61].training).toEqual({ trainedCount: 45, untrainedCount: 15 });
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // transaction control and settings, the figures stamp and the network's figures (the data changed: not kept),
    // then every collectivity's (waves included) in one
    expect(large.sqlStatements).toBeLessThanOrEqual(6);
  });

  it('cost the same SQL statements for a network event with 50 attending collectivities and their materials as for one with 1', async () => {
    const query = `query ($id: ID!) { event(id: $id) { collectivityAttendance { collectivity { id } category count } materials { url } } }`;
    const small = await subgraph.execute(query, { id: DemoIds.events.networkTraining }, network);
    const [{ id }] = await subgraph.ownerDataSource.query(
      "INSERT INTO participation.event (collectivity_id, kind, organizer, title_fr, starts_at, status) VALUES ($1, 'TRAINING', 'NETWORK', 'Grande formation', now(), 'HELD') RETURNING id",
      [NETWORK_TENANT_ID],
    );
    const collectivityIds = Array.from({ length: 50 }, () => randomUUID());
    await subgraph.ownerDataSource.query(
      `WITH attended AS (
         INSERT INTO participation.event_participant (collectivity_id, event_id, participant_id, attended) SELECT $1, $2, p, true FROM unnest($3::uuid[]) AS p
         RETURNING participant_id)
       INSERT INTO participation.participant_attendance (collectivity_id, event_id, participant_id, category, gender, count) SELECT $1, $2, participant_id, 'STAFF', 'FEMALE', 1 FROM attended`,
      [NETWORK_TENANT_ID, id, collectivityIds],
    );
    await subgraph.ownerDataSource.query(
      "INSERT INTO participation.training_material (collectivity_id, event_id, position, title, url) SELECT $1, $2, n, 'Support ' || n, 'https://example.org/' || n FROM generate_series(0, 19) AS n",
      [NETWORK_TENANT_ID, id],
    );
    const large = await subgraph.execute(query, { id }, network);
    expect(large.errors).toBeUndefined();
    expect(large.data!.event.collectivityAttendance).toHaveLength(50);
    expect(large.data!.event.materials).toHaveLength(20);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
