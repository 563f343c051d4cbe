import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@infitah/database';
import { testSecurity } from '@infitah/test-kit';

/**
 * Graceful stop of the built gateway process (`node gateway/dist/index.js`, as `npm start` and the image run it):
 * on SIGTERM a request already on its way is answered, then the process exits 0. The territory subgraph is played by
 * a server over real HTTP that answers the network's member count after a delay, so that the request is in flight
 * when the signal comes.
 */
const SUBGRAPH_DELAY_MS = 1_500;
let subgraph: Server;
let subgraphUrl: string;
let fetchesSeen = 0;

beforeAll(async () => {
  subgraph = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      fetchesSeen += 1;
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { network: { memberCount: 228 } } }));
      }, SUBGRAPH_DELAY_MS);
    });
  });
  subgraph.listen(0, '127.0.0.1');
  await once(subgraph, 'listening');
  subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => subgraph.close(() => resolve())));

function spawnGateway(port: number): ChildProcess {
  const security = testSecurity();
  return spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'index.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      GATEWAY_WORKERS: '1',
      GATEWAY_PORT: String(port),
      TERRITORY_URL: subgraphUrl,
      PARTICIPATION_URL: subgraphUrl,
      EVALUATION_URL: subgraphUrl,
      JWT_SECRET: security.jwtSecret,
      GATEWAY_SECRET: security.gatewaySecret,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function startGateway(port: number): Promise<ChildProcess> {
  const child = spawnGateway(port);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
    if (answer?.ok) return child;
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('the gateway did not start in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the gateway process on SIGTERM', () => {
  it('answers the request already on its way, then exits 0 and takes no new connection', async () => {
    const port = await freePort();
    const gateway = await startGateway(port);
    const exited = once(gateway, 'exit');
    const before = fetchesSeen;
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network { memberCount } }' }),
    });
    // once the subgraph has the fetch, the request is in the middle of its life
    while (fetchesSeen === before) await new Promise((resolve) => setTimeout(resolve, 20));
    gateway.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { network: { memberCount: 228 } } });
    const [code] = await exited;
    expect(code).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 30_000);
});

describe('the gateway process that cannot start', () => {
  it('exits 1 and says why when its worker dies before it listens (the port taken), instead of starting workers forever', async () => {
    const taken = createServer();
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    try {
      const gateway = spawnGateway((taken.address() as AddressInfo).port);
      let stderr = '';
      gateway.stderr!.on('data', (chunk) => (stderr += chunk));
      const [code] = (await Promise.race([once(gateway, 'exit'), new Promise((resolve) => setTimeout(() => resolve(['still running after 20 s']), 20_000))])) as [unknown];
      if (code === 'still running after 20 s') gateway.kill('SIGKILL');
      expect(code).toBe(1);
      expect(stderr).toContain('before it listened: the gateway cannot start');
      expect(stderr).not.toContain('starting another');
    } finally {
      taken.close();
    }
  }, 30_000);
});
