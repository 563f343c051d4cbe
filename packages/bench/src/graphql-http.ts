import type { SubgraphResponse } from './plan';

/** A GraphQL answer over HTTP as the bench reads it: the status, the JSON body when it is one, the text. */
export interface GraphqlAnswer {
  status: number;
  body: SubgraphResponse | null;
  text: string;
}

/** One GraphQL POST with Node's fetch, the way every client of the bench sends it (the direct way's subgraph requests included). */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: SubgraphResponse | null;
  try {
    body = JSON.parse(text) as SubgraphResponse;
  } catch {
    body = null;
  }
  return { status: response.status, body, text };
}
