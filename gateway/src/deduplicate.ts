import { answerOf, BufferedResponse, type SubgraphAnswer, type SubgraphResponse } from './subgraph-response';

/**
 * In-flight deduplication of subgraph fetches: while a query is on its way to a subgraph, an identical one (same
 * subgraph URL, same body — operation and variables — and same caller, i.e. the same `authorization` header) waits
 * for that answer instead of being sent again. Nothing is kept once the answer arrives: this is not a cache, a
 * fetch that starts after the first one has answered goes to the subgraph. Mutations are never merged.
 *
 * The request id and the client's address differ from one request to the next and are left out of the key: the
 * merged fetch carries the first caller's, which the subgraph logs.
 */

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export type Send = (input: string, init: FetchInit) => Promise<SubgraphResponse>;

const QUERY_BODY = /^\{"query":"(query\b|\{)/;
const MUTATION_BODY = /^\{"query":"mutation\b/;

/**
 * The type of the operation a fetch body carries: `query`, `mutation`, or null when it cannot be told (not JSON, no
 * query, a subscription): a caller treats that as it would a mutation, never as a query.
 */
export function operationTypeOf(body: string | undefined): 'query' | 'mutation' | null {
  if (typeof body !== 'string') return null;
  // the gateway's bodies start with the operation, keyword first: no need to parse them to know a query
  if (QUERY_BODY.test(body)) return 'query';
  if (MUTATION_BODY.test(body)) return 'mutation';
  let query: unknown;
  try {
    query = (JSON.parse(body) as { query?: unknown }).query;
  } catch {
    return null;
  }
  if (typeof query !== 'string') return null;
  if (/^\s*(query\b|\{)/.test(query)) return 'query';
  if (/^\s*mutation\b/.test(query)) return 'mutation';
  return null;
}

/** The key of a fetch that may be merged, or null for one that must go alone (a mutation, an unparseable body). */
export function deduplicationKey(input: string, init: FetchInit): string | null {
  if ((init.method ?? 'GET').toUpperCase() !== 'POST' || operationTypeOf(init.body) !== 'query') return null;
  const authorization = Object.entries(init.headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
  return `${input}\u0000${authorization}\u0000${init.body}`;
}

export interface Deduplicator {
  fetch(input: string, init: FetchInit): Promise<{ response: SubgraphResponse; shared: boolean }>;
  /** Fetches on their way now (for tests and metrics). */
  readonly inFlight: number;
}

/**
 * Each caller of a shared fetch gets its own view (`BufferedResponse`) of the one answer's bytes; a fetch nobody
 * joined costs a key and a map entry, nothing is copied (the gateway's client already answers read whole).
 */
export function inFlightDeduplication(send: Send): Deduplicator {
  const pending = new Map<string, Promise<SubgraphAnswer>>();
  return {
    get inFlight() {
      return pending.size;
    },
    async fetch(input, init) {
      const key = deduplicationKey(input, init);
      if (key === null) return { response: await send(input, init), shared: false };
      const existing = pending.get(key);
      if (existing) return { response: new BufferedResponse(await existing, input), shared: true };
      const answer = send(input, init).then(answerOf);
      pending.set(key, answer);
      try {
        return { response: new BufferedResponse(await answer, input), shared: false };
      } finally {
        pending.delete(key);
      }
    },
  };
}
