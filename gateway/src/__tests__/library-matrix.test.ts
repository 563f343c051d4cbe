import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID } from '@infitah/server-kit';
import { casesOf, outcomeOf, signInActors, type Actor, type Outcome } from './support/actors';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** The network's library through the gateway: the isolation matrix, the figures, and search. */
let platform: TestPlatform;
let tokens: Record<Actor, string | null>;

beforeAll(async () => {
  platform = await startTestPlatform();
  tokens = await signInActors(platform);
}, 120_000);
afterAll(() => platform.close());

const owner = () => platform.subgraphs.evaluation.ownerDataSource;

type EntryState = 'draft' | 'published' | 'proposal of A';

/** An entry of the library in the given state, made directly in the database so that every case starts alike. */
async function entry(state: EntryState): Promise<string> {
  const id = randomUUID();
  const proposal = state === 'proposal of A';
  await owner().query(
    `INSERT INTO evaluation.library_entry (collectivity_id, id, kind, title_fr, status, published, origin_collectivity_id, proposed_by_collectivity_id, commitment_ids)
     VALUES ($1, $2, 'GOOD_PRACTICE', 'Entrée', $3, $4, $5, $5, $6)`,
    [
      NETWORK_TENANT_ID,
      id,
      state === 'published' ? 'PUBLISHED' : proposal ? 'PROPOSED' : 'DRAFT',
      state === 'published',
      proposal ? DemoIds.tamazgana : null,
      proposal ? [DemoIds.commitments.tamazganaCouncilMinutes] : [],
    ],
  );
  return id;
}

const entryRow = async (id: string) =>
  (await owner().query('SELECT title_fr, status, published FROM evaluation.library_entry WHERE id = $1', [id]))[0] as
    | { title_fr: string; status: string; published: boolean }
    | undefined;

const SEES = { anonymous: 'sees', editorA: 'sees', adminA: 'sees', adminB: 'sees', network: 'sees' } as const;
const NETWORK_ONLY_READS = { anonymous: 'hidden', editorA: 'hidden', adminA: 'hidden', adminB: 'hidden', network: 'sees' } as const;
const A_AND_NETWORK_READ = { anonymous: 'hidden', editorA: 'sees', adminA: 'sees', adminB: 'hidden', network: 'sees' } as const;
const NETWORK_WRITES = { anonymous: 'UNAUTHENTICATED', editorA: 'FORBIDDEN', adminA: 'FORBIDDEN', adminB: 'FORBIDDEN', network: 'allowed' } as const;

async function readsOf(operation: string, id: string, token: string | null): Promise<'sees' | 'hidden'> {
  if (operation === 'list') {
    const response = await platform.graphql('{ libraryEntries(first: 100) { nodes { id } } }', {}, token);
    return response.data.libraryEntries.nodes.some((node: { id: string }) => node.id === id) ? 'sees' : 'hidden';
  }
  const response = await platform.graphql('query ($id: ID!) { libraryEntry(id: $id) { id title } }', { id }, token);
  return response.data.libraryEntry ? 'sees' : 'hidden';
}

describe.each<[EntryState, Record<string, Record<Actor, Outcome>>]>([
  [
    'published',
    {
      list: SEES,
      'read one': SEES,
      update: NETWORK_WRITES,
      unpublish: NETWORK_WRITES,
      delete: NETWORK_WRITES,
    },
  ],
  [
    'draft',
    {
      list: NETWORK_ONLY_READS,
      'read one': NETWORK_ONLY_READS,
      update: NETWORK_WRITES,
      publish: NETWORK_WRITES,
      delete: NETWORK_WRITES,
    },
  ],
  [
    'proposal of A',
    {
      list: A_AND_NETWORK_READ,
      'read one': A_AND_NETWORK_READ,
      update: NETWORK_WRITES,
      'publish (accept)': NETWORK_WRITES,
      decline: NETWORK_WRITES,
      delete: NETWORK_WRITES,
    },
  ],
])('a library entry, %s', (state, expectations) => {
  it.each(casesOf(expectations))('%s by %s → %s', async (operation, actor, expected) => {
    const token = tokens[actor];
    const id = await entry(state);
    const before = await entryRow(id);
    switch (operation) {
      case 'list':
      case 'read one':
        expect(await readsOf(operation, id, token)).toBe(expected);
        return;
      case 'update': {
        const response = await platform.graphql('mutation ($id: ID!) { updateLibraryEntry(id: $id, input: { titleFr: "Changée" }) { id } }', { id }, token);
        expect(outcomeOf(response, 'updateLibraryEntry')).toBe(expected);
        expect((await entryRow(id))?.title_fr).toBe(expected === 'allowed' ? 'Changée' : 'Entrée');
        return;
      }
      case 'publish':
      case 'publish (accept)': {
        const response = await platform.graphql('mutation ($id: ID!) { publishLibraryEntry(id: $id) { id } }', { id }, token);
        expect(outcomeOf(response, 'publishLibraryEntry')).toBe(expected);
        expect((await entryRow(id))?.published).toBe(expected === 'allowed');
        return;
      }
      case 'unpublish': {
        const response = await platform.graphql('mutation ($id: ID!) { unpublishLibraryEntry(id: $id) { id } }', { id }, token);
        expect(outcomeOf(response, 'unpublishLibraryEntry')).toBe(expected);
        expect((await entryRow(id))?.published).toBe(expected !== 'allowed');
        return;
      }
      case 'decline': {
        const response = await platform.graphql('mutation ($id: ID!) { declineLibraryEntry(id: $id, reason: "Non.") { id } }', { id }, token);
        expect(outcomeOf(response, 'declineLibraryEntry')).toBe(expected);
        expect((await entryRow(id))?.status).toBe(expected === 'allowed' ? 'DECLINED' : before?.status);
        return;
      }
      case 'delete': {
        const response = await platform.graphql('mutation ($id: ID!) { deleteLibraryEntry(id: $id) }', { id }, token);
        expect(outcomeOf(response, 'deleteLibraryEntry')).toBe(expected);
        expect(Boolean(await entryRow(id))).toBe(expected !== 'allowed');
        return;
      }
    }
    throw new Error(`no case for ${operation}`);
  });
});

