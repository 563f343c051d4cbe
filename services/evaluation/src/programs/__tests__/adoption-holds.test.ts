import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
  // the demo programmes' periods are moved out of the years these tests use
  await subgraph.ownerDataSource.query(
    "UPDATE evaluation.action_program SET period_start = '2020-01-01', period_end = '2021-12-31' WHERE collectivity_id = $1 AND status <> 'CLOSED'",
    [DemoIds.demoCommune],
  );
});
afterAll(() => subgraph.close());

const commune = DemoIds.demoCommune;
const admin: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: commune };
const editor: Caller = { role: 'COLLECTIVITY_EDITOR', userId: randomUUID(), collectivityId: commune };
const otherAdmin: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };

const STATUS = 'mutation ($id: ID!, $input: ProgramStatusInput!) { setProgramStatus(id: $id, input: $input) { status adoptedOn councilSessionEventId consultationEventId consultationWaiver } }';
const UPDATE = 'mutation ($id: ID!, $input: CommitmentInput!) { updateCommitment(id: $id, input: $input) { id titleFr } }';
const AMEND = `mutation ($id: ID!, $input: CommitmentAmendmentInput!) {
  amendCommitment(id: $id, input: $input) {
    titleFr endsOn milestones { title dueOn } indicators { id target }
    versions { number kind reason amendedOn createdBy councilSessionEventId councilSession { id } changes { field before after } snapshot }
  }
}`;

let year = 1950;
/** Each programme gets its own two years, in the past (consultations held, amendments dated), so periods never clash. */
function nextPeriod(): { periodStart: string; periodEnd: string; adoptedOn: string } {
  const start = year;
  year += 2;
  return { periodStart: `${start}-01-01`, periodEnd: `${start + 1}-12-31`, adoptedOn: `${start}-01-20` };
}

/** An event of participation, as its triggers publish it in the directory. */
async function event(collectivityId: string, kind: string, startsAt: string, options: { status?: string; endsAt?: string | null } = {}): Promise<string> {
  const id = randomUUID();
  await subgraph.ownerDataSource.query(
    'INSERT INTO directory.event (collectivity_id, id, kind, status, starts_at, ends_at, published) VALUES ($1, $2, $3, $4, $5, $6, true)',
    [collectivityId, id, kind, options.status ?? 'HELD', startsAt, options.endsAt ?? null],
  );
  return id;
}

interface Prepared {
  programId: string;
  commitmentId: string;
  indicatorId: string;
  period: ReturnType<typeof nextPeriod>;
  sessionId: string;
}

/** A programme in consultation with one commitment (two milestones, one indicator), and its council session. */
async function prepared(): Promise<Prepared> {
  const period = nextPeriod();
  const program = await subgraph.execute(
    'mutation ($input: ActionProgramInput!) { createActionProgram(input: $input) { id } }',
    { input: { titleFr: 'Programme tenu', periodStart: period.periodStart, periodEnd: period.periodEnd } },
    admin,
  );
  expect(program.errors).toBeUndefined();
  const programId = program.data!.createActionProgram.id as string;
  const commitment = await subgraph.execute(
    'mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }',
    { p: programId, input: { titleFr: 'Registre des délibérations en ligne', principles: ['TRANSPARENCY'], startsOn: period.periodStart, endsOn: period.periodEnd } },
    editor,
  );
  expect(commitment.errors).toBeUndefined();
  const commitmentId = commitment.data!.createCommitment.id as string;
  const milestones = await subgraph.execute(
    'mutation ($id: ID!, $m: [MilestoneInput!]!) { replaceMilestones(commitmentId: $id, milestones: $m) { id } }',
    { id: commitmentId, m: [{ title: 'Numériser', dueOn: period.periodStart.replace('-01-01', '-06-30') }, { title: 'Publier', dueOn: period.periodEnd }] },
    editor,
  );
  expect(milestones.errors).toBeUndefined();
  const indicator = await subgraph.execute(
    'mutation ($id: ID!) { addIndicator(commitmentId: $id, input: { title: "Délibérations publiées", unit: "%", baseline: 0, target: 80, direction: INCREASE }) { indicators { id } } }',
    { id: commitmentId },
    editor,
  );
  expect(indicator.errors).toBeUndefined();
  expect((await subgraph.execute(STATUS, { id: programId, input: { status: 'CONSULTATION' } }, admin)).errors).toBeUndefined();
  const sessionId = await event(commune, 'COUNCIL_SESSION', `${period.adoptedOn}T09:00:00Z`);
  return { programId, commitmentId, indicatorId: indicator.data!.addIndicator.indicators[0].id, period, sessionId };
}

