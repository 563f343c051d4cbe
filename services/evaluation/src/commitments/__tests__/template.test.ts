import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;
let programId: string;
let otherProgramAxisId: string;

const commune = DemoIds.demoCommune;
const admin: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: commune };
const editor: Caller = { role: 'COLLECTIVITY_EDITOR', userId: randomUUID(), collectivityId: commune };
const otherAdmin: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const anonymous: Caller = { role: 'ANONYMOUS', userId: null, collectivityId: null };
const REFUSED: Array<[string, Caller, string]> = [
  ["another commune's admin", otherAdmin, 'NOT_FOUND'],
  ['the network', network, 'FORBIDDEN'],
  ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
];

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
  // the demo commune's own programmes are moved out of the years these tests use
  await subgraph.ownerDataSource.query(
    "UPDATE evaluation.action_program SET period_start = '2020-01-01', period_end = '2021-12-31' WHERE collectivity_id = $1 AND status <> 'CLOSED'",
    [DemoIds.demoCommune],
  );
  const created = await subgraph.execute(
    'mutation { createActionProgram(input: { titleFr: "Programme modèle", periodStart: "2030-01-01", periodEnd: "2031-12-31" }) { id } }',
    {},
    admin,
  );
  programId = created.data!.createActionProgram.id;
  otherProgramAxisId = randomUUID();
  await subgraph.ownerDataSource.query(
    "INSERT INTO evaluation.priority_axis (collectivity_id, id, program_id, position, title_fr) VALUES ($1, $2, $3, 99, 'Axe d’un autre programme')",
    [DemoIds.tamazgana, otherProgramAxisId, DemoIds.programs.tamazgana],
  );
});
afterAll(() => subgraph.close());

const TEMPLATE = `id titleFr titleAr problem causes statusQuo objective action contribution principles
  relevance { principle text } leadUnit partners supportingActors { kind name } contact { name role email phone }
  startsOn endsOn axis { id titleFr } milestones { title startsOn dueOn deliverable evidence weight }`;

const FULL = {
  titleFr: 'Budget participatif des quartiers',
  titleAr: 'الميزانية التشاركية للأحياء',
  problem: 'Les habitants ignorent comment le budget est réparti.',
  causes: 'Aucune publication du budget sous une forme lisible.',
  statusQuo: 'Le budget est voté sans débat public.',
  objective: 'Un budget citoyen publié chaque année, discuté dans chaque quartier.',
  action: 'Publier un budget citoyen et tenir des réunions de quartier.',
  contribution: 'Les habitants peuvent suivre et discuter les dépenses.',
  principles: ['TRANSPARENCY', 'CITIZEN_PARTICIPATION'],
  relevance: [
    { principle: 'TRANSPARENCY', text: 'Le budget devient lisible.' },
    { principle: 'CITIZEN_PARTICIPATION', text: 'Les quartiers proposent des projets.' },
  ],
  leadUnit: 'Division des affaires financières',
  partners: ['Association Tanmia'],
  supportingActors: [
    { kind: 'GOVERNMENT', name: 'Trésorerie communale' },
    { kind: 'CIVIL_SOCIETY', name: 'Réseau des associations de quartier' },
    { kind: 'PRIVATE_SECTOR', name: 'Imprimerie locale' },
  ],
  contact: { name: 'Point focal', role: 'Chargé de l’ouverture', email: 'ouverture@demo-commune.infitah.test', phone: '+212 5 22 00 00 00' },
  startsOn: '2030-02-01',
  endsOn: '2031-06-30',
};

