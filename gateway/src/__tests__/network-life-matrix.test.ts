import { randomUUID } from 'node:crypto';
import { DemoCohortIds, DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID } from '@infitah/server-kit';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * The network's life through the gateway: capacity building (participation) and waves of members with their
 * onboarding (territory), and the list that needs both: who of a wave is not yet trained.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const participation = () => platform.subgraphs.participation.ownerDataSource;
const territory = () => platform.subgraphs.territory.ownerDataSource;

/** A held network training, straight in the database as the network's own record. */
async function training(published: boolean): Promise<string> {
  const id = randomUUID();
  await participation().query(
    `INSERT INTO participation.event (collectivity_id, id, kind, organizer, title_fr, starts_at, status, published)
     VALUES ($1, $2, 'TRAINING', 'NETWORK', 'Formation des nouveaux membres', '2025-05-13T09:00:00Z', 'HELD', $3)`,
    [NETWORK_TENANT_ID, id, published],
  );
  return id;
}

/** Fresh member communes, in a wave of their own when given, named so that their order is known. */
async function members(count: number, cohortId: string | null = null): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await territory().query(
    `INSERT INTO territory.collectivity (id, kind, name_ar, name_fr, is_fictional)
     SELECT id, 'COMMUNE', 'جماعة تجريبية ' || n, 'Commune test ' || lpad(n::text, 3, '0'), true FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, n)`,
    [ids],
  );
  await territory().query("INSERT INTO territory.network_membership (collectivity_id, joined_on, cohort_id) SELECT id, '2025', $2 FROM unnest($1::uuid[]) AS id", [ids, cohortId]);
  return ids;
}

async function wave(): Promise<string> {
  const [{ id }] = await territory().query(
    "INSERT INTO territory.cohort (label_ar, label_fr, period) VALUES ($1, $2, '2025-05') RETURNING id",
    [`فوج ${randomUUID()}`, `Vague ${randomUUID()}`],
  );
  return id;
}

const attend = (eventId: string, collectivityId: string, token = tokens.network) =>
  platform.graphql(
    `mutation ($e: ID!, $c: ID!) { setCollectivityAttendance(eventId: $e, collectivityId: $c, counts: [{ category: STAFF, gender: FEMALE, count: 2 }]) { id } }`,
    { e: eventId, c: collectivityId },
    token,
  );

const recordedState = async (eventId: string, collectivityId: string) => ({
  counts: (await participation().query('SELECT count(*)::int AS n FROM participation.participant_attendance WHERE event_id = $1', [eventId]))[0].n,
  materials: (await participation().query('SELECT count(*)::int AS n FROM participation.training_material WHERE event_id = $1', [eventId]))[0].n,
  steps: (await territory().query('SELECT count(*)::int AS n FROM territory.onboarding_step WHERE collectivity_id = $1', [collectivityId]))[0].n,
  cohort: (await territory().query('SELECT cohort_id FROM territory.network_membership WHERE collectivity_id = $1', [collectivityId]))[0].cohort_id,
});

