import type { TypedDocumentString } from './generated/operations';

export interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/**
 * One typed operation through the gateway. The portal reads the graph as an anonymous caller: it can only ever show
 * what is published. A network failure or a response that is not GraphQL rejects.
 */
export async function graphql<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => null)) as GraphQLResult<T> | null;
  if (!body || (!body.data && !body.errors?.length)) throw new Error(`HTTP ${response.status}`);
  return body;
}
