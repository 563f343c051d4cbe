import { randomUUID } from 'node:crypto';
import { DemoCohortIds, DemoIds, regionId } from '@infitah/demo-data';
import { moroccoLocal, type Caller } from '@infitah/server-kit';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';
import { expectedStageAfter, monthsSince } from '../member-progress.loader';

/** The network as the press kit describes it, and each member's path derived from the directory's facts. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const { editorA, adminA, adminB, network } = demoCallers;
const ANONYMOUS: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null } as unknown as Caller;
const owner = () => subgraph.ownerDataSource;

/** A new commune, member of the network, in the given wave; its facts are what the test writes. */
async function newMember(options: { cohortId?: string | null; parentId?: string | null; joinedOn?: string } = {}): Promise<string> {
  const id = randomUUID();
  await owner().query("INSERT INTO territory.collectivity (id, kind, name_ar, name_fr, parent_id) VALUES ($1, 'COMMUNE', $2, $3, $4)", [
    id,
    `جماعة ${id.slice(0, 8)}`,
    `Commune ${id.slice(0, 8)}`,
    options.parentId ?? null,
  ]);
  await owner().query('INSERT INTO territory.network_membership (collectivity_id, joined_on, cohort_id) VALUES ($1, $2, $3)', [
    id,
    options.joinedOn ?? '2025-01',
    options.cohortId ?? null,
  ]);
  return id;
}

async function fact(collectivityId: string, kind: string, happenedOn: string, published = true): Promise<void> {
  await owner().query('INSERT INTO directory.member_fact (collectivity_id, kind, source_id, happened_on, published) VALUES ($1, $2, $3, $4, $5)', [
    collectivityId,
    kind,
    randomUUID(),
    happenedOn,
    published,
  ]);
}

async function removeMember(id: string): Promise<void> {
  await owner().query('DELETE FROM directory.member_fact WHERE collectivity_id = $1', [id]);
  await owner().query('DELETE FROM territory.network_membership WHERE collectivity_id = $1', [id]);
  await owner().query('DELETE FROM territory.collectivity WHERE id = $1', [id]);
}

const PROGRESS = `query ($filter: MemberProgressFilter, $first: Int, $offset: Int) {
  memberProgress(filter: $filter, first: $first, offset: $offset) { totalCount nodes { collectivity { id nameAr nameFr } stage since overdue expectedStage cohortId regionCode } }
}`;

async function progressOf(id: string) {
  const { data, errors } = await subgraph.execute(PROGRESS, { first: 100 }, network);
  expect(errors).toBeUndefined();
  return data!.memberProgress.nodes.find((node: { collectivity: { id: string } }) => node.collectivity.id === id);
}

