import { randomUUID } from 'node:crypto';
import { demoCommitments, DemoIds } from '@infitah/demo-data';
import { NETWORK_TENANT_ID, type Caller } from '@infitah/server-kit';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { evaluation } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(evaluation);
});
afterAll(() => subgraph.close());

const network: Caller = { role: 'NETWORK_ADMIN', userId: DemoIds.accounts.network, collectivityId: null };

const SEARCH = 'query ($q: String) { libraryEntries(filter: { search: $q }, first: 100) { totalCount nodes { id } } }';

async function found(search: string, caller?: Caller): Promise<string[]> {
  const { data, errors } = await subgraph.execute<{ libraryEntries: { nodes: Array<{ id: string }> } }>(SEARCH, { q: search }, caller);
  expect(errors).toBeUndefined();
  return data!.libraryEntries.nodes.map((node) => node.id);
}

describe('the library, as the public sees it', () => {
  it('lists the illustrative demo entries, published, with Arabic and French titles and summaries', async () => {
    const { data, errors } = await subgraph.execute(
      `{ libraryEntries(first: 100) { totalCount nodes { id kind titleAr titleFr summaryAr summaryFr title fr: title(language: FR) published status isIllustrative } } }`,
    );
    expect(errors).toBeUndefined();
    const nodes = data!.libraryEntries.nodes as Array<Record<string, any>>;
    expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining(Object.values(DemoIds.library)));
    for (const node of nodes.filter((entry) => Object.values(DemoIds.library).includes(entry.id))) {
      expect(node).toMatchObject({ published: true, status: 'PUBLISHED', isIllustrative: true, title: node.titleAr, fr: node.titleFr });
      for (const text of ['titleAr', 'titleFr', 'summaryAr', 'summaryFr']) expect(node[text]).toEqual(expect.any(String));
    }
  });

  it('resolves the good practice to the Tamazgana commitment it documents and to its collectivity', async () => {
    const { data } = await subgraph.execute('query ($id: ID!) { libraryEntry(id: $id) { kind collectivity { id } commitments { id title(language: FR) } } }', {
      id: DemoIds.library.tamazganaCouncilMinutesPractice,
    });
    expect(data!.libraryEntry).toEqual({
      kind: 'GOOD_PRACTICE',
      collectivity: { id: DemoIds.tamazgana },
      commitments: [{ id: DemoIds.commitments.tamazganaCouncilMinutes, title: 'Publier les procès-verbaux et délibérations du conseil' }],
    });
  });
});

