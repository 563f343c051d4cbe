import type { Caller } from '@infitah/server-kit';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

/** saveEvent: an event's fields, agenda and attendance in one write, on real PostgreSQL. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const { editorA, adminA, adminB, network } = demoCallers;

const CREATE = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const SAVE = `mutation ($id: ID!, $input: SaveEventInput!) {
  saveEvent(id: $id, input: $input) { id titleFr startsAt endsAt agenda { titleFr startsAt endsAt } attendance { category gender count } }
}`;

const WELCOME = { startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T09:15:00Z', titleFr: 'Accueil', kind: 'WELCOME' };
const WOMEN = { category: 'CIVIL_SOCIETY', gender: 'FEMALE', count: 7 };

async function workshop(caller: Caller = editorA): Promise<string> {
  const { data, errors } = await subgraph.execute(
    CREATE,
    { input: { kind: 'CO_CREATION_WORKSHOP', title: 'Atelier', startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T12:00:00Z' } },
    caller,
  );
  expect(errors).toBeUndefined();
  return data!.createEvent.id;
}

const UPDATE = 'mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }';

/** A workshop (09:00–12:00) whose agenda fills it from 09:00 to 11:30. */
async function workshopWithAgenda(): Promise<string> {
  const id = await workshop();
  const closing = { ...WELCOME, startsAt: '2026-04-01T11:00:00Z', endsAt: '2026-04-01T11:30:00Z', titleFr: 'Clôture', kind: 'OTHER' };
  const { errors } = await subgraph.execute(SAVE, { id, input: { agenda: [WELCOME, closing] } }, editorA);
  expect(errors).toBeUndefined();
  return id;
}

/** Everything stored about one event, read as the owner (no row-level security in the way). */
async function stored(id: string) {
  const query = (sql: string) => subgraph.ownerDataSource.query(sql, [id]);
  const [event] = await query('SELECT title_fr, starts_at, ends_at, venue FROM participation.event WHERE id = $1');
  return {
    event,
    agenda: await query('SELECT title_fr, starts_at, ends_at FROM participation.agenda_item WHERE event_id = $1 ORDER BY position'),
    attendance: await query('SELECT category, gender, count FROM participation.attendance WHERE event_id = $1 ORDER BY category, gender'),
    audit: (await query('SELECT count(*)::int AS n FROM audit.entry WHERE entity_id = $1'))[0].n,
  };
}

