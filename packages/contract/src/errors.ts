/** The stable `extensions.code` values of the public contract, raised by the subgraphs or the gateway. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** Too many tries: `extensions.retryAfterSeconds` says when to try again (the gateway's own limit uses it too). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A subgraph that does not answer in time, or whose circuit breaker is open (`extensions.subgraph` names it). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** A request the server could not read (not JSON, too large, unknown charset…). */
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The codes whose errors reach the client as they are (message and extensions, no stack): the contract's own and
 * Apollo Server's refusals of a malformed request. Anything else is masked as INTERNAL_SERVER_ERROR, its detail
 * kept in the log under an id the client can quote.
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.RATE_LIMITED,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.BAD_REQUEST,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function isPublicErrorCode(code: unknown): code is string {
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code);
}

/**
 * A read-only API key's refusal of a mutation: FORBIDDEN, with this `extensions.reason`, from the gateway (before any
 * subgraph is asked) and from each subgraph again.
 */
export const API_KEY_READ_ONLY = 'API_KEY_READ_ONLY';
export const API_KEY_READ_ONLY_MESSAGE = 'This API key is read-only: it cannot run a mutation';
