import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import express from 'express';
import { GATEWAY_CREDENTIAL_HEADER, SUBGRAPH_NAMES, type SubgraphName } from '@infitah/contract';
import type { GatewayConfig } from './config';
import { CircuitOpenError, type ErrorVerdict, type SubgraphBreakers } from './breaker';
import { SubgraphTimeoutError } from './subgraph-http';

interface DatasetSummary {
  name: string;
  description: string;
  columns: Array<{ name: string; description: string }>;
  rowCount: number;
  lastUpdated: string | null;
  formats: string[];
}

const baseUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '');

/** A fetch's error, for the breaker: our timeout, the client gone (no verdict on the subgraph), or a failure. */
const verdictOf = (client: AbortSignal | null) => (error: unknown): ErrorVerdict => {
  if (client?.aborted) return 'ignored';
  const name = (error as Error)?.name;
  return error instanceof SubgraphTimeoutError || name === 'TimeoutError' ? 'timed-out' : 'failed';
};

/**
 * `/open-data/`: each dataset is served by the subgraph that owns it, streaming from its database; the gateway
 * lists them all and passes downloads through as they come. Each subgraph's circuit breaker guards them: while open,
 * its datasets are answered 503 at once.
 */
export function openDataRouter(config: GatewayConfig, breakers?: SubgraphBreakers): express.Router {
  const router = express.Router();
  const guarded = (service: SubgraphName, work: () => Promise<Response>, client: AbortSignal | null = null) =>
    breakers ? breakers.call(service, work, verdictOf(client)) : work();
  const headers = { [GATEWAY_CREDENTIAL_HEADER]: config.gatewaySecret };
  /** Which subgraph serves which dataset, learnt from their listings. */
  let owners = new Map<string, SubgraphName>();

  async function listings(): Promise<{ datasets: Array<DatasetSummary & { service: SubgraphName }>; unavailable: SubgraphName[] }> {
    const answers = await Promise.all(
      SUBGRAPH_NAMES.map(async (service) => {
        try {
          const response = await guarded(service, () => fetch(`${baseUrl(config.subgraphUrls[service])}/open-data/`, { headers, signal: AbortSignal.timeout(config.subgraphTimeoutMs) }));
          if (!response.ok) return { service, datasets: null };
          return { service, datasets: ((await response.json()) as { datasets: DatasetSummary[] }).datasets };
        } catch {
          return { service, datasets: null };
        }
      }),
    );
    const datasets = answers.flatMap(({ service, datasets }) => (datasets ?? []).map((dataset) => ({ ...dataset, service })));
    owners = new Map(datasets.map((dataset) => [dataset.name, dataset.service]));
    return { datasets, unavailable: answers.filter((answer) => !answer.datasets).map((answer) => answer.service) };
  }

  router.get('/', async (request, response) => {
    const { datasets, unavailable } = await listings();
    const origin = `${request.protocol}://${request.get('host')}`;
    response.json({
      description: 'Published records of the network of open collectivities, UTF-8, without personal data. CSV files have a header row; lists inside a cell are separated by ";".',
      datasets: datasets.map(({ service: _service, ...dataset }) => ({
        ...dataset,
        downloads: Object.fromEntries(dataset.formats.map((format) => [format, `${origin}/open-data/${dataset.name}.${format}`])),
      })),
      ...(unavailable.length ? { unavailable } : {}),
    });
  });

  router.get('/:file', async (request, response) => {
    const name = /^([a-z][a-z-]*)\.(csv|json)$/.exec(request.params.file)?.[1];
    if (name && !owners.has(name)) await listings();
    const owner = name ? owners.get(name) : undefined;
    if (!owner) {
      response.status(404).json({ errors: [{ message: `No open dataset named ${request.params.file}; see /open-data/`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    let upstream: Response;
    // the timeout covers the answer's start; a national export then streams for as long as it takes
    const abort = new AbortController();
    const client = new AbortController();
    const timer = setTimeout(() => abort.abort(new SubgraphTimeoutError(owner, config.subgraphTimeoutMs)), config.subgraphTimeoutMs);
    response.on('close', () => {
      client.abort();
      abort.abort();
    });
    try {
      upstream = await guarded(owner, () => fetch(`${baseUrl(config.subgraphUrls[owner])}/open-data/${request.params.file}`, { headers, signal: abort.signal }), client.signal);
    } catch (error) {
      const open = error instanceof CircuitOpenError;
      if (response.headersSent || response.destroyed) return;
      response.status(503).json({ errors: [{ message: `The ${owner} service is unavailable${open ? ': try again shortly' : ''}`, extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: owner } }] });
      return;
    } finally {
      clearTimeout(timer);
    }
    response.status(upstream.status);
    for (const header of ['content-type', 'content-disposition', 'cache-control']) {
      const value = upstream.headers.get(header);
      if (value) response.setHeader(header, value);
    }
    if (!upstream.body) {
      response.end();
      return;
    }
    const body = Readable.fromWeb(upstream.body as WebReadableStream);
    body.on('error', () => response.destroy());
    body.pipe(response);
  });
  return router;
}
