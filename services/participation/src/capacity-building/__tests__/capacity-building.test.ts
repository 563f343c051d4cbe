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
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };

const FIGURES = `query ($r: [_Any!]!, $c: [_Any!]!) {
  network: _entities(representations: $r) { ... on Network { capacityBuilding { trainingCount collectivitiesTrained peopleTrainedTotal peopleTrained { category gender count } } } }
  members: _entities(representations: $c) { ... on Collectivity { id capacityBuilding { trained trainingsAttended lastTrainedOn peopleTrainedTotal } } }
  trainings: events(filter: { organizer: NETWORK, kind: TRAINING, status: HELD }, first: 0) { totalCount }
}`;

async function figuresFor(caller: Caller, collectivityIds = [DemoIds.tamazgana, DemoIds.demoCommune]) {
  const { data, errors } = await subgraph.execute(
    FIGURES,
    { r: [{ __typename: 'Network', id: DemoIds.network }], c: collectivityIds.map((id) => ({ __typename: 'Collectivity', id })) },
    caller,
  );
  expect(errors).toBeUndefined();
  return { network: data!.network[0].capacityBuilding, members: data!.members, trainingTotal: data!.trainings.totalCount as number };
}

const SET_ATTENDANCE = `mutation ($e: ID!, $c: ID!, $counts: [ParticipantCountInput!]!, $attended: Boolean) {
  setCollectivityAttendance(eventId: $e, collectivityId: $c, counts: $counts, attended: $attended) {
    collectivityAttendance { collectivity { id } category gender count isIllustrative } attendingCollectivities { id }
  }
}`;
const SET_MATERIALS = `mutation ($e: ID!, $m: [TrainingMaterialInput!]!) { setTrainingMaterials(eventId: $e, materials: $m) { materials { title url } } }`;

/** A network training straight in the database, as the network's own record. */
async function training(options: { published?: boolean; status?: string; kind?: string } = {}): Promise<string> {
  const id = randomUUID();
  await subgraph.ownerDataSource.query(
    `INSERT INTO participation.event (collectivity_id, id, kind, organizer, title_fr, starts_at, starts_at_precision, status, published)
     VALUES ($1, $2, $3, 'NETWORK', 'Formation', '2025-06-03T09:00:00Z', 'MINUTE', $4, $5)`,
    [NETWORK_TENANT_ID, id, options.kind ?? 'TRAINING', options.status ?? 'HELD', options.published ?? false],
  );
  return id;
}

const snapshot = async () =>
  (await subgraph.ownerDataSource.query(
    `SELECT (SELECT count(*) FROM participation.participant_attendance)::int AS counts,
            (SELECT count(*) FROM participation.event_participant)::int AS participants,
            (SELECT count(*) FROM participation.training_material)::int AS materials,
            (SELECT count(*) FROM audit.entry)::int AS audit`,
  ))[0];

