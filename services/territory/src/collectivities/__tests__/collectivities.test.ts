import { DemoIds, regionId } from '@infitah/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@infitah/test-kit';
import { territory } from '../../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(territory);
});
afterAll(() => subgraph.close());

const SEARCH = `query ($search: String, $kind: CollectivityKind, $first: Int) {
  collectivities(filter: { search: $search, kind: $kind }, first: $first) { totalCount nodes { id nameFr } }
}`;

describe('collectivities', () => {
  it('lists the twelve regions with their official codes, in code order', async () => {
    const { data, errors } = await subgraph.execute(`{
      collectivities(filter: { kind: REGION }, first: 100) { totalCount nodes { code nameAr nameFr membership { joinedOn status } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.collectivities.totalCount).toBe(12);
    expect(data!.collectivities.nodes.map((node: { code: string }) => node.code)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
    );
    expect(data!.collectivities.nodes[5]).toEqual({
      code: '06',
      nameAr: 'جهة الدار البيضاء سطات',
      nameFr: 'Casablanca-Settat',
      membership: { joinedOn: '2023', status: 'ACTIVE' },
    });
  });

  it.each([
    ['the Arabic name as written', 'تمزكانة'],
    ['a final ه written for ة', 'تمزكانه'],
    ['French without accents and in capitals', 'TAMAZGANA'],
  ])('finds Tamazgana by %s', async (_how, search) => {
    const { data, errors } = await subgraph.execute(SEARCH, { search });
    expect(errors).toBeUndefined();
    expect(data!.collectivities.nodes.map((node: { id: string }) => node.id)).toEqual([DemoIds.tamazgana]);
  });

  it('ignores French accents and Arabic hamza variants in names', async () => {
    const french = await subgraph.execute(SEARCH, { search: 'fes-meknes' });
    expect(french.data!.collectivities.nodes.map((node: { id: string }) => node.id)).toEqual([regionId(3)]);
    // آسفي is stored with an alef madda; a search with a plain alef still finds it
    const arabic = await subgraph.execute(SEARCH, { search: 'اسفي' });
    expect(arabic.data!.collectivities.nodes.map((node: { id: string }) => node.id)).toEqual([regionId(7)]);
  });

  it('returns an empty page, not an error, when nothing matches', async () => {
    const { data, errors } = await subgraph.execute(SEARCH, { search: 'nowhere at all' });
    expect(errors).toBeUndefined();
    expect(data!.collectivities).toEqual({ totalCount: 0, nodes: [] });
  });

  it('defaults to pages of 20 and refuses a page above 100, naming `first`', async () => {
    const defaults = await subgraph.execute('{ collectivities { totalCount nodes { id } } }');
    expect(defaults.data!.collectivities.nodes.length).toBe(Math.min(20, defaults.data!.collectivities.totalCount));

    const tooMany = await subgraph.execute(SEARCH, { first: 101 });
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('keeps Tamazgana\'s unknown province empty and reads its membership since December 2024', async () => {
    const { data } = await subgraph.execute(
      'query ($id: ID!) { collectivity(id: $id) { nameAr kind parent { id } membership { joinedOn status } } }',
      { id: DemoIds.tamazgana },
    );
    expect(data!.collectivity).toEqual({
      nameAr: 'جماعة تمزكانة',
      kind: 'COMMUNE',
      parent: null,
      membership: { joinedOn: '2024-12', status: 'ACTIVE' },
    });
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await subgraph.execute('{ collectivity(id: "00000000-0000-4000-8000-00000000dead") { id } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.collectivity).toBeNull();
    const malformed = await subgraph.execute('{ collectivity(id: "not-an-id") { id } }');
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('resolves Collectivity references through _entities, unknown ids as null', async () => {
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Collectivity { id nameFr } } }`,
      {
        representations: [
          { __typename: 'Collectivity', id: DemoIds.tamazgana },
          { __typename: 'Collectivity', id: regionId(1) },
          { __typename: 'Collectivity', id: '00000000-0000-4000-8000-00000000dead' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: DemoIds.tamazgana, nameFr: 'Commune de Tamazgana' },
      { id: regionId(1), nameFr: 'Tanger-Tétouan-Al Hoceïma' },
      null,
    ]);
  });
});
