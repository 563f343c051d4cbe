import { randomUUID } from 'node:crypto';
import { DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID, type Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };
const editorA: Caller = { role: 'COLLECTIVITY_EDITOR', userId: DemoIds.accounts.tamazganaEditor, collectivityId: DemoIds.tamazgana };
const adminB: Caller = { role: 'COLLECTIVITY_ADMIN', userId: DemoIds.accounts.demoCommuneAdmin, collectivityId: DemoIds.demoCommune };

const owner = () => subgraph.ownerDataSource;

/** A commitment of Tamazgana's programme of its own, so that each test proposes from a fresh one. */
async function commitmentOfA(published = false): Promise<string> {
  const id = randomUUID();
  await owner().query(
    `INSERT INTO evaluation.commitment (collectivity_id, id, program_id, title_ar, title_fr, principles, published)
     VALUES ($1, $2, $3, 'التزام للتجربة', 'Engagement d''essai', '{CITIZEN_PARTICIPATION,TRANSPARENCY}', $4)`,
    [DemoIds.tamazgana, id, DemoIds.programs.tamazgana, published],
  );
  return id;
}

const entryRows = async () => (await owner().query('SELECT count(*)::int AS n FROM evaluation.library_entry'))[0].n as number;
const auditRows = async (entityId?: string) =>
  (await owner().query("SELECT collectivity_id, action, actor_role FROM audit.entry WHERE entity = 'LibraryEntry' AND ($1::text IS NULL OR entity_id = $1)", [entityId ?? null])) as Array<{
    collectivity_id: string;
    action: string;
    actor_role: string;
  }>;

const PROPOSE = `mutation ($c: ID!, $input: LibraryProposalInput) {
  proposeLibraryEntry(commitmentId: $c, input: $input) { id status published kind titleAr titleFr principles collectivity { id } proposedBy { id } commitments { id } }
}`;
const READ = 'query ($id: ID!) { libraryEntry(id: $id) { id status } }';

