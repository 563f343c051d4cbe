import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { auditServer, type AuditResult } from 'graphql-http';
import { createLogger } from '@infitah/observability';
import { testSecurity } from '@infitah/test-kit';
import { GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * GraphQL over HTTP by the book (issue 25) and client mistakes answered as such (issue 17, finding 4): the
 * specification's audit suite (`graphql-http`) against the started gateway and each subgraph behind it, then each
 * kind of request error for each media type.
 */
let platform: TestPlatform;
const lines: Array<Record<string, any>> = [];

beforeAll(async () => {
  platform = await startTestPlatform({
    logger: (service) =>
      createLogger(
        service,
        new Writable({
          write(chunk, _encoding, callback) {
            for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
            callback();
          },
        }),
      ),
  });
}, 120_000);
afterAll(() => platform.close());

/**
 * Notices the audit gives by our own rule, with the reason: the contract refuses a GET to /graphql that carries no
 * preflight header (`apollo-require-preflight`, or a JSON content type), against cross-site request forgery; the
 * audit's GETs carry none.
 */
const DELIBERATE_NOTICES: Record<string, string> = {
  '5A70': 'GET without a preflight header is refused (CSRF prevention, the contract)',
  D6D5: 'GET without a preflight header is refused (CSRF prevention, the contract)',
  '6A70': 'GET without a preflight header is refused (CSRF prevention, the contract)',
};

const summary = (results: AuditResult[]) => results.reduce<Record<string, number>>((counts, result) => ({ ...counts, [result.status]: (counts[result.status] ?? 0) + 1 }), {});
const problems = (results: AuditResult[], statuses: string[]) =>
  results.filter((result) => statuses.includes(result.status)).map((result) => `${result.status} ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);

describe('the GraphQL over HTTP audit (graphql-http)', () => {
  it('passes against the gateway with no warning and no error, and only the deliberate notices', async () => {
    const results = await auditServer({ url: `${platform.gatewayUrl}/graphql` });
    console.log(`audit of the gateway: ${JSON.stringify(summary(results))}`);
    expect(problems(results, ['warn', 'error'])).toEqual([]);
    expect(results.filter((result) => result.status === 'notice').map((result) => result.id).sort()).toEqual(Object.keys(DELIBERATE_NOTICES).sort());
  }, 60_000);

  it.each(['territory', 'participation', 'evaluation'] as const)('passes against the %s subgraph (as the gateway calls it) with no warning and no error', async (name) => {
    const gatewaySecret = testSecurity().gatewaySecret;
    const fetchFn = (input: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set(GATEWAY_CREDENTIAL_HEADER, gatewaySecret);
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: platform.subgraphs[name].url, fetchFn });
    console.log(`audit of ${name}: ${JSON.stringify(summary(results))}`);
    expect(problems(results, ['warn', 'error'])).toEqual([]);
  }, 60_000);
});

const ACCEPTS = {
  none: undefined,
  wildcard: '*/*',
  legacy: 'application/json',
  modern: 'application/graphql-response+json',
} as const;

async function post(body: string, accept: string | undefined, contentType: string | null = 'application/json') {
  const headers: Record<string, string> = {};
  if (contentType) headers['content-type'] = contentType;
  if (accept) headers.accept = accept;
  const response = await fetch(`${platform.gatewayUrl}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text, body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

const codes = (answer: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => (answer.body.errors ?? []).map((error) => error.extensions?.code);

describe('request errors, by media type', () => {
  const cases: Array<[string, string, string]> = [
    ['a syntax error', JSON.stringify({ query: '{' }), 'GRAPHQL_PARSE_FAILED'],
    ['a field the schema lacks', JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED'],
    ['variables that do not coerce', JSON.stringify({ query: 'query ($id: ID!) { collectivity(id: $id) { id } }', variables: { id: { a: 1 } } }), 'BAD_USER_INPUT'],
    ['an operationName matching no operation', JSON.stringify({ query: 'query A { network { memberCount } }', operationName: 'B' }), 'BAD_REQUEST'],
  ];

  it.each(cases)('%s: 400 without data for application/graphql-response+json', async (_name, body, code) => {
    const answer = await post(body, ACCEPTS.modern);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(answer.body.data).toBeUndefined();
    expect(codes(answer)).toEqual([code]);
  });

  it.each(cases)('%s: 200 for a legacy client asking for application/json', async (_name, body, code) => {
    const answer = await post(body, ACCEPTS.legacy);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(codes(answer)).toEqual([code]);
  });

  it.each(cases)('%s: 400 in application/json for a client with no preference (no Accept, or */*)', async (_name, body, code) => {
    for (const accept of [ACCEPTS.none, ACCEPTS.wildcard]) {
      const answer = await post(body, accept);
      expect({ accept, status: answer.status }).toEqual({ accept, status: 400 });
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(codes(answer)).toEqual([code]);
    }
  });

  it('answers a syntax error 400 GRAPHQL_PARSE_FAILED, not 500 GRAPHQL_VALIDATION_FAILED', async () => {
    const answer = await post('{"query":"{"}', undefined);
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});

describe('the HTTP envelope', () => {
  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['application/graphql', 'application/graphql'],
    ['no content type', null],
  ])('refuses a POST in %s with 415, before reading it', async (_name, contentType) => {
    const answer = await post(JSON.stringify({ query: '{ network { memberCount } }' }), undefined, contentType);
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });

  it.each([
    ['no query', JSON.stringify({})],
    ['a query that is not a string', JSON.stringify({ query: 5 })],
    ['variables as a string', JSON.stringify({ query: '{ network { memberCount } }', variables: '{}' })],
    ['an operationName that is not a string', JSON.stringify({ query: '{ network { memberCount } }', operationName: { a: 1 } })],
    ['a batch (refused: one operation per request)', JSON.stringify([{ query: '{ network { memberCount } }' }, { query: '{ network { memberCount } }' }])],
    ['a body that is not JSON', '{"query":'],
    ['a body that is JSON null', 'null'],
  ])('refuses %s with 400 BAD_REQUEST, for each media type', async (_name, body) => {
    for (const accept of Object.values(ACCEPTS)) {
      const answer = await post(body, accept);
      expect({ accept, status: answer.status, codes: codes(answer) }).toEqual({ accept, status: 400, codes: ['BAD_REQUEST'] });
    }
  });
});

describe('client mistakes (issue 17, finding 4)', () => {
  const query = '{ network { memberCount } }';
  const mistakes: Array<[string, string, string]> = [
    ['an operationName matching no operation', JSON.stringify({ query: 'query A { network { memberCount } }', operationName: 'B' }), 'BAD_REQUEST'],
    ['two named operations and no operationName', JSON.stringify({ query: 'query A { network { memberCount } } query B { network { memberCount } }' }), 'BAD_REQUEST'],
    ['two anonymous operations in one document', JSON.stringify({ query: `${query} ${query}` }), 'GRAPHQL_VALIDATION_FAILED'],
    ['a persisted-query hash that does not match the query', JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), 'BAD_REQUEST'],
    ['a document over the token limit', JSON.stringify({ query: `{ network { ${'memberCount '.repeat(5_001)} } }` }), 'GRAPHQL_VALIDATION_FAILED'],
  ];

  it.each(mistakes)('%s: answered 400 with its code, and no error-level log', async (_name, body, code) => {
    const errors = jest.spyOn(console, 'error');
    try {
      const answer = await post(body, undefined);
      expect(answer.status).toBe(400);
      expect(codes(answer)[0]).toBe(code);
      expect(answer.text).not.toMatch(/INTERNAL_SERVER_ERROR|reference/);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('a persisted query known by its hash still runs', async () => {
    const hash = createHash('sha256').update(query).digest('hex');
    const answer = await post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }), undefined);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('the token limit says which limit, like the other limits', async () => {
    const answer = await post(JSON.stringify({ query: `{ network { ${'memberCount '.repeat(5_001)} } }` }), undefined);
    expect(answer.body.errors![0]).toMatchObject({ message: expect.stringMatching(/Token limit of 5000 exceeded/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxTokens: 5000 } });
  });

  it('logs an operation name cut short to 100 characters, at info level', async () => {
    const name = `Long${'N'.repeat(4_996)}`;
    for (const operationName of [undefined, 'Other']) {
      await post(JSON.stringify({ query: `query ${name} { network { memberCount } }`, operationName }), undefined);
    }
    // the log lines are written after the answers: wait until both are there (the assertions below say how many)
    const wanted = () =>
      lines.some((line) => line.service === 'gateway' && typeof line.operation === 'string' && line.operation.startsWith('Long')) &&
      lines.some((line) => line.service === 'gateway' && line.operation === 'Other');
    for (const deadline = Date.now() + 5_000; !wanted() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
    const logged = lines.filter((line) => line.service === 'gateway' && typeof line.operation === 'string' && line.operation.startsWith('Long'));
    expect(logged).toHaveLength(1);
    expect(logged[0].operation.length).toBeLessThanOrEqual(101);
    expect(logged[0].level).toBe(30);
    const unknown = lines.filter((line) => line.service === 'gateway' && line.operation === 'Other');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].errors).toEqual(['BAD_REQUEST']);
    expect(JSON.stringify(lines)).not.toContain('N'.repeat(200));
  });
});