describe('saveEvent', () => {
  it("saves an event's fields, agenda and attendance together for an editor of its collectivity", async () => {
    const id = await workshop();
    const { data, errors } = await subgraph.execute(
      SAVE,
      { id, input: { title: 'Atelier de co-création', endsAt: '2026-04-01T13:00:00Z', agenda: [WELCOME, { ...WELCOME, startsAt: '2026-04-01T12:00:00Z', endsAt: '2026-04-01T13:00:00Z', titleFr: 'Clôture', kind: 'OTHER' }], attendance: [WOMEN] } },
      editorA,
    );
    expect(errors).toBeUndefined();
    expect(data!.saveEvent).toMatchObject({
      titleFr: 'Atelier de co-création',
      endsAt: '2026-04-01T13:00:00.000Z',
      agenda: [{ titleFr: 'Accueil' }, { titleFr: 'Clôture', endsAt: '2026-04-01T13:00:00.000Z' }],
      attendance: [WOMEN],
    });
    const after = await stored(id);
    expect(after.agenda.map((row: { title_fr: string }) => row.title_fr)).toEqual(['Accueil', 'Clôture']);
    expect(after.attendance).toEqual([{ category: 'CIVIL_SOCIETY', gender: 'FEMALE', count: 7 }]);
  });

  it('leaves the agenda and attendance as they are when the input does not name them', async () => {
    const id = await workshop();
    await subgraph.execute(SAVE, { id, input: { agenda: [WELCOME], attendance: [WOMEN] } }, editorA);
    const { errors } = await subgraph.execute(SAVE, { id, input: { venue: 'Salle du conseil' } }, editorA);
    expect(errors).toBeUndefined();
    const after = await stored(id);
    expect(after.event.venue).toBe('Salle du conseil');
    expect(after.agenda).toHaveLength(1);
    expect(after.attendance).toHaveLength(1);
  });

  it.each([
    ['an agenda item ending before it starts', { agenda: [{ ...WELCOME, startsAt: '2026-04-01T10:00:00Z', endsAt: '2026-04-01T09:30:00Z' }] }, 'agenda.0.endsAt'],
    ['an agenda item after the event, judged against the new end', { endsAt: '2026-04-01T10:00:00Z', agenda: [WELCOME, { ...WELCOME, startsAt: '2026-04-01T10:30:00Z', endsAt: '2026-04-01T11:00:00Z' }] }, 'agenda.1.endsAt'],
    ['an agenda item without a title', { agenda: [{ ...WELCOME, titleFr: null }] }, 'agenda.0.titleAr'],
    ['an attendance pair given twice, after the fields and the agenda were written', { attendance: [WOMEN, { ...WOMEN, count: 3 }] }, 'attendance.1'],
    ['a negative attendance count', { attendance: [{ ...WOMEN, count: -1 }] }, 'attendance.0.count'],
    ['an event ending before it starts', { endsAt: '2026-03-31T09:00:00Z' }, 'endsAt'],
    ['a blank title', { title: '   ' }, 'title'],
  ])('refuses %s with BAD_USER_INPUT naming its path, and leaves the event, agenda and attendance as they were', async (_what, change, field) => {
    const id = await workshop();
    await subgraph.execute(SAVE, { id, input: { agenda: [WELCOME], attendance: [WOMEN] } }, editorA);
    const before = await stored(id);
    const { data, errors } = await subgraph.execute(
      SAVE,
      { id, input: { title: 'Titre changé', venue: 'Ailleurs', agenda: [{ ...WELCOME, titleFr: 'Accueil changé' }], attendance: [{ ...WOMEN, count: 70 }], ...change } },
      editorA,
    );
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(id)).toEqual(before);
  });

  it.each([
    ['saveEvent', 'endsAt', SAVE, { endsAt: '2026-04-01T11:00:00Z' }, /agenda item 2 ends \("Clôture", at 2026-04-01T11:30:00.000Z\)/],
    ['saveEvent', 'startsAt', SAVE, { startsAt: '2026-04-01T09:30:00Z' }, /agenda item 1 starts \("Accueil", at 2026-04-01T09:00:00.000Z\)/],
    ['updateEvent', 'endsAt', UPDATE, { endsAt: '2026-04-01T11:00:00Z' }, /agenda item 2 ends/],
    ['updateEvent', 'startsAt', UPDATE, { startsAt: '2026-04-01T09:30:00Z', endsAt: '2026-04-01T12:00:00Z' }, /agenda item 1 starts/],
  ])('%s refuses times that leave out a stored agenda item, naming %s with the item in the reason; nothing written', async (_mutation, field, mutation, input, reason) => {
    const id = await workshopWithAgenda();
    const before = await stored(id);
    const { data, errors } = await subgraph.execute(mutation, { id, input: { title: 'Titre changé', ...input } }, editorA);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors![0].message).toMatch(reason);
    expect(await stored(id)).toEqual(before);
  });

  it.each([
    ['saveEvent', SAVE],
    ['updateEvent', UPDATE],
  ])('%s accepts times that still hold the stored agenda, and keeps it', async (_mutation, mutation) => {
    const id = await workshopWithAgenda();
    const before = await stored(id);
    const { errors } = await subgraph.execute(mutation, { id, input: { startsAt: '2026-04-01T08:30:00Z', endsAt: '2026-04-01T11:30:00Z' } }, editorA);
    expect(errors).toBeUndefined();
    const after = await stored(id);
    expect(after.event.ends_at).toEqual(new Date('2026-04-01T11:30:00Z'));
    expect(after.agenda).toEqual(before.agenda);
  });

  it('refuses an anonymous caller, and writes nothing', async () => {
    const id = await workshop();
    const before = await stored(id);
    const { errors } = await subgraph.execute(SAVE, { id, input: { title: 'Anonyme', agenda: [WELCOME] } });
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await stored(id)).toEqual(before);
  });

  it("refuses another collectivity's admin: NOT_FOUND while unpublished, FORBIDDEN once published; nothing written", async () => {
    const id = await workshop();
    const before = await stored(id);
    const unseen = await subgraph.execute(SAVE, { id, input: { title: 'Intrus', agenda: [WELCOME], attendance: [WOMEN] } }, adminB);
    expect(unseen.errors![0].extensions!.code).toBe('NOT_FOUND');
    await subgraph.execute('mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id }, adminA);
    const published = await stored(id);
    expect(published.audit).toBe(before.audit + 1);
    const seen = await subgraph.execute(SAVE, { id, input: { title: 'Intrus', agenda: [WELCOME], attendance: [WOMEN] } }, adminB);
    expect(seen.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await stored(id)).toEqual(published);
  });

  it("refuses an editor on a network event and the network on a collectivity's event; nothing written", async () => {
    const networkEvent = await workshop(network);
    await subgraph.execute('mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id: networkEvent }, network);
    const networkBefore = await stored(networkEvent);
    const byEditor = await subgraph.execute(SAVE, { id: networkEvent, input: { title: 'Par la commune', agenda: [WELCOME] } }, editorA);
    expect(byEditor.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await stored(networkEvent)).toEqual(networkBefore);

    const communeEvent = await workshop();
    const communeBefore = await stored(communeEvent);
    const byNetwork = await subgraph.execute(SAVE, { id: communeEvent, input: { title: 'Par le réseau', attendance: [WOMEN] } }, network);
    expect(byNetwork.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await stored(communeEvent)).toEqual(communeBefore);
  });

  it('audits the event, its agenda and its attendance in the same write', async () => {
    const id = await workshop();
    const before = await stored(id);
    await subgraph.execute(SAVE, { id, input: { title: 'Audité', agenda: [WELCOME], attendance: [WOMEN] } }, editorA);
    const entities = await subgraph.ownerDataSource.query('SELECT entity FROM audit.entry WHERE entity_id = $1 ORDER BY occurred_at, entity', [id]);
    expect((await stored(id)).audit).toBe(before.audit + 3);
    expect(entities.map((row: { entity: string }) => row.entity).slice(-3).sort()).toEqual(['Agenda', 'Attendance', 'Event']);
  });
});
