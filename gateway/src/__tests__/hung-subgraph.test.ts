import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@infitah/database';
import { testSecurity, tokenFor } from '@infitah/test-kit';
import { loadGatewayConfig } from '../config';
import { createGateway, type Gateway } from '../server';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * A subgraph that hangs (frozen with SIGSTOP: a stuck query, a saturated pool, a long pause all look the same from the
 * gateway) costs one query timeout, once: its /health does not answer either, so the circuit breaker opens at once and
 * answers that subgraph's part at once with an error, the rest of the query still answered, until the background check
 * finds it answering again. No caller's request is used as a probe: the checks below hold however long they take.
 */
const FIGURES = '{ network { memberCount participation { eventCount } } }';
const COOL_OFF_MS = 5_000;
const UNAVAILABLE = { message: 'The participation service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'participation' } };

describe('a frozen subgraph process (SIGSTOP)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({
      subgraphProcesses: ['participation'],
      // the defaults: query timeout 3 s, /health 500 ms, background check every 5 s
      gatewayEnv: { SUBGRAPH_QUERY_TIMEOUT_MS: '3000', SUBGRAPH_HEALTH_TIMEOUT_MS: '500', SUBGRAPH_BREAKER_COOL_OFF_MS: String(COOL_OFF_MS) },
    });
  }, 120_000);
  afterAll(() => platform?.close());

  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  };
  const breakerGauge = async (subgraph: string) => {
    const text = await (await fetch(`${platform.metricsUrl}/metrics`)).text();
    return Number(new RegExp(`^infitah_subgraph_breaker_state\\{[^}]*subgraph="${subgraph}"[^}]*\\} (\\d)$`, 'm').exec(text)?.[1]);
  };

  it('answers partial within 5 s, then partial within half a second, then in full after SIGCONT without a restart', async () => {
    const before = await platform.graphql(FIGURES);
    expect(before.errors).toBeUndefined();
    const partial = { network: { memberCount: before.data.network.memberCount, participation: null } };
    const participation = platform.processes.participation!;
    participation.kill('SIGSTOP');
    try {
      const first = await timed(() => platform.graphql(FIGURES));
      const second = await timed(() => platform.graphql(FIGURES));
      console.log(`participation frozen: first answer in ${Math.round(first.ms)} ms, second in ${Math.round(second.ms)} ms`);
      expect(first.ms).toBeLessThan(5_000);
      expect(first.value.data).toEqual(partial);
      expect(first.value.errors).toEqual([UNAVAILABLE]);

      expect(second.ms).toBeLessThan(500);
      expect(second.value.data).toEqual(partial);
      expect(second.value.errors).toEqual([UNAVAILABLE]);
      // however long these take (cool-offs may pass on a loaded machine), no caller's request reaches the frozen process
      for (let index = 0; index < 3; index += 1) {
        const next = await timed(() => platform.graphql(FIGURES));
        expect(next.ms).toBeLessThan(500);
        expect(next.value.data).toEqual(partial);
        expect(next.value.errors).toEqual([UNAVAILABLE]);
      }
      const ready = await timed(() => fetch(`${platform.gatewayUrl}/ready`));
      expect(ready.ms).toBeLessThan(500);
      expect(ready.value.status).toBe(503);
      expect(await ready.value.json()).toMatchObject({
        subgraphs: { territory: true, participation: false, evaluation: true },
        breakers: { territory: 'closed', participation: 'open', evaluation: 'closed' },
      });
      expect(await breakerGauge('participation')).toBe(2);
      expect(await breakerGauge('territory')).toBe(0);
    } finally {
      participation.kill('SIGCONT');
    }

    // at the next background check, participation answers /ready and the breaker closes
    const deadline = Date.now() + COOL_OFF_MS + 20_000;
    let after = await platform.graphql(FIGURES);
    while (after.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await platform.graphql(FIGURES);
    }
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    // the same process answered: nothing was restarted
    expect(participation.exitCode).toBeNull();
    expect(participation.signalCode).toBeNull();
    const ready = await fetch(`${platform.gatewayUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ breakers: { territory: 'closed', participation: 'closed', evaluation: 'closed' } });
    expect(await breakerGauge('participation')).toBe(0);
  }, 60_000);
});

describe('timeouts by operation type, against a subgraph that never answers', () => {
  const received: string[] = [];
  const hanging: Server[] = [];
  let gateway: Gateway;
  let gatewayServer: Server;
  let gatewayUrl: string;

  beforeAll(async () => {
    // every subgraph is played by one server over real HTTP whose process answers /health but never a GraphQL request
    const subgraph = createServer((request, response) => {
      if (request.method === 'GET') {
        response.end('{"status":"ok"}');
        return;
      }
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => received.push(operationOf(body)));
    });
    subgraph.listen(0, '127.0.0.1');
    await once(subgraph, 'listening');
    hanging.push(subgraph);
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    gateway = await createGateway(
      loadGatewayConfig({
        TERRITORY_URL: url,
        PARTICIPATION_URL: url,
        EVALUATION_URL: url,
        JWT_SECRET: testSecurity().jwtSecret,
        GATEWAY_SECRET: testSecurity().gatewaySecret,
        SUBGRAPH_QUERY_TIMEOUT_MS: '300',
        SUBGRAPH_MUTATION_TIMEOUT_MS: '1500',
        // the breaker stays out of the way here (the process answers /health: slow, not hung): each fetch reaches it
        SUBGRAPH_BREAKER_FAILURES: '100',
      }),
    );
    const port = await freePort();
    gatewayServer = gateway.app.listen(port, '127.0.0.1');
    await once(gatewayServer, 'listening');
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    gatewayServer.closeAllConnections();
    gatewayServer.close();
    await gateway.stop();
    for (const server of hanging) {
      server.closeAllConnections();
      server.close();
    }
  });

  const post = async (query: string) => {
    const started = performance.now();
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }, ms: performance.now() - started };
  };

  it('gives up on a query after the short timeout', async () => {
    received.length = 0;
    const { body, ms } = await post('{ network { memberCount } }');
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1_500);
    expect(body.errors).toEqual([expect.objectContaining({ message: 'The territory service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory' } })]);
    expect(received).toEqual(['query']);
  });

  it('waits the longer timeout for a mutation and never sends it twice', async () => {
    received.length = 0;
    const { body, ms } = await post('mutation { login(email: "nobody@example.test", password: "not-a-password") { token } }');
    expect(ms).toBeGreaterThanOrEqual(1_490);
    expect(ms).toBeLessThan(5_000);
    expect(body.errors).toEqual([expect.objectContaining({ message: 'The territory service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory' } })]);
    // a retry would have been sent before the answer; give it a moment more all the same
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual(['mutation']);
  });
});

describe('a hung subgraph behind a gateway of two workers (node cluster)', () => {
  const received: string[] = [];
  let subgraph: Server;
  let gateway: ChildProcess;
  let port: number;

  beforeAll(async () => {
    // hung: answers nothing, not even /health; only GraphQL requests are recorded
    subgraph = createServer((request) => {
      if (request.method !== 'POST') return;
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => received.push(operationOf(body)));
    });
    subgraph.listen(0, '127.0.0.1');
    await once(subgraph, 'listening');
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    port = await freePort();
    const security = testSecurity();
    gateway = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'index.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        GATEWAY_WORKERS: '2',
        GATEWAY_PORT: String(port),
        METRICS_PORT: '0',
        TERRITORY_URL: url,
        PARTICIPATION_URL: url,
        EVALUATION_URL: url,
        JWT_SECRET: security.jwtSecret,
        GATEWAY_SECRET: security.gatewaySecret,
        SUBGRAPH_QUERY_TIMEOUT_MS: '1000',
        // no probe during the test
        SUBGRAPH_BREAKER_COOL_OFF_MS: '600000',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // both workers listening: each new connection goes to the next worker, and /health names the one that answered
    const workers = new Set<number>();
    const deadline = Date.now() + 60_000;
    while (workers.size < 2) {
      if (gateway.exitCode !== null) throw new Error(`the gateway exited with ${gateway.exitCode}`);
      if (Date.now() > deadline) throw new Error(`only ${workers.size} gateway worker(s) answered in 60 s`);
      const health = await onFreshConnection(port, 'GET', '/health').catch(() => null);
      if (health?.status === 200) workers.add((JSON.parse(health.body) as { worker: number }).worker);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);
  afterAll(async () => {
    if (gateway && gateway.exitCode === null && gateway.signalCode === null) {
      const exited = once(gateway, 'exit');
      gateway.kill('SIGTERM');
      await exited;
    }
    subgraph?.closeAllConnections();
    subgraph?.close();
  });

  it('costs the timeout in one worker only: every later request, whichever worker takes it, is answered at once', async () => {
    const query = JSON.stringify({ query: '{ organisations { totalCount } }' });
    const first = await onFreshConnection(port, 'POST', '/graphql', query);
    expect(first.ms).toBeLessThan(5_000);
    expect(JSON.parse(first.body).errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'participation' } })]);
    // the other worker learns it through the primary: wait until both workers' /ready say so (no reliance on message order)
    const open = new Set<number>();
    const deadline = Date.now() + 20_000;
    while (open.size < 2) {
      if (Date.now() > deadline) throw new Error(`participation's breaker open in ${open.size} worker(s) only`);
      const ready = await onFreshConnection(port, 'GET', '/ready');
      if ((JSON.parse(ready.body) as { breakers: Record<string, string> }).breakers.participation === 'open') open.add(Number(ready.worker));
    }
    // a new connection each time: the primary hands them to the workers in turn
    for (let index = 0; index < 6; index += 1) {
      const next = await onFreshConnection(port, 'POST', '/graphql', query);
      expect(next.ms).toBeLessThan(500);
      expect(JSON.parse(next.body).errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'participation' } })]);
    }
    // only the first request reached the subgraph: the other worker's breaker opened with the first one's
    expect(received).toEqual(['query']);
  }, 60_000);
});

