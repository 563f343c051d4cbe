import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { FetchInit } from './deduplicate';

/** Statuses whose response has no body (a `Response` refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * The gateway's subgraph fetches over node:http with keep-alive agents, answered as a fetch `Response` (what
 * `RemoteGraphQLDataSource` reads). Node's global `fetch` (undici) streams every request body as an iterable, written
 * in pieces: under load that was 15 % of the gateway's CPU (profiled on the commune dashboard). Here headers and the
 * whole body leave in one write. A fetch that has not answered within `timeoutMs` is aborted.
 */
export function subgraphFetch(timeoutMs: number, options: { maxSockets?: number } = {}) {
  // idle sockets are closed before the subgraphs' own keep-alive timeout (Node's 5 s) can close them under a request
  const agentOptions = { keepAlive: true, timeout: 4_000, maxSockets: options.maxSockets ?? 256 };
  const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };
  const send = (input: string, init: FetchInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      const url = new URL(input);
      const secure = url.protocol === 'https:';
      const body = init.body ?? '';
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      };
      const request = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: init.method ?? 'GET',
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: secure ? agents.https : agents.http,
        },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            const status = response.statusCode ?? 502;
            resolve(new Response(NO_BODY.has(status) ? null : Buffer.concat(chunks), { status, statusText: response.statusMessage ?? '', headers }));
          });
        },
      );
      const timer = setTimeout(() => request.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)), timeoutMs);
      request.on('error', fail);
      request.end(body);
    });
  return Object.assign(send, {
    /** Closes the idle keep-alive sockets (when the gateway stops). */
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  });
}
