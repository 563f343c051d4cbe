import type { TypedDocumentString } from './generated/graphql';

export * from './generated/graphql';
export { formatNetworkReport, networkReport } from './report';
export { verifyWebhook, WebhookVerificationError, type InfitahWebhookEvent } from './webhooks';

/** An error of the graph, with its stable `extensions.code` (and the offending field for BAD_USER_INPUT). */
export class InfitahError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly path?: ReadonlyArray<string | number>,
  ) {
    super(message);
    this.name = 'InfitahError';
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL address, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** A token from `login` or an API key's secret (`ifk_…`, from `createApiKey`), sent as a bearer token. */
  token?: string;
  /** Gives up after this many milliseconds (default 10,000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface ErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string };
}

/**
 * A typed client of the unified graph: each operation is a typed document generated from a `.graphql` file, so
 * its variables and its result are checked by the compiler.
 */
export class InfitahClient {
  private token: string | undefined;

  constructor(private readonly options: ClientOptions) {
    this.token = options.token;
  }

  /** Uses this token for the requests that follow. */
  authenticate(token: string | undefined): void {
    this.token = token;
  }

  /**
   * Runs one operation. Errors with data (a subgraph down, an item the caller may not see) come back in
   * `errors` next to the partial `data`; a request refused as a whole throws an {@link InfitahError}.
   */
  async execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<{ data: TResult | null; errors: InfitahError[] }> {
    const response = await (this.options.fetch ?? fetch)(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: ErrorBody[] };
    const errors = (body.errors ?? []).map((error) => new InfitahError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.field, error.path));
    if (body.data === undefined || body.data === null) {
      throw errors[0] ?? new InfitahError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
    }
    return { data: body.data, errors };
  }

  /** Runs one operation and throws on any error. */
  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult> {
    const { data, errors } = await this.execute(document, ...variables);
    if (errors.length) throw errors[0];
    return data as TResult;
  }
}

export { eventSyncSource, INITIAL_SYNC_STATE, syncRecords, type SyncedEvent, type SyncOptions, type SyncPage, type SyncSource, type SyncState, type SyncTarget } from './sync';