/** A gateway in this process whose three subgraphs are all played by `handler`'s server. */
async function gatewayBefore(handler: Parameters<typeof createServer>[1] & object, env: Record<string, string>) {
  const subgraph = createServer(handler);
  subgraph.listen(0, '127.0.0.1');
  await once(subgraph, 'listening');
  const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  const gateway = await createGateway(
    loadGatewayConfig({ TERRITORY_URL: url, PARTICIPATION_URL: url, EVALUATION_URL: url, NOTIFICATIONS_URL: url, JWT_SECRET: testSecurity().jwtSecret, GATEWAY_SECRET: testSecurity().gatewaySecret, ...env }),
  );
  const port = await freePort();
  const server = gateway.app.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${port}`,
    gateway,
    async close() {
      server.closeAllConnections();
      server.close();
      await gateway.stop();
      subgraph.closeAllConnections();
      subgraph.close();
    },
  };
}

const postTo = async (url: string, query: string, token?: string) => {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }, ms: performance.now() - started };
};

describe('a slow but alive subgraph (answers /health at once, GraphQL only after the query timeout)', () => {
  const graphqlRequests: string[] = [];
  let healthChecks = 0;
  let setup: Awaited<ReturnType<typeof gatewayBefore>>;
  beforeAll(async () => {
    setup = await gatewayBefore(
      (request, response) => {
        if (request.method === 'GET') {
          if (request.url === '/health') healthChecks += 1;
          response.end('{"status":"ok"}');
          return;
        }
        graphqlRequests.push(request.url ?? '');
        // a heavy query: answered, but long after the gateway gave up
        const timer = setTimeout(() => response.end('{"data":{"network":{"memberCount":1}}}'), 2_000);
        response.on('close', () => clearTimeout(timer));
      },
      // no background check during the test: only callers' fetches move the breaker
      { SUBGRAPH_QUERY_TIMEOUT_MS: '300', SUBGRAPH_HEALTH_TIMEOUT_MS: '500', SUBGRAPH_BREAKER_COOL_OFF_MS: '600000' },
    );
  });
  afterAll(() => setup?.close());

  it('does not open the breaker on one timeout: it opens only after three in a row', async () => {
    const territory = () => setup.gateway.breakers.states().territory;
    for (let index = 1; index <= 2; index += 1) {
      const slow = await postTo(setup.url, '{ network { memberCount } }');
      expect(slow.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory' } })]);
      expect(healthChecks).toBe(index);
      // the process answered /health: a slow query, not a hung subgraph
      expect(territory()).toBe('closed');
    }
    expect(graphqlRequests).toHaveLength(2);
    await postTo(setup.url, '{ network { memberCount } }');
    expect(territory()).toBe('open');
    expect(graphqlRequests).toHaveLength(3);
    // now refused without asking it
    const refused = await postTo(setup.url, '{ network { memberCount } }');
    expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory' } })]);
    expect(graphqlRequests).toHaveLength(3);
  });
});

describe('session checks and open data behind the breakers, against a hung territory', () => {
  const sessionRequests: string[] = [];
  const openDataRequests: string[] = [];
  let setup: Awaited<ReturnType<typeof gatewayBefore>>;
  beforeAll(async () => {
    // hung: answers nothing, /health included
    setup = await gatewayBefore(
      (request) => {
        if (request.url?.startsWith('/internal/sessions/')) sessionRequests.push(request.url);
        if (request.url?.startsWith('/open-data/')) openDataRequests.push(request.url);
      },
      { SUBGRAPH_QUERY_TIMEOUT_MS: '1000', SUBGRAPH_HEALTH_TIMEOUT_MS: '500', SUBGRAPH_BREAKER_COOL_OFF_MS: '600000', SESSION_CACHE_MS: '0' },
    );
  });
  afterAll(() => setup?.close());

  it('sends one session check for concurrent requests of one account, then refuses at once while territory is open', async () => {
    const token = await tokenFor({ role: 'COLLECTIVITY_EDITOR', userId: '00000000-0000-4000-8000-000000000001', collectivityId: '00000000-0000-4000-8000-000000000002' });
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => postTo(setup.url, '{ __typename }', token)));
    for (const answer of concurrent) {
      expect(answer.status).toBe(401);
      expect(answer.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    }
    // single flight: one check for the five requests
    expect(sessionRequests).toHaveLength(1);
    expect(setup.gateway.breakers.states().territory).toBe('open');

    const refused = await postTo(setup.url, '{ __typename }', token);
    expect(refused.status).toBe(503);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: 'The session cannot be checked: the territory service is unavailable; try again shortly',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'territory' },
      }),
    ]);
    // refused by the breaker, without asking territory (so without waiting for its 1 s timeout)
    expect(sessionRequests).toHaveLength(1);
    expect(refused.ms).toBeLessThan(1_000);
  });

  it('answers an open-data listing and download at once, without asking a subgraph whose breaker is open', async () => {
    // territory is open (above); the first listing finds the three others hung and opens theirs
    const first = await fetch(`${setup.url}/open-data/`);
    expect(await first.json()).toMatchObject({ datasets: [], unavailable: ['territory', 'participation', 'evaluation', 'notifications'] });
    expect(setup.gateway.breakers.states()).toEqual({ territory: 'open', participation: 'open', evaluation: 'open', notifications: 'open' });
    const asked = openDataRequests.length;
    expect(asked).toBe(3);
    const started = performance.now();
    const again = await fetch(`${setup.url}/open-data/`);
    expect(await again.json()).toMatchObject({ datasets: [], unavailable: ['territory', 'participation', 'evaluation', 'notifications'] });
    const download = await fetch(`${setup.url}/open-data/events.csv`);
    expect(download.status).toBe(404);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(openDataRequests).toHaveLength(asked);
  });
});

/** One request on a connection of its own (no keep-alive), timed. */
function onFreshConnection(port: number, method: string, path: string, body?: string): Promise<{ status: number; body: string; ms: number; worker?: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method, path, agent: false, headers: { 'content-type': 'application/json', connection: 'close' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started, worker: response.headers['x-infitah-worker'] as string | undefined }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The type of the operation in a GraphQL request body, as a subgraph would see it. */
function operationOf(body: string): string {
  const keyword = /"query":"\s*(mutation|query|\{)/.exec(body)?.[1];
  return keyword === 'mutation' ? 'mutation' : keyword ? 'query' : 'other';
}
