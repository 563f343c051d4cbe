import { formatGraphQLError } from '@infitah/labels';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

/**
 * A refused event names its field, the rule and the rule's parameters (`extensions.rule`, `extensions.params`), so
 * the console and the portal word the refusal in the reader's language; the English message stays as it was.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const { editorA } = demoCallers;

const CREATE = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const SAVE = 'mutation ($id: ID!, $input: SaveEventInput!) { saveEvent(id: $id, input: $input) { id } }';
const WORKSHOP = { kind: 'CO_CREATION_WORKSHOP', title: 'Atelier', startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T12:00:00Z' };
const WELCOME = { startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T09:15:00Z', titleFr: 'Accueil', kind: 'WELCOME' };
const WOMEN = { category: 'CIVIL_SOCIETY', gender: 'FEMALE', count: 7 };

async function workshop(): Promise<string> {
  const { data, errors } = await subgraph.execute(CREATE, { input: WORKSHOP }, editorA);
  expect(errors).toBeUndefined();
  return data!.createEvent.id;
}

async function eventCount(): Promise<number> {
  const [row] = await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.event');
  return row.n;
}

describe('createEvent refusals (class-validator)', () => {
  it.each([
    ['a title too long', { title: 'x'.repeat(301) }, 'title', 'isLength', { min: 1, max: 300 }, 'title: must be between 1 and 300 characters'],
    ['a blank title', { title: '   ' }, 'title', 'notBlank', {}, 'title: must not be blank'],
    ['a venue too long', { venue: 'x'.repeat(301) }, 'venue', 'maxLength', { max: 300 }, 'venue: venue must be shorter than or equal to 300 characters'],
    ['an online address that is no http(s) address', { onlineUrl: 'ftp://example.org' }, 'onlineUrl', 'isUrl', {}, 'onlineUrl: must be an http(s) address'],
  ])('refuses %s naming the field, the rule and its parameters, with the message unchanged; nothing written', async (_what, change, field, rule, params, message) => {
    const before = await eventCount();
    const { errors } = await subgraph.execute(CREATE, { input: { ...WORKSHOP, ...change } }, editorA);
    expect(errors).toHaveLength(1);
    expect(errors![0].message).toBe(message);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule, params });
    expect((errors![0].extensions!.problems as Array<{ rule: string; params: object }>)[0]).toMatchObject({ field, rule, params });
    expect(await eventCount()).toBe(before);
  });
});

describe("refusals of GraphQL's own (variables that do not coerce)", () => {
  it('names the field below the variable, the rule and the enum a value is not in', async () => {
    const { errors } = await subgraph.execute(CREATE, { input: { ...WORKSHOP, kind: 'PICNIC' } }, editorA);
    expect(errors![0].message).toMatch(/^Variable "\$input" got invalid value "PICNIC" at "input.kind"/);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', rule: 'isEnum', params: { enum: 'EventKind' } });
  });

  it('names a required field left out', async () => {
    const { errors } = await subgraph.execute(CREATE, { input: { kind: 'TRAINING', title: 'Formation' } }, editorA);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt', rule: 'required', params: {} });
  });
});

describe('saveEvent refusals (the subgraph’s own checks)', () => {
  it.each([
    ['an event ending before it starts', { endsAt: '2026-03-31T09:00:00Z' }, 'endsAt', 'notBefore', { other: 'startsAt' }],
    ['an agenda item after the event', { agenda: [{ ...WELCOME, startsAt: '2026-04-01T12:30:00Z', endsAt: '2026-04-01T13:00:00Z' }] }, 'agenda.0.endsAt', 'notAfterEventEnd', {}],
    ['an agenda item without a title', { agenda: [{ ...WELCOME, titleFr: null }] }, 'agenda.0.titleAr', 'titleArOrFr', {}],
    ['an attendance pair given twice', { attendance: [WOMEN, { ...WOMEN, count: 3 }] }, 'attendance.1', 'givenTwice', { category: 'CIVIL_SOCIETY', gender: 'FEMALE' }],
    ['a negative attendance count', { attendance: [{ ...WOMEN, count: -1 }] }, 'attendance.0.count', 'min', { min: 0 }],
  ])('refuses %s naming the path, the rule and its parameters', async (_what, change, field, rule, params) => {
    const id = await workshop();
    const { data, errors } = await subgraph.execute(SAVE, { id, input: change }, editorA);
    expect(data).toBeNull();
    expect(errors![0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field, rule, params }));
  });

  it('states the agenda item a new end would leave out, by its position', async () => {
    const id = await workshop();
    expect((await subgraph.execute(SAVE, { id, input: { agenda: [WELCOME, { ...WELCOME, startsAt: '2026-04-01T11:00:00Z', endsAt: '2026-04-01T11:30:00Z' }] } }, editorA)).errors).toBeUndefined();
    const { errors } = await subgraph.execute(SAVE, { id, input: { endsAt: '2026-04-01T11:00:00Z' } }, editorA);
    expect(errors![0].message).toMatch(/^endsAt: must not be before agenda item 2 ends/);
    expect(errors![0].extensions).toMatchObject({ field: 'endsAt', rule: 'notBeforeAgendaItemEnd', params: { item: 2 } });
  });

  it('gives front ends what they need to word the refusal in Arabic and French', async () => {
    const id = await workshop();
    const { errors } = await subgraph.execute(SAVE, { id, input: { endsAt: '2026-03-31T09:00:00Z' } }, editorA);
    expect(formatGraphQLError(errors![0], 'fr')).toBe('Fin : Ne doit pas précéder « Début »');
    expect(formatGraphQLError(errors![0], 'ar')).toBe('النهاية: يجب ألا يسبق «البداية»');
  });
});
