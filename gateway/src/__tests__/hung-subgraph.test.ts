import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@infitah/database';
import { testSecurity } from '@infitah/test-kit';
import { loadGatewayConfig } from '../config';
import { createGateway, type Gateway } from '../server';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

/**
 * A subgraph that hangs (frozen with SIGSTOP: a stuck query, a saturated pool, a long pause all look the same from the
 * gateway) costs one query timeout, once: the circuit breaker then answers that subgraph's part at once with an error,
 * the rest of the query still answered, until a probe after the cool-off finds it answering again.
 */
const FIGURES = '{ network { memberCount participation { eventCount } } }';
const COOL_OFF_MS = 5_000;
const UNAVAILABLE = { message: 'The participation service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'participation' } };

describe('a frozen subgraph process (SIGSTOP)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({
      subgraphProcesses: ['participation'],
      // the defaults of the query timeout (3 s) and of the breaker's thresholds; a cool-off long enough for the checks below
      gatewayEnv: { SUBGRAPH_QUERY_TIMEOUT_MS: '3000', SUBGRAPH_BREAKER_COOL_OFF_MS: String(COOL_OFF_MS) },
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
      expect(first.ms).toBeLessThan(5_000);
      expect(first.value.data).toEqual(partial);
      expect(first.value.errors).toEqual([UNAVAILABLE]);

      // each check below must take under half a second, so all of them fall well within the cool-off
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

    // after the cool-off, a probe finds participation answering and the breaker closes
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
    // every subgraph is played by one server over real HTTP that records each operation and never answers
    const subgraph = createServer((request) => {
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
        // the breaker stays out of the way here: each fetch reaches the subgraph
        SUBGRAPH_BREAKER_TIMEOUTS: '100',
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
    subgraph = createServer((request) => {
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
    // a new connection each time: the primary hands them to the workers in turn
    for (let index = 0; index < 6; index += 1) {
      const next = await onFreshConnection(port, 'POST', '/graphql', query);
      expect(next.ms).toBeLessThan(500);
      expect(JSON.parse(next.body).errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'participation' } })]);
    }
    // only the first request reached the subgraph: the other worker's breaker opened with the first one's
    expect(received).toEqual(['query']);
  }, 30_000);
});

/** One request on a connection of its own (no keep-alive), timed. */
function onFreshConnection(port: number, method: string, path: string, body?: string): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method, path, agent: false, headers: { 'content-type': 'application/json', connection: 'close' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started }));
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