describe('the network as the press kit reports it', () => {
  it('reports 228 members as of March 2025 (12 regions, 17 prefecture and province councils, 199 communes) beside the computed count', async () => {
    const { data, errors } = await subgraph.execute(
      '{ network { memberCount reportedComposition { asOf source sourceFr regions prefectureProvinceCouncils communes total } demoData { asOf noteFr } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.network.reportedComposition).toMatchObject({ asOf: '2025-03', regions: 12, prefectureProvinceCouncils: 17, communes: 199, total: 228 });
    expect(data!.network.reportedComposition.source).toContain('تمزكانة');
    expect(data!.network.reportedComposition.sourceFr).toContain('Dossier de presse');
    expect(data!.network.memberCount).toBe(14);
    expect(data!.network.demoData).toMatchObject({ asOf: '2025-03' });
    expect(data!.network.demoData.noteFr).toContain('mars 2025');
  });

  it('describes the support programme: launched in 2022 by the DGCT with the ARM, with its four axes', async () => {
    const { data, errors } = await subgraph.execute(
      '{ network { supportProgramme { nameAr nameFr launchedOn partners { nameAr nameFr lead } axes { number titleAr titleFr descriptionAr descriptionFr } } } }',
    );
    expect(errors).toBeUndefined();
    const programme = data!.network.supportProgramme;
    expect(programme).toMatchObject({ nameAr: 'برنامج دعم الجماعات الترابية المنفتحة', launchedOn: '2022' });
    expect(programme.axes.map((axis: { number: number }) => axis.number)).toEqual([1, 2, 3, 4]);
    expect(programme.axes[1].titleFr).toContain('co-construction');
    expect(programme.partners).toEqual([
      expect.objectContaining({ nameFr: expect.stringContaining('DGCT'), lead: true }),
      expect.objectContaining({ nameAr: 'جمعية جهات المغرب', lead: false }),
    ]);
    for (const axis of programme.axes) for (const text of Object.values(axis)) expect(text).toBeTruthy();
  });

  it('holds the charter: preamble, what an open collectivity is, objectives, values and the five commitments of members', async () => {
    const { data, errors } = await subgraph.execute(
      `{ network { charter { preamble { textAr textFr } decisionAr decisionFr purposeFr openCollectivityAr openCollectivityFr
           objectives { textAr textFr } values { textAr textFr } commitments { textAr textFr } } } }`,
    );
    expect(errors).toBeUndefined();
    const charter = data!.network.charter;
    expect(charter.preamble).toHaveLength(5);
    expect(charter.openCollectivityFr).toContain('collectivité territoriale ouverte');
    expect(charter.objectives).toHaveLength(3);
    expect(charter.values).toHaveLength(2);
    expect(charter.commitments).toHaveLength(5);
    expect(charter.commitments[1].textAr).toContain('اعتماد برامج عمل الانفتاح');
  });
});

const PROGRAMME_INPUT = {
  nameAr: 'برنامج دعم الجماعات الترابية المنفتحة',
  nameFr: "Programme d'appui aux collectivités territoriales ouvertes",
  launchedOn: '2022-12',
  descriptionAr: 'وصف',
  descriptionFr: 'Description',
  partners: [
    { nameAr: 'المديرية العامة للجماعات الترابية', nameFr: 'DGCT', lead: true },
    { nameAr: 'جمعية جهات المغرب', nameFr: 'ARM', lead: false },
  ],
  axes: [1, 2, 3, 4].map((number) => ({ number, titleAr: `محور ${number}`, titleFr: `Axe ${number}`, descriptionAr: '', descriptionFr: '' })),
};
const UPDATE_PROGRAMME = 'mutation ($input: SupportProgrammeInput!) { updateSupportProgramme(input: $input) { launchedOn axes { number titleFr } } }';
const CHARTER_INPUT = {
  preamble: [{ textAr: 'ديباجة', textFr: 'Préambule' }],
  decisionAr: '',
  decisionFr: '',
  purposeAr: '',
  purposeFr: '',
  openCollectivityAr: 'الجماعة المنفتحة',
  openCollectivityFr: 'La collectivité ouverte',
  objectives: [{ textAr: 'هدف', textFr: 'Objectif' }],
  values: [{ textAr: 'قيمة', textFr: 'Valeur' }],
  commitments: [{ textAr: 'التزام', textFr: 'Engagement' }],
};
const UPDATE_CHARTER = 'mutation ($input: CharterInput!) { updateCharter(input: $input) { openCollectivityFr commitments { textFr } } }';

describe('editing the support programme and the charter', () => {
  const snapshot = async () => (await owner().query('SELECT (SELECT to_jsonb(s) - \'updated_at\' FROM territory.support_programme s) AS p, (SELECT to_jsonb(c) - \'updated_at\' FROM territory.network_charter c) AS c'))[0];

  it.each([
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ['an editor', editorA, 'FORBIDDEN'],
    ["a commune's admin", adminA, 'FORBIDDEN'],
    ["another commune's admin", adminB, 'FORBIDDEN'],
  ])('refuses %s, and changes nothing', async (_who, caller, code) => {
    const before = await snapshot();
    const programme = await subgraph.execute(UPDATE_PROGRAMME, { input: PROGRAMME_INPUT }, caller as Caller);
    expect(programme.errors![0].extensions!.code).toBe(code);
    const charter = await subgraph.execute(UPDATE_CHARTER, { input: CHARTER_INPUT }, caller as Caller);
    expect(charter.errors![0].extensions!.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a blank French axis title', { axes: [{ ...PROGRAMME_INPUT.axes[0], titleFr: '  ' }] }, 'axes[0].titleFr'],
    ['axes numbered out of order', { axes: [PROGRAMME_INPUT.axes[1]] }, 'axes[0].number'],
    ['no axis', { axes: [] }, 'axes'],
    ['two leads', { partners: PROGRAMME_INPUT.partners.map((partner) => ({ ...partner, lead: true })) }, 'partners'],
    ['a launch in the future', { launchedOn: '2999' }, 'launchedOn'],
    ['a malformed launch date', { launchedOn: '2022-13' }, 'launchedOn'],
  ])('refuses a support programme with %s, naming the field, and writes nothing', async (_what, change, field) => {
    const before = await snapshot();
    const { errors } = await subgraph.execute(UPDATE_PROGRAMME, { input: { ...PROGRAMME_INPUT, ...change } }, network);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a charter without commitments or with a blank text, naming the field', async () => {
    const none = await subgraph.execute(UPDATE_CHARTER, { input: { ...CHARTER_INPUT, commitments: [] } }, network);
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitments' });
    const blank = await subgraph.execute(UPDATE_CHARTER, { input: { ...CHARTER_INPUT, values: [{ textAr: 'قيمة', textFr: ' ' }] } }, network);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'values[0].textFr' });
  });

  it('lets the network replace both, and records each change in the audit trail', async () => {
    const before = await snapshot();
    try {
      const programme = await subgraph.execute(UPDATE_PROGRAMME, { input: PROGRAMME_INPUT }, network);
      expect(programme.errors).toBeUndefined();
      expect(programme.data!.updateSupportProgramme).toMatchObject({ launchedOn: '2022-12', axes: expect.arrayContaining([{ number: 4, titleFr: 'Axe 4' }]) });
      const charter = await subgraph.execute(UPDATE_CHARTER, { input: CHARTER_INPUT }, network);
      expect(charter.data!.updateCharter).toEqual({ openCollectivityFr: 'La collectivité ouverte', commitments: [{ textFr: 'Engagement' }] });
      const audit = await owner().query(
        "SELECT entity, action, count(*)::int AS n FROM audit.entry WHERE entity IN ('SupportProgramme', 'Charter') GROUP BY entity, action ORDER BY entity",
      );
      expect(audit).toEqual([
        { entity: 'Charter', action: 'UPDATE', n: 1 },
        { entity: 'SupportProgramme', action: 'UPDATE', n: 1 },
      ]);
    } finally {
      await owner().query(
        `UPDATE territory.support_programme SET name_ar = $1::jsonb->>'name_ar', name_fr = $1::jsonb->>'name_fr', launched_on = $1::jsonb->>'launched_on',
           description_ar = $1::jsonb->>'description_ar', description_fr = $1::jsonb->>'description_fr', partners = $1::jsonb->'partners', axes = $1::jsonb->'axes'`,
        [JSON.stringify(before.p)],
      );
      await owner().query(
        `UPDATE territory.network_charter SET preamble = $1::jsonb->'preamble', decision_ar = $1::jsonb->>'decision_ar', decision_fr = $1::jsonb->>'decision_fr',
           purpose_ar = $1::jsonb->>'purpose_ar', purpose_fr = $1::jsonb->>'purpose_fr', open_collectivity_ar = $1::jsonb->>'open_collectivity_ar',
           open_collectivity_fr = $1::jsonb->>'open_collectivity_fr', objectives = $1::jsonb->'objectives', "values" = $1::jsonb->'values', commitments = $1::jsonb->'commitments'`,
        [JSON.stringify(before.c)],
      );
    }
  });
});

