import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminA: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };
const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const CREATE = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id title titleAr titleFr published startsAt endsAt } }';
const counts = async () =>
  (await subgraph.ownerDataSource.query(
    `SELECT (SELECT count(*) FROM participation.event)::int AS events, (SELECT count(*) FROM audit.entry)::int AS audit`,
  ))[0];

describe('event mutations', () => {
  it('creates an unpublished event, puts an Arabic title in titleAr, and audits it', async () => {
    const before = await counts();
    const { data, errors } = await subgraph.execute(
      CREATE,
      { input: { kind: 'PUBLIC_CONSULTATION', title: 'استشارة عمومية حول المشروع', startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-30T17:00:00Z' } },
      editorA,
    );
    expect(errors).toBeUndefined();
    expect(data!.createEvent).toMatchObject({ titleAr: 'استشارة عمومية حول المشروع', titleFr: null, published: false });
    expect(await counts()).toEqual({ events: before.events + 1, audit: before.audit + 1 });
  });

  it.each([
    ['an event ending before it starts', { endsAt: '2026-03-31T09:00:00Z' }, 'endsAt'],
    ['a blank title', { title: '   ' }, 'title'],
    ['an empty title', { title: '' }, 'title'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_what, change, field) => {
    const before = await counts();
    const { data, errors } = await subgraph.execute(
      CREATE,
      { input: { kind: 'COMMITTEE_MEETING', title: 'Comité', startsAt: '2026-04-01T09:00:00Z', ...change } },
      editorA,
    );
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('refuses an update that would end an event before it starts, leaving it as it was', async () => {
    const { data } = await subgraph.execute(CREATE, { input: { kind: 'COMMITTEE_MEETING', title: 'Comité', startsAt: '2026-04-01T09:00:00Z' } }, editorA);
    const id = data!.createEvent.id;
    const refused = await subgraph.execute(
      'mutation ($id: ID!) { updateEvent(id: $id, input: { startsAt: "2026-05-01T09:00:00Z", endsAt: "2026-04-01T10:00:00Z" }) { id } }',
      { id },
      editorA,
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const [row] = await subgraph.ownerDataSource.query('SELECT starts_at, ends_at FROM participation.event WHERE id = $1', [id]);
    expect(row).toEqual({ starts_at: new Date('2026-04-01T09:00:00Z'), ends_at: null });
  });

  it('publishes and unpublishes for admins, auditing each change', async () => {
    const { data } = await subgraph.execute(CREATE, { input: { kind: 'COMMITTEE_MEETING', title: 'Comité', startsAt: '2026-04-01T09:00:00Z' } }, editorA);
    const id = data!.createEvent.id;
    expect((await subgraph.execute('mutation ($id: ID!) { publishEvent(id: $id) { published } }', { id }, adminA)).data!.publishEvent.published).toBe(true);
    expect((await subgraph.execute('mutation ($id: ID!) { unpublishEvent(id: $id) { published } }', { id }, adminA)).data!.unpublishEvent.published).toBe(false);
    const actions = await subgraph.ownerDataSource.query('SELECT action FROM audit.entry WHERE entity_id = $1 ORDER BY occurred_at', [id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'PUBLISH', 'UNPUBLISH']);
  });

  it('setEventPublished publishes and unpublishes for admins, auditing each change, and changes nothing when the state is already set', async () => {
    const { data } = await subgraph.execute(CREATE, { input: { kind: 'COMMITTEE_MEETING', title: 'Comité', startsAt: '2026-04-01T09:00:00Z' } }, editorA);
    const id = data!.createEvent.id;
    const SET = 'mutation ($id: ID!, $published: Boolean!) { setEventPublished(id: $id, published: $published) { published } }';
    expect((await subgraph.execute(SET, { id, published: true }, adminA)).data!.setEventPublished.published).toBe(true);
    expect((await subgraph.execute(SET, { id, published: true }, adminA)).data!.setEventPublished.published).toBe(true);
    expect((await subgraph.execute(SET, { id, published: false }, adminA)).data!.setEventPublished.published).toBe(false);
    const actions = await subgraph.ownerDataSource.query('SELECT action FROM audit.entry WHERE entity_id = $1 ORDER BY occurred_at', [id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'PUBLISH', 'UNPUBLISH']);
  });

  it.each([
    ['its own editor', editorA, 'FORBIDDEN'],
    ["another collectivity's admin", adminB, 'NOT_FOUND'],
    ['the network', network, 'FORBIDDEN'],
    ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
  ])('setEventPublished refuses %s as publishEvent does, writing nothing', async (_who, caller, code) => {
    const { data } = await subgraph.execute(CREATE, { input: { kind: 'COMMITTEE_MEETING', title: 'Comité', startsAt: '2026-04-01T09:00:00Z' } }, editorA);
    const id = data!.createEvent.id;
    const before = await counts();
    const refused = await subgraph.execute('mutation ($id: ID!) { setEventPublished(id: $id, published: true) { published } }', { id }, caller);
    expect(refused.errors![0].extensions!.code).toBe(code);
    const old = await subgraph.execute('mutation ($id: ID!) { publishEvent(id: $id) { published } }', { id }, caller);
    expect(old.errors![0].extensions!.code).toBe(code);
    const [row] = await subgraph.ownerDataSource.query('SELECT published FROM participation.event WHERE id = $1', [id]);
    expect(row.published).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown event and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await subgraph.execute('mutation { deleteEvent(id: "00000000-0000-4000-8000-00000000dead") }', {}, adminA);
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const malformed = await subgraph.execute('mutation { deleteEvent(id: "42") }', {}, adminA);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('agenda, attendance, organisations and network events', () => {
  const REPLACE = 'mutation ($id: ID!, $items: [AgendaItemInput!]!) { replaceAgenda(eventId: $id, items: $items) { agenda { startsOn titleFr speakers { role name } } } }';

  async function workshop(): Promise<string> {
    const { data } = await subgraph.execute(
      CREATE,
      { input: { kind: 'CO_CREATION_WORKSHOP', title: 'Atelier', startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T12:00:00Z' } },
      editorA,
    );
    return data!.createEvent.id;
  }

  it('replaces the agenda in one mutation, in order, with speakers by role', async () => {
    const id = await workshop();
    const items = [
      { startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T09:15:00Z', titleFr: 'Accueil', kind: 'WELCOME' },
      { startsAt: '2026-04-01T09:15:00Z', endsAt: '2026-04-01T10:00:00Z', titleFr: 'Ouverture', kind: 'SPEECH', speakers: [{ role: 'PRESIDENT' }, { role: 'TRAINER', name: 'Formatrice' }] },
    ];
    const first = await subgraph.execute(REPLACE, { id, items }, editorA);
    expect(first.errors).toBeUndefined();
    const second = await subgraph.execute(REPLACE, { id, items: items.slice(1) }, editorA);
    expect(second.data!.replaceAgenda.agenda).toEqual([
      { startsOn: '2026-04-01T10:15'.slice(11), titleFr: 'Ouverture', speakers: [{ role: 'PRESIDENT', name: null }, { role: 'TRAINER', name: 'Formatrice' }] },
    ]);
  });

  it.each([
    ['starts before the event', { startsAt: '2026-04-01T08:00:00Z', endsAt: '2026-04-01T09:30:00Z' }, 'items.0.startsAt'],
    ['ends after the event', { startsAt: '2026-04-01T11:00:00Z', endsAt: '2026-04-01T12:30:00Z' }, 'items.0.endsAt'],
    ['ends before it starts', { startsAt: '2026-04-01T10:00:00Z', endsAt: '2026-04-01T09:30:00Z' }, 'items.0.endsAt'],
  ])('refuses an agenda item that %s, keeping the agenda as it was', async (_what, times, field) => {
    const id = await workshop();
    await subgraph.execute(REPLACE, { id, items: [{ startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T09:15:00Z', titleFr: 'Accueil', kind: 'WELCOME' }] }, editorA);
    const { errors } = await subgraph.execute(REPLACE, { id, items: [{ ...times, titleFr: 'Hors cadre', kind: 'WORKSHOP' }] }, editorA);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const rows = await subgraph.ownerDataSource.query('SELECT title_fr FROM participation.agenda_item WHERE event_id = $1', [id]);
    expect(rows).toEqual([{ title_fr: 'Accueil' }]);
  });

  it('records attendance by category and gender and refuses a category given twice', async () => {
    const id = await workshop();
    const counts = [
      { category: 'CIVIL_SOCIETY', gender: 'FEMALE', count: 7 },
      { category: 'CIVIL_SOCIETY', gender: 'MALE', count: 5 },
      { category: 'IEPEG_MEMBER', gender: 'FEMALE', count: null },
    ];
    const saved = await subgraph.execute('mutation ($id: ID!, $c: [AttendanceInput!]!) { setAttendance(eventId: $id, counts: $c) { attendance { category gender count } } }', { id, c: counts }, editorA);
    expect(saved.data!.setAttendance.attendance).toEqual(counts);
    const twice = await subgraph.execute('mutation ($id: ID!, $c: [AttendanceInput!]!) { setAttendance(eventId: $id, counts: $c) { id } }', { id, c: [counts[0], counts[0]] }, editorA);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'counts.1' });
    const negative = await subgraph.execute('mutation ($id: ID!, $c: [AttendanceInput!]!) { setAttendance(eventId: $id, counts: $c) { id } }', { id, c: [{ ...counts[0], count: -1 }] }, editorA);
    expect(negative.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    expect((await subgraph.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.attendance WHERE event_id = $1', [id]))[0].n).toBe(3);
  });

  it.each([
    ['1.5 billion', 1_500_000_000],
    ['just past 100,000', 100_001],
  ])('refuses an attendance count of %s with BAD_USER_INPUT naming count, keeping the counts as they were', async (_name, count) => {
    const id = await workshop();
    const SET = 'mutation ($id: ID!, $c: [AttendanceInput!]!) { setAttendance(eventId: $id, counts: $c) { attendance { count } } }';
    const kept = await subgraph.execute(SET, { id, c: [{ category: 'CITIZEN', gender: 'FEMALE', count: 100_000 }] }, editorA);
    expect(kept.data!.setAttendance.attendance).toEqual([{ count: 100_000 }]);
    const { errors } = await subgraph.execute(SET, { id, c: [{ category: 'CITIZEN', gender: 'MALE', count: 12 }, { category: 'CITIZEN', gender: 'FEMALE', count }] }, editorA);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    const rows = await subgraph.ownerDataSource.query('SELECT gender, count FROM participation.attendance WHERE event_id = $1', [id]);
    expect(rows).toEqual([{ gender: 'FEMALE', count: 100_000 }]);
  });

  it('lets the network create its own events and name the collectivities that attended; communes cannot', async () => {
    const created = await subgraph.execute(CREATE, { input: { kind: 'TRAINING', title: 'Formation régionale', startsAt: '2026-05-01T09:00:00Z' } }, network);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    const participants = [{ collectivityId: DemoIds.demoCommune, invited: true, attended: true }];
    const set = await subgraph.execute(
      'mutation ($id: ID!, $p: [EventParticipantInput!]!) { setEventParticipants(eventId: $id, participants: $p) { attendingCollectivities { id } } }',
      { id, p: participants },
      network,
    );
    expect(set.data!.setEventParticipants.attendingCollectivities).toEqual([{ id: DemoIds.demoCommune }]);
    const unseen = await subgraph.execute('mutation ($id: ID!) { updateEvent(id: $id, input: { title: "x" }) { id } }', { id }, adminA);
    expect(unseen.errors![0].extensions!.code).toBe('NOT_FOUND');
    await subgraph.execute('mutation ($id: ID!) { publishEvent(id: $id) { id } }', { id }, network);
    const byCommune = await subgraph.execute('mutation ($id: ID!) { updateEvent(id: $id, input: { title: "x" }) { id } }', { id }, adminA);
    expect(byCommune.errors![0].extensions!.code).toBe('FORBIDDEN');
    const onCommuneEvent = await subgraph.execute(
      'mutation ($id: ID!, $p: [EventParticipantInput!]!) { setEventParticipants(eventId: $id, participants: $p) { id } }',
      { id: DemoIds.events.tamazganaWorkshop, p: participants },
      adminA,
    );
    expect(onCommuneEvent.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
  });

  it("keeps an organisation's contact to its commune and the network, and links only the commune's own organisations to its events", async () => {
    const created = await subgraph.execute(
      'mutation { createOrganisation(input: { nameFr: "Association des parents", contactEmail: "parents@example.org", partnerStatus: PARTNER }) { id contactEmail } }',
      {},
      editorA,
    );
    expect(created.data!.createOrganisation.contactEmail).toBe('parents@example.org');
    const id = created.data!.createOrganisation.id;
    await subgraph.execute('mutation ($id: ID!) { setOrganisationPublished(id: $id, published: true) { id } }', { id }, adminA);
    const anonymous = await subgraph.execute('query ($c: ID!) { organisations(filter: { collectivityId: $c, search: "PARENTS" }) { nodes { nameFr contactEmail } } }', { c: DemoIds.tamazgana });
    expect(anonymous.data!.organisations.nodes).toEqual([{ nameFr: 'Association des parents', contactEmail: null }]);
    const foreign = await subgraph.execute(
      'mutation ($e: ID!, $o: [ID!]!) { setEventOrganisations(eventId: $e, organisationIds: $o) { id } }',
      { e: DemoIds.events.tamazganaWorkshop, o: [DemoIds.organisations.demoCommuneAssociation] },
      editorA,
    );
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationIds' });
    const linked = await subgraph.execute(
      'mutation ($e: ID!, $o: [ID!]!) { setEventOrganisations(eventId: $e, organisationIds: $o) { organisations { nameFr } } }',
      { e: DemoIds.events.tamazganaWorkshop, o: [id] },
      editorA,
    );
    expect(linked.data!.setEventOrganisations.organisations).toEqual([{ nameFr: 'Association des parents' }]);
  });
});
