import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { settleSync } from '@infitah/test-kit';
import { ACTORS, casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * Tenant isolation through the gateway, as a table of expectations: {anonymous, editor A, admin A,
 * admin B, network} × {list, read one, create, update, delete, publish} on each tenant resource.
 * A = Tamazgana, B = the fictional demo commune.
 */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

/** A fresh draft event of Tamazgana, written as the schema owner so that every case starts alike. */
async function draftEventOfA(published = false): Promise<string> {
  const id = randomUUID();
  await platform.subgraphs.participation.ownerDataSource.query(
    `INSERT INTO participation.event (collectivity_id, id, kind, title_fr, starts_at, published)
     VALUES ($1, $2, 'COMMITTEE_MEETING', 'Brouillon de test', now(), $3)`,
    [DemoIds.tamazgana, id, published],
  );
  return id;
}

const eventRow = async (id: string) =>
  (await platform.subgraphs.participation.ownerDataSource.query('SELECT title_fr, published FROM participation.event WHERE id = $1', [id]))[0] as
    | { title_fr: string; published: boolean }
    | undefined;

describe('identical queries sent at once by different callers (the gateway merges in-flight fetches of one caller only)', () => {
  it('gives each caller its own view of a draft, however many identical requests are on their way together', async () => {
    const id = await draftEventOfA();
    const query = 'query ($id: ID!) { event(id: $id) { id title } }';
    const actors: Actor[] = ['anonymous', 'editorA', 'adminB', 'network', 'adminA'];
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => actors.map(async (actor) => [actor, await platform.graphql(query, { id }, tokens[actor])] as const)).flat(),
    );
    const expected: Record<Actor, 'sees' | 'hidden'> = { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' };
    for (const [actor, response] of answers) {
      expect(response.errors).toBeUndefined();
      expect([actor, response.data.event ? 'sees' : 'hidden']).toEqual([actor, expected[actor]]);
    }
  });
});