describe("each member's path", () => {
  it.each([
    [[], 'JOINED'],
    [['TRAINING_ATTENDED'], 'TRAINED'],
    [['TRAINING_ATTENDED', 'COMMITTEE_MEETING_HELD'], 'COMMITTEE_FORMED'],
    [['COMMITTEE_MEETING_HELD', 'CO_CREATION_WORKSHOP_HELD'], 'CO_CREATION'],
    [['CO_CREATION_WORKSHOP_HELD', 'PUBLIC_CONSULTATION_HELD'], 'CONSULTATION'],
    [['PUBLIC_CONSULTATION_HELD', 'PROGRAMME_ADOPTED'], 'ADOPTED'],
    [['PROGRAMME_ADOPTED', 'PROGRAMME_IMPLEMENTING'], 'IMPLEMENTING'],
    [['PROGRAMME_ADOPTED', 'PROGRESS_REPORT'], 'IMPLEMENTING'],
    [['PROGRAMME_ADOPTED', 'PROGRESS_REPORT', 'REVIEW_PUBLISHED'], 'REVIEWED'],
  ])('derives the stage from the facts %j: %s', async (kinds, stage) => {
    const id = await newMember();
    try {
      for (const [index, kind] of kinds.entries()) await fact(id, kind, `2025-0${index + 2}-10`);
      const progress = await progressOf(id);
      expect(progress.stage).toBe(stage);
      // since: the day of the stage's first record, or the joining date
      expect(progress.since).toBe(kinds.length ? `2025-0${kinds.length + 1}-10` : '2025-01');
    } finally {
      await removeMember(id);
    }
  });

  it('dates a stage from its first record', async () => {
    const id = await newMember();
    try {
      await fact(id, 'TRAINING_ATTENDED', '2025-05-02');
      await fact(id, 'TRAINING_ATTENDED', '2025-04-01');
      expect(await progressOf(id)).toMatchObject({ stage: 'TRAINED', since: '2025-04-01' });
    } finally {
      await removeMember(id);
    }
  });

  it('places the demo regions, with no record of a later stage, at JOINED since they joined in 2023', async () => {
    const { data } = await subgraph.execute(PROGRESS, { first: 100 }, network);
    const regions = data!.memberProgress.nodes.slice(0, 12);
    expect(regions.map((node: { regionCode: string }) => node.regionCode)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    expect(regions.every((node: { stage: string; since: string }) => node.stage === 'JOINED' && node.since === '2023')).toBe(true);
    expect(regions[0].collectivity).toMatchObject({ id: regionId(1), nameFr: 'Tanger-Tétouan-Al Hoceïma' });
  });

  it('sums membersByStage to memberCount, and each count equals memberProgress(filter: { stage }).totalCount for the network', async () => {
    const ids = [await newMember(), await newMember(), await newMember()];
    try {
      await fact(ids[0], 'TRAINING_ATTENDED', '2025-02-11');
      await fact(ids[1], 'PROGRAMME_ADOPTED', '2025-10-01', false);
      await fact(ids[2], 'CO_CREATION_WORKSHOP_HELD', '2025-03-18');
      const { data, errors } = await subgraph.execute('{ network { memberCount membersByStage { stage count } } }', {}, network);
      expect(errors).toBeUndefined();
      const { memberCount, membersByStage } = data!.network;
      expect(membersByStage.map((entry: { stage: string }) => entry.stage)).toEqual([
        'JOINED', 'TRAINED', 'COMMITTEE_FORMED', 'CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTING', 'REVIEWED',
      ]);
      expect(membersByStage.reduce((total: number, entry: { count: number }) => total + entry.count, 0)).toBe(memberCount);
      for (const { stage, count } of membersByStage) {
        const list = await subgraph.execute(PROGRESS, { filter: { stage }, first: 0 }, network);
        expect({ stage, count: list.data!.memberProgress.totalCount }).toEqual({ stage, count });
      }
      expect(membersByStage.find((entry: { stage: string }) => entry.stage === 'ADOPTED').count).toBeGreaterThanOrEqual(1);
    } finally {
      for (const id of ids) await removeMember(id);
    }
  });

  it('counts, for anonymous callers, only the stages published records prove; a collectivity also its own unpublished ones', async () => {
    const id = await newMember();
    await fact(id, 'TRAINING_ATTENDED', '2025-02-11', true);
    await fact(id, 'PROGRAMME_ADOPTED', '2025-10-01', false);
    const adopted = async (caller: Caller) => {
      const { data } = await subgraph.execute('{ network { memberCount membersByStage { stage count } } }', {}, caller);
      const total = data!.network.membersByStage.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0);
      expect(total).toBe(data!.network.memberCount);
      return data!.network.membersByStage.find((entry: { stage: string }) => entry.stage === 'ADOPTED').count as number;
    };
    try {
      const seenByNetwork = await adopted(network);
      expect(await adopted(ANONYMOUS)).toBe(seenByNetwork - 1);
      expect(await adopted(adminA)).toBe(seenByNetwork - 1);
      await owner().query('INSERT INTO territory.account (id, email, display_name, password_hash, role, collectivity_id) VALUES ($1, $2, $3, $4, $5, $6)', [
        randomUUID(), `${id}@example.test`, 'Admin', 'x', 'COLLECTIVITY_ADMIN', id,
      ]);
      expect(await adopted({ role: 'COLLECTIVITY_ADMIN', userId: randomUUID(), collectivityId: id })).toBe(seenByNetwork);
    } finally {
      await owner().query('DELETE FROM territory.account WHERE collectivity_id = $1', [id]);
      await removeMember(id);
    }
  });

  it.each([
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ['an editor', editorA, 'FORBIDDEN'],
    ["a commune's admin", adminA, 'FORBIDDEN'],
    ["another commune's admin", adminB, 'FORBIDDEN'],
  ])('refuses memberProgress to %s', async (_who, caller, code) => {
    const { data, errors } = await subgraph.execute(PROGRESS, {}, caller as Caller);
    expect(errors![0].extensions!.code).toBe(code);
    expect(data).toBeNull();
  });

  it('filters by region and by wave, and refuses a malformed region code or wave id', async () => {
    const inRegion = await newMember({ parentId: regionId(9) });
    try {
      const byRegion = await subgraph.execute(PROGRESS, { filter: { regionCode: '09' } }, network);
      expect(byRegion.data!.memberProgress.nodes.map((node: { collectivity: { id: string } }) => node.collectivity.id)).toEqual([regionId(9), inRegion]);
      const byWave = await subgraph.execute(PROGRESS, { filter: { cohortId: DemoCohortIds.december2024 } }, network);
      expect(byWave.data!.memberProgress).toMatchObject({ totalCount: 2 });
      expect(byWave.data!.memberProgress.nodes.map((node: { collectivity: { id: string } }) => node.collectivity.id).sort()).toEqual([DemoIds.tamazgana, DemoIds.demoCommune].sort());
      const badRegion = await subgraph.execute(PROGRESS, { filter: { regionCode: '13' } }, network);
      expect(badRegion.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
      const badWave = await subgraph.execute(PROGRESS, { filter: { cohortId: 'nope' } }, network);
      expect(badWave.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cohortId' });
      const tooMany = await subgraph.execute(PROGRESS, { first: 101 }, network);
      expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    } finally {
      await removeMember(inRegion);
    }
  });

  it("marks a member overdue by its wave's calendar: a wave started this month expects nothing yet, one of two years ago expects a review", async () => {
    const thisMonth = moroccoLocal(new Date(), 'MONTH');
    const [year, month] = thisMonth.split('-').map(Number);
    const twoYearsAgo = `${year - 2}-${String(month).padStart(2, '0')}`;
    const [fresh] = await owner().query("INSERT INTO territory.cohort (label_ar, label_fr, period) VALUES ('فوج جديد', 'Vague nouvelle', $1) RETURNING id", [thisMonth]);
    const [old] = await owner().query("INSERT INTO territory.cohort (label_ar, label_fr, period) VALUES ('فوج قديم', 'Vague ancienne', $1) RETURNING id", [twoYearsAgo]);
    const newcomer = await newMember({ cohortId: fresh.id, joinedOn: thisMonth });
    const late = await newMember({ cohortId: old.id, joinedOn: twoYearsAgo });
    const onTime = await newMember({ cohortId: old.id, joinedOn: twoYearsAgo });
    try {
      await fact(late, 'PROGRAMME_ADOPTED', `${year - 1}-10-01`);
      await fact(onTime, 'REVIEW_PUBLISHED', `${year}-01-15`);
      expect(await progressOf(newcomer)).toMatchObject({ stage: 'JOINED', overdue: false, expectedStage: 'JOINED', cohortId: fresh.id });
      expect(await progressOf(late)).toMatchObject({ stage: 'ADOPTED', overdue: true, expectedStage: 'REVIEWED' });
      expect(await progressOf(onTime)).toMatchObject({ stage: 'REVIEWED', overdue: false });
    } finally {
      for (const id of [newcomer, late, onTime]) await removeMember(id);
      await owner().query('DELETE FROM territory.cohort WHERE id = ANY ($1)', [[fresh.id, old.id]]);
    }
  });

  it('follows the calendar month by month', () => {
    expect(monthsSince('2024-12', '2025-03-01')).toBe(3);
    expect(monthsSince('2024-12-15', '2025-03-01')).toBe(2);
    expect(monthsSince('2023', '2024-01-01')).toBe(12);
    expect([0, 3, 4, 6, 9, 12, 15, 24].map(expectedStageAfter)).toEqual([
      'JOINED', 'TRAINED', 'COMMITTEE_FORMED', 'CO_CREATION', 'CONSULTATION', 'ADOPTED', 'IMPLEMENTING', 'REVIEWED',
    ]);
    expect(expectedStageAfter(11)).toBe('CONSULTATION');
  });
});

describe('figures by region', () => {
  it('counts members, adopted members, their share and commitments by region, in line with membersByRegion and the directory', async () => {
    const adoptedMember = await newMember({ parentId: regionId(7) });
    const commitments = [randomUUID(), randomUUID()];
    try {
      await fact(adoptedMember, 'PROGRAMME_ADOPTED', '2025-10-01');
      for (const [index, id] of commitments.entries()) {
        await owner().query('INSERT INTO directory.commitment (collectivity_id, id, published) VALUES ($1, $2, $3)', [adoptedMember, id, index === 0]);
      }
      const query = '{ network { membersByRegion { region { id } count } byRegion { region { id } regionCode members adopted adoptionShare commitments } } }';
      const asNetwork = (await subgraph.execute(query, {}, network)).data!.network;
      expect(asNetwork.byRegion).toHaveLength(13);
      expect(asNetwork.byRegion.map((row: { members: number }) => row.members)).toEqual(asNetwork.membersByRegion.map((row: { count: number }) => row.count));
      expect(asNetwork.byRegion[6]).toEqual({ region: { id: regionId(7) }, regionCode: '07', members: 2, adopted: 1, adoptionShare: 0.5, commitments: 2 });
      expect(asNetwork.byRegion[12]).toMatchObject({ region: null, regionCode: null, members: 2 });
      const asAnonymous = (await subgraph.execute(query)).data!.network;
      expect(asAnonymous.byRegion[6]).toMatchObject({ adopted: 1, commitments: 1 });
    } finally {
      await owner().query('DELETE FROM directory.commitment WHERE collectivity_id = $1', [adoptedMember]);
      await removeMember(adoptedMember);
    }
  });
});

describe('exporting the path as CSV', () => {
  const CSV = 'query ($filter: MemberProgressFilter) { memberProgressCsv(filter: $filter) }';

  it('gives the network one row per member the filter keeps, under a header, agreeing with memberProgress', async () => {
    const odd = await newMember();
    await owner().query('UPDATE territory.collectivity SET name_fr = $2 WHERE id = $1', [odd, 'Commune "Exemple", test']);
    try {
      await fact(odd, 'TRAINING_ATTENDED', '2025-02-11');
      const { data, errors } = await subgraph.execute(CSV, { filter: { stage: 'TRAINED' } }, network);
      expect(errors).toBeUndefined();
      const lines = data!.memberProgressCsv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('collectivity_id,kind,name_ar,name_fr,region_code,cohort_id,stage,since,overdue,expected_stage');
      const list = await subgraph.execute(PROGRESS, { filter: { stage: 'TRAINED' } }, network);
      expect(lines).toHaveLength(list.data!.memberProgress.totalCount + 1);
      expect(lines.find((line: string) => line.startsWith(odd))).toMatch(/^[^,]+,COMMUNE,[^,]+,"Commune ""Exemple"", test",,,TRAINED,2025-02-11,(true|false),[A-Z_]+$/);
    } finally {
      await removeMember(odd);
    }
  });

  it.each([
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ['an editor', editorA, 'FORBIDDEN'],
    ["a commune's admin", adminA, 'FORBIDDEN'],
  ])('refuses the export to %s', async (_who, caller, code) => {
    const { errors } = await subgraph.execute(CSV, {}, caller as Caller);
    expect(errors![0].extensions!.code).toBe(code);
  });
});