describe('capacity building and onboarding are recorded by the network only', () => {
  const onlyTheNetwork: Record<Actor, Outcome> = { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'allowed' };
  const expectations: Record<string, Record<Actor, Outcome>> = {
    'record attendance at a published training': onlyTheNetwork,
    'record attendance at an unpublished training': onlyTheNetwork,
    'set training materials': onlyTheNetwork,
    'record an onboarding step': onlyTheNetwork,
    'clear an onboarding step': onlyTheNetwork,
    'open a wave': onlyTheNetwork,
    'place a member in a wave': onlyTheNetwork,
  };

  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const eventId = await training(operation !== 'record attendance at an unpublished training');
    const [collectivityId] = await members(1);
    await territory().query("INSERT INTO territory.onboarding_step (collectivity_id, step, completed_on) VALUES ($1, 'INFORMATION_MEETING', '2025-01')", [collectivityId]);
    const before = await recordedState(eventId, collectivityId);
    let response;
    let field: string;
    let target: string | null = null;
    switch (operation) {
      case 'record attendance at a published training':
      case 'record attendance at an unpublished training':
        response = await attend(eventId, collectivityId, token);
        field = 'setCollectivityAttendance';
        break;
      case 'set training materials':
        response = await platform.graphql(
          'mutation ($e: ID!) { setTrainingMaterials(eventId: $e, materials: [{ title: "Guide", url: "https://example.org/guide.pdf" }]) { id } }',
          { e: eventId },
          token,
        );
        field = 'setTrainingMaterials';
        break;
      case 'record an onboarding step':
      case 'clear an onboarding step':
        response = await platform.graphql(
          'mutation ($c: ID!, $on: String) { setOnboardingStep(collectivityId: $c, step: INFORMATION_MEETING, completedOn: $on) { id } }',
          { c: collectivityId, on: operation === 'clear an onboarding step' ? null : '2025-02' },
          token,
        );
        field = 'setOnboardingStep';
        break;
      case 'open a wave':
        response = await platform.graphql(
          'mutation ($ar: String!, $fr: String!) { createCohort(input: { labelAr: $ar, labelFr: $fr, period: "2025-06" }) { id } }',
          { ar: `فوج ${randomUUID()}`, fr: `Vague ${randomUUID()}` },
          token,
        );
        field = 'createCohort';
        break;
      default:
        target = await wave();
        response = await platform.graphql('mutation ($c: ID!, $w: ID) { assignCohort(collectivityId: $c, cohortId: $w) { id } }', { c: collectivityId, w: target }, token);
        field = 'assignCohort';
    }
    expect(outcomeOf(response, field)).toBe(expected);
    const after = await recordedState(eventId, collectivityId);
    if (expected !== 'allowed') expect(after).toEqual(before);
    else if (operation.startsWith('record attendance')) expect(after.counts).toBe(1);
    else if (operation === 'set training materials') expect(after.materials).toBe(1);
    else if (operation === 'clear an onboarding step') expect(after.steps).toBe(0);
    else if (operation === 'place a member in a wave') expect(after.cohort).toBe(target);
    await participation().query('DELETE FROM participation.event WHERE id = $1', [eventId]);
  });
});

const FIGURES = `query ($c: ID!) {
  network { capacityBuilding { trainingCount collectivitiesTrained peopleTrainedTotal } }
  trainings: events(filter: { organizer: NETWORK, kind: TRAINING, status: HELD }, first: 0) { totalCount }
  attended: events(filter: { collectivityId: $c, organizer: NETWORK, kind: TRAINING, status: HELD }, first: 0) { totalCount }
  collectivity(id: $c) { capacityBuilding { trained trainingsAttended } }
}`;

describe('capacity-building figures follow what the caller may see', () => {
  it('counts an unpublished training for the network only, each figure matching the lists of the same caller', async () => {
    const eventId = await training(false);
    expect((await attend(eventId, DemoIds.demoCommune)).errors).toBeUndefined();
    try {
      const seen: Record<string, number> = {};
      for (const actor of ['anonymous', 'editorA', 'adminA', 'adminB', 'network'] as Actor[]) {
        const { data, errors } = await platform.graphql(FIGURES, { c: DemoIds.demoCommune }, tokens[actor]);
        expect(errors).toBeUndefined();
        expect(data.network.capacityBuilding.trainingCount).toBe(data.trainings.totalCount);
        expect(data.collectivity.capacityBuilding.trainingsAttended).toBe(data.attended.totalCount);
        expect(data.collectivity.capacityBuilding.trained).toBe(actor === 'network');
        seen[actor] = data.network.capacityBuilding.collectivitiesTrained;
      }
      // the demo data: Tamazgana at the training of 11 February 2025, published
      expect(seen).toEqual({ anonymous: 1, editorA: 1, adminA: 1, adminB: 1, network: 2 });
    } finally {
      await participation().query('DELETE FROM participation.event WHERE id = $1', [eventId]);
    }
  });
});

