import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import express from 'express';
import { GATEWAY_CREDENTIAL_HEADER } from './auth';
import { SUBGRAPH_NAMES, type GatewayConfig, type SubgraphName } from './config';

interface DatasetSummary {
  name: string;
  description: string;
  columns: Array<{ name: string; description: string }>;
  rowCount: number;
  lastUpdated: string | null;
  formats: string[];
}

const baseUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '');

/**
 * `/open-data/`: each dataset is served by the subgraph that owns it, streaming from its database; the gateway
 * lists them all and passes downloads through as they come.
 */
export function openDataRouter(config: GatewayConfig): express.Router {
  const router = express.Router();
  const headers = { [GATEWAY_CREDENTIAL_HEADER]: config.gatewaySecret };
  /** Which subgraph serves which dataset, learnt from their listings. */
  let owners = new Map<string, SubgraphName>();

  async function listings(): Promise<{ datasets: Array<DatasetSummary & { service: SubgraphName }>; unavailable: SubgraphName[] }> {
    const answers = await Promise.all(
      SUBGRAPH_NAMES.map(async (service) => {
        try {
          const response = await fetch(`${baseUrl(config.subgraphUrls[service])}/open-data/`, { headers, signal: AbortSignal.timeout(config.subgraphTimeoutMs) });
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
    const timer = setTimeout(() => abort.abort(), config.subgraphTimeoutMs);
    response.on('close', () => abort.abort());
    try {
      upstream = await fetch(`${baseUrl(config.subgraphUrls[owner])}/open-data/${request.params.file}`, { headers, signal: abort.signal });
    } catch {
      response.status(503).json({ errors: [{ message: `The ${owner} service is unavailable`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
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