describe('capacity-building figures', () => {
  it("counts the press kit's training of 11 February 2025 for everyone: one training, Tamazgana trained, its illustrative counts", async () => {
    const { network: figures, members, trainingTotal } = await figuresFor(anonymous);
    expect(figures).toEqual({
      trainingCount: 1,
      collectivitiesTrained: 1,
      peopleTrainedTotal: 6,
      peopleTrained: [
        { category: 'COUNCIL_MEMBER', gender: 'FEMALE', count: 1 },
        { category: 'COUNCIL_MEMBER', gender: 'MALE', count: 2 },
        { category: 'IEPEG_MEMBER', gender: 'FEMALE', count: 1 },
        { category: 'STAFF', gender: 'FEMALE', count: 1 },
        { category: 'STAFF', gender: 'MALE', count: 1 },
      ],
    });
    expect(trainingTotal).toBe(figures.trainingCount);
    expect(members).toEqual([
      { id: DemoIds.tamazgana, capacityBuilding: { trained: true, trainingsAttended: 1, lastTrainedOn: '2025-02-11', peopleTrainedTotal: 6 } },
      { id: DemoIds.demoCommune, capacityBuilding: { trained: false, trainingsAttended: 0, lastTrainedOn: null, peopleTrainedTotal: 0 } },
    ]);
  });

  it('shows the training’s counts per collectivity, marked illustrative, and its material', async () => {
    const { data, errors } = await subgraph.execute(
      'query ($id: ID!) { event(id: $id) { collectivityAttendance { collectivity { id } count isIllustrative } materials { title url } } }',
      { id: DemoIds.events.networkTraining },
    );
    expect(errors).toBeUndefined();
    expect(data!.event.collectivityAttendance).toHaveLength(5);
    expect(data!.event.collectivityAttendance.every((row: any) => row.collectivity.id === DemoIds.tamazgana && row.isIllustrative)).toBe(true);
    expect(data!.event.materials).toEqual([expect.objectContaining({ url: 'https://ctouvertes.collectivites-territoriales.gov.ma' })]);
  });

  it('follows the caller’s visibility: an unpublished training counts for the network only, and each figure matches the lists', async () => {
    const id = await training();
    const recorded = await subgraph.execute(SET_ATTENDANCE, { e: id, c: DemoIds.demoCommune, counts: [{ category: 'STAFF', gender: 'FEMALE', count: 3 }] }, network);
    expect(recorded.errors).toBeUndefined();
    try {
      for (const caller of [anonymous, editorA, adminB, network]) {
        const { network: figures, members, trainingTotal } = await figuresFor(caller);
        expect(figures.trainingCount).toBe(trainingTotal);
        expect(figures.collectivitiesTrained).toBe(members.filter((member: any) => member.capacityBuilding.trained).length);
        const demo = members[1].capacityBuilding;
        const list = await subgraph.execute(
          'query ($c: ID!) { events(filter: { collectivityId: $c, organizer: NETWORK, kind: TRAINING, status: HELD }) { totalCount } }',
          { c: DemoIds.demoCommune },
          caller,
        );
        expect(demo.trainingsAttended).toBe(list.data!.events.totalCount);
        expect(demo.trained).toBe(caller === network);
        expect(demo.peopleTrainedTotal).toBe(caller === network ? 3 : 0);
      }
    } finally {
      await subgraph.ownerDataSource.query('DELETE FROM participation.event WHERE id = $1', [id]);
    }
  });

  it('counts only held trainings, and only collectivities still marked as attending', async () => {
    const planned = await training({ status: 'PLANNED', published: true });
    const meeting = await training({ kind: 'NETWORK_MEETING', published: true });
    const held = await training({ published: true });
    try {
      for (const event of [planned, meeting]) {
        await subgraph.execute(SET_ATTENDANCE, { e: event, c: DemoIds.demoCommune, counts: [{ category: 'STAFF', gender: 'MALE', count: 2 }] }, network);
      }
      let { members } = await figuresFor(anonymous);
      expect(members[1].capacityBuilding.trained).toBe(false);
      await subgraph.execute(SET_ATTENDANCE, { e: held, c: DemoIds.demoCommune, counts: [{ category: 'STAFF', gender: 'MALE', count: 2 }] }, network);
      ({ members } = await figuresFor(anonymous));
      expect(members[1].capacityBuilding).toMatchObject({ trained: true, trainingsAttended: 1, lastTrainedOn: '2025-06-03', peopleTrainedTotal: 2 });
      const withdrawn = await subgraph.execute(SET_ATTENDANCE, { e: held, c: DemoIds.demoCommune, counts: [], attended: false }, network);
      expect(withdrawn.data!.setCollectivityAttendance).toEqual({ collectivityAttendance: [], attendingCollectivities: [] });
      ({ members } = await figuresFor(anonymous));
      expect(members[1].capacityBuilding.trained).toBe(false);
    } finally {
      await subgraph.ownerDataSource.query('DELETE FROM participation.event WHERE id = ANY($1)', [[planned, meeting, held]]);
    }
  });

  it('tells, for a wave handed over by territory, which active members are not yet trained, filtered over the whole wave then paginated', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cohort {
      untrainedMembers(first: 1) { totalCount nodes { id } } second: untrainedMembers(first: 1, offset: 1) { totalCount nodes { id } }
      training { trainedCount untrainedCount } } } }`;
    const other = randomUUID();
    const { data, errors } = await subgraph.execute(query, {
      r: [{ __typename: 'Cohort', id: DemoCohortIds.december2024, memberIds: [DemoIds.tamazgana, DemoIds.demoCommune, other] }],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toEqual({
      untrainedMembers: { totalCount: 2, nodes: [{ id: DemoIds.demoCommune }] },
      second: { totalCount: 2, nodes: [{ id: other }] },
      training: { trainedCount: 1, untrainedCount: 2 },
    });
  });
});

describe('recording capacity building', () => {
  it('lets the network record a collectivity’s counts, marks it as attending, and audits it', async () => {
    const id = await training({ published: true });
    const before = await snapshot();
    const counts = [
      { category: 'COUNCIL_MEMBER', gender: 'FEMALE', count: 2 },
      { category: 'CIVIL_SOCIETY', gender: 'MALE', count: 0 },
    ];
    const { data, errors } = await subgraph.execute(SET_ATTENDANCE, { e: id, c: DemoIds.demoCommune, counts }, network);
    expect(errors).toBeUndefined();
    expect(data!.setCollectivityAttendance.attendingCollectivities).toEqual([{ id: DemoIds.demoCommune }]);
    expect(data!.setCollectivityAttendance.collectivityAttendance).toEqual(
      [...counts]
        .sort((a, b) => a.category.localeCompare(b.category))
        .map((row) => ({ collectivity: { id: DemoIds.demoCommune }, ...row, isIllustrative: false })),
    );
    expect(await snapshot()).toEqual({ ...before, counts: before.counts + 2, participants: before.participants + 1, audit: before.audit + 1 });
    const [entry] = await subgraph.ownerDataSource.query(
      "SELECT actor_role, collectivity_id, after FROM audit.entry WHERE entity = 'ParticipantAttendance' AND entity_id = $1",
      [id],
    );
    expect(entry).toMatchObject({ actor_role: 'NETWORK_ADMIN', collectivity_id: NETWORK_TENANT_ID, after: { participantId: DemoIds.demoCommune, attended: true } });
    await subgraph.ownerDataSource.query('DELETE FROM participation.event WHERE id = $1', [id]);
  });

  it('replaces the training materials in order and audits it', async () => {
    const id = await training({ published: true });
    const materials = [
      { title: 'Guide de la co-construction', url: 'https://example.org/guide.pdf' },
      { title: ' Présentation ', url: 'http://example.org/slides?v=2' },
    ];
    const { data, errors } = await subgraph.execute(SET_MATERIALS, { e: id, m: materials }, network);
    expect(errors).toBeUndefined();
    expect(data!.setTrainingMaterials.materials).toEqual([materials[0], { title: 'Présentation', url: 'http://example.org/slides?v=2' }]);
    const again = await subgraph.execute(SET_MATERIALS, { e: id, m: materials.slice(1) }, network);
    expect(again.data!.setTrainingMaterials.materials).toHaveLength(1);
    const actions = await subgraph.ownerDataSource.query("SELECT action FROM audit.entry WHERE entity = 'TrainingMaterials' AND entity_id = $1 ORDER BY occurred_at", [id]);
    expect(actions).toEqual([{ action: 'CREATE' }, { action: 'UPDATE' }]);
    await subgraph.ownerDataSource.query('DELETE FROM participation.event WHERE id = $1', [id]);
  });

  it.each([
    ['anonymous', anonymous, 'UNAUTHENTICATED'],
    ["Tamazgana's editor", editorA, 'FORBIDDEN'],
    ["the demo commune's admin", adminB, 'FORBIDDEN'],
  ])('refuses %s, writing nothing', async (_who, caller, code) => {
    const before = await snapshot();
    const attendance = await subgraph.execute(
      SET_ATTENDANCE,
      { e: DemoIds.events.networkTraining, c: caller.collectivityId ?? DemoIds.demoCommune, counts: [{ category: 'STAFF', gender: 'MALE', count: 9 }] },
      caller,
    );
    expect(attendance.errors![0].extensions!.code).toBe(code);
    const materials = await subgraph.execute(SET_MATERIALS, { e: DemoIds.events.networkTraining, m: [] }, caller);
    expect(materials.errors![0].extensions!.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a negative count', { counts: [{ category: 'STAFF', gender: 'MALE', count: -1 }] }, 'counts.0.count'],
    ['a category and gender given twice', { counts: [{ category: 'STAFF', gender: 'MALE', count: 1 }, { category: 'STAFF', gender: 'MALE', count: 2 }] }, 'counts.1'],
    ['a malformed collectivity id', { c: 'tamazgana' }, 'collectivityId'],
    ['the network as a participant', { c: NETWORK_TENANT_ID }, 'collectivityId'],
    ["a collectivity's own event", { e: DemoIds.events.tamazganaWorkshop }, 'eventId'],
    ['counts with a withdrawal', { attended: false }, 'counts'],
  ])('refuses attendance with %s, naming the field, and writes nothing', async (_what, change, field) => {
    const before = await snapshot();
    const { errors } = await subgraph.execute(
      SET_ATTENDANCE,
      { e: DemoIds.events.networkTraining, c: DemoIds.demoCommune, counts: [{ category: 'STAFF', gender: 'FEMALE', count: 1 }], ...change },
      network,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses attendance at a cancelled event', async () => {
    const id = await training({ status: 'CANCELLED' });
    const { errors } = await subgraph.execute(SET_ATTENDANCE, { e: id, c: DemoIds.demoCommune, counts: [] }, network);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    await subgraph.ownerDataSource.query('DELETE FROM participation.event WHERE id = $1', [id]);
  });

  it.each([
    ['a javascript: link', { title: 'Guide', url: 'javascript:alert(1)' }, 'materials.0.url'],
    ['an ftp link', { title: 'Guide', url: 'ftp://example.org/guide.pdf' }, 'materials.0.url'],
    ['a relative link', { title: 'Guide', url: '/guide.pdf' }, 'materials.0.url'],
    ['a blank title', { title: '   ', url: 'https://example.org' }, 'materials.0.title'],
  ])('refuses a material with %s, naming the field, and keeps the materials as they were', async (_what, material, field) => {
    const before = await snapshot();
    const { errors } = await subgraph.execute(SET_MATERIALS, { e: DemoIds.events.networkTraining, m: [material] }, network);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });
});
