import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };

const STATUS = 'mutation ($id: ID!, $input: ProgramStatusInput!) { setProgramStatus(id: $id, input: $input) { status councilSession adoptedOn } }';

/** A new programme of the fictional commune, each test in its own years so that periods never clash. */
async function program(periodStart: string, periodEnd: string): Promise<string> {
  const { data, errors } = await subgraph.execute(
    'mutation ($input: ActionProgramInput!) { createActionProgram(input: $input) { id status published } }',
    { input: { titleFr: 'Programme de test', periodStart, periodEnd } },
    adminB,
  );
  expect(errors).toBeUndefined();
  expect(data!.createActionProgram).toMatchObject({ status: 'CO_CREATION', published: false });
  return data!.createActionProgram.id;
}

beforeAll(async () => {
  // the demo draft has no period, which would overlap every other open programme of the commune
  await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET period_start = '2025-01-01', period_end = '2026-12-31' WHERE id = $1", [
    DemoIds.programs.demoCommune,
  ]);
});

describe('programme lifecycle', () => {
  it('moves forward one step at a time, requires the council session and date to adopt, and records each step', async () => {
    const id = await program('2030-01-01', '2031-12-31');
    const skip = await subgraph.execute(STATUS, { id, input: { status: 'ADOPTED', councilSession: 'x', adoptedOn: '2030-10' } }, adminB);
    expect(skip.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect((await subgraph.execute(STATUS, { id, input: { status: 'CONSULTATION' } }, adminB)).errors).toBeUndefined();
    const unsessioned = await subgraph.execute(STATUS, { id, input: { status: 'ADOPTED', adoptedOn: '2030-10' } }, adminB);
    expect(unsessioned.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'councilSessionEventId' });
    const undated = await subgraph.execute(STATUS, { id, input: { status: 'ADOPTED', councilSession: 'Session d’octobre 2030' } }, adminB);
    expect(undated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adoptedOn' });
    const adopted = await subgraph.execute(
      STATUS,
      { id, input: { status: 'ADOPTED', councilSession: 'Session d’octobre 2030', adoptedOn: '2030-10', consultationWaiver: 'Consultation tenue hors plateforme.' } },
      adminB,
    );
    expect(adopted.data!.setProgramStatus).toEqual({ status: 'ADOPTED', councilSession: 'Session d’octobre 2030', adoptedOn: '2030-10' });
    const history = await subgraph.execute('query ($id: ID!) { actionProgram(id: $id) { statusHistory { fromStatus toStatus } } }', { id }, adminB);
    expect(history.data!.actionProgram.statusHistory).toEqual([
      { fromStatus: 'CO_CREATION', toStatus: 'CONSULTATION' },
      { fromStatus: 'CONSULTATION', toStatus: 'ADOPTED' },
    ]);
  });

  it('needs a stated reason to step back, and keeps it', async () => {
    const id = await program('2032-01-01', '2033-12-31');
    await subgraph.execute(STATUS, { id, input: { status: 'CONSULTATION' } }, adminB);
    const silent = await subgraph.execute(STATUS, { id, input: { status: 'CO_CREATION' } }, adminB);
    expect(silent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const back = await subgraph.execute(STATUS, { id, input: { status: 'CO_CREATION', reason: 'La consultation doit être refaite.' } }, adminB);
    expect(back.data!.setProgramStatus.status).toBe('CO_CREATION');
    const history = await subgraph.execute('query ($id: ID!) { actionProgram(id: $id) { statusHistory { toStatus reason } } }', { id }, adminB);
    expect(history.data!.actionProgram.statusHistory.at(-1)).toEqual({ toStatus: 'CO_CREATION', reason: 'La consultation doit être refaite.' });
  });

  it('lets only admins move a programme through its statuses', async () => {
    const { errors } = await subgraph.execute(STATUS, { id: DemoIds.programs.tamazgana, input: { status: 'IMPLEMENTATION' } }, editorA);
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a second open programme over an overlapping period', async () => {
    await program('2034-01-01', '2035-12-31');
    const { errors } = await subgraph.execute(
      'mutation { createActionProgram(input: { titleFr: "Doublon", periodStart: "2035-06-01", periodEnd: "2036-05-31" }) { id } }',
      {},
      adminB,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  });
});

describe('commitments', () => {
  const PROGRAMMES = `query ($id: ID!) { actionPrograms(filter: { collectivityId: $id }) { nodes { id status adoptedOn councilSession
     commitments { id title(language: FR) principles completion progress isIllustrative
       milestones { weight doneOn } indicators { unit baseline target latest { value } distanceToTarget } } } } }`;

  it("shows Tamazgana's programme in preparation, with the draft commitments of its workshop, nothing done or measured yet", async () => {
    const { data, errors } = await subgraph.execute(PROGRAMMES, { id: DemoIds.tamazgana });
    expect(errors).toBeUndefined();
    const [tamazgana] = data!.actionPrograms.nodes;
    expect(tamazgana).toMatchObject({ status: 'CO_CREATION', adoptedOn: null, councilSession: null });
    expect(tamazgana.commitments).toHaveLength(3);
    const minutes = tamazgana.commitments.find((commitment: { id: string }) => commitment.id === DemoIds.commitments.tamazganaCouncilMinutes);
    expect(minutes).toMatchObject({ principles: ['TRANSPARENCY', 'ACCESS_TO_INFORMATION'], completion: 'NOT_STARTED', progress: 0, isIllustrative: true });
    expect(minutes.indicators).toEqual([{ unit: '%', baseline: 0, target: 100, latest: null, distanceToTarget: 100 }]);
  });

  it("shows the fictional commune's adopted programme with its commitments, principles, completion and derived progress", async () => {
    const { data, errors } = await subgraph.execute(PROGRAMMES, { id: DemoIds.demoCommune });
    expect(errors).toBeUndefined();
    // anonymous: the adopted programme, published, and not the unpublished draft
    expect(data!.actionPrograms.nodes).toHaveLength(1);
    const [adopted] = data!.actionPrograms.nodes;
    expect(adopted).toMatchObject({ id: DemoIds.programs.demoCommuneAdopted, status: 'ADOPTED', adoptedOn: '2025-10' });
    expect(adopted.commitments).toHaveLength(2);
    const register = adopted.commitments.find((commitment: { id: string }) => commitment.id === DemoIds.commitments.demoCommuneRegisterOnline);
    // one milestone of weight 1 done out of 1 + 2 + 3
    expect(register).toMatchObject({ principles: ['ACCESS_TO_INFORMATION', 'TRANSPARENCY'], completion: 'LIMITED', progress: 17, isIllustrative: true });
    expect(register.indicators).toEqual([{ unit: '%', baseline: 0, target: 100, latest: { value: 25 }, distanceToTarget: 75 }]);
  });

  // the plan is editable only before adoption: these edits run on Tamazgana's programme stepped back to consultation
  describe('before adoption', () => {
    beforeAll(async () => {
      await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET status = 'CONSULTATION' WHERE id = $1", [DemoIds.programs.tamazgana]);
    });
    afterAll(async () => {
      // back to the demo's state: in preparation as of the press kit (March 2025)
      await subgraph.ownerDataSource.query("UPDATE evaluation.action_program SET status = 'CO_CREATION' WHERE id = $1", [DemoIds.programs.tamazgana]);
    });

    it('derives progress from the weighted milestones when they change', async () => {
      const id = DemoIds.commitments.tamazganaInformationDesk;
      const { data, errors } = await subgraph.execute(
        'mutation ($id: ID!, $m: [MilestoneInput!]!) { replaceMilestones(commitmentId: $id, milestones: $m) { progress milestones { title } } }',
        { id, m: [{ title: 'Désignation', weight: 3, doneOn: '2026-01-10' }, { title: 'Registre', weight: 1 }] },
        editorA,
      );
      expect(errors).toBeUndefined();
      expect(data!.replaceMilestones.progress).toBe(75);
    });

    it.each([
      ['no principle', { principles: [] }, 'principles'],
      ['no title', { titleFr: null, titleAr: null }, 'titleFr'],
      ['an end before its start', { startsOn: '2026-05-01', endsOn: '2026-04-01' }, 'endsOn'],
      ['a malformed date', { startsOn: '2026-13-01' }, 'startsOn'],
    ])('refuses a commitment with %s, writing nothing', async (_what, change, field) => {
      const before = (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM evaluation.commitment'))[0].n;
      const { errors } = await subgraph.execute(
        'mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }',
        { p: DemoIds.programs.tamazgana, input: { titleFr: 'Engagement', principles: ['TRANSPARENCY'], ...change } },
        editorA,
      );
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect((await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM evaluation.commitment'))[0].n).toBe(before);
    });

    it('keeps an indicator’s target on the side of its direction and records one measurement per day', async () => {
      const wrong = await subgraph.execute(
        'mutation ($id: ID!) { addIndicator(commitmentId: $id, input: { title: "Délai", unit: "jours", baseline: 10, target: 20, direction: DECREASE }) { id } }',
        { id: DemoIds.commitments.tamazganaInformationDesk },
        editorA,
      );
      expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'target' });
      const [indicator] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.indicator WHERE commitment_id = $1', [DemoIds.commitments.tamazganaInformationDesk]);
      const record = 'mutation ($id: ID!, $v: Float!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2026-03-01", value: $v }) { latest { value } distanceToTarget } }';
      await subgraph.execute(record, { id: indicator.id, v: 45 }, editorA);
      const { data } = await subgraph.execute(record, { id: indicator.id, v: 40 }, editorA);
      expect(data!.recordMeasurement).toEqual({ latest: { value: 40 }, distanceToTarget: 20 });
    });

    it.each([
      ['1e308', 1e308],
      ['just past 1e12', 1_000_000_000_001],
      ['below -1e12', -2e12],
    ])('refuses a measurement of %s with BAD_USER_INPUT naming value, writing nothing', async (_name, value) => {
      const [indicator] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.indicator WHERE commitment_id = $1', [DemoIds.commitments.tamazganaInformationDesk]);
      const measurements = async () => (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n, coalesce(max(abs(value)), 0)::float8 AS top FROM evaluation.measurement'))[0];
      const before = await measurements();
      const record = 'mutation ($id: ID!, $v: Float!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2026-04-01", value: $v }) { id } }';
      const { errors } = await subgraph.execute(record, { id: indicator.id, v: value }, editorA);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
      expect(await measurements()).toEqual(before);
    });

    it('accepts a measurement of exactly 1e12, the documented limit', async () => {
      const [indicator] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.indicator WHERE commitment_id = $1', [DemoIds.commitments.tamazganaInformationDesk]);
      const record = 'mutation ($id: ID!, $v: Float!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2026-04-02", value: $v }) { id } }';
      expect((await subgraph.execute(record, { id: indicator.id, v: -1e12 }, editorA)).errors).toBeUndefined();
      expect((await subgraph.execute(record, { id: indicator.id, v: 1e12 }, editorA)).errors).toBeUndefined();
    });

    it.each(['baseline', 'target'])('refuses an indicator whose %s is beyond 1e12, naming it, writing nothing', async (field) => {
      const indicators = async () => (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM evaluation.indicator'))[0].n;
      const before = await indicators();
      const input = { title: 'Budget publié', unit: 'MAD', baseline: 0, target: 100, direction: 'INCREASE', [field]: field === 'baseline' ? -1e308 : 1e308 };
      const { errors } = await subgraph.execute(
        'mutation ($id: ID!, $input: IndicatorInput!) { addIndicator(commitmentId: $id, input: $input) { id } }',
        { id: DemoIds.commitments.tamazganaInformationDesk, input },
        editorA,
      );
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await indicators()).toBe(before);
    });
  });
});

describe('network reviews', () => {
  const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
  const REVIEW = `mutation ($id: ID!, $published: Boolean!) { reviewCommitment(commitmentId: $id, input: {
    verifiedCompletion: LIMITED, didItOpenGovernment: MARGINAL, potentialForResults: MODEST, comment: "À suivre", published: $published }) { id } }`;

  it('are written by the network only', async () => {
    const { errors } = await subgraph.execute(REVIEW, { id: DemoIds.commitments.tamazganaCouncilMinutes, published: true }, adminA);
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.execute(REVIEW, { id: DemoIds.commitments.tamazganaCouncilMinutes, published: true });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('are seen by the public once published, and by the reviewed commune always', async () => {
    await subgraph.execute(REVIEW, { id: DemoIds.commitments.tamazganaInformationDesk, published: false }, network);
    const query = 'query ($id: ID!) { commitment(id: $id) { reviews { didItOpenGovernment } } }';
    const id = DemoIds.commitments.tamazganaInformationDesk;
    expect((await subgraph.execute(query, { id })).data!.commitment.reviews).toEqual([]);
    expect((await subgraph.execute(query, { id }, adminA)).data!.commitment.reviews).toEqual([{ didItOpenGovernment: 'MARGINAL' }]);
    expect((await subgraph.execute(query, { id }, adminB)).data!.commitment.reviews).toEqual([]);
    await subgraph.execute(REVIEW, { id, published: true }, network);
    expect((await subgraph.execute(query, { id })).data!.commitment.reviews).toHaveLength(1);
  });
});

describe('setReviewPublished', () => {
  const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
  const SET = 'mutation ($id: ID!, $published: Boolean!) { setReviewPublished(id: $id, published: $published) { id published } }';
  const PUBLIC = 'query ($id: ID!) { commitment(id: $id) { reviews { id } } }';
  const id = DemoIds.commitments.tamazganaCouncilMinutes;
  const reviewAuditActions = async (reviewId: string) =>
    (await subgraph.ownerDataSource.query("SELECT action FROM audit.entry WHERE entity = 'Review' AND entity_id = $1 ORDER BY occurred_at", [reviewId])).map(
      (row: { action: string }) => row.action,
    );
  async function unpublishedReview(): Promise<string> {
    const { data, errors } = await subgraph.execute(
      'mutation ($id: ID!) { reviewCommitment(commitmentId: $id, input: { verifiedCompletion: LIMITED, published: false }) { id } }',
      { id },
      network,
    );
    expect(errors).toBeUndefined();
    return data!.reviewCommitment.id;
  }

  it('lets the network publish a review saved unpublished, then withdraw it, auditing each change once', async () => {
    const reviewId = await unpublishedReview();
    const seen = async () => ((await subgraph.execute(PUBLIC, { id })).data!.commitment?.reviews ?? []).map((review: { id: string }) => review.id);
    expect(await seen()).not.toContain(reviewId);
    expect((await subgraph.execute(SET, { id: reviewId, published: true }, network)).data!.setReviewPublished).toEqual({ id: reviewId, published: true });
    expect((await subgraph.execute(SET, { id: reviewId, published: true }, network)).data!.setReviewPublished.published).toBe(true);
    expect(await seen()).toContain(reviewId);
    expect((await subgraph.execute(SET, { id: reviewId, published: false }, network)).data!.setReviewPublished.published).toBe(false);
    expect(await seen()).not.toContain(reviewId);
    expect(await reviewAuditActions(reviewId)).toEqual(['CREATE', 'PUBLISH', 'UNPUBLISH']);
  });

  it.each([
    ["the reviewed collectivity's admin", adminA, 'FORBIDDEN'],
    ["the reviewed collectivity's editor", editorA, 'FORBIDDEN'],
    ["another collectivity's admin", adminB, 'FORBIDDEN'],
    ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
  ])('refuses %s, writing nothing', async (_who, caller, code) => {
    const reviewId = await unpublishedReview();
    const refused = await subgraph.execute(SET, { id: reviewId, published: true }, caller);
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions!.code).toBe(code);
    const [row] = await subgraph.ownerDataSource.query('SELECT published FROM evaluation.review WHERE id = $1', [reviewId]);
    expect(row.published).toBe(false);
    expect(await reviewAuditActions(reviewId)).toEqual(['CREATE']);
  });

  it('answers NOT_FOUND for an unknown review and BAD_USER_INPUT naming id for a malformed one', async () => {
    const unknown = await subgraph.execute(SET, { id: '00000000-0000-4000-8000-00000000dead', published: true }, network);
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const malformed = await subgraph.execute(SET, { id: '42', published: true }, network);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('figures and batching', () => {
  it('agree with the lists the same caller reads', async () => {
    for (const caller of [undefined, adminA, adminB, { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null } as Caller]) {
      const { data } = await subgraph.execute(
        `query ($r: [_Any!]!) { actionPrograms(first: 100) { totalCount } commitments(first: 100) { totalCount }
           _entities(representations: $r) { ... on Network { evaluation { programCount commitmentCount commitmentsByCompletion { count } } } } }`,
        { r: [{ __typename: 'Network', id: DemoIds.network }] },
        caller,
      );
      const figures = data!._entities[0].evaluation;
      expect(figures.programCount).toBe(data!.actionPrograms.totalCount);
      expect(figures.commitmentCount).toBe(data!.commitments.totalCount);
      expect(figures.commitmentsByCompletion.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(figures.commitmentCount);
    }
  });

  it('cost the same SQL statements for programmes, commitments, milestones, indicators and reviews at two sizes', async () => {
    const query = `query ($first: Int) { commitments(first: $first) { nodes { title progress milestones { title } reviews { comment }
      indicators { latest { value } measurements { value } } program { status priorityAxes { title } } } } }`;
    const small = await subgraph.execute(query, { first: 1 }, adminA);
    const large = await subgraph.execute(query, { first: 3 }, adminA);
    expect(large.data!.commitments.nodes.length).toBeGreaterThan(small.data!.commitments.nodes.length);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('progress reports', () => {
  const REPORT = `mutation ($p: ID!, $input: ProgressReportInput!) { createProgressReport(programId: $p, input: $input) {
    published entries { commitmentId completion evidence } } }`;

  it("files a report on the programme's own commitments, unpublished, seen by the commune but not the public", async () => {
    const input = {
      periodStart: '2025-11-01',
      periodEnd: '2026-04-30',
      narrative: 'Premier semestre.',
      entries: [{ commitmentId: DemoIds.commitments.tamazganaCouncilMinutes, completion: 'LIMITED', evidence: ['https://example.org/pv'] }],
    };
    const { data, errors } = await subgraph.execute(REPORT, { p: DemoIds.programs.tamazgana, input }, editorA);
    expect(errors).toBeUndefined();
    expect(data!.createProgressReport.published).toBe(false);
    const query = 'query ($id: ID!) { actionProgram(id: $id) { progressReports { periodEnd } } }';
    expect((await subgraph.execute(query, { id: DemoIds.programs.tamazgana }, adminA)).data!.actionProgram.progressReports).toEqual([{ periodEnd: '2026-04-30' }]);
    expect((await subgraph.execute(query, { id: DemoIds.programs.tamazgana })).data!.actionProgram.progressReports).toEqual([]);
  });

  it.each([
    ['a commitment of another programme', { commitmentId: '00000000-0000-4000-8000-00000000beef', completion: 'LIMITED', evidence: [] }, 'entries.0.commitmentId'],
    ['evidence that is not a link', { commitmentId: DemoIds.commitments.tamazganaCouncilMinutes, completion: 'LIMITED', evidence: ['not a link'] }, 'entries.0.evidence'],
  ])('refuses an entry naming %s', async (_what, entry, field) => {
    const { errors } = await subgraph.execute(
      REPORT,
      { p: DemoIds.programs.tamazgana, input: { periodStart: '2025-11-01', periodEnd: '2026-04-30', entries: [entry] } },
      editorA,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('setProgressReportPublished', () => {
  const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
  const SET = 'mutation ($id: ID!, $published: Boolean!) { setProgressReportPublished(id: $id, published: $published) { id published } }';
  const PUBLIC = 'query ($id: ID!) { actionProgram(id: $id) { progressReports { id } } }';
  const auditActions = async (reportId: string) =>
    (await subgraph.ownerDataSource.query("SELECT action FROM audit.entry WHERE entity = 'ProgressReport' AND entity_id = $1 ORDER BY occurred_at", [reportId])).map(
      (row: { action: string }) => row.action,
    );
  async function unpublishedReport(): Promise<string> {
    const { data, errors } = await subgraph.execute(
      'mutation ($p: ID!) { createProgressReport(programId: $p, input: { periodStart: "2025-05-01", periodEnd: "2025-10-31", narrative: "Semestre." }) { id } }',
      { p: DemoIds.programs.tamazgana },
      editorA,
    );
    expect(errors).toBeUndefined();
    return data!.createProgressReport.id;
  }

  it("lets the collectivity's admin publish a report, then withdraw it, auditing each change once", async () => {
    const reportId = await unpublishedReport();
    const seen = async () => (await subgraph.execute(PUBLIC, { id: DemoIds.programs.tamazgana })).data!.actionProgram.progressReports.map((report: { id: string }) => report.id);
    expect(await seen()).not.toContain(reportId);
    expect((await subgraph.execute(SET, { id: reportId, published: true }, adminA)).data!.setProgressReportPublished).toEqual({ id: reportId, published: true });
    expect((await subgraph.execute(SET, { id: reportId, published: true }, adminA)).data!.setProgressReportPublished.published).toBe(true);
    expect(await seen()).toContain(reportId);
    expect((await subgraph.execute(SET, { id: reportId, published: false }, adminA)).data!.setProgressReportPublished.published).toBe(false);
    expect(await seen()).not.toContain(reportId);
    expect(await auditActions(reportId)).toEqual(['CREATE', 'PUBLISH', 'UNPUBLISH']);
  });

  it.each([
    ["the collectivity's editor", editorA, 'FORBIDDEN'],
    ['the network', network, 'FORBIDDEN'],
    ["another collectivity's admin", adminB, 'NOT_FOUND'],
    ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
  ])('refuses %s, writing nothing', async (_who, caller, code) => {
    const reportId = await unpublishedReport();
    const refused = await subgraph.execute(SET, { id: reportId, published: true }, caller);
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions!.code).toBe(code);
    const [row] = await subgraph.ownerDataSource.query('SELECT published FROM evaluation.progress_report WHERE id = $1', [reportId]);
    expect(row.published).toBe(false);
    expect(await auditActions(reportId)).toEqual(['CREATE']);
  });

  it("refuses another collectivity's admin a published report it can read, writing nothing", async () => {
    const reportId = await unpublishedReport();
    await subgraph.execute(SET, { id: reportId, published: true }, adminA);
    const refused = await subgraph.execute(SET, { id: reportId, published: false }, adminB);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [row] = await subgraph.ownerDataSource.query('SELECT published FROM evaluation.progress_report WHERE id = $1', [reportId]);
    expect(row.published).toBe(true);
  });

  it('answers BAD_USER_INPUT naming id for a malformed id', async () => {
    const malformed = await subgraph.execute(SET, { id: '42', published: true }, adminA);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('commitment search', () => {
  it('matches Arabic and French titles, ignoring accents', async () => {
    const query = 'query ($s: String) { commitments(filter: { search: $s }) { nodes { id } } }';
    const french = await subgraph.execute(query, { s: 'deliberations' });
    expect(french.data!.commitments.nodes).toEqual([{ id: DemoIds.commitments.tamazganaCouncilMinutes }]);
    const arabic = await subgraph.execute(query, { s: 'استشارات مواطنه' });
    expect(arabic.data!.commitments.nodes).toEqual([{ id: DemoIds.commitments.tamazganaBudgetConsultations }]);
  });
});
