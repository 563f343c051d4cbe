import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';

/**
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/), as its audit suite (`graphql-http`) checks it.
 *
 * A request error — the document does not parse, does not validate (our limits included), names no operation of
 * the document, or its variables do not coerce — is the client's mistake and never a 5xx:
 * - a client that asks for `application/graphql-response+json` gets 400;
 * - a legacy client that asks for `application/json` by name (and prefers it) gets 200, as the specification says
 *   for that media type;
 * - a client that states no preference (no Accept, or a wildcard) gets an `application/json` body with 400:
 *   after the specification's watershed (2025-01-01) such a request may be treated as asking for
 *   `application/graphql-response+json`, and a status that says "your request was wrong" is what monitors and
 *   caches read.
 */
export const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** The media type ranges of an Accept header with their quality, e.g. `[{ type: 'application/json', q: 1 }]`. */
function acceptRanges(accept: string): Array<{ type: string; q: number }> {
  return accept.split(',').map((part) => {
    const [type, ...parameters] = part.split(';').map((piece) => piece.trim());
    const quality = parameters.find((parameter) => /^q=/i.test(parameter));
    const q = quality ? Number(quality.slice(2)) : 1;
    return { type: type.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
  });
}

/** Whether the client asked for the legacy `application/json` by name, and prefers it to `application/graphql-response+json`. */
export function prefersLegacyJson(accept: string | null | undefined): boolean {
  if (!accept) return false;
  const ranges = acceptRanges(accept);
  const quality = (type: string) => Math.max(0, ...ranges.filter((range) => range.type === type).map((range) => range.q));
  const json = quality('application/json');
  return json > 0 && json >= quality('application/graphql-response+json');
}

/**
 * The operation `operationName` picks in `document`, or the request error the GraphQL specification's
 * GetOperation raises (an unknown name, or several operations and no name).
 */
export function operationResolutionError(definitions: ReadonlyArray<{ kind: string }>, operationName: string | null | undefined): GraphQLError | null {
  const operations = definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const shown = (name: string) => (name.length > 100 ? `${name.slice(0, 100)}…` : name);
  let message: string | null = null;
  if (operationName !== null && operationName !== undefined) {
    if (!operations.some((operation) => operation.name?.value === operationName)) message = `Unknown operation named "${shown(operationName)}".`;
  } else if (operations.length > 1) {
    message = 'Must provide operation name if query contains multiple operations.';
  } else if (operations.length === 0) {
    message = 'Must provide an operation.';
  }
  return message ? new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } }) : null;
}

/**
 * The status of a request error for the media type the client asked for (see above); and an `operationName` that
 * matches no operation answered as a request error (`BAD_REQUEST`), before any executor sees it.
 */
export function graphqlOverHttpPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const error = operationResolutionError(document.definitions, request.operationName);
          if (error) throw error;
        },
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if ('data' in result && result.data !== undefined) return;
          const codes = (result.errors ?? []).map((error) => error.extensions?.code);
          if (!codes.length || !codes.every((code) => typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) return;
          const status = response.http.status;
          // a client-coded error thrown without a status (500 by default) is still the client's mistake
          if (status !== undefined && ![200, 400, 500].includes(status)) return;
          response.http.status = prefersLegacyJson(request.http?.headers.get('accept')) ? 200 : 400;
        },
      };
    },
  };
}

/**
 * A POST to `/graphql` must carry `Content-Type: application/json` (the one request media type served): any other,
 * or none, is 415 before the body is read. Such "simple" requests are also what a cross-site form could send, so
 * this refusal is part of the CSRF protection.
 */
export const requireJsonBody: RequestHandler = (request, response, next) => {
  if (request.method !== 'POST') {
    next();
    return;
  }
  const type = (request.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    next();
    return;
  }
  response.setHeader('accept-post', 'application/json');
  response.status(415).json({
    errors: [{ message: `Unsupported media type ${type ? `"${type.slice(0, 100)}"` : '(none)'}: send the request as application/json`, extensions: { code: 'BAD_REQUEST' } }],
  });
};
