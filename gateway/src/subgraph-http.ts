import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { operationTypeOf, type FetchInit } from './deduplicate';
import { BufferedResponse } from './subgraph-response';

/** Statuses whose response has no body (a `Response` refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);

/** Time allowed for a subgraph's answer, by the type of operation sent (milliseconds). */
export interface SubgraphTimeouts {
  queryMs: number;
  /** Also for a body whose operation cannot be told. */
  mutationMs: number;
}

/** No answer within the operation's timeout. */
export class SubgraphTimeoutError extends Error {
  constructor(host: string, readonly timeoutMs: number) {
    super(`no answer from ${host} within ${timeoutMs} ms`);
  }
}

/** A keep-alive socket the server had closed when the request went out: the request never reached it whole. */
const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE']);

/**
 * The gateway's subgraph fetches over node:http with keep-alive agents, answered as a fetch-like `BufferedResponse`
 * (what `RemoteGraphQLDataSource` reads) over the bytes read. Node's global `fetch` (undici) streams every request body as an iterable, written
 * in pieces: under load that was 15 % of the gateway's CPU (profiled on the commune dashboard). Here headers and the
 * whole body leave in one write.
 *
 * A fetch that has not answered within its timeout is aborted: a query's is short, a mutation's longer (a write may
 * rightly take time, and giving up on it does not undo it). A query whose reused keep-alive socket turns out closed
 * before any answer (the known keep-alive race) is sent once more on a fresh one; a mutation is never sent twice.
 */
export function subgraphFetch(timeouts: number | SubgraphTimeouts, options: { maxSockets?: number } = {}) {
  const { queryMs, mutationMs } = typeof timeouts === 'number' ? { queryMs: timeouts, mutationMs: timeouts } : timeouts;
  // idle sockets are closed before the subgraphs' own keep-alive timeout (Node's 5 s) can close them under a request
  const agentOptions = { keepAlive: true, timeout: 4_000, maxSockets: options.maxSockets ?? 256 };
  const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };
  const attempt = (url: URL, init: FetchInit, timeoutMs: number): Promise<BufferedResponse> =>
    new Promise((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const body = init.body ?? '';
      let settled = false;
      let answered = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(Object.assign(error, { beforeAnswerOnReusedSocket: !answered && request.reusedSocket }));
      };
      const request = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: init.method ?? 'GET',
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: secure ? agents.https : agents.http,
        },
        (response: IncomingMessage) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            // node:http gives header names in lower case; a repeated header is one value, comma-separated, as fetch's
            const headers: Array<[string, string]> = [];
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : value]);
            }
            const status = response.statusCode ?? 502;
            const body = NO_BODY.has(status) ? null : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            resolve(new BufferedResponse({ status, statusText: response.statusMessage ?? '', headers, body }, url.href));
          });
        },
      );
      const timer = setTimeout(() => request.destroy(new SubgraphTimeoutError(url.host, timeoutMs)), timeoutMs);
      request.on('error', fail);
      request.end(body);
    });
  const send = async (input: string, init: FetchInit): Promise<BufferedResponse> => {
    const url = new URL(input);
    const isQuery = operationTypeOf(init.body) === 'query';
    const timeoutMs = isQuery ? queryMs : mutationMs;
    try {
      return await attempt(url, init, timeoutMs);
    } catch (error) {
      const { code, beforeAnswerOnReusedSocket } = error as NodeJS.ErrnoException & { beforeAnswerOnReusedSocket?: boolean };
      if (!isQuery || !beforeAnswerOnReusedSocket || !STALE_SOCKET.has(code ?? '')) throw error;
      return attempt(url, init, timeoutMs);
    }
  };
  return Object.assign(send, {
    /** Closes the idle keep-alive sockets (when the gateway stops). */
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
