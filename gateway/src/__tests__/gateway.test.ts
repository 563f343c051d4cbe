import { once } from 'node:events';
import type { Server } from 'node:http';
import { DemoIds } from '@infitah/demo-data';
import { freePort } from '@infitah/database';
import { evaluation } from '@infitah/evaluation';
import { territory } from '@infitah/territory';
import { startTestSubgraph, testSecurity, type TestSubgraph } from '@infitah/test-kit';
import { loadGatewayConfig } from '../config';
import { createGateway, type Gateway } from '../server';

/** Territory and evaluation run; participation is down (its port answers nothing). */
let subgraphs: TestSubgraph[] = [];
let servers: Server[] = [];
let gateway: Gateway;
let gatewayServer: Server;
let gatewayUrl: string;

async function listen(app: { listen: (port: number, host: string) => Server }): Promise<{ server: Server; port: number }> {
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { server, port };
}

beforeAll(async () => {
  subgraphs = await Promise.all([startTestSubgraph(territory), startTestSubgraph(evaluation)]);
  const [territoryHttp, evaluationHttp] = await Promise.all(subgraphs.map((subgraph) => listen(subgraph.app)));
  servers = [territoryHttp.server, evaluationHttp.server];
  const config = loadGatewayConfig({
    TERRITORY_PORT: String(territoryHttp.port),
    EVALUATION_PORT: String(evaluationHttp.port),
    PARTICIPATION_PORT: String(await freePort()),
    SUBGRAPH_QUERY_TIMEOUT_MS: '3000',
    JWT_SECRET: testSecurity().jwtSecret,
    GATEWAY_SECRET: testSecurity().gatewaySecret,
  });
  gateway = await createGateway(config);
  const gatewayHttp = await listen(gateway.app);
  gatewayServer = gatewayHttp.server;
  gatewayUrl = `http://127.0.0.1:${gatewayHttp.port}`;
});

afterAll(async () => {
  gatewayServer.closeAllConnections();
  gatewayServer.close();
  await gateway.stop();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await Promise.all(subgraphs.map((subgraph) => subgraph.close()));
});

async function post(query: string) {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

describe('gateway', () => {
  it('answers /health while the process lives but is not /ready while a subgraph is down', async () => {
    expect((await fetch(`${gatewayUrl}/health`)).status).toBe(200);
    const ready = await fetch(`${gatewayUrl}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ subgraphs: { territory: true, participation: false, evaluation: true } });
  });

  it('returns partial data with an error when one subgraph is down', async () => {
    const body = await post('{ network { memberCount participation { eventCount } evaluation { programCount } } }');
    expect(body.data.network.memberCount).toBe(14);
    expect(body.data.network.participation).toBeNull();
    // published: Tamazgana's programme in preparation and the fictional commune's adopted one
    expect(body.data.network.evaluation).toEqual({ programCount: 2 });
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'The participation service is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'participation' } }),
    ]);
  });

  it('joins territory and evaluation for a collectivity', async () => {
    const body = await post(`{ collectivity(id: "${DemoIds.tamazgana}") { nameFr actionPrograms { totalCount } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.collectivity).toEqual({ nameFr: 'Commune de Tamazgana', actionPrograms: { totalCount: 1 } });
  });
});
