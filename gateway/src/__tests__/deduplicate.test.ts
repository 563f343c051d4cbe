import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deduplicationKey, inFlightDeduplication, type FetchInit } from '../deduplicate';

/** A subgraph stand-in over real HTTP that answers after a delay, echoing the caller, and counts what it received. */
async function slowSubgraph(delayMs: number) {
  const received: Array<{ authorization: string; body: string }> = [];
  let served = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization ?? '', body });
      served += 1;
      const number = served;
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { caller: request.headers.authorization ?? null, served: number } }));
      }, delayMs);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const init = (query: string, authorization?: string, variables: Record<string, unknown> = {}): FetchInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), 'x-request-id': Math.random().toString(36) },
  body: JSON.stringify({ query, variables }),
});

const send = (input: string, request: FetchInit) => fetch(input, request as RequestInit);

describe('in-flight deduplication of subgraph fetches', () => {
  let subgraph: Awaited<ReturnType<typeof slowSubgraph>>;
  beforeEach(async () => {
    subgraph = await slowSubgraph(150);
  });
  afterEach(async () => {
    await subgraph.close();
  });

  it('sends identical concurrent queries of one caller once and gives each the same answer', async () => {
    const deduplicator = inFlightDeduplication(send);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => deduplicator.fetch(subgraph.url, init('query Figures { network { memberCount } }', 'Bearer network-admin'))),
    );
    expect(subgraph.received).toHaveLength(1);
    expect(answers.filter((answer) => answer.shared)).toHaveLength(5);
    const bodies = await Promise.all(answers.map((answer) => answer.response.json()));
    for (const body of bodies) expect(body).toEqual({ data: { caller: 'Bearer network-admin', served: 1 } });
    expect(deduplicator.inFlight).toBe(0);
  });

  it('never merges the fetches of two callers, nor of one caller with different variables', async () => {
    const deduplicator = inFlightDeduplication(send);
    const query = 'query Commune($id: ID!) { collectivity(id: $id) { nameFr } }';
    const answers = await Promise.all([
      deduplicator.fetch(subgraph.url, init(query, 'Bearer commune-a', { id: 'a' })),
      deduplicator.fetch(subgraph.url, init(query, 'Bearer commune-b', { id: 'a' })),
      deduplicator.fetch(subgraph.url, init(query, undefined, { id: 'a' })),
      deduplicator.fetch(subgraph.url, init(query, 'Bearer commune-a', { id: 'b' })),
    ]);
    expect(subgraph.received).toHaveLength(4);
    const callers = await Promise.all(answers.map(async (answer) => ((await answer.response.json()) as { data: { caller: string | null } }).data.caller));
    expect(callers).toEqual(['Bearer commune-a', 'Bearer commune-b', null, 'Bearer commune-a']);
  });

  it('sends every mutation, even identical concurrent ones', async () => {
    const deduplicator = inFlightDeduplication(send);
    await Promise.all(
      Array.from({ length: 3 }, () => deduplicator.fetch(subgraph.url, init('mutation Create { createEvent(input: { title: "x" }) { id } }', 'Bearer editor'))),
    );
    expect(subgraph.received).toHaveLength(3);
  });

  it('keeps no answer once it has arrived: the next identical query is sent again', async () => {
    const deduplicator = inFlightDeduplication(send);
    const first = await deduplicator.fetch(subgraph.url, init('query Figures { network { memberCount } }', 'Bearer network-admin'));
    const second = await deduplicator.fetch(subgraph.url, init('query Figures { network { memberCount } }', 'Bearer network-admin'));
    expect([first.shared, second.shared]).toEqual([false, false]);
    expect(subgraph.received).toHaveLength(2);
    expect(((await second.response.json()) as { data: { served: number } }).data.served).toBe(2);
  });

  it('hands a failed fetch to every caller that waited on it, and sends the next one afresh', async () => {
    await subgraph.close();
    const deduplicator = inFlightDeduplication(send);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 3 }, () => deduplicator.fetch(subgraph.url, init('query Figures { network { memberCount } }', 'Bearer network-admin'))),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(deduplicator.inFlight).toBe(0);
    subgraph = await slowSubgraph(10);
    const retried = await deduplicator.fetch(subgraph.url, init('query Figures { network { memberCount } }', 'Bearer network-admin'));
    expect(retried.response.status).toBe(200);
  });

  it('keys only queries: mutations, subscriptions, GETs and bodies that are not JSON go alone', () => {
    expect(deduplicationKey('u', init('query Q { a }'))).not.toBeNull();
    expect(deduplicationKey('u', init('{ a }'))).not.toBeNull();
    expect(deduplicationKey('u', init('mutation M { a }'))).toBeNull();
    expect(deduplicationKey('u', init('subscription S { a }'))).toBeNull();
    expect(deduplicationKey('u', { method: 'GET' })).toBeNull();
    expect(deduplicationKey('u', { method: 'POST', body: 'not json' })).toBeNull();
    // the request id is not part of the key; the caller is
    expect(deduplicationKey('u', init('query Q { a }', 'Bearer x'))).toBe(deduplicationKey('u', init('query Q { a }', 'Bearer x')));
    expect(deduplicationKey('u', init('query Q { a }', 'Bearer x'))).not.toBe(deduplicationKey('u', init('query Q { a }', 'Bearer y')));
  });
});