describe('the OGP Local template through the graph', () => {
  it('sets every template field on creation and with saveCommitment, and reads them back', async () => {
    const axis = await subgraph.execute('mutation ($id: ID!) { createPriorityAxis(programId: $id, input: { titleFr: "Finances ouvertes", principles: [TRANSPARENCY] }) { id titleFr } }', { id: programId }, editor);
    expect(axis.errors).toBeUndefined();
    const created = await subgraph.execute(
      `mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { ${TEMPLATE} } }`,
      { p: programId, input: { ...FULL, axisId: axis.data!.createPriorityAxis.id } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCommitment.id;
    const milestones = [
      { title: 'Publier le budget citoyen', startsOn: '2030-02-01', dueOn: '2030-04-30', deliverable: 'Budget citoyen (PDF, ar/fr)', evidence: 'https://example.test/budget.pdf', weight: 2 },
    ];
    const saved = await subgraph.execute(`mutation ($id: ID!, $input: SaveCommitmentInput!) { saveCommitment(id: $id, input: $input) { ${TEMPLATE} } }`, { id, input: { milestones } }, editor);
    expect(saved.errors).toBeUndefined();
    const read = await subgraph.execute(`query ($id: ID!) { commitment(id: $id) { ${TEMPLATE} } }`, { id }, admin);
    const { id: _id, axis: readAxis, ...fields } = read.data!.commitment;
    expect(fields).toEqual({ ...FULL, milestones });
    expect(readAxis).toEqual({ id: axis.data!.createPriorityAxis.id, titleFr: 'Finances ouvertes' });
  });

  it.each([
    ['a relevance text for a principle it does not name', { relevance: [{ principle: 'DIGITALIZATION', text: 'x' }] }, 'relevance.0.principle'],
    ['two relevance texts for one principle', { relevance: [FULL.relevance[0], FULL.relevance[0]] }, 'relevance.1.principle'],
    ['a malformed contact e-mail', { contact: { email: 'pas-un-courriel' } }, 'contact.email'],
    ['a start before the programme', { startsOn: '2029-12-31' }, 'startsOn'],
    ['an end after the programme', { endsOn: '2032-01-01' }, 'endsOn'],
    ['no principle', { principles: [] }, 'principles'],
    ['an axis of another programme', { axisId: 'OTHER_AXIS' }, 'axisId'],
  ])('refuses %s, naming the field, writing nothing', async (_what, change, field) => {
    const count = async () => (await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM evaluation.commitment'))[0].n;
    const before = await count();
    const input = { ...FULL, ...change } as Record<string, unknown>;
    if (input.axisId === 'OTHER_AXIS') input.axisId = otherProgramAxisId;
    const { errors } = await subgraph.execute('mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }', { p: programId, input }, editor);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  });

  it.each([
    ['a milestone starting before the commitment', { startsOn: '2030-01-15', dueOn: '2030-03-01' }, 'milestones.0.startsOn'],
    ['a milestone starting after it is due', { startsOn: '2030-05-01', dueOn: '2030-03-01' }, 'milestones.0.startsOn'],
  ])('refuses %s, naming its path', async (_what, dates, field) => {
    const created = await subgraph.execute(
      'mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }',
      { p: programId, input: { titleFr: `Jalons ${randomUUID()}`, principles: ['TRANSPARENCY'], startsOn: '2030-02-01', endsOn: '2031-06-30' } },
      editor,
    );
    const { errors } = await subgraph.execute(
      'mutation ($id: ID!, $m: [MilestoneInput!]!) { replaceMilestones(commitmentId: $id, milestones: $m) { id } }',
      { id: created.data!.createCommitment.id, m: [{ title: 'Jalon', ...dates }] },
      editor,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(REFUSED)('refuses a commitment created by %s', async (_who, caller, code) => {
    const { errors } = await subgraph.execute('mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }', { p: programId, input: FULL }, caller);
    expect(errors![0].extensions!.code).toBe(code);
  });
});

describe('indicators and measurements', () => {
  async function commitmentWithIndicator(): Promise<{ commitmentId: string; indicatorId: string }> {
    const created = await subgraph.execute(
      'mutation ($p: ID!) { createCommitment(programId: $p, input: { titleFr: "Indicateurs", principles: [ACCOUNTABILITY] }) { id } }',
      { p: programId },
      editor,
    );
    const commitmentId = created.data!.createCommitment.id;
    const added = await subgraph.execute(
      'mutation ($id: ID!) { addIndicator(commitmentId: $id, input: { title: "Réponses", unit: "%", baseline: 10, target: 60, direction: INCREASE }) { indicators { id } } }',
      { id: commitmentId },
      editor,
    );
    return { commitmentId, indicatorId: added.data!.addIndicator.indicators[0].id };
  }

  it('corrects and removes an indicator, keeping the target on the side of its direction', async () => {
    const { commitmentId, indicatorId } = await commitmentWithIndicator();
    const wrong = await subgraph.execute('mutation ($id: ID!) { updateIndicator(id: $id, input: { target: 5 }) { id } }', { id: indicatorId }, editor);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'target' });
    const corrected = await subgraph.execute('mutation ($id: ID!) { updateIndicator(id: $id, input: { title: "Réponses dans le délai", target: 75 }) { title baseline target } }', { id: indicatorId }, editor);
    expect(corrected.data!.updateIndicator).toEqual({ title: 'Réponses dans le délai', baseline: 10, target: 75 });
    expect((await subgraph.execute('mutation ($id: ID!) { removeIndicator(id: $id) }', { id: indicatorId }, editor)).data).toEqual({ removeIndicator: true });
    const read = await subgraph.execute('query ($id: ID!) { commitment(id: $id) { indicators { id } } }', { id: commitmentId }, editor);
    expect(read.data!.commitment.indicators).toEqual([]);
  });

  it('corrects and removes a measurement, each audited with the values before', async () => {
    const { indicatorId } = await commitmentWithIndicator();
    await subgraph.execute('mutation ($id: ID!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2030-03-01", value: 20 }) { id } }', { id: indicatorId }, editor);
    await subgraph.execute('mutation ($id: ID!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2030-04-01", value: 25 }) { id } }', { id: indicatorId }, editor);
    const [first, second] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.measurement WHERE indicator_id = $1 ORDER BY measured_on', [indicatorId]);
    const clash = await subgraph.execute('mutation ($id: ID!) { correctMeasurement(id: $id, input: { measuredOn: "2030-04-01", value: 21 }) { id } }', { id: first.id }, editor);
    expect(clash.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measuredOn' });
    const corrected = await subgraph.execute(
      'mutation ($id: ID!) { correctMeasurement(id: $id, input: { measuredOn: "2030-03-02", value: 22, note: "Registre recompté" }) { measuredOn value note } }',
      { id: first.id },
      editor,
    );
    expect(corrected.data!.correctMeasurement).toEqual({ measuredOn: '2030-03-02', value: 22, note: 'Registre recompté' });
    expect((await subgraph.execute('mutation ($id: ID!) { removeMeasurement(id: $id) }', { id: second.id }, editor)).data).toEqual({ removeMeasurement: true });
    const audit = await subgraph.ownerDataSource.query(
      "SELECT action, before->>'value' AS before_value FROM audit.entry WHERE entity = 'Measurement' AND entity_id = ANY($1) ORDER BY occurred_at",
      [[first.id, second.id]],
    );
    expect(audit).toEqual([
      { action: 'UPDATE', before_value: '20' },
      { action: 'DELETE', before_value: '25' },
    ]);
    const left = await subgraph.ownerDataSource.query('SELECT measured_on::text, value::float8 FROM evaluation.measurement WHERE indicator_id = $1', [indicatorId]);
    expect(left).toEqual([{ measured_on: '2030-03-02', value: 22 }]);
  });

  it.each(REFUSED)('refuses indicator and measurement corrections by %s, changing nothing', async (_who, caller, code) => {
    const { indicatorId } = await commitmentWithIndicator();
    await subgraph.execute('mutation ($id: ID!) { recordMeasurement(indicatorId: $id, input: { measuredOn: "2030-03-01", value: 20 }) { id } }', { id: indicatorId }, editor);
    const [measurement] = await subgraph.ownerDataSource.query('SELECT id FROM evaluation.measurement WHERE indicator_id = $1', [indicatorId]);
    const state = () =>
      subgraph.ownerDataSource.query(
        'SELECT i.target::float8, (SELECT json_agg(m.value) FROM evaluation.measurement m WHERE m.indicator_id = i.id) AS values FROM evaluation.indicator i WHERE i.id = $1',
        [indicatorId],
      );
    const before = await state();
    for (const [query, id] of [
      ['mutation ($id: ID!) { updateIndicator(id: $id, input: { target: 90 }) { id } }', indicatorId],
      ['mutation ($id: ID!) { removeIndicator(id: $id) }', indicatorId],
      ['mutation ($id: ID!) { correctMeasurement(id: $id, input: { measuredOn: "2030-03-01", value: 99 }) { id } }', measurement.id],
      ['mutation ($id: ID!) { removeMeasurement(id: $id) }', measurement.id],
    ]) {
      const { errors } = await subgraph.execute(query, { id }, caller);
      // another commune's admin cannot see an unpublished commitment's parts
      expect({ query, code: errors![0].extensions!.code }).toEqual({ query, code });
    }
    expect(await state()).toEqual(before);
  });
});

describe('priority axes', () => {
  it('creates, renames and deletes an axis; a commitment under a deleted axis loses the link', async () => {
    const created = await subgraph.execute('mutation ($id: ID!) { createPriorityAxis(programId: $id, input: { titleFr: "Axe provisoire", titleAr: "محور" }) { id } }', { id: programId }, editor);
    const axisId = created.data!.createPriorityAxis.id;
    const untitled = await subgraph.execute('mutation ($id: ID!) { updatePriorityAxis(id: $id, input: { titleFr: null, titleAr: null }) { id } }', { id: axisId }, editor);
    expect(untitled.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'titleFr' });
    const renamed = await subgraph.execute(
      'mutation ($id: ID!) { updatePriorityAxis(id: $id, input: { titleFr: "Participation", principles: [CITIZEN_PARTICIPATION] }) { titleFr titleAr principles } }',
      { id: axisId },
      editor,
    );
    expect(renamed.data!.updatePriorityAxis).toEqual({ titleFr: 'Participation', titleAr: null, principles: ['CITIZEN_PARTICIPATION'] });
    const commitment = await subgraph.execute(
      'mutation ($p: ID!, $axis: ID!) { createCommitment(programId: $p, input: { titleFr: "Sous un axe", principles: [CITIZEN_PARTICIPATION], axisId: $axis }) { id } }',
      { p: programId, axis: axisId },
      editor,
    );
    expect((await subgraph.execute('mutation ($id: ID!) { deletePriorityAxis(id: $id) }', { id: axisId }, editor)).data).toEqual({ deletePriorityAxis: true });
    const read = await subgraph.execute('query ($id: ID!) { commitment(id: $id) { axis { id } } }', { id: commitment.data!.createCommitment.id }, editor);
    expect(read.data!.commitment.axis).toBeNull();
  });

  it.each(REFUSED)('refuses axis writes by %s', async (_who, caller, code) => {
    const created = await subgraph.execute('mutation ($id: ID!) { createPriorityAxis(programId: $id, input: { titleFr: "Axe gardé" }) { id } }', { id: programId }, editor);
    const axisId = created.data!.createPriorityAxis.id;
    for (const [query, id] of [
      ['mutation ($id: ID!) { createPriorityAxis(programId: $id, input: { titleFr: "Intrus" }) { id } }', programId],
      ['mutation ($id: ID!) { updatePriorityAxis(id: $id, input: { titleFr: "Intrus" }) { id } }', axisId],
      ['mutation ($id: ID!) { deletePriorityAxis(id: $id) }', axisId],
    ]) {
      const { errors } = await subgraph.execute(query, { id }, caller);
      expect({ query, code: errors![0].extensions!.code }).toEqual({ query, code });
    }
    const [axis] = await subgraph.ownerDataSource.query('SELECT title_fr FROM evaluation.priority_axis WHERE id = $1', [axisId]);
    expect(axis).toEqual({ title_fr: 'Axe gardé' });
  });
});