describe('events of collectivity A, unpublished', () => {
  const expectations: Record<string, Record<Actor, Outcome>> = {
    list: { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    'read one': { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    'sync its changes': { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    'sync its deletion': { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' },
    // the network's createEvent makes a network event, never one of a commune
    create: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'allowed', network: 'allowed' },
    update: { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    'save with its agenda and attendance': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    delete: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
    publish: { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' },
  };
  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const id = await draftEventOfA();
    switch (operation) {
      case 'list': {
        const response = await platform.graphql('query ($c: ID) { events(filter: { collectivityId: $c }, first: 100) { nodes { id } } }', { c: DemoIds.tamazgana }, token);
        expect(response.errors).toBeUndefined();
        const seen = response.data.events.nodes.some((node: { id: string }) => node.id === id);
        expect(seen ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'read one': {
        const response = await platform.graphql('query ($id: ID!) { event(id: $id) { id } }', { id }, token);
        expect(response.errors).toBeUndefined();
        expect(response.data.event ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'sync its changes': {
        await settleSync(platform.subgraphs.participation.ownerDataSource);
        const response = await platform.graphql(
          'query ($since: DateTimeISO) { events(filter: { updatedSince: $since }, first: 100) { nodes { id } } }',
          { since: new Date(Date.now() - 60_000).toISOString() },
          token,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data.events.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'sync its deletion': {
        await platform.subgraphs.participation.ownerDataSource.query('DELETE FROM participation.event WHERE id = $1', [id]);
        await settleSync(platform.subgraphs.participation.ownerDataSource);
        const response = await platform.graphql(
          'query ($since: DateTimeISO) { deletedEvents(since: $since, first: 100) { nodes { id } } }',
          { since: new Date(Date.now() - 60_000).toISOString() },
          token,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data.deletedEvents.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden').toBe(expected);
        break;
      }
      case 'create': {
        const response = await platform.graphql(
          'mutation { createEvent(input: { kind: INFORMATION_MEETING, title: "Réunion", startsAt: "2026-01-10T10:00:00Z" }) { id published collectivity { id } } }',
          {},
          token,
        );
        expect(outcomeOf(response, 'createEvent')).toBe(expected);
        if (expected === 'allowed') {
          // created unpublished, in the caller's own collectivity, whatever the caller
          expect(response.data.createEvent.published).toBe(false);
          const tenants: Partial<Record<Actor, string | null>> = { editorA: DemoIds.tamazgana, adminA: DemoIds.tamazgana, adminB: DemoIds.demoCommune, network: null };
          const tenant = tenants[actor];
          expect(response.data.createEvent.collectivity?.id ?? null).toBe(tenant);
        }
        break;
      }
      case 'update': {
        const response = await platform.graphql('mutation ($id: ID!) { updateEvent(id: $id, input: { title: "Changé" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'updateEvent')).toBe(expected);
        expect((await eventRow(id))?.title_fr).toBe(expected === 'allowed' ? 'Changé' : 'Brouillon de test');
        break;
      }
      case 'save with its agenda and attendance': {
        const response = await platform.graphql(
          `mutation ($id: ID!) { saveEvent(id: $id, input: {
            title: "Changé", startsAt: "2026-01-10T10:00:00Z", endsAt: "2026-01-10T12:00:00Z",
            agenda: [{ startsAt: "2026-01-10T10:00:00Z", endsAt: "2026-01-10T10:30:00Z", titleFr: "Accueil", kind: WELCOME }],
            attendance: [{ category: CIVIL_SOCIETY, gender: FEMALE, count: 5 }]
          }) { id } }`,
          { id },
          token,
        );
        expect(outcomeOf(response, 'saveEvent')).toBe(expected);
        expect((await eventRow(id))?.title_fr).toBe(expected === 'allowed' ? 'Changé' : 'Brouillon de test');
        const count = async (table: string) =>
          (await platform.subgraphs.participation.ownerDataSource.query(`SELECT count(*)::int AS n FROM participation.${table} WHERE event_id = $1`, [id]))[0].n;
        expect([await count('agenda_item'), await count('attendance')]).toEqual(expected === 'allowed' ? [1, 1] : [0, 0]);
        break;
      }
      case 'delete': {
        const response = await platform.graphql('mutation ($id: ID!) { deleteEvent(id: $id) }', { id }, token);
        expect(outcomeOf(response, 'deleteEvent')).toBe(expected);
        expect(await eventRow(id)).toEqual(expected === 'allowed' ? undefined : expect.objectContaining({ title_fr: 'Brouillon de test' }));
        break;
      }
      case 'publish': {
        const response = await platform.graphql('mutation ($id: ID!) { publishEvent(id: $id) { published } }', { id }, token);
        expect(outcomeOf(response, 'publishEvent')).toBe(expected);
        expect((await eventRow(id))?.published).toBe(expected === 'allowed');
        break;
      }
    }
  });

  it.each([
    ['adminB', 'FORBIDDEN'],
    ['network', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('a published event of A can be read but not updated by %s (%s)', async (actor, code) => {
    const id = await draftEventOfA(true);
    const read = await platform.graphql('query ($id: ID!) { event(id: $id) { id } }', { id }, tokens[actor]);
    expect(read.data.event).toEqual({ id });
    const update = await platform.graphql('mutation ($id: ID!) { updateEvent(id: $id, input: { title: "Changé" }) { id } }', { id }, tokens[actor]);
    expect(update.errors?.[0].extensions?.code).toBe(code);
    expect((await eventRow(id))?.title_fr).toBe('Brouillon de test');
  });
});

describe("action programmes: the demo commune's draft (collectivity B)", () => {
  const expectations: Record<Actor, Outcome> = { anonymous: 'hidden', editorA: 'hidden', adminA: 'hidden', adminB: 'sees', network: 'sees' };

  it.each(ACTORS.map((actor) => [actor, expectations[actor]] as const))('list and read one by %s → %s', async (actor, expected) => {
    const list = await platform.graphql('{ actionPrograms(first: 100) { totalCount nodes { id } } network { evaluation { programCount } } }', {}, tokens[actor]);
    expect(list.errors).toBeUndefined();
    const listed = list.data.actionPrograms.nodes.some((node: { id: string }) => node.id === DemoIds.programs.demoCommune);
    expect(listed ? 'sees' : 'hidden').toBe(expected);
    // the network figure follows the same visibility as the list
    expect(list.data.network.evaluation.programCount).toBe(list.data.actionPrograms.totalCount);
    const one = await platform.graphql('query ($id: ID!) { actionProgram(id: $id) { id } }', { id: DemoIds.programs.demoCommune }, tokens[actor]);
    expect(one.data.actionProgram ? 'sees' : 'hidden').toBe(expected);
  });
});

describe('accounts', () => {
  const createInA = (role: string) =>
    `mutation { createAccount(input: { email: "${randomUUID()}@tamazgana.infitah.test", displayName: "Nouvel éditeur", password: "a long password", role: ${role}, collectivityId: "${DemoIds.tamazgana}" }) { id role } }`;

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['editorA', 'FORBIDDEN'],
    ['adminA', 'allowed'],
    ['adminB', 'FORBIDDEN'],
    ['network', 'allowed'],
  ] as const)('create a commune account in A by %s → %s', async (actor, expected) => {
    const response = await platform.graphql(createInA('COLLECTIVITY_EDITOR'), {}, tokens[actor]);
    expect(outcomeOf(response, 'createAccount')).toBe(expected);
  });

  it('refuses a network account created by a collectivity admin', async () => {
    const response = await platform.graphql(
      'mutation { createAccount(input: { email: "rogue@infitah.test", displayName: "Rogue", password: "a long password", role: NETWORK_ADMIN }) { id } }',
      {},
      tokens.adminA,
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['editorA', 'FORBIDDEN'],
    ['adminA', 'allowed'],
    ['adminB', 'NOT_FOUND'],
    ['network', 'allowed'],
  ] as const)("disable an account of A by %s → %s", async (actor, expected) => {
    const created = await platform.graphql(createInA('COLLECTIVITY_EDITOR'), {}, tokens.adminA);
    const id = created.data.createAccount.id;
    const response = await platform.graphql('mutation ($id: ID!) { setAccountActive(id: $id, active: false) { active } }', { id }, tokens[actor]);
    expect(outcomeOf(response, 'setAccountActive')).toBe(expected);
    const [row] = await platform.subgraphs.territory.ownerDataSource.query('SELECT active FROM territory.account WHERE id = $1', [id]);
    expect(row.active).toBe(expected !== 'allowed');
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED', []],
    ['editorA', 'FORBIDDEN', []],
    ['adminA', 'allowed', [DemoIds.tamazgana]],
    ['adminB', 'allowed', [DemoIds.demoCommune]],
    ['network', 'allowed', [null, DemoIds.demoCommune, DemoIds.tamazgana]],
  ] as const)('list accounts as %s → %s, and only the accounts it manages', async (actor, expected, collectivities) => {
    const response = await platform.graphql('{ accounts(first: 100) { nodes { collectivity { id } } } }', {}, tokens[actor]);
    expect(outcomeOf(response, 'accounts')).toBe(expected);
    if (expected === 'allowed') {
      const seen = new Set(response.data.accounts.nodes.map((node: { collectivity: { id: string } | null }) => node.collectivity?.id ?? null));
      expect([...seen].sort()).toEqual([...collectivities].sort());
    }
  });
});

describe('collectivity profile and reference data', () => {
  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['editorA', 'FORBIDDEN'],
    ['adminA', 'allowed'],
    ['adminB', 'allowed'],
    ['network', 'FORBIDDEN'],
  ] as const)('update its own profile as %s → %s, never another collectivity’s profile', async (actor, expected) => {
    const response = await platform.graphql(
      'mutation { updateCollectivityProfile(input: { focalPointRole: "نقطة ارتكاز" }) { id profile { focalPointRole } } }',
      {},
      tokens[actor],
    );
    expect(outcomeOf(response, 'updateCollectivityProfile')).toBe(expected);
    if (expected === 'allowed') {
      expect(response.data.updateCollectivityProfile.id).toBe(actor === 'adminA' ? DemoIds.tamazgana : DemoIds.demoCommune);
    }
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['editorA', 'FORBIDDEN'],
    ['adminA', 'FORBIDDEN'],
    ['adminB', 'FORBIDDEN'],
    ['network', 'allowed'],
  ] as const)('record a collectivity (reference data) as %s → %s', async (actor, expected) => {
    const response = await platform.graphql(
      `mutation { createCollectivity(input: { kind: PROVINCE, nameAr: "إقليم ${actor}", nameFr: "Province ${actor}" }) { id } }`,
      {},
      tokens[actor],
    );
    expect(outcomeOf(response, 'createCollectivity')).toBe(expected);
  });
});

describe('audit trail', () => {
  it('records each write with its actor and tenant, readable by its collectivity and the network only', async () => {
    const created = await platform.graphql(
      'mutation { createEvent(input: { kind: COMMITTEE_MEETING, title: "اجتماع اللجنة", startsAt: "2026-02-01T09:00:00Z" }) { id } }',
      {},
      tokens.editorA,
    );
    const id = created.data.createEvent.id;
    const query = 'query ($id: String) { auditLog(filter: { entityId: $id }) { totalCount nodes { action actorRole service collectivityId after } } }';
    const own = await platform.graphql(query, { id }, tokens.adminA);
    expect(own.data.auditLog.nodes).toEqual([
      expect.objectContaining({ action: 'CREATE', actorRole: 'COLLECTIVITY_EDITOR', service: 'participation', collectivityId: DemoIds.tamazgana }),
    ]);
    expect(own.data.auditLog.nodes[0].after.titleAr).toBe('اجتماع اللجنة');
    expect((await platform.graphql(query, { id }, tokens.network)).data.auditLog.totalCount).toBe(1);
    expect((await platform.graphql(query, { id }, tokens.adminB)).data.auditLog.totalCount).toBe(0);
    expect((await platform.graphql(query, { id }, null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is append-only, even for the schema owner', async () => {
    await expect(platform.subgraphs.territory.ownerDataSource.query('DELETE FROM audit.entry')).rejects.toThrow(/append-only/);
    await expect(platform.subgraphs.territory.ownerDataSource.query("UPDATE audit.entry SET action = 'X'")).rejects.toThrow(/append-only/);
  });

  it('writes nothing, neither record nor audit entry, when a write is refused', async () => {
    const before = await platform.subgraphs.territory.ownerDataSource.query('SELECT count(*)::int AS n FROM audit.entry');
    const events = await platform.subgraphs.participation.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.event');
    const response = await platform.graphql(
      'mutation { createEvent(input: { kind: COMMITTEE_MEETING, title: "   ", startsAt: "2026-02-01T09:00:00Z" }) { id } }',
      {},
      tokens.adminA,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await platform.subgraphs.territory.ownerDataSource.query('SELECT count(*)::int AS n FROM audit.entry')).toEqual(before);
    expect(await platform.subgraphs.participation.ownerDataSource.query('SELECT count(*)::int AS n FROM participation.event')).toEqual(events);
  });
});

describe("an account's notification preferences, and the network's failed deliveries", () => {
  const UPDATE = 'mutation ($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { language } }';
  const READ = '{ notificationPreferences { language kinds { kind email } } }';
  const expectations: Record<string, Record<Actor, Outcome>> = {
    // each reads and changes its own; the others' stay out of reach (asserted below)
    'read own preferences': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'allowed', network: 'allowed' },
    'change own preferences': { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'allowed', network: 'allowed' },
    'list failed deliveries': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'allowed' },
    'retry a failed delivery': { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'NOT_FOUND' },
  };
  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    switch (operation) {
      case 'read own preferences':
        expect(outcomeOf(await platform.graphql(READ, {}, token), 'notificationPreferences')).toBe(expected);
        break;
      case 'change own preferences':
        expect(outcomeOf(await platform.graphql(UPDATE, { input: { kinds: [{ kind: 'REPORT_DUE', inbox: true, email: true, emailFrequency: 'IMMEDIATE' }] } }, token), 'updateNotificationPreferences')).toBe(expected);
        break;
      case 'list failed deliveries':
        expect(outcomeOf(await platform.graphql('{ failedDeliveries { totalCount } }', {}, token), 'failedDeliveries')).toBe(expected);
        break;
      case 'retry a failed delivery':
        expect(outcomeOf(await platform.graphql('mutation ($id: ID!) { retryDelivery(id: $id) { id } }', { id: randomUUID() }, token), 'retryDelivery')).toBe(expected);
        break;
    }
  });

  it("never shows one account another's preferences: not another commune's admin, an editor of the same commune, nor the network", async () => {
    const saved = await platform.graphql(UPDATE, { input: { language: 'FR', kinds: [{ kind: 'MILESTONE_DUE', inbox: false, email: false, emailFrequency: 'IMMEDIATE' }] } }, tokens.adminA);
    expect(saved.errors).toBeUndefined();
    for (const actor of ['editorA', 'adminB', 'network'] as const) {
      const { data } = await platform.graphql(READ, {}, tokens[actor]);
      expect([actor, data.notificationPreferences.language]).toEqual([actor, null]);
      expect(data.notificationPreferences.kinds.find((row: { kind: string }) => row.kind === 'MILESTONE_DUE').email).toBe(true);
    }
    expect((await platform.graphql(READ, {}, tokens.adminA)).data.notificationPreferences.language).toBe('FR');
  });
});
