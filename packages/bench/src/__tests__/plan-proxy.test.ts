import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GATEWAY_CREDENTIAL_HEADER } from '@infitah/contract';
import { createPlanProxy } from '../plan-proxy';

const listen = async (server: Server) => {
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
};

describe('the plan proxy: the direct way behind one HTTP hop', () => {
  const seen: Array<{ headers: IncomingHttpHeaders; body: { query: string } }> = [];
  let territory: Server;
  let proxy: Server;
  let proxyUrl: string;

  beforeAll(async () => {
    territory = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ headers: request.headers, body: JSON.parse(body) });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { network: { memberCount: 228 } } }));
      });
    });
    const territoryUrl = await listen(territory);
    proxy = createPlanProxy({
      supergraphSdl: readFileSync(require.resolve('@infitah/gateway/supergraph.graphql'), 'utf8'),
      subgraphUrls: { territory: territoryUrl },
      gatewaySecret: 'the-gateway-credential',
    });
    proxyUrl = await listen(proxy);
  });

  afterAll(async () => {
    proxy.closeAllConnections();
    territory.closeAllConnections();
    await Promise.all([new Promise((resolve) => proxy.close(resolve)), new Promise((resolve) => territory.close(resolve))]);
  });

  it("answers with the subgraph's data, having sent the plan's fetch with the gateway credential and the caller's token", async () => {
    const response = await fetch(proxyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer a-token' },
      body: JSON.stringify({ query: 'query Members { network { memberCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { network: { memberCount: 228 } } });
    expect(seen).toHaveLength(1);
    expect(seen[0].headers[GATEWAY_CREDENTIAL_HEADER]).toBe('the-gateway-credential');
    expect(seen[0].headers.authorization).toBe('Bearer a-token');
    expect(seen[0].body.query).toMatch(/network\s*\{\s*memberCount\s*\}/);
  });
});
