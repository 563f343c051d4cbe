import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** The gateway's query limits and its GET /graphql: GraphiQL for a browser, CSRF prevention for anything else. */
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform.close());

/** `{ collectivity { parent { … { id } } } }` with `levels` fields from the root to the leaf. */
const deepQuery = (levels: number) =>
  `query ($id: ID!) { collectivity(id: $id) { ${'parent { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
const TAMAZGANA = '00000002-0000-4000-8000-000000000001';

const aliasedQuery = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: network { memberCount }`).join(' ')} }`;

const codesOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

describe('query limits', () => {
  it('runs a query 12 levels deep', async () => {
    const response = await platform.graphql(deepQuery(12), { id: TAMAZGANA });
    expect(response.errors).toBeUndefined();
    expect(response.data.collectivity).toHaveProperty('parent');
  });

  it('refuses a query 13 levels deep before it runs, and one 15 levels deep', async () => {
    for (const levels of [13, 15]) {
      const response = await platform.graphql(deepQuery(levels), { id: TAMAZGANA });
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(response.errors![0].message).toMatch(/depth limit of 12/);
    }
  });

  it('hides depth in fragments in vain: fragments count at their place', async () => {
    const query = `query ($id: ID!) { collectivity(id: $id) { ...Up } }
      fragment Up on Collectivity { parent { parent { parent { parent { parent { parent { ...Up2 } } } } } } }
      fragment Up2 on Collectivity { parent { parent { parent { parent { parent { id } } } } } }`;
    const response = await platform.graphql(query, { id: TAMAZGANA });
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('runs 50 aliases and refuses 51, and 300', async () => {
    const fifty = await platform.graphql(aliasedQuery(50));
    expect(fifty.errors).toBeUndefined();
    expect(Object.keys(fifty.data)).toHaveLength(50);
    for (const count of [51, 300]) {
      const refused = await platform.graphql(aliasedQuery(count));
      expect(refused.data).toBeUndefined();
      expect(codesOf(refused)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors!.some((error) => /aliases/i.test(error.message))).toBe(true);
    }
  });

  it('refuses an operation whose cost passes the limit, page sizes given in variables included', async () => {
    const query = `query ($n: Int) { ${Array.from({ length: 10 }, (_, index) => `e${index}: events(first: $n) { nodes { id title agenda { title startsAt endsAt } collectivity { nameFr parent { nameFr } } } }`).join(' ')} }`;
    const small = await platform.graphql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
    const large = await platform.graphql(query, { n: 100 });
    expect(large.status).toBe(400);
    expect(large.data).toBeUndefined();
    expect(large.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 20_000 } });
    expect(large.errors![0].message).toMatch(/cost limit of 20000 exceeded/);
  });

  it('refuses an operation whose cost passes the limit with literal page sizes', async () => {
    // 40 aliases, each a page of 100 events with nested agendas: cheap to write, dear to run
    const query = `{ ${Array.from({ length: 40 }, (_, index) => `e${index}: events(first: 100) { nodes { id title agenda { title startsAt endsAt } collectivity { nameFr parent { nameFr parent { nameFr } } } } }`).join(' ')} }`;
    const response = await platform.graphql(query);
    expect(response.data).toBeUndefined();
    expect(response.errors!.some((error) => /cost/i.test(error.message))).toBe(true);
  });

  it('refuses a document of more than 5,000 tokens', async () => {
    const query = `{ network { ${'memberCount '.repeat(5_001)} } }`;
    const response = await platform.graphql(query);
    expect(response.data).toBeUndefined();
    expect(response.errors!.some((error) => /token/i.test(error.message))).toBe(true);
  });

  it('caps page sizes: a page of 100,000 is refused naming `first`', async () => {
    const response = await platform.graphql('{ collectivities(first: 100000) { totalCount } }');
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors)).toMatch(/first/);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ network { memberCount } }' }, { query: '{ network { memberCount } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network { memberCount } }', variables: { padding: 'x'.repeat(1100 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe('GET /graphql', () => {
  it('refuses a plain GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql?query=${encodeURIComponent('{ network { memberCount } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/preflight/i);
  });

  it('answers a GET that carries the preflight header', async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql?query=${encodeURIComponent('{ network { memberCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { network: { memberCount: number } } }).data.network.memberCount).toBeGreaterThan(0);
  });

  it('shows GraphiQL to a browser, with every asset served by the project itself', async () => {
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/GraphiQL/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/graphiql\//);
      expect((await fetch(`${platform.gatewayUrl}${asset}`)).status).toBe(200);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });
});