/** The same, adopted after a consultation held the week before. */
async function adopted(): Promise<Prepared> {
  const ready = await prepared();
  await event(commune, 'PUBLIC_CONSULTATION', `${ready.period.adoptedOn.slice(0, 8)}10T09:00:00Z`, { endsAt: `${ready.period.adoptedOn.slice(0, 8)}12T18:00:00Z` });
  const { errors } = await subgraph.execute(STATUS, { id: ready.programId, input: { status: 'ADOPTED', adoptedOn: ready.period.adoptedOn, councilSessionEventId: ready.sessionId } }, admin);
  expect(errors).toBeUndefined();
  return ready;
}

const commitmentRow = async (id: string) =>
  (
    await subgraph.ownerDataSource.query(
      `SELECT c.title_fr, c.ends_on::text, c.updated_at,
              (SELECT json_agg(m.title ORDER BY m.position) FROM evaluation.milestone m WHERE m.collectivity_id = c.collectivity_id AND m.commitment_id = c.id) AS milestones,
              (SELECT json_agg(i.target ORDER BY i.id) FROM evaluation.indicator i WHERE i.collectivity_id = c.collectivity_id AND i.commitment_id = c.id) AS targets,
              (SELECT count(*)::int FROM evaluation.commitment_version v WHERE v.collectivity_id = c.collectivity_id AND v.commitment_id = c.id) AS versions
         FROM evaluation.commitment c WHERE c.id = $1`,
      [id],
    )
  )[0];