describe('writing to the library', () => {
  const countRows = async () => (await owner().query('SELECT count(*)::int AS n FROM evaluation.library_entry'))[0].n as number;

  it.each(casesOf({ create: NETWORK_WRITES }))('%s by %s → %s', async (_operation, actor, expected) => {
    const before = await countRows();
    const response = await platform.graphql('mutation { createLibraryEntry(input: { kind: METHOD, titleFr: "Nouvelle méthode" }) { id status } }', {}, tokens[actor]);
    expect(outcomeOf(response, 'createLibraryEntry')).toBe(expected);
    expect(await countRows()).toBe(before + (expected === 'allowed' ? 1 : 0));
  });

  describe.each<[string, boolean, Record<Actor, Outcome>]>([
    ["a published commitment of A", true, { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'FORBIDDEN', network: 'FORBIDDEN' }],
    ['an unpublished commitment of A', false, { anonymous: 'UNAUTHENTICATED', editorA: 'allowed', adminA: 'allowed', adminB: 'NOT_FOUND', network: 'FORBIDDEN' }],
  ])('proposing an entry from %s', (_case, published, byActor) => {
    it.each(casesOf({ propose: byActor }))('%s by %s → %s', async (_operation, actor, expected) => {
      const commitmentId = randomUUID();
      await owner().query(
        `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_fr, principles, published) VALUES ($1, $2, $3, 'À documenter', '{TRANSPARENCY}', $4)`,
        [DemoIds.tamazgana, commitmentId, DemoIds.programs.tamazgana, published],
      );
      const response = await platform.graphql(
        'mutation ($c: ID!) { proposeLibraryEntry(commitmentId: $c) { id status published collectivity { id } } }',
        { c: commitmentId },
        tokens[actor],
      );
      expect(outcomeOf(response, 'proposeLibraryEntry')).toBe(expected);
      const [row] = await owner().query('SELECT count(*)::int AS n FROM evaluation.library_entry WHERE $1::uuid = ANY(commitment_ids)', [commitmentId]);
      expect(row.n).toBe(expected === 'allowed' ? 1 : 0);
      if (expected === 'allowed') {
        expect(response.data.proposeLibraryEntry).toMatchObject({ status: 'PROPOSED', published: false, collectivity: { id: DemoIds.tamazgana } });
      }
    });
  });
});

describe('the library across subgraphs', () => {
  it("names the collectivity a practice comes from (territory) and the commitment it documents (evaluation)", async () => {
    const response = await platform.graphql(
      'query ($id: ID!) { libraryEntry(id: $id) { title(language: FR) collectivity { nameFr } commitments { title(language: FR) } } }',
      { id: DemoIds.library.tamazganaCouncilMinutesPractice },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.libraryEntry).toEqual({
      title: 'Publier les procès-verbaux du conseil : l’expérience de Tamazgana',
      collectivity: { nameFr: 'Commune de Tamazgana' },
      commitments: [{ title: 'Publier les procès-verbaux et délibérations du conseil' }],
    });
  });

  it('finds a published entry by an Arabic search with another hamza or final letter, and by a French search without accents', async () => {
    const search = async (q: string) =>
      (await platform.graphql('query ($q: String) { libraryEntries(filter: { search: $q }) { nodes { id } } }', { q })).data.libraryEntries.nodes.map(
        (node: { id: string }) => node.id,
      );
    expect(await search('منهجيه الاعداد')).toContain(DemoIds.library.coCreationMethod);
    expect(await search('نموذج بطاقه')).toContain(DemoIds.library.commitmentSheetTemplate);
    expect(await search('methode co-construction')).toContain(DemoIds.library.coCreationMethod);
  });

  it('gives library figures that equal the list for the same caller', async () => {
    for (const actor of ['anonymous', 'adminA', 'adminB', 'network'] as const) {
      const response = await platform.graphql(
        '{ network { library { entryCount publishedCount byKind { kind count } } } libraryEntries { totalCount } published: libraryEntries(filter: { status: PUBLISHED }) { totalCount } }',
        {},
        tokens[actor],
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.network.library.entryCount).toBe(response.data.libraryEntries.totalCount);
      expect(response.data.network.library.publishedCount).toBe(response.data.published.totalCount);
      const byKind = response.data.network.library.byKind.reduce((sum: number, row: { count: number }) => sum + row.count, 0);
      expect(byKind).toBe(response.data.libraryEntries.totalCount);
    }
  });
});
