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

  it('answers NOT_FOUND for an unknown event and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await subgraph.execute('mutation { deleteEvent(id: "00000000-0000-4000-8000-00000000dead") }', {}, adminA);
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const malformed = await subgraph.execute('mutation { deleteEvent(id: "42") }', {}, adminA);
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