describe('a collectivity proposes an entry from one of its commitments', () => {
  it('lands unpublished with status PROPOSED, titles and principles taken from the commitment, audited for the collectivity', async () => {
    const commitmentId = await commitmentOfA();
    const { data, errors } = await subgraph.execute(PROPOSE, { c: commitmentId, input: { summaryFr: 'Comment nous avons fait.' } }, editorA);
    expect(errors).toBeUndefined();
    const entry = data!.proposeLibraryEntry;
    expect(entry).toMatchObject({
      status: 'PROPOSED',
      published: false,
      kind: 'GOOD_PRACTICE',
      titleAr: 'التزام للتجربة',
      titleFr: "Engagement d'essai",
      principles: ['CITIZEN_PARTICIPATION', 'TRANSPARENCY'],
      collectivity: { id: DemoIds.tamazgana },
      proposedBy: { id: DemoIds.tamazgana },
      commitments: [{ id: commitmentId }],
    });
    expect(await auditRows(entry.id)).toEqual([{ collectivity_id: DemoIds.tamazgana, action: 'CREATE', actor_role: 'COLLECTIVITY_EDITOR' }]);
  });

  it('is seen by the proposing collectivity and the network only, until the network publishes it', async () => {
    const { data } = await subgraph.execute(PROPOSE, { c: await commitmentOfA(), input: { kind: 'CASE_STUDY', titleFr: 'Notre expérience' } }, editorA);
    const id = data!.proposeLibraryEntry.id;
    const sees = async (caller?: Caller) => Boolean((await subgraph.execute(READ, { id }, caller)).data!.libraryEntry);
    expect([await sees(), await sees(editorA), await sees(adminB), await sees(network)]).toEqual([false, true, false, true]);

    const published = await subgraph.execute('mutation ($id: ID!) { publishLibraryEntry(id: $id) { status published publishedAt } }', { id }, network);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishLibraryEntry).toMatchObject({ status: 'PUBLISHED', published: true, publishedAt: expect.any(String) });
    expect([await sees(), await sees(adminB)]).toEqual([true, true]);
    expect((await auditRows(id)).map((row) => row.action)).toEqual(['CREATE', 'PUBLISH']);
  });

  it('lets the network decline it with a reason; the collectivity reads the decision', async () => {
    const { data } = await subgraph.execute(PROPOSE, { c: await commitmentOfA() }, editorA);
    const id = data!.proposeLibraryEntry.id;
    const declined = await subgraph.execute(
      'mutation ($id: ID!) { declineLibraryEntry(id: $id, reason: "Trop proche d’une fiche existante.") { status published } }',
      { id },
      network,
    );
    expect(declined.data!.declineLibraryEntry).toEqual({ status: 'DECLINED', published: false });
    const own = await subgraph.execute('query ($id: ID!) { libraryEntry(id: $id) { status declineReason } }', { id }, editorA);
    expect(own.data!.libraryEntry).toEqual({ status: 'DECLINED', declineReason: 'Trop proche d’une fiche existante.' });
    const again = await subgraph.execute('mutation ($id: ID!) { declineLibraryEntry(id: $id) { id } }', { id }, network);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses a second proposal of a commitment still awaiting a decision', async () => {
    const commitmentId = await commitmentOfA();
    await subgraph.execute(PROPOSE, { c: commitmentId }, editorA);
    const before = await entryRows();
    const { errors } = await subgraph.execute(PROPOSE, { c: commitmentId }, editorA);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitmentId' });
    expect(await entryRows()).toBe(before);
  });

  it("refuses another collectivity's commitment: hidden when unpublished, forbidden when published", async () => {
    const hidden = await subgraph.execute(PROPOSE, { c: await commitmentOfA(false) }, adminB);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const seen = await subgraph.execute(PROPOSE, { c: await commitmentOfA(true) }, adminB);
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byNetwork = await subgraph.execute(PROPOSE, { c: await commitmentOfA(true) }, network);
    expect(byNetwork.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the network writes its library', () => {
  const CREATE = 'mutation ($input: LibraryEntryInput!) { createLibraryEntry(input: $input) { id status published kind links { url label } collectivity { id } commitments { id } } }';

  it('creates a draft, edits it, publishes, unpublishes and deletes it, each step audited under the network', async () => {
    const created = await subgraph.execute(
      CREATE,
      {
        input: {
          kind: 'TOOL',
          titleFr: 'Grille de suivi',
          links: [{ url: 'https://example.org/grille.pdf', label: 'PDF' }],
          collectivityId: DemoIds.tamazgana,
          commitmentIds: [DemoIds.commitments.tamazganaInformationDesk],
        },
      },
      network,
    );
    expect(created.errors).toBeUndefined();
    const entry = created.data!.createLibraryEntry;
    expect(entry).toMatchObject({
      status: 'DRAFT',
      published: false,
      links: [{ url: 'https://example.org/grille.pdf', label: 'PDF' }],
      collectivity: { id: DemoIds.tamazgana },
      commitments: [{ id: DemoIds.commitments.tamazganaInformationDesk }],
    });
    const steps = [
      'mutation ($id: ID!) { updateLibraryEntry(id: $id, input: { titleAr: "شبكة التتبع", links: [] }) { id } }',
      'mutation ($id: ID!) { publishLibraryEntry(id: $id) { id } }',
      'mutation ($id: ID!) { unpublishLibraryEntry(id: $id) { id } }',
      'mutation ($id: ID!) { deleteLibraryEntry(id: $id) }',
    ];
    for (const step of steps) expect((await subgraph.execute(step, { id: entry.id }, network)).errors).toBeUndefined();
    const trail = await auditRows(entry.id);
    expect(trail.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'PUBLISH', 'UNPUBLISH', 'DELETE']);
    expect(new Set(trail.map((row) => row.collectivity_id))).toEqual(new Set([NETWORK_TENANT_ID]));
  });

  it('refuses every write to a collectivity’s accounts', async () => {
    const created = await subgraph.execute(CREATE, { input: { kind: 'TOOL', titleFr: 'x' } }, editorA);
    expect(created.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const publish = await subgraph.execute('mutation ($id: ID!) { publishLibraryEntry(id: $id) { id } }', { id: DemoIds.library.coCreationMethod }, adminB);
    expect(publish.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.execute('mutation ($id: ID!) { deleteLibraryEntry(id: $id) }', { id: DemoIds.library.coCreationMethod });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('setLibraryEntryPublished', () => {
  const SET = 'mutation ($id: ID!, $published: Boolean!) { setLibraryEntryPublished(id: $id, published: $published) { status published publishedAt } }';
  const draft = async () =>
    (await subgraph.execute('mutation { createLibraryEntry(input: { kind: TOOL, titleFr: "Brouillon" }) { id } }', {}, network)).data!.createLibraryEntry.id as string;

  it('publishes and withdraws an entry for the network as publishLibraryEntry and unpublishLibraryEntry do, auditing each change once', async () => {
    const id = await draft();
    expect((await subgraph.execute(SET, { id, published: true }, network)).data!.setLibraryEntryPublished).toMatchObject({
      status: 'PUBLISHED',
      published: true,
      publishedAt: expect.any(String),
    });
    expect((await subgraph.execute(SET, { id, published: true }, network)).data!.setLibraryEntryPublished.status).toBe('PUBLISHED');
    expect((await subgraph.execute(SET, { id, published: false }, network)).data!.setLibraryEntryPublished).toMatchObject({ status: 'DRAFT', published: false });
    expect((await auditRows(id)).map((row) => row.action)).toEqual(['CREATE', 'PUBLISH', 'UNPUBLISH']);
  });

  it.each([
    ['an editor', editorA, 'FORBIDDEN'],
    ['a collectivity admin', adminB, 'FORBIDDEN'],
    ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
  ])('refuses %s as publishLibraryEntry does, writing nothing', async (_who, caller, code) => {
    const id = await draft();
    const trail = await auditRows();
    const refused = await subgraph.execute(SET, { id, published: true }, caller);
    expect(refused.errors![0].extensions!.code).toBe(code);
    const old = await subgraph.execute('mutation ($id: ID!) { publishLibraryEntry(id: $id) { id } }', { id }, caller);
    expect(old.errors![0].extensions!.code).toBe(code);
    const [row] = await owner().query('SELECT status, published FROM evaluation.library_entry WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'DRAFT', published: false });
    expect(await auditRows()).toHaveLength(trail.length);
  });
});

describe('validation', () => {
  const CREATE = 'mutation ($input: LibraryEntryInput!) { createLibraryEntry(input: $input) { id } }';

  it.each([
    ['no title in either language', { kind: 'METHOD', titleFr: null }, 'titleFr'],
    ['a blank title', { kind: 'METHOD', titleAr: '   ' }, 'titleAr'],
    ['no kind', { titleFr: 'Sans type' }, 'kind'],
    ['a link that is not http(s)', { kind: 'TOOL', titleFr: 'Lien', links: [{ url: 'ftp://example.org/x' }] }, 'links.0.url'],
    ['a javascript: link', { kind: 'TOOL', titleFr: 'Lien', links: [{ url: 'javascript:alert(1)' }] }, 'links.0.url'],
    ['commitments without the collectivity they come from', { kind: 'GOOD_PRACTICE', titleFr: 'x', commitmentIds: [DemoIds.commitments.tamazganaCouncilMinutes] }, 'collectivityId'],
    [
      'a commitment of another collectivity',
      { kind: 'GOOD_PRACTICE', titleFr: 'x', collectivityId: DemoIds.demoCommune, commitmentIds: [DemoIds.commitments.tamazganaCouncilMinutes] },
      'commitmentIds',
    ],
    ['a collectivity id that is no UUID', { kind: 'GOOD_PRACTICE', titleFr: 'x', collectivityId: 'tamazgana' }, 'collectivityId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, leaving the database as it was', async (_case, input, field) => {
    const [entries, trail] = [await entryRows(), (await auditRows()).length];
    const { errors } = await subgraph.execute(CREATE, { input }, network);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await entryRows()).toBe(entries);
    expect((await auditRows()).length).toBe(trail);
  });

  it('refuses an update that would leave an entry without a title, changing nothing', async () => {
    const { errors } = await subgraph.execute(
      'mutation ($id: ID!) { updateLibraryEntry(id: $id, input: { titleAr: null, titleFr: null }) { id } }',
      { id: DemoIds.library.commitmentSheetTemplate },
      network,
    );
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'titleFr' });
    const [row] = await owner().query('SELECT title_fr FROM evaluation.library_entry WHERE id = $1', [DemoIds.library.commitmentSheetTemplate]);
    expect(row.title_fr).toBe("Modèle de fiche d'engagement");
  });
});

describe('row-level security beneath the resolvers', () => {
  /** Runs SQL as the service's runtime role for a caller, as a request would. */
  async function asCaller<T>(caller: Caller, work: (query: (sql: string, parameters?: unknown[]) => Promise<any>) => Promise<T>): Promise<T> {
    const runner = subgraph.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query("SELECT set_config('app.role', $1, true), set_config('app.user_id', $2, true), set_config('app.collectivity_id', $3, true)", [
        caller.role,
        caller.userId ?? '',
        caller.collectivityId ?? '',
      ]);
      return await work((sql, parameters) => runner.query(sql, parameters));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it("hides the network's drafts and other collectivities' proposals from a commune", async () => {
    const [draft, proposal] = [randomUUID(), randomUUID()];
    await owner().query("INSERT INTO evaluation.library_entry (collectivity_id, id, kind, title_fr) VALUES ($1, $2, 'METHOD', 'Brouillon')", [NETWORK_TENANT_ID, draft]);
    await owner().query(
      `INSERT INTO evaluation.library_entry (collectivity_id, id, kind, title_fr, status, origin_collectivity_id, proposed_by_collectivity_id)
       VALUES ($1, $2, 'GOOD_PRACTICE', 'Proposition', 'PROPOSED', $3, $3)`,
      [NETWORK_TENANT_ID, proposal, DemoIds.tamazgana],
    );
    const visibleTo = (caller: Caller) =>
      asCaller(caller, (query) => query('SELECT id FROM evaluation.library_entry WHERE id = ANY($1) ORDER BY id', [[draft, proposal]]));
    expect(await visibleTo(adminB)).toEqual([]);
    expect(await visibleTo(editorA)).toEqual([{ id: proposal }]);
    expect(await visibleTo(network)).toEqual([draft, proposal].sort().map((id) => ({ id })));
  });

  it('refuses a commune inserting a published entry, or changing or deleting one', async () => {
    await expect(
      asCaller(editorA, (query) =>
        query("INSERT INTO evaluation.library_entry (collectivity_id, kind, title_fr, status, published) VALUES ($1, 'METHOD', 'x', 'PUBLISHED', true)", [NETWORK_TENANT_ID]),
      ),
    ).rejects.toThrow(/row-level security/);
    const changed = await asCaller(editorA, (query) => query("UPDATE evaluation.library_entry SET title_fr = 'changé' WHERE id = $1", [DemoIds.library.coCreationMethod]));
    const deleted = await asCaller(editorA, (query) => query('DELETE FROM evaluation.library_entry WHERE id = $1', [DemoIds.library.coCreationMethod]));
    expect([changed[1], deleted[1]]).toEqual([0, 0]);
  });

  it('refuses a link that is not http(s) at the database', async () => {
    await expect(
      owner().query("INSERT INTO evaluation.library_entry (collectivity_id, kind, title_fr, links) VALUES ($1, 'TOOL', 'x', '[{\"url\": \"javascript:alert(1)\"}]')", [
        NETWORK_TENANT_ID,
      ]),
    ).rejects.toThrow(/library_entry_links_check/);
  });
});
