import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetch } from '../subgraph-http';

/** A server over real HTTP that answers after `delayMs`, echoing method, headers and body, and counts connections. */
async function echoServer(delayMs = 0, status = 200) {
  let connections = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      setTimeout(() => {
        response.statusCode = status;
        if (status === 204) {
          response.end();
          return;
        }
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.setHeader('x-echo', 'yes');
        response.end(JSON.stringify({ method: request.method, authorization: request.headers.authorization ?? null, body }));
      }, delayMs);
    });
  });
  server.on('connection', () => (connections += 1));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("the gateway's subgraph HTTP client", () => {
  it('sends method, headers and the whole body, and answers a fetch Response with status, headers and JSON', async () => {
    const server = await echoServer();
    const fetcher = subgraphFetch(2_000);
    const body = JSON.stringify({ query: 'query { collectivity(id: "x") { nameAr } }', variables: { name: 'جماعة تمزڭانة' } });
    const response = await fetcher(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(await response.json()).toEqual({ method: 'POST', authorization: 'Bearer t', body });
    fetcher.close();
    await server.close();
  });

  it('keeps the connection open between fetches (keep-alive)', async () => {
    const server = await echoServer();
    const fetcher = subgraphFetch(2_000);
    for (let index = 0; index < 5; index += 1) await (await fetcher(server.url, { method: 'POST', body: '{}' })).text();
    expect(server.connections()).toBe(1);
    fetcher.close();
    await server.close();
  });

  it('gives up on a subgraph that does not answer in time, with an error', async () => {
    const server = await echoServer(1_000);
    const fetcher = subgraphFetch(150);
    await expect(fetcher(server.url, { method: 'POST', body: '{}' })).rejects.toThrow(/within 150 ms/);
    fetcher.close();
    await server.close();
  });

  it('rejects when nothing listens, and answers a bodiless status without a body', async () => {
    const fetcher = subgraphFetch(2_000);
    await expect(fetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toThrow();
    const server = await echoServer(0, 204);
    const response = await fetcher(server.url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    fetcher.close();
    await server.close();
  });
});
