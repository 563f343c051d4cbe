import { DemoIds } from '@infitah/demo-data';
import { ANONYMOUS, type Caller } from '@infitah/server-kit';
import { databaseNow as databaseNowIn, demoCallers, drainSync, expectSyncedExactly, settleSync, startTestSubgraph, type TestSubgraph, whileTransactionOpen } from '@infitah/test-kit';
import { participation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(participation);
});
afterAll(() => subgraph.close());

const { editorA, adminA, adminB, network } = demoCallers;

const CREATE = 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id updatedAt } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id updatedAt } }';
const DELETE = 'mutation ($id: ID!) { deleteEvent(id: $id) }';
const SET_PUBLISHED = 'mutation ($id: ID!, $published: Boolean!) { setEventPublished(id: $id, published: $published) { published } }';
const SYNC = `query ($since: DateTimeISO, $after: String, $first: Int) {
  events(filter: { updatedSince: $since }, first: $first, after: $after) {
    totalCount nodes { id updatedAt title(language: FR) } pageInfo { endCursor hasNextPage }
  }
}`;
const DELETED = `query ($since: DateTimeISO, $after: String) {
  deletedEvents(since: $since, after: $after, first: 100) { totalCount nodes { id type collectivityId deletedAt } pageInfo { endCursor hasNextPage } }
}`;

