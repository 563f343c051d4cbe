import type { Caller } from '@infitah/server-kit';
import { demoCallers, startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { participation } from '../../subgraph';

/** The write that opens a public consultation enqueues CONSULTATION_OPENED in its own transaction, once. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const { adminA, adminB, editorA } = demoCallers;
const CREATE = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!, $published: Boolean!) { setEventPublished(id: $id, published: $published) { id } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }';
const SAVE = 'mutation ($id: ID!, $input: SaveEventInput!) { saveEvent(id: $id, input: $input) { id } }';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function event(caller: Caller, input: Record<string, unknown>): Promise<string> {
  const { data, errors } = await subgraph.execute(CREATE, { input: { kind: 'PUBLIC_CONSULTATION', title: 'Consultation sur le budget', startsAt: inDays(-1), endsAt: inDays(30), ...input } }, caller);
  expect(errors).toBeUndefined();
  return data!.createEvent.id;
}

async function jobs(eventId: string): Promise<Array<{ kind: string; collectivityId: string; titleFr: string | null; endsAt: string }>> {
  // publishing any event also enqueues EVENT_PUBLISHED (for webhooks): only the consultation's own kind counts here
  const rows = await subgraph.ownerDataSource.query("SELECT payload FROM graphile_worker._private_jobs WHERE payload->>'eventId' = $1 AND payload->>'kind' = 'CONSULTATION_OPENED'", [eventId]);
  return rows.map((row: { payload: never }) => row.payload);
}

describe('CONSULTATION_OPENED', () => {
  it("is enqueued once when a commune's consultation is published, with its collectivity, title and dates", async () => {
    const id = await event(adminB, {});
    expect(await jobs(id)).toEqual([]);
    expect((await subgraph.execute(PUBLISH, { id, published: true }, adminB)).errors).toBeUndefined();
    const [job, ...more] = await jobs(id);
    expect(more).toEqual([]);
    expect(job).toMatchObject({ kind: 'CONSULTATION_OPENED', collectivityId: adminB.collectivityId, titleFr: 'Consultation sur le budget', endsAt: expect.any(String) });
    // withdrawn and published again: the waiting job is the same one (its key), not a second
    await subgraph.execute(PUBLISH, { id, published: false }, adminB);
    await subgraph.execute(PUBLISH, { id, published: true }, adminB);
    expect(await jobs(id)).toHaveLength(1);
  });

  it.each([
    ['a cancelled consultation', { status: 'CANCELLED' }],
    ['a consultation already over', { startsAt: inDays(-30), endsAt: inDays(-1) }],
    ['a consultation without an end', { endsAt: null }],
    ['a workshop', { kind: 'CO_CREATION_WORKSHOP' }],
  ])('is not enqueued when publishing %s', async (_what, input) => {
    const { status, ...created } = input as Record<string, unknown>;
    const id = await event(adminA, created);
    if (status) expect((await subgraph.execute(UPDATE, { id, input: { status } }, adminA)).errors).toBeUndefined();
    expect((await subgraph.execute(PUBLISH, { id, published: true }, adminA)).errors).toBeUndefined();
    expect(await jobs(id)).toEqual([]);
  });

  it('is enqueued by the edit that reopens a published consultation, and not by an edit of one already open', async () => {
    const id = await event(adminA, { endsAt: inDays(-1), startsAt: inDays(-10) });
    await subgraph.execute(PUBLISH, { id, published: true }, adminA);
    expect(await jobs(id)).toEqual([]);
    expect((await subgraph.execute(UPDATE, { id, input: { endsAt: inDays(20) } }, editorA)).errors).toBeUndefined();
    expect(await jobs(id)).toHaveLength(1);
    await subgraph.ownerDataSource.query("DELETE FROM graphile_worker._private_jobs WHERE payload->>'eventId' = $1", [id]);
    expect((await subgraph.execute(UPDATE, { id, input: { venue: 'Salle des fêtes' } }, editorA)).errors).toBeUndefined();
    expect(await jobs(id)).toEqual([]);
  });

  it('is not enqueued when the write that would open it is refused as a whole', async () => {
    const id = await event(adminA, { endsAt: inDays(-1), startsAt: inDays(-10) });
    await subgraph.execute(PUBLISH, { id, published: true }, adminA);
    // the new end opens it, but an agenda item outside the event refuses the whole saveEvent
    const refused = await subgraph.execute(
      SAVE,
      { id, input: { endsAt: inDays(20), agenda: [{ startsAt: inDays(-20), endsAt: inDays(-19), titleFr: 'Trop tôt', kind: 'OTHER' }] } },
      editorA,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await jobs(id)).toEqual([]);
  });
});
