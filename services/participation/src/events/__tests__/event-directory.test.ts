import { DemoIds } from '@infitah/demo-data';
import type { Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

/** The directory of events (read by evaluation to tie an adoption to its council session and consultation) follows participation.event. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const admin: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.tamazganaAdmin, collectivityId: DemoIds.tamazgana };
const entry = async (id: string) =>
  (
    await subgraph.ownerDataSource.query(
      'SELECT collectivity_id, kind, status, starts_at, ends_at, published FROM directory.event WHERE id = $1',
      [id],
    )
  )[0] ?? null;

describe('the directory of events', () => {
  it('holds an entry for every seeded event', async () => {
    const [{ events, entries }] = await subgraph.ownerDataSource.query(
      'SELECT (SELECT count(*) FROM participation.event)::int AS events, (SELECT count(*) FROM directory.event)::int AS entries',
    );
    expect(events).toBeGreaterThan(0);
    expect(entries).toBe(events);
  });

  it('follows an event through creation, update, publication and deletion', async () => {
    const created = await subgraph.execute(
      'mutation { createEvent(input: { kind: PUBLIC_CONSULTATION, title: "Consultation publique", startsAt: "2025-09-01T09:00:00Z", endsAt: "2025-09-15T17:00:00Z" }) { id } }',
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    expect(await entry(id)).toMatchObject({ collectivity_id: DemoIds.tamazgana, kind: 'PUBLIC_CONSULTATION', status: 'PLANNED', published: false });
    const held = await subgraph.execute('mutation ($id: ID!) { updateEvent(id: $id, input: { status: HELD }) { id } }', { id }, admin);
    expect(held.errors).toBeUndefined();
    await subgraph.execute('mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id }, admin);
    expect(await entry(id)).toMatchObject({ status: 'HELD', published: true });
    const deleted = await subgraph.execute("mutation ($id: ID!) { deleteEvent(id: $id) }", { id }, admin);
    expect(deleted.errors).toBeUndefined();
    expect(await entry(id)).toBeNull();
  });

  it('is emptied with participation.event by a TRUNCATE', async () => {
    const other = await startTestSubgraph(participation);
    try {
      await other.ownerDataSource.query('TRUNCATE participation.event CASCADE');
      expect((await other.ownerDataSource.query('SELECT count(*)::int AS n FROM directory.event'))[0].n).toBe(0);
    } finally {
      await other.close();
    }
  });
});