interface SyncNode {
  id: string;
  updatedAt: string;
  title: string;
}
interface SyncPage {
  totalCount: number;
  nodes: SyncNode[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The database's clock: what `updatedSince` compares with. */
const databaseNow = () => databaseNowIn(subgraph.ownerDataSource);

const settle = () => settleSync(subgraph.ownerDataSource);

async function createEvent(title: string, caller: Caller = editorA): Promise<string> {
  const { data, errors } = await subgraph.execute(CREATE, { input: { kind: 'COMMITTEE_MEETING', title, startsAt: '2026-05-01T09:00:00Z' } }, caller);
  expect(errors).toBeUndefined();
  return data!.createEvent.id;
}

async function syncPage(variables: { since?: string; after?: string | null; first?: number }, caller: Caller = network): Promise<SyncPage> {
  await settle();
  const { data, errors } = await subgraph.execute(SYNC, variables, caller);
  expect(errors).toBeUndefined();
  return data!.events;
}

describe('events(filter: { updatedSince })', () => {
  it('returns exactly the events created or changed since the instant, with their updatedAt', async () => {
    const untouched = await createEvent('Avant');
    const since = await databaseNow();
    const created = await createEvent('Créé après');
    const changed = await subgraph.execute(UPDATE, { id: untouched, input: { title: 'Modifié après' } }, editorA);
    expect(changed.errors).toBeUndefined();
    const page = await syncPage({ since, first: 100 }, adminA);
    expect(page.nodes.map((node) => node.id).sort()).toEqual([created, untouched].sort());
    expect(page.totalCount).toBe(2);
    for (const node of page.nodes) expect(new Date(node.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    expect(page.nodes.find((node) => node.id === untouched)!.title).toBe('Modifié après');
    // a demo event not touched since is left out
    expect(page.nodes.map((node) => node.id)).not.toContain(DemoIds.events.tamazganaKickoff);
  });

  it('keeps updatedAt up to date on a write that bypasses the resolvers (the trigger sets it)', async () => {
    const id = await createEvent('Écrit en SQL');
    const since = await databaseNow();
    await subgraph.ownerDataSource.query(`UPDATE participation.event SET venue = 'Salle du conseil' WHERE id = $1`, [id]);
    const page = await syncPage({ since });
    expect(page.nodes.map((node) => node.id)).toEqual([id]);
  });

  it('brings an event back into a sync when its agenda or attendance changes (its parts are synced with it)', async () => {
    const { data } = await subgraph.execute(
      CREATE,
      { input: { kind: 'CO_CREATION_WORKSHOP', title: 'Atelier', startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T12:00:00Z' } },
      editorA,
    );
    const id = data!.createEvent.id;
    const since = await databaseNow();
    const replaced = await subgraph.execute(
      'mutation ($id: ID!, $items: [AgendaItemInput!]!) { replaceAgenda(eventId: $id, items: $items) { id } }',
      { id, items: [{ startsAt: '2026-04-01T09:00:00Z', endsAt: '2026-04-01T09:15:00Z', titleFr: 'Accueil', kind: 'WELCOME' }] },
      editorA,
    );
    expect(replaced.errors).toBeUndefined();
    expect((await syncPage({ since })).nodes.map((node) => node.id)).toEqual([id]);
  });

  it('leaves out of a sync the events the caller may not see: another commune, and unpublished ones for anonymous callers', async () => {
    const since = await databaseNow();
    const own = await createEvent('Brouillon de Tamazgana');
    expect((await syncPage({ since }, adminA)).nodes.map((node) => node.id)).toEqual([own]);
    expect((await syncPage({ since }, adminB)).nodes).toEqual([]);
    expect((await syncPage({ since }, ANONYMOUS)).nodes).toEqual([]);
  });

  it('refuses a cursor the graph did not give, and after together with offset, naming after', async () => {
    const forged = await subgraph.execute('{ events(after: "not-a-cursor") { totalCount } }');
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const both = await subgraph.execute('query ($after: String) { events(after: $after, offset: 2) { totalCount } }', {
      after: (await syncPage({ since: '2000-01-01T00:00:00Z', first: 1 })).pageInfo.endCursor,
    });
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('paging with after', () => {
  it('continues a list in its own order like offset when read without updatedSince', async () => {
    const first = await subgraph.execute('{ events(first: 3) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }');
    const next = await subgraph.execute('query ($after: String) { events(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage } } }', {
      after: first.data!.events.pageInfo.endCursor,
    });
    const byOffset = await subgraph.execute('{ events(first: 3, offset: 3) { nodes { id } } }');
    expect(first.data!.events.pageInfo.hasNextPage).toBe(true);
    expect(next.errors).toBeUndefined();
    expect(next.data!.events.nodes).toEqual(byOffset.data!.events.nodes);
    const last = await subgraph.execute('query ($offset: Int) { events(first: 3, offset: $offset) { pageInfo { hasNextPage } } }', {
      offset: first.data!.events.totalCount - 3,
    });
    expect(last.data!.events.pageInfo.hasNextPage).toBe(false);
  });

  it("gives a collectivity's nested events list a pageInfo too", async () => {
    const { data, errors } = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Collectivity { events(first: 2) { totalCount pageInfo { endCursor hasNextPage } } } } }',
      { r: [{ __typename: 'Collectivity', id: DemoIds.tamazgana }] },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0].events.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: true });
  });

  it('never misses nor repeats a change while inserts and updates commit during the sync, even out of order', async () => {
    const since = await databaseNow();
    const initial = await Promise.all(Array.from({ length: 6 }, (_, index) => createEvent(`Initial ${index}`)));
    // another commune's event, so that the slow writer below holds no lock the fast one waits for (figures are per commune)
    initial.push(await createEvent('Initial B', adminB));
    const seen: SyncNode[] = [];
    let cursor: string | null = null;
    const read = async (first = 3) => {
      const page: SyncPage = await syncPage(cursor ? { after: cursor, first } : { since, first });
      seen.push(...page.nodes);
      cursor = page.pageInfo.endCursor ?? cursor;
      return page;
    };

    await read();
    // writes between pages: an event already read changes, one not yet read changes, a new one appears
    await subgraph.execute(UPDATE, { id: seen[0].id, input: { title: 'Relu' } }, editorA);
    await subgraph.execute(UPDATE, { id: initial.find((id) => !seen.some((node) => node.id === id))!, input: { title: 'Pas encore lu' } }, editorA);
    const inserted = await createEvent('Inséré pendant la synchronisation');
    await read();

    // a transaction that began first but commits last: its row must not be skipped by a cursor that moved on
    let fast: string;
    await whileTransactionOpen(subgraph.ownerDataSource, [`UPDATE participation.event SET title_fr = 'Lent' WHERE id = $1`, [initial[6]]], async () => {
      fast = await createEvent('Rapide');
      const whileOpen: SyncPage = await subgraph.execute(SYNC, { after: cursor, first: 100 }, network).then((result) => result.data!.events);
      expect(whileOpen.nodes.map((node) => node.id)).not.toContain(fast);
      seen.push(...whileOpen.nodes);
      cursor = whileOpen.pageInfo.endCursor ?? cursor;
    });

    const expected = async () =>
      (await subgraph.ownerDataSource.query(`SELECT id, updated_at FROM participation.event WHERE updated_at >= $1`, [since])) as Array<{ id: string; updated_at: Date }>;
    // drain: the horizon waits for every older transaction of the cluster
    await drainSync(() => read(3), seen, expected);

    const latest = expectSyncedExactly(seen, await expected());
    expect(latest.get(initial[6])!.title).toBe('Lent');
    expect(latest.has(inserted) && latest.has(fast!)).toBe(true);
    // the last cursor holds the position: nothing new, an empty page that keeps it
    const caughtUp = await read(3);
    expect(caughtUp).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: cursor } });
  });

  it('costs the same SQL statements for a sync page of 20 events as for one of 3', async () => {
    const query = 'query ($first: Int) { events(filter: { updatedSince: "2000-01-01T00:00:00Z" }, first: $first) { nodes { id agenda { kind } attendance { count } } pageInfo { endCursor } } }';
    const small = await subgraph.execute(query, { first: 3 }, network);
    const large = await subgraph.execute(query, { first: 20 }, network);
    expect(large.errors).toBeUndefined();
    expect(large.data!.events.nodes).toHaveLength(20);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const deletedSmall = await subgraph.execute('{ deletedEvents(first: 1) { nodes { id } } }', {}, network);
    const deletedLarge = await subgraph.execute('{ deletedEvents(first: 100) { nodes { id } } }', {}, network);
    expect(deletedLarge.sqlStatements).toBe(deletedSmall.sqlStatements);
  });
});

describe('deletedEvents (tombstones)', () => {
  const anonymous = ANONYMOUS;

  async function deletedIds(since: string, caller: Caller): Promise<string[]> {
    await settle();
    const { data, errors } = await subgraph.execute(DELETED, { since }, caller);
    expect(errors).toBeUndefined();
    return data!.deletedEvents.nodes.map((node: { id: string }) => node.id);
  }

  it('shows the deletion of an unpublished event to its collectivity and the network, not to another commune nor to anonymous callers', async () => {
    const since = await databaseNow();
    const id = await createEvent('Brouillon supprimé');
    expect((await subgraph.execute(DELETE, { id }, adminA)).errors).toBeUndefined();
    await settle();
    const { data } = await subgraph.execute(DELETED, { since }, adminA);
    expect(data!.deletedEvents.nodes).toEqual([{ id, type: 'Event', collectivityId: DemoIds.tamazgana, deletedAt: expect.any(String) }]);
    expect(new Date(data!.deletedEvents.nodes[0].deletedAt).getTime()).toBeGreaterThanOrEqual(new Date(since).getTime());
    expect(await deletedIds(since, editorA)).toEqual([id]);
    expect(await deletedIds(since, network)).toEqual([id]);
    expect(await deletedIds(since, adminB)).toEqual([]);
    expect(await deletedIds(since, anonymous)).toEqual([]);
  });

  it('shows the deletion of a published event to everyone who could read it, anonymous callers included', async () => {
    const since = await databaseNow();
    const id = await createEvent('Publié puis supprimé');
    await subgraph.execute(SET_PUBLISHED, { id, published: true }, adminA);
    await subgraph.execute(DELETE, { id }, adminA);
    expect(await deletedIds(since, anonymous)).toEqual([id]);
    expect(await deletedIds(since, adminB)).toEqual([id]);
  });

  it('tells those who lose sight of an unpublished event (withdrawn), not its own collectivity, and forgets it once published again', async () => {
    const since = await databaseNow();
    const id = await createEvent('Retiré');
    await subgraph.execute(SET_PUBLISHED, { id, published: true }, adminA);
    await subgraph.execute(SET_PUBLISHED, { id, published: false }, adminA);
    expect(await deletedIds(since, anonymous)).toEqual([id]);
    expect(await deletedIds(since, adminB)).toEqual([id]);
    expect(await deletedIds(since, adminA)).toEqual([]);
    expect(await deletedIds(since, network)).toEqual([]);
    await subgraph.execute(SET_PUBLISHED, { id, published: true }, adminA);
    expect(await deletedIds(since, anonymous)).toEqual([]);
    const changed = await syncPage({ since }, ANONYMOUS);
    expect(changed.nodes.map((node) => node.id)).toContain(id);
  });

  it("keeps another commune's unpublished deletions out of reach under row-level security, whatever the query says", async () => {
    const id = await createEvent('Brouillon protégé');
    await subgraph.execute(DELETE, { id }, adminA);
    const rows = await subgraph.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.role', 'COLLECTIVITY_ADMIN', true), set_config('app.collectivity_id', $1, true)`, [DemoIds.demoCommune]);
      return manager.query('SELECT id FROM participation.tombstone WHERE id = $1', [id]);
    });
    expect(rows).toEqual([]);
    const owner = await subgraph.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.role', 'COLLECTIVITY_ADMIN', true), set_config('app.collectivity_id', $1, true)`, [DemoIds.tamazgana]);
      return manager.query('SELECT id FROM participation.tombstone WHERE id = $1', [id]);
    });
    expect(owner).toEqual([{ id }]);
    await expect(
      subgraph.dataSource.query(`INSERT INTO participation.tombstone (collectivity_id, type, id, published) VALUES ($1, 'Event', gen_random_uuid(), true)`, [DemoIds.tamazgana]),
    ).rejects.toThrow(/permission denied/);
  });

  it('pages deletions with after, oldest first, without repeating one', async () => {
    const since = await databaseNow();
    const ids = [await createEvent('Un'), await createEvent('Deux'), await createEvent('Trois')];
    for (const id of ids) await subgraph.execute(DELETE, { id }, adminA);
    await settle();
    const first = await subgraph.execute('query ($since: DateTimeISO) { deletedEvents(since: $since, first: 2) { nodes { id } pageInfo { endCursor hasNextPage } } }', { since }, adminA);
    expect(first.data!.deletedEvents.nodes.map((node: { id: string }) => node.id)).toEqual(ids.slice(0, 2));
    expect(first.data!.deletedEvents.pageInfo.hasNextPage).toBe(true);
    const next = await subgraph.execute('query ($after: String) { deletedEvents(after: $after, first: 2) { nodes { id } pageInfo { hasNextPage } } }', {
      after: first.data!.deletedEvents.pageInfo.endCursor,
    }, adminA);
    expect(next.data!.deletedEvents).toEqual({ nodes: [{ id: ids[2] }], pageInfo: { hasNextPage: false } });
  });
});
