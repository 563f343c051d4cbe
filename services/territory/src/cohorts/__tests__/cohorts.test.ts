import { randomUUID } from 'node:crypto';
import { DemoCohortIds, DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };

const snapshot = async () =>
  (await subgraph.ownerDataSource.query(
    `SELECT (SELECT count(*) FROM territory.cohort)::int AS cohorts,
            (SELECT count(*) FROM territory.onboarding_step)::int AS steps,
            (SELECT string_agg(collectivity_id || '=' || coalesce(cohort_id::text, '-'), ',' ORDER BY collectivity_id) FROM territory.network_membership) AS placements,
            (SELECT count(*) FROM audit.entry)::int AS audit`,
  ))[0];

/** A fresh member commune, so that a test changes no demo record. */
async function member(): Promise<string> {
  const id = randomUUID();
  await subgraph.ownerDataSource.query("INSERT INTO territory.collectivity (id, kind, name_ar, name_fr, is_fictional) VALUES ($1, 'COMMUNE', 'جماعة', 'Commune test', true)", [id]);
  await subgraph.ownerDataSource.query("INSERT INTO territory.network_membership (collectivity_id, joined_on) VALUES ($1, '2025-01')", [id]);
  return id;
}

const CREATE = 'mutation ($input: CohortInput!) { createCohort(input: $input) { id label(language: FR) period memberCount } }';
const STEP = `mutation ($c: ID!, $s: OnboardingStepKind!, $on: String) {
  setOnboardingStep(collectivityId: $c, step: $s, completedOn: $on) { membership { onboarding { step completedOn } nextStep completedSteps } }
}`;