describe('full-text search over Arabic and French', () => {
  it.each([
    ['a hamza written as a bare alef (الإعداد → الاعداد)', 'الاعداد المشترك', DemoIds.library.coCreationMethod],
    ['a final ta marbuta written as ha (بطاقة → بطاقه)', 'نموذج بطاقه', DemoIds.library.commitmentSheetTemplate],
    ['a hamza dropped and ta marbuta as ha (أداة → اداه)', 'اداه', DemoIds.library.informationRequestRegister],
    ['a final ya written as alef maqsura (الموالي → الموالى)', 'الموالى', DemoIds.library.tamazganaCouncilMinutesPractice],
    ['words without their Arabic article (المجتمع المدني → مجتمع مدني)', 'مجتمع مدني', DemoIds.library.coCreationMethod],
  ])('finds an Arabic entry by %s', async (_case, search, id) => {
    expect(await found(search)).toContain(id);
  });

  it.each([
    ['without accents', 'methode de co-construction', DemoIds.library.coCreationMethod],
    ['without accents, hyphenated', 'proces-verbaux', DemoIds.library.tamazganaCouncilMinutesPractice],
    ['in capitals without accents', 'REGISTRE ACCES', DemoIds.library.informationRequestRegister],
    ['by the beginning of its last word', 'modele de fich', DemoIds.library.commitmentSheetTemplate],
  ])('finds a French entry %s', async (_case, search, id) => {
    expect(await found(search)).toContain(id);
  });

  it('requires every word and finds nothing for a word that is nowhere', async () => {
    expect(await found('zzyzx')).toEqual([]);
    expect(await found('registre zzyzx')).toEqual([]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    const ids = await found('engagement');
    expect(ids.indexOf(DemoIds.library.commitmentSheetTemplate)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(DemoIds.library.commitmentSheetTemplate)).toBeLessThan(ids.indexOf(DemoIds.library.coCreationMethod));
  });

  it('treats a search of punctuation only as no search', async () => {
    const all = await subgraph.execute('{ libraryEntries(first: 100) { totalCount } }');
    const { data } = await subgraph.execute(SEARCH, { q: ' - ; ' });
    expect(data!.libraryEntries.totalCount).toBe(all.data!.libraryEntries.totalCount);
  });

  it('filters by kind, principle and collectivity', async () => {
    const { data } = await subgraph.execute(
      'query ($c: ID) { libraryEntries(filter: { kind: GOOD_PRACTICE, principle: TRANSPARENCY, collectivityId: $c }) { nodes { id } } }',
      { c: DemoIds.tamazgana },
    );
    expect(data!.libraryEntries.nodes).toEqual([{ id: DemoIds.library.tamazganaCouncilMinutesPractice }]);
  });

  it('refuses a page above 100 with BAD_USER_INPUT naming first', async () => {
    const { errors } = await subgraph.execute('{ libraryEntries(first: 101) { totalCount } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('library figures', () => {
  it('agree with the list for the same caller, per kind too', async () => {
    // a draft of the network: counted for the network, not for the public
    await subgraph.ownerDataSource.query("INSERT INTO evaluation.library_entry (collectivity_id, kind, title_fr) VALUES ($1, 'CASE_STUDY', 'Brouillon')", [
      NETWORK_TENANT_ID,
    ]);
    for (const caller of [undefined, network]) {
      const { data, errors } = await subgraph.execute(
        `query ($r: [_Any!]!) {
           _entities(representations: $r) { ... on Network { library { entryCount publishedCount proposedCount byKind { kind count } } } }
           libraryEntries { totalCount } caseStudies: libraryEntries(filter: { kind: CASE_STUDY }) { totalCount }
           published: libraryEntries(filter: { status: PUBLISHED }) { totalCount } }`,
        { r: [{ __typename: 'Network', id: DemoIds.network }] },
        caller,
      );
      expect(errors).toBeUndefined();
      const figures = data!._entities[0].library;
      expect(figures.entryCount).toBe(data!.libraryEntries.totalCount);
      expect(figures.publishedCount).toBe(data!.published.totalCount);
      expect(figures.byKind.find((row: { kind: string }) => row.kind === 'CASE_STUDY').count).toBe(data!.caseStudies.totalCount);
      expect(figures.byKind).toHaveLength(5);
      if (!caller) expect(figures.entryCount).toBe(figures.publishedCount);
      else expect(figures.entryCount).toBeGreaterThan(figures.publishedCount);
    }
  });
});

describe('SQL statements', () => {
  const LIST = `{ libraryEntries(first: 100) { totalCount nodes { id title summary(language: FR) kind principles links { url label }
      collectivity { id } proposedBy { id } commitments { id title completion } } } }`;

  it('lists entries with their collectivity and commitments in as many statements whatever their number', async () => {
    const small = await subgraph.execute(LIST, {}, network);
    expect(small.errors).toBeUndefined();
    // an entry links only commitments of its own collectivity: Tamazgana's
    const commitments = demoCommitments.filter((commitment) => commitment.collectivityId === DemoIds.tamazgana).map((commitment) => commitment.id);
    for (let index = 0; index < 36; index += 1) {
      await subgraph.ownerDataSource.query(
        `INSERT INTO evaluation.library_entry (collectivity_id, id, kind, title_fr, origin_collectivity_id, commitment_ids, status, published)
         VALUES ($1, $2, 'GOOD_PRACTICE', $3, $4, $5, 'PUBLISHED', true)`,
        [NETWORK_TENANT_ID, randomUUID(), `Pratique ${index}`, DemoIds.tamazgana, [commitments[index % commitments.length], commitments[(index + 1) % commitments.length]]],
      );
    }
    const large = await subgraph.execute(LIST, {}, network);
    expect(large.errors).toBeUndefined();
    expect(large.data!.libraryEntries.totalCount).toBeGreaterThanOrEqual(40);
    expect(large.data!.libraryEntries.nodes.filter((node: { commitments: unknown[] }) => node.commitments.length === 2).length).toBeGreaterThanOrEqual(36);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    console.log(
      `libraryEntries with references: ${small.sqlStatements} SQL statements for ${small.data!.libraryEntries.totalCount} entries, ${large.sqlStatements} for ${large.data!.libraryEntries.totalCount}`,
    );
  });
});
