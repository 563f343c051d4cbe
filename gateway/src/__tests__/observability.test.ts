import { Writable } from 'node:stream';
import { createLogger } from '@infitah/observability';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/** Metrics on all four processes and one request id through the gateway and the subgraphs' logs. */
let platform: TestPlatform;
const lines: Array<Record<string, any>> = [];

beforeAll(async () => {
  platform = await startTestPlatform({
    // the tests' requests come from loopback, as through a reverse proxy on the same machine
    gatewayEnv: { TRUST_PROXY: 'loopback' },
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

const metricsOf = async (base: string) => {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};
const subgraphBase = (name: keyof TestPlatform['subgraphs']) => platform.subgraphs[name].url.replace(/\/graphql$/, '');

describe('metrics', () => {
  it('counts and times operations by name at the gateway, and errors by code', async () => {
    await platform.graphql('query NetworkFigures { network { memberCount participation { eventCount } } }');
    await platform.graphql('query TooMany { collectivities(first: 500) { totalCount } }');
    const text = await metricsOf(platform.metricsUrl);
    expect(text).toMatch(/infitah_graphql_requests_total\{operation="NetworkFigures",type="query",service="gateway"\} 1/);
    expect(text).toMatch(/infitah_graphql_request_duration_seconds_count\{service="gateway",operation="NetworkFigures",type="query"\} 1/);
    expect(text).toMatch(/infitah_graphql_errors_total\{code="BAD_USER_INPUT",service="gateway"\} 1/);
    expect(text).toMatch(/infitah_subgraph_fetch_duration_seconds_count\{service="gateway",subgraph="participation",outcome="200"\} [1-9]/);
  });

  it('serves no /metrics on the public port: only on the metrics port', async () => {
    const response = await fetch(`${platform.gatewayUrl}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/infitah_graphql/);
    expect((await fetch(`${platform.metricsUrl}/graphql`)).status).toBe(404);
  });

  it('labels only operations of documents that parsed and validated, with plain names; the rest count as other', async () => {
    await platform.graphql('query Known_Name1 { network { memberCount } }');
    // client-chosen names that would each make a label: a failed validation, a parse failure, an unknown operationName
    for (let index = 0; index < 3; index += 1) {
      await platform.graphql(`query Spam${index} { nope${index} }`);
      await platform.graphql(`query Broken${index} {`);
    }
    await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { network { memberCount } }', operationName: 'Unknown' }),
    });
    await platform.graphql(`query ${'L'.repeat(65)} { network { memberCount } }`);
    const text = await metricsOf(platform.metricsUrl);
    expect(text).toMatch(/infitah_graphql_requests_total\{operation="Known_Name1",type="query",service="gateway"\} 1/);
    expect(text).not.toMatch(/Spam|Broken|Unknown|LLLL/);
    expect(text).toMatch(/infitah_graphql_requests_total\{operation="other",type="unknown",service="gateway"\} 7/);
    expect(text).toMatch(/infitah_graphql_requests_total\{operation="other",type="query",service="gateway"\} 1/);
  });

  it.each(['territory', 'participation', 'evaluation'] as const)('%s answers /metrics to anyone, with its database pool', async (name) => {
    const text = await metricsOf(subgraphBase(name));
    expect(text).toMatch(new RegExp(`infitah_db_pool_connections\\{state="total",service="${name}"\\} \\d+`));
    expect(text).toMatch(/process_resident_memory_bytes/);
  });
});

describe('logs', () => {
  it("follow one request id from the gateway into each subgraph it asks, with the caller's collectivity", async () => {
    const token = await platform.login('admin@tamazgana.infitah.test');
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-0001-abcdef' },
      body: JSON.stringify({ query: 'query Figures { network { memberCount participation { eventCount } evaluation { programCount } } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-0001-abcdef');
    // each process writes its line after answering: wait until the four are there, or the deadline
    const traced = () => lines.filter((line) => line.requestId === 'trace-0001-abcdef');
    for (const deadline = Date.now() + 5_000; traced().length < 4 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(traced().map((line) => line.service).sort()).toEqual(['evaluation', 'gateway', 'participation', 'territory']);
    for (const line of traced()) {
      expect(line).toMatchObject({ role: 'COLLECTIVITY_ADMIN', collectivityId: '00000002-0000-4000-8000-000000000001', msg: 'graphql request' });
      expect(typeof line.durationMs).toBe('number');
      expect(line.level).toBe(30);
    }
  });

  it.each([
    ['with spaces', 'bad id with spaces'],
    ['longer than 128 characters', 'a'.repeat(129)],
    ['with a line break escaped into it', 'trace%0d%0aset-cookie:x'],
    ['shorter than 8 characters', 'abc'],
  ])('give a request whose id is %s a fresh one, even through the trusted proxy', async (_name, id) => {
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ query: '{ network { memberCount } }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keep a well-formed id of 128 characters from the trusted proxy', async () => {
    const id = `trace-${'b'.repeat(122)}`;
    const response = await fetch(`${platform.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ query: '{ network { memberCount } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe(id);
  });
});