describe('waves of members', () => {
  it('lists the waves for anyone, oldest first, with their active members and where they stand', async () => {
    const { data, errors } = await subgraph.execute(
      '{ cohorts { totalCount nodes { id label(language: FR) labelAr period memberCount progress { step count } } } }',
      {},
      anonymous,
    );
    expect(errors).toBeUndefined();
    expect(data!.cohorts.totalCount).toBe(3);
    expect(data!.cohorts.nodes.map((node: any) => [node.id, node.label, node.period, node.memberCount])).toEqual([
      [DemoCohortIds.founding2023, 'Membres fondateurs 2023', '2023', 12],
      [DemoCohortIds.year2024, 'Vague 2024', '2024', 0],
      [DemoCohortIds.december2024, 'Vague de décembre 2024', '2024-12', 2],
    ]);
    expect(data!.cohorts.nodes[2].progress).toEqual([
      { step: 'INFORMATION_MEETING', count: 2 },
      { step: 'TRAINING', count: 1 },
      { step: 'FOCAL_POINT_NAMED', count: 2 },
      { step: 'COMMITTEE_FORMED', count: 1 },
      { step: 'PROGRAMME_STARTED', count: 1 },
    ]);
  });

  it('finds a wave by an Arabic or accent-free French search', async () => {
    for (const search of ['دجنبر', 'DECEMBRE']) {
      const { data } = await subgraph.execute('query ($s: String) { cohorts(filter: { search: $s }) { nodes { id } } }', { s: search });
      expect(data!.cohorts.nodes).toEqual([{ id: DemoCohortIds.december2024 }]);
    }
  });

  it("shows where each member of Tamazgana's wave stands, keeping joinedOn as it was", async () => {
    const { data, errors } = await subgraph.execute(
      `query ($id: ID!) { cohort(id: $id) { memberIds members { totalCount nodes { id membership { joinedOn cohort { id }
         onboarding { step completedOn } nextStep completedSteps } } } } }`,
      { id: DemoCohortIds.december2024 },
    );
    expect(errors).toBeUndefined();
    const { members, memberIds } = data!.cohort;
    expect(members.nodes.map((node: { id: string }) => node.id)).toEqual(memberIds);
    const byId = Object.fromEntries(members.nodes.map((node: any) => [node.id, node.membership]));
    expect(byId[DemoIds.tamazgana]).toEqual({
      joinedOn: '2024-12',
      cohort: { id: DemoCohortIds.december2024 },
      onboarding: [
        { step: 'INFORMATION_MEETING', completedOn: '2025-02-11' },
        { step: 'TRAINING', completedOn: '2025-02-11' },
        { step: 'FOCAL_POINT_NAMED', completedOn: '2025-03' },
        { step: 'COMMITTEE_FORMED', completedOn: '2025-03-07' },
        { step: 'PROGRAMME_STARTED', completedOn: '2025-03-07' },
      ],
      nextStep: null,
      completedSteps: 5,
    });
    expect(byId[DemoIds.demoCommune]).toMatchObject({ nextStep: 'TRAINING', completedSteps: 2 });
  });

  it('counts and lists only active members where asked, and pages members', async () => {
    const cohort = (await subgraph.execute(CREATE, { input: { labelAr: 'فوج اختبار الحالة', labelFr: 'Vague test statut', period: '2025-05' } }, network)).data!.createCohort;
    const [active, suspended] = [await member(), await member()];
    for (const id of [active, suspended]) await subgraph.execute('mutation ($c: ID!, $w: ID) { assignCohort(collectivityId: $c, cohortId: $w) { id } }', { c: id, w: cohort.id }, network);
    await subgraph.ownerDataSource.query("UPDATE territory.network_membership SET status = 'SUSPENDED' WHERE collectivity_id = $1", [suspended]);
    const { data } = await subgraph.execute(
      `query ($id: ID!) { cohort(id: $id) { memberCount memberIds all: members { totalCount } active: members(status: ACTIVE) { totalCount nodes { id } }
         page: members(first: 1, offset: 1) { totalCount nodes { id } } } }`,
      { id: cohort.id },
    );
    expect(data!.cohort).toMatchObject({ memberCount: 1, memberIds: [active], all: { totalCount: 2 }, active: { totalCount: 1, nodes: [{ id: active }] } });
    expect(data!.cohort.page.totalCount).toBe(2);
    expect(data!.cohort.page.nodes).toHaveLength(1);
  });

  it('refuses a page above 100 naming `first`, and a malformed id naming `id`', async () => {
    const page = await subgraph.execute('query ($id: ID!) { cohort(id: $id) { members(first: 101) { totalCount } } }', { id: DemoCohortIds.founding2023 });
    expect(page.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const malformed = await subgraph.execute('{ cohort(id: "wave-1") { id } }');
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('recording waves and onboarding', () => {
  it('lets the network open a wave, place a member in it and record its steps, auditing each write', async () => {
    const before = await snapshot();
    const created = await subgraph.execute(CREATE, { input: { labelAr: 'فوج 2026', labelFr: 'Vague 2026', period: '2026' } }, network);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCohort).toMatchObject({ label: 'Vague 2026', period: '2026', memberCount: 0 });
    const id = await member();
    const placed = await subgraph.execute(
      'mutation ($c: ID!, $w: ID) { assignCohort(collectivityId: $c, cohortId: $w) { membership { cohort { id } joinedOn } } }',
      { c: id, w: created.data!.createCohort.id },
      network,
    );
    expect(placed.data!.assignCohort.membership).toEqual({ cohort: { id: created.data!.createCohort.id }, joinedOn: '2025-01' });
    const step = await subgraph.execute(STEP, { c: id, s: 'INFORMATION_MEETING', on: '2025-02' }, network);
    expect(step.data!.setOnboardingStep.membership).toMatchObject({ nextStep: 'TRAINING', completedSteps: 1 });
    const changed = await subgraph.execute(STEP, { c: id, s: 'INFORMATION_MEETING', on: '2025-02-20' }, network);
    expect(changed.data!.setOnboardingStep.membership.onboarding[0]).toEqual({ step: 'INFORMATION_MEETING', completedOn: '2025-02-20' });
    const cleared = await subgraph.execute(STEP, { c: id, s: 'INFORMATION_MEETING', on: null }, network);
    expect(cleared.data!.setOnboardingStep.membership).toMatchObject({ nextStep: 'INFORMATION_MEETING', completedSteps: 0 });
    const entries = await subgraph.ownerDataSource.query(
      "SELECT entity, action, collectivity_id FROM audit.entry WHERE actor_role = 'NETWORK_ADMIN' AND entity IN ('Cohort', 'NetworkMembership', 'OnboardingStep') AND occurred_at > now() - interval '1 minute' AND (entity_id = $1 OR collectivity_id = $2) ORDER BY occurred_at",
      [created.data!.createCohort.id, id],
    );
    expect(entries.map((entry: { entity: string; action: string }) => `${entry.entity} ${entry.action}`)).toEqual([
      'Cohort CREATE',
      'NetworkMembership UPDATE',
      'OnboardingStep CREATE',
      'OnboardingStep UPDATE',
      'OnboardingStep DELETE',
    ]);
    expect((await snapshot()).audit).toBe(before.audit + 5);
  });

  it('renames a wave, and removes it only once empty', async () => {
    const created = (await subgraph.execute(CREATE, { input: { labelAr: 'فوج مؤقت', labelFr: 'Vague provisoire', period: '2025-07' } }, network)).data!.createCohort;
    const renamed = await subgraph.execute('mutation ($id: ID!) { updateCohort(id: $id, input: { labelFr: "Vague de juillet 2025" }) { label(language: FR) labelAr } }', { id: created.id }, network);
    expect(renamed.data!.updateCohort).toEqual({ label: 'Vague de juillet 2025', labelAr: 'فوج مؤقت' });
    const id = await member();
    await subgraph.execute('mutation ($c: ID!, $w: ID) { assignCohort(collectivityId: $c, cohortId: $w) { id } }', { c: id, w: created.id }, network);
    const refused = await subgraph.execute('mutation ($id: ID!) { deleteCohort(id: $id) }', { id: created.id }, network);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    await subgraph.execute('mutation ($c: ID!) { assignCohort(collectivityId: $c, cohortId: null) { membership { cohort { id } } } }', { c: id }, network);
    const removed = await subgraph.execute('mutation ($id: ID!) { deleteCohort(id: $id) }', { id: created.id }, network);
    expect(removed.data!.deleteCohort).toBe(true);
  });

  it.each([
    ['anonymous', anonymous, 'UNAUTHENTICATED'],
    ["Tamazgana's admin", adminA, 'FORBIDDEN'],
    ["Tamazgana's editor", editorA, 'FORBIDDEN'],
  ])('refuses %s every write, changing nothing', async (_who, caller, code) => {
    const before = await snapshot();
    const writes: Array<[string, Record<string, unknown>]> = [
      [CREATE, { input: { labelAr: 'فوج', labelFr: 'Vague', period: '2025' } }],
      ['mutation ($id: ID!) { updateCohort(id: $id, input: { period: "2022" }) { id } }', { id: DemoCohortIds.december2024 }],
      ['mutation ($id: ID!) { deleteCohort(id: $id) }', { id: DemoCohortIds.year2024 }],
      ['mutation ($c: ID!) { assignCohort(collectivityId: $c, cohortId: null) { id } }', { c: DemoIds.tamazgana }],
      [STEP, { c: DemoIds.tamazgana, s: 'TRAINING', on: null }],
      [STEP, { c: DemoIds.demoCommune, s: 'TRAINING', on: '2025-02-11' }],
    ];
    for (const [mutation, variables] of writes) {
      const { errors } = await subgraph.execute(mutation, variables, caller);
      expect(errors![0].extensions!.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a period that is not a year or month', CREATE, { input: { labelAr: 'فوج', labelFr: 'Vague', period: '2024-13' } }, 'period'],
    ['a blank label', CREATE, { input: { labelAr: '  ', labelFr: 'Vague', period: '2024' } }, 'labelAr'],
    ['a French label already taken', CREATE, { input: { labelAr: 'فوج جديد', labelFr: 'Vague 2024', period: '2024' } }, 'labelFr'],
    ['an unknown wave', 'mutation ($c: ID!) { assignCohort(collectivityId: $c, cohortId: "00000000-0000-4000-8000-00000000dead") { id } }', { c: DemoIds.tamazgana }, 'cohortId'],
    ['a date that does not exist', STEP, { c: DemoIds.demoCommune, s: 'TRAINING', on: '2025-02-30' }, 'completedOn'],
    ['a date in the future', STEP, { c: DemoIds.demoCommune, s: 'TRAINING', on: `${new Date().getUTCFullYear() + 1}-01` }, 'completedOn'],
    ['a malformed collectivity id', STEP, { c: 'tamazgana', s: 'TRAINING', on: '2025' }, 'collectivityId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, changing nothing', async (_what, mutation, variables, field) => {
    const before = await snapshot();
    const { errors } = await subgraph.execute(mutation, variables, network);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for a collectivity that is not a member', async () => {
    const { errors } = await subgraph.execute(STEP, { c: randomUUID(), s: 'TRAINING', on: '2025' }, network);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