const UNTRAINED = `query ($w: ID!, $first: Int, $offset: Int) {
  cohort(id: $w) { memberCount members(first: 100) { nodes { id } }
    untrainedMembers(first: $first, offset: $offset) { totalCount nodes { id nameFr membership { nextStep } } }
    training { trainedCount untrainedCount } }
}`;

describe('who of a wave is not yet trained', () => {
  it("names the fictional commune in Tamazgana's wave, December 2024, until its training is recorded and published", async () => {
    const before = await platform.graphql(UNTRAINED, { w: DemoCohortIds.december2024 }, tokens.network);
    expect(before.errors).toBeUndefined();
    expect(before.data.cohort.untrainedMembers).toEqual({
      totalCount: 1,
      nodes: [{ id: DemoIds.demoCommune, nameFr: 'Commune Exemple (données de démonstration fictives)', membership: { nextStep: 'TRAINING' } }],
    });
    expect(before.data.cohort.training).toEqual({ trainedCount: 1, untrainedCount: 1 });

    const eventId = await training(false);
    try {
      await attend(eventId, DemoIds.demoCommune);
      const forNetwork = await platform.graphql(UNTRAINED, { w: DemoCohortIds.december2024 }, tokens.network);
      expect(forNetwork.data.cohort.untrainedMembers).toEqual({ totalCount: 0, nodes: [] });
      // an unpublished training counts only for those who may see it
      const forPublic = await platform.graphql(UNTRAINED, { w: DemoCohortIds.december2024 }, null);
      expect(forPublic.data.cohort.untrainedMembers.totalCount).toBe(1);
      await participation().query('UPDATE participation.event SET published = true WHERE id = $1', [eventId]);
      const published = await platform.graphql(UNTRAINED, { w: DemoCohortIds.december2024 }, null);
      expect(published.data.cohort.training).toEqual({ trainedCount: 2, untrainedCount: 0 });
    } finally {
      await participation().query('DELETE FROM participation.event WHERE id = $1', [eventId]);
    }
  });

  it('filters the whole wave before paginating, in the order of its members, and leaves suspended members out', async () => {
    const waveId = await wave();
    const ids = await members(25, waveId);
    await territory().query("UPDATE territory.network_membership SET status = 'SUSPENDED' WHERE collectivity_id = $1", [ids[24]]);
    const eventId = await training(true);
    try {
      // every third member is trained
      for (const id of ids.filter((_id, index) => index % 3 === 0)) expect((await attend(eventId, id)).errors).toBeUndefined();
      const untrained = ids.slice(0, 24).filter((_id, index) => index % 3 !== 0);
      const { data, errors } = await platform.graphql(UNTRAINED, { w: waveId, first: 5, offset: 10 }, tokens.adminB);
      expect(errors).toBeUndefined();
      expect(data.cohort.memberCount).toBe(24);
      expect(data.cohort.members.nodes.map((node: { id: string }) => node.id)).toEqual(ids);
      expect(data.cohort.untrainedMembers.totalCount).toBe(untrained.length);
      expect(data.cohort.untrainedMembers.nodes.map((node: { id: string }) => node.id)).toEqual(untrained.slice(10, 15));
      expect(data.cohort.training).toEqual({ trainedCount: 8, untrainedCount: 16 });

      const waves = await platform.graphql('{ cohorts(first: 100) { nodes { id memberCount training { untrainedCount } } } }', {}, null);
      expect(waves.data.cohorts.nodes.find((node: { id: string }) => node.id === waveId)).toEqual({ id: waveId, memberCount: 24, training: { untrainedCount: 16 } });
    } finally {
      await participation().query('DELETE FROM participation.event WHERE id = $1', [eventId]);
    }
  });

  it('refuses a page above 100 naming `first`', async () => {
    const { errors } = await platform.graphql(UNTRAINED, { w: DemoCohortIds.december2024, first: 101 }, null);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