describe('adoption holds', () => {
  it('refuses updateCommitment on a commitment of an adopted programme, naming the amendment path, and changes nothing', async () => {
    const { commitmentId } = await adopted();
    const before = await commitmentRow(commitmentId);
    for (const caller of [editor, admin]) {
      const { data, errors } = await subgraph.execute(UPDATE, { id: commitmentId, input: { titleFr: 'Titre changé en douce' } }, caller);
      expect(data).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AMENDMENT_REQUIRED', amendWith: 'amendCommitment' });
      expect(errors![0].message).toContain('amendCommitment');
    }
    expect(await commitmentRow(commitmentId)).toEqual(before);
    const read = await subgraph.execute('query ($id: ID!) { commitment(id: $id) { titleFr } }', { id: commitmentId }, admin);
    expect(read.data!.commitment.titleFr).toBe('Registre des délibérations en ligne');
  });

  it('keeps the text adopted as version 1, and an amendment changes the commitment and leaves a readable version 2', async () => {
    const { commitmentId, indicatorId, sessionId, period } = await adopted();
    const amendedOn = period.adoptedOn.replace('-01-20', '-01-25');
    const newEnd = `${Number(period.periodEnd.slice(0, 4))}-06-30`;
    const { data, errors } = await subgraph.execute(
      AMEND,
      {
        id: commitmentId,
        input: {
          reason: 'Le conseil a avancé la fin et relevé la cible.',
          councilSessionEventId: sessionId,
          amendedOn,
          changes: { titleFr: 'Registre des délibérations en ligne et en arabe', endsOn: newEnd },
          milestones: [{ title: 'Numériser', dueOn: period.periodStart.replace('-01-01', '-06-30') }, { title: 'Publier', dueOn: newEnd }],
          indicators: [{ indicatorId, target: 95 }],
        },
      },
      admin,
    );
    expect(errors).toBeUndefined();
    const amended = data!.amendCommitment;
    expect(amended).toMatchObject({ titleFr: 'Registre des délibérations en ligne et en arabe', endsOn: newEnd, indicators: [{ id: indicatorId, target: 95 }] });
    expect(amended.versions).toHaveLength(2);
    const [adoption, amendment] = amended.versions;
    expect(adoption).toMatchObject({ number: 1, kind: 'ADOPTION', reason: null, createdBy: admin.userId, councilSessionEventId: sessionId, changes: [] });
    expect(JSON.parse(adoption.snapshot)).toMatchObject({ titleFr: 'Registre des délibérations en ligne', endsOn: period.periodEnd });
    expect(amendment).toMatchObject({
      number: 2,
      kind: 'AMENDMENT',
      reason: 'Le conseil a avancé la fin et relevé la cible.',
      amendedOn,
      createdBy: admin.userId,
      councilSession: { id: sessionId },
    });
    expect(amendment.changes.map((change: { field: string }) => change.field).sort()).toEqual(['endsOn', 'indicators', 'milestones', 'titleFr']);
    expect(amendment.changes.find((change: { field: string }) => change.field === 'titleFr')).toEqual({
      field: 'titleFr',
      before: JSON.stringify('Registre des délibérations en ligne'),
      after: JSON.stringify('Registre des délibérations en ligne et en arabe'),
    });
    expect(JSON.parse(amendment.snapshot).indicators[0]).toMatchObject({ target: 95 });
    const stored = await commitmentRow(commitmentId);
    expect(stored).toMatchObject({ title_fr: 'Registre des délibérations en ligne et en arabe', ends_on: newEnd, targets: [95], versions: 2 });
    // anyone who sees the commitment reads its versions: the network too
    const read = await subgraph.execute('query ($id: ID!) { commitment(id: $id) { versions { number kind } } }', { id: commitmentId }, network);
    expect(read.data!.commitment.versions).toEqual([
      { number: 1, kind: 'ADOPTION' },
      { number: 2, kind: 'AMENDMENT' },
    ]);
    const [audit] = await subgraph.ownerDataSource.query("SELECT actor_role FROM audit.entry WHERE entity = 'CommitmentAmendment' AND entity_id = $1", [commitmentId]);
    expect(audit).toEqual({ actor_role: 'COLLECTIVITY_ADMIN' });
  });

  it.each([
    ['an editor of the commune', editor, 'FORBIDDEN'],
    ["another commune's admin", otherAdmin, 'NOT_FOUND'],
    ['the network', network, 'FORBIDDEN'],
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
  ])('refuses an amendment by %s, changing nothing', async (_who, caller, code) => {
    const { commitmentId, sessionId, period } = await adopted();
    const before = await commitmentRow(commitmentId);
    const { errors } = await subgraph.execute(
      AMEND,
      { id: commitmentId, input: { reason: 'Essai', councilSessionEventId: sessionId, amendedOn: period.adoptedOn, changes: { titleFr: 'Autre titre' } } },
      caller,
    );
    expect(errors![0].extensions!.code).toBe(code);
    expect(await commitmentRow(commitmentId)).toEqual(before);
  });

  it('refuses an amendment whose council session is not a council session of the commune, or that changes nothing; nothing written', async () => {
    const { commitmentId, sessionId, period } = await adopted();
    const before = await commitmentRow(commitmentId);
    const foreignSession = await event(DemoIds.tamazgana, 'COUNCIL_SESSION', `${period.adoptedOn}T09:00:00Z`);
    const workshop = await event(commune, 'CO_CREATION_WORKSHOP', `${period.adoptedOn}T09:00:00Z`);
    const later = await event(commune, 'COUNCIL_SESSION', `${period.periodEnd}T09:00:00Z`, { status: 'PLANNED' });
    const base = { reason: 'Essai', amendedOn: period.adoptedOn, changes: { titleFr: 'Autre titre' } };
    for (const councilSessionEventId of [foreignSession, workshop, later]) {
      const { errors } = await subgraph.execute(AMEND, { id: commitmentId, input: { ...base, councilSessionEventId } }, admin);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'councilSessionEventId' });
    }
    const nothing = await subgraph.execute(
      AMEND,
      { id: commitmentId, input: { ...base, councilSessionEventId: sessionId, changes: { titleFr: 'Registre des délibérations en ligne' } } },
      admin,
    );
    expect(nothing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changes' });
    const outside = await subgraph.execute(AMEND, { id: commitmentId, input: { ...base, councilSessionEventId: sessionId, changes: { endsOn: '2099-01-01' } } }, admin);
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'changes.endsOn' });
    const wrongTarget = await subgraph.execute(AMEND, { id: commitmentId, input: { ...base, councilSessionEventId: sessionId, changes: null, indicators: [{ title: 'Nouveau', baseline: 5, target: 1, direction: 'INCREASE' }] } }, admin);
    expect(wrongTarget.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicators.0.target' });
    expect(await commitmentRow(commitmentId)).toEqual(before);
  });

  it('refuses an amendment before adoption: the commitment is edited directly then', async () => {
    const { commitmentId, sessionId, period } = await prepared();
    const { errors } = await subgraph.execute(AMEND, { id: commitmentId, input: { reason: 'Essai', councilSessionEventId: sessionId, amendedOn: period.adoptedOn, changes: { titleFr: 'X' } } }, admin);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await subgraph.execute(UPDATE, { id: commitmentId, input: { titleFr: 'Encore modifiable' } }, editor)).errors).toBeUndefined();
  });

  it('refuses every direct change of the plan once adopted: milestones, indicators, new and deleted commitments', async () => {
    const { programId, commitmentId, indicatorId } = await adopted();
    const before = await commitmentRow(commitmentId);
    const attempts: Array<[string, Record<string, unknown>, Caller]> = [
      ['mutation ($id: ID!) { replaceMilestones(commitmentId: $id, milestones: [{ title: "Autre" }]) { id } }', { id: commitmentId }, editor],
      ['mutation ($id: ID!) { saveCommitment(id: $id, input: { titleFr: "Autre" }) { id } }', { id: commitmentId }, editor],
      ['mutation ($id: ID!) { addIndicator(commitmentId: $id, input: { title: "Autre", baseline: 0, target: 1, direction: INCREASE }) { id } }', { id: commitmentId }, editor],
      ['mutation ($id: ID!) { updateIndicator(id: $id, input: { target: 50 }) { id } }', { id: indicatorId }, editor],
      ['mutation ($id: ID!) { removeIndicator(id: $id) }', { id: indicatorId }, editor],
      ['mutation ($id: ID!) { createCommitment(programId: $id, input: { titleFr: "Ajout", principles: [TRANSPARENCY] }) { id } }', { id: programId }, editor],
      ['mutation ($id: ID!) { deleteCommitment(id: $id) }', { id: commitmentId }, admin],
      ['mutation ($id: ID!) { createPriorityAxis(programId: $id, input: { titleFr: "Axe" }) { id } }', { id: programId }, editor],
    ];
    for (const [query, variables, caller] of attempts) {
      const { errors } = await subgraph.execute(query, variables, caller);
      expect({ query, code: errors?.[0].extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    expect(await commitmentRow(commitmentId)).toEqual(before);
    const [{ commitments }] = await subgraph.ownerDataSource.query('SELECT count(*)::int AS commitments FROM evaluation.commitment WHERE program_id = $1', [programId]);
    expect(commitments).toBe(1);
  });

  it('keeps carrying the programme out open after adoption: milestones done with evidence, measurements, completion', async () => {
    const { commitmentId, indicatorId, period } = await adopted();
    const [milestone] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.milestone WHERE commitment_id = $1 ORDER BY position LIMIT 1', [commitmentId]);
    const done = await subgraph.execute(
      'mutation ($id: ID!) { setMilestoneDone(id: $id, input: { doneOn: "2026-01-05", evidence: "https://example.test/pv.pdf" }) { doneOn evidence } }',
      { id: milestone.id },
      editor,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.setMilestoneDone).toEqual({ doneOn: '2026-01-05', evidence: 'https://example.test/pv.pdf' });
    const measured = await subgraph.execute(
      'mutation ($id: ID!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2026-02-01", value: 30 }) { latest { value } } }',
      { id: indicatorId },
      editor,
    );
    expect(measured.errors).toBeUndefined();
    const completion = await subgraph.execute('mutation ($id: ID!) { setCommitmentCompletion(id: $id, completion: LIMITED) { completion progress } }', { id: commitmentId }, editor);
    expect(completion.data!.setCommitmentCompletion).toEqual({ completion: 'LIMITED', progress: 50 });
    expect(period).toBeDefined();
  });

  it('makes a CLOSED programme read only: carrying out and amendments are refused too', async () => {
    const { programId, commitmentId, indicatorId, sessionId, period } = await adopted();
    for (const status of ['IMPLEMENTATION', 'CLOSED']) expect((await subgraph.execute(STATUS, { id: programId, input: { status } }, admin)).errors).toBeUndefined();
    const [milestone] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.milestone WHERE commitment_id = $1 LIMIT 1', [commitmentId]);
    const before = await commitmentRow(commitmentId);
    const attempts: Array<[string, Record<string, unknown>, Caller]> = [
      [AMEND, { id: commitmentId, input: { reason: 'Essai', councilSessionEventId: sessionId, amendedOn: period.adoptedOn, changes: { titleFr: 'X' } } }, admin],
      [UPDATE, { id: commitmentId, input: { titleFr: 'X' } }, admin],
      ['mutation ($id: ID!) { setMilestoneDone(id: $id, input: { doneOn: "2026-01-05" }) { id } }', { id: milestone.id }, editor],
      ['mutation ($id: ID!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2026-02-01", value: 30 }) { id } }', { id: indicatorId }, editor],
      ['mutation ($id: ID!) { setCommitmentCompletion(id: $id, completion: COMPLETE) { id } }', { id: commitmentId }, editor],
      ['mutation ($id: ID!) { setCommitmentPublished(id: $id, published: true) { id } }', { id: commitmentId }, admin],
      ['mutation ($id: ID!) { updateActionProgram(id: $id, input: { titleFr: "X" }) { id } }', { id: programId }, admin],
    ];
    for (const [query, variables, caller] of attempts) {
      const { errors } = await subgraph.execute(query, variables, caller);
      expect({ query, extensions: errors?.[0].extensions }).toMatchObject({ query, extensions: { code: 'FORBIDDEN' } });
    }
    expect(await commitmentRow(commitmentId)).toEqual(before);
  });
});

describe('adoption tied to its evidence', () => {
  const adopt = (ready: Prepared, extra: Record<string, unknown> = {}, caller: Caller = admin) =>
    subgraph.execute(STATUS, { id: ready.programId, input: { status: 'ADOPTED', adoptedOn: ready.period.adoptedOn, councilSessionEventId: ready.sessionId, ...extra } }, caller);
  const statusOf = async (id: string) => (await subgraph.ownerDataSource.query('SELECT status FROM evaluation.action_program WHERE id = $1', [id]))[0].status;

  it('refuses adoption without a public consultation held for the programme, and leaves it in consultation', async () => {
    const ready = await prepared();
    const day = ready.period.adoptedOn.slice(0, 8);
    // none of these counts: another commune's, a cancelled one, one still to come, one after the adoption date
    await event(DemoIds.tamazgana, 'PUBLIC_CONSULTATION', `${day}10T09:00:00Z`);
    await event(commune, 'PUBLIC_CONSULTATION', `${day}11T09:00:00Z`, { status: 'CANCELLED' });
    await event(commune, 'PUBLIC_CONSULTATION', '2999-01-01T09:00:00Z', { status: 'PLANNED' });
    await event(commune, 'PUBLIC_CONSULTATION', `${day}25T09:00:00Z`);
    const { errors } = await adopt(ready);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consultationEventId' });
    expect(await statusOf(ready.programId)).toBe('CONSULTATION');
    const [{ versions }] = await subgraph.ownerDataSource.query('SELECT count(*)::int AS versions FROM evaluation.commitment_version WHERE commitment_id = $1', [ready.commitmentId]);
    expect(versions).toBe(0);
  });

  it("does not count again the consultation held for the commune's previous programme", async () => {
    const previous = await adopted();
    const ready = await prepared();
    const [{ consultation_event_id: used }] = await subgraph.ownerDataSource.query('SELECT consultation_event_id FROM evaluation.action_program WHERE id = $1', [previous.programId]);
    expect(used).not.toBeNull();
    const named = await adopt(ready, { consultationEventId: used });
    expect(named.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consultationEventId' });
    const found = await adopt(ready);
    expect(found.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consultationEventId' });
    expect(await statusOf(ready.programId)).toBe('CONSULTATION');
  });

  it('adopts once a consultation of the commune was held before, and points at it and at the council session', async () => {
    const ready = await prepared();
    const consultation = await event(commune, 'PUBLIC_CONSULTATION', `${ready.period.adoptedOn.slice(0, 8)}05T09:00:00Z`, { status: 'PLANNED', endsAt: `${ready.period.adoptedOn.slice(0, 8)}06T09:00:00Z` });
    const { data, errors } = await adopt(ready);
    expect(errors).toBeUndefined();
    expect(data!.setProgramStatus).toEqual({
      status: 'ADOPTED',
      adoptedOn: ready.period.adoptedOn,
      councilSessionEventId: ready.sessionId,
      consultationEventId: consultation,
      consultationWaiver: null,
    });
    const read = await subgraph.execute('query ($id: ID!) { actionProgram(id: $id) { councilSessionEvent { id } consultationEvent { id } } }', { id: ready.programId }, admin);
    expect(read.data!.actionProgram).toEqual({ councilSessionEvent: { id: ready.sessionId }, consultationEvent: { id: consultation } });
  });

  it('adopts without a consultation when a reason waives it, and keeps the reason', async () => {
    const ready = await prepared();
    const { data, errors } = await adopt(ready, { consultationWaiver: 'Consultation tenue avant l’adhésion, hors plateforme.' });
    expect(errors).toBeUndefined();
    expect(data!.setProgramStatus).toMatchObject({ status: 'ADOPTED', consultationEventId: null, consultationWaiver: 'Consultation tenue avant l’adhésion, hors plateforme.' });
  });

  it('refuses a consultation or council session named from another commune, or of another kind', async () => {
    const ready = await prepared();
    const foreign = await event(DemoIds.tamazgana, 'PUBLIC_CONSULTATION', `${ready.period.adoptedOn.slice(0, 8)}05T09:00:00Z`);
    const named = await adopt(ready, { consultationEventId: foreign });
    expect(named.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consultationEventId' });
    const workshop = await event(commune, 'CO_CREATION_WORKSHOP', `${ready.period.adoptedOn}T09:00:00Z`);
    const session = await adopt(ready, { councilSessionEventId: workshop, consultationWaiver: 'x' });
    expect(session.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'councilSessionEventId' });
    expect(await statusOf(ready.programId)).toBe('CONSULTATION');
  });

  it.each([
    ['an editor of the commune', editor, 'FORBIDDEN'],
    ["another commune's admin", otherAdmin, 'NOT_FOUND'],
    ['the network', network, 'FORBIDDEN'],
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
  ])('refuses adoption by %s', async (_who, caller, code) => {
    const ready = await prepared();
    const { errors } = await adopt(ready, { consultationWaiver: 'x' }, caller);
    expect(errors![0].extensions!.code).toBe(code);
    expect(await statusOf(ready.programId)).toBe('CONSULTATION');
  });
});
