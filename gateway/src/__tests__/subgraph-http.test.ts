import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetch, SubgraphTimeoutError } from '../subgraph-http';

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

  const QUERY = JSON.stringify({ query: 'query Network__territory__0 { network { memberCount } }' });
  const MUTATION = JSON.stringify({ query: 'mutation Login__territory__0($email: String!) { login(email: $email) { token } }', variables: { email: 'a@b.c' } });

  it('gives a query its short timeout and a mutation its long one, and sends each once', async () => {
    const server = await countingServer(() => 'hang');
    const fetcher = subgraphFetch({ queryMs: 200, mutationMs: 1_200 });
    try {
      let started = Date.now();
      await expect(fetcher(server.url, { method: 'POST', body: QUERY })).rejects.toThrow(/within 200 ms/);
      const queryMs = Date.now() - started;
      started = Date.now();
      const mutation = fetcher(server.url, { method: 'POST', body: MUTATION });
      await expect(mutation).rejects.toBeInstanceOf(SubgraphTimeoutError);
      await expect(mutation).rejects.toThrow(/within 1200 ms/);
      const mutationMs = Date.now() - started;
      expect(queryMs).toBeLessThan(1_000);
      expect(mutationMs).toBeGreaterThanOrEqual(1_150);
      expect(server.received()).toEqual(['query', 'mutation']);
    } finally {
      fetcher.close();
      await server.close();
    }
  });

  it('sends a query again on a fresh connection when its reused keep-alive socket was closed under it, a mutation never', async () => {
    // the second request of each connection is cut without an answer, as a server closing an idle socket does
    const server = await countingServer((request) => (request.connectionRequest === 2 ? 'cut' : 'answer'));
    const fetcher = subgraphFetch({ queryMs: 2_000, mutationMs: 2_000 });
    try {
      await (await fetcher(server.url, { method: 'POST', body: QUERY })).text();
      const retried = await fetcher(server.url, { method: 'POST', body: QUERY });
      expect(retried.status).toBe(200);
      await retried.text();
      expect(server.received()).toEqual(['query', 'query', 'query']);
      expect(server.connections()).toBe(2);

      // the second connection has answered one request (the query sent again): a mutation now is its second, and cut
      await expect(fetcher(server.url, { method: 'POST', body: MUTATION })).rejects.toThrow(/socket hang up/);
      expect(server.received()).toEqual(['query', 'query', 'query', 'mutation']);
      expect(server.connections()).toBe(2);
    } finally {
      fetcher.close();
      await server.close();
    }
  });
});

/** A subgraph stand-in that records the type of each operation it receives, and hangs, cuts or answers it. */
async function countingServer(behaviour: (request: { connectionRequest: number }) => 'hang' | 'cut' | 'answer') {
  const received: string[] = [];
  const hanging: Array<() => void> = [];
  let connections = 0;
  const perSocket = new WeakMap<object, number>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(operationOf(body));
      const connectionRequest = (perSocket.get(request.socket) ?? 0) + 1;
      perSocket.set(request.socket, connectionRequest);
      const action = behaviour({ connectionRequest });
      if (action === 'hang') hanging.push(() => response.destroy());
      else if (action === 'cut') request.socket.destroy();
      else {
        response.setHeader('content-type', 'application/json');
        response.end('{"data":{}}');
      }
    });
  });
  server.on('connection', () => (connections += 1));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received: () => received,
    connections: () => connections,
    close: () => {
      hanging.forEach((end) => end());
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}


/** The type of the operation in a GraphQL request body, as a subgraph would see it. */
function operationOf(body: string): string {
  const keyword = /"query":"\s*(mutation|query|\{)/.exec(body)?.[1];
  return keyword === 'mutation' ? 'mutation' : keyword ? 'query' : 'other';
}
