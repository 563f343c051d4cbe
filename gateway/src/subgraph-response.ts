/** A subgraph's answer read whole: status, headers (names in lower case) and body bytes. */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body: Buffer | null;
}

/** Read-only headers over an answer's list (what `RemoteGraphQLDataSource` reads: `get`). */
class AnswerHeaders implements Iterable<[string, string]> {
  constructor(private readonly list: ReadonlyArray<readonly [string, string]>) {}

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    for (const [key, value] of this.list) if (key === wanted) return value;
    return null;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  append(): void {
    throw new TypeError('the headers of a subgraph answer are read-only');
  }

  delete(): void {
    throw new TypeError('the headers of a subgraph answer are read-only');
  }

  set(): void {
    throw new TypeError('the headers of a subgraph answer are read-only');
  }

  *entries(): IterableIterator<[string, string]> {
    for (const [key, value] of this.list) yield [key, value];
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.list) yield key;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.list) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/**
 * A fetch-like response over an answer already read whole: what the gateway's data sources read of a subgraph's
 * answer (`ok`, `status`, `headers.get`, `json()`, `text()`), without building a WHATWG `Response`, its `Headers`
 * and its body stream for bytes that are already in memory (in a profile of the commune dashboard, undici's
 * `Response` and the reading of its body back were ≈ 10 % of the gateway's CPU). Several callers sharing one fetch
 * (in-flight deduplication) each get their own view of the same bytes.
 */
export class BufferedResponse {
  readonly headers: AnswerHeaders;
  readonly redirected = false;
  readonly type = 'basic';
  private used = false;

  constructor(
    readonly answer: SubgraphAnswer,
    readonly url = '',
  ) {
    this.headers = new AnswerHeaders(answer.headers);
  }

  get status(): number {
    return this.answer.status;
  }

  get statusText(): string {
    return this.answer.statusText;
  }

  get ok(): boolean {
    return this.answer.status >= 200 && this.answer.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  private consume(): Buffer {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.answer.body ?? Buffer.alloc(0);
  }

  async text(): Promise<string> {
    return this.consume().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.consume().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.consume();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }

  clone(): BufferedResponse {
    if (this.used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.answer, this.url);
  }
}

/** What a subgraph fetch answers: a `BufferedResponse` from the gateway's own client, or a fetch `Response`. */
export type SubgraphResponse = BufferedResponse | Response;

/** The answer of any response, read whole (at once for a `BufferedResponse`). */
export async function answerOf(response: SubgraphResponse): Promise<SubgraphAnswer> {
  if (response instanceof BufferedResponse) return response.answer;
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, statusText: response.statusText, headers: [...response.headers.entries()], body };
}
