import { setMaxListeners } from 'node:events';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import express from 'express';
import { ZipFile } from 'yazl';
import { GATEWAY_CREDENTIAL_HEADER, SUBGRAPH_NAMES, type SubgraphName } from '@infitah/contract';
import type { GatewayConfig } from './config';
import { CircuitOpenError, type ErrorVerdict, type SubgraphBreakers } from './breaker';
import { SubgraphTimeoutError } from './subgraph-http';
import { addressesOf, ARCHIVE_NAME, ZIP_MEDIA_TYPE, catalog, csvMetadata, licenseText, OPEN_DATA_LICENSE, type ListedDataset } from './open-data-catalog';

type DatasetSummary = ListedDataset;

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

  const originOf = (request: express.Request) => `${request.protocol}://${request.get('host')}`;
  const notFound = (response: express.Response, file: string) =>
    response.status(404).json({ errors: [{ message: `No open dataset named ${file}; see /open-data/`, extensions: { code: 'NOT_FOUND' } }] });
  const unavailable = (response: express.Response, services: SubgraphName[]) =>
    response
      .status(503)
      .setHeader('retry-after', '30')
      .json({ errors: [{ message: `The ${services.join(', ')} service is unavailable: try again shortly`, extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: services[0] } }] });

  /**
   * A download from the subgraph that owns it. The timeout covers the answer's start; a national export then streams
   * for as long as it takes. `client` aborts when whoever asked is gone.
   */
  async function upstream(owner: SubgraphName, file: string, client: AbortSignal): Promise<Response> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new SubgraphTimeoutError(owner, config.subgraphTimeoutMs)), config.subgraphTimeoutMs);
    const stop = () => abort.abort();
    client.addEventListener('abort', stop, { once: true });
    try {
      return await guarded(owner, () => fetch(`${baseUrl(config.subgraphUrls[owner])}/open-data/${file}`, { headers, signal: abort.signal }), client);
    } finally {
      clearTimeout(timer);
    }
  }

  router.get('/', async (request, response) => {
    const { datasets, unavailable: down } = await listings();
    const addresses = addressesOf(originOf(request));
    response.json({
      description: 'Published records of the network of open collectivities, UTF-8, without personal data. CSV files have a header row; lists inside a cell are separated by ";".',
      license: { id: OPEN_DATA_LICENSE.id, url: OPEN_DATA_LICENSE.url, title: OPEN_DATA_LICENSE.title },
      catalog: addresses.catalog,
      archive: addresses.download(ARCHIVE_NAME, 'zip'),
      datasets: datasets.map(({ service: _service, ...dataset }) => ({
        ...dataset,
        license: OPEN_DATA_LICENSE.url,
        downloads: Object.fromEntries(dataset.formats.map((format) => [format, addresses.download(dataset.name, format)])),
        metadata: addresses.csvMetadata(dataset.name),
      })),
      ...(down.length ? { unavailable: down } : {}),
    });
  });

  // a harvester would drop the datasets of a subgraph that is down: it is told to come back instead
  router.get('/catalog.jsonld', async (request, response) => {
    const { datasets, unavailable: down } = await listings();
    if (down.length) {
      unavailable(response, down);
      return;
    }
    response.setHeader('cache-control', 'public, max-age=300');
    response.setHeader('link', `<${OPEN_DATA_LICENSE.url}>; rel="license"`);
    response.type('application/ld+json; charset=utf-8').send(JSON.stringify(catalog(addressesOf(originOf(request)), datasets), null, 2));
  });

  router.get(`/${ARCHIVE_NAME}.zip`, async (request, response) => {
    const { datasets, unavailable: down } = await listings();
    if (down.length) {
      unavailable(response, down);
      return;
    }
    const addresses = addressesOf(originOf(request));
    const client = new AbortController();
    // each file of the archive listens to it, one after another: more than the default ten listeners
    setMaxListeners(datasets.length * 2 + 10, client.signal);
    response.on('close', () => client.abort());
    const zip = new ZipFile();
    const mtime = new Date();
    zip.addBuffer(Buffer.from(licenseText(addresses)), 'LICENSE.txt', { mtime });
    zip.addBuffer(Buffer.from(JSON.stringify(catalog(addresses, datasets), null, 2)), 'catalog.jsonld', { mtime });
    for (const dataset of datasets) {
      zip.addBuffer(Buffer.from(JSON.stringify(csvMetadata(addresses, dataset), null, 2)), `${dataset.name}.csv-metadata.json`, { mtime });
      for (const format of dataset.formats) {
        // one dataset at a time: each opens its stream (and its subgraph's transaction) only when its turn comes
        zip.addReadStreamLazy(`${dataset.name}.${format}`, { mtime }, (callback) => {
          upstream(dataset.service, `${dataset.name}.${format}`, client.signal).then(
            (answer) => {
              if (!answer.ok || !answer.body) {
                callback(new Error(`${dataset.name}.${format}: HTTP ${answer.status}`), undefined as never);
                return;
              }
              callback(null, Readable.fromWeb(answer.body as WebReadableStream));
            },
            (error: unknown) => callback(error, undefined as never),
          );
        });
      }
    }
    zip.end();
    response.status(200);
    response.type(ZIP_MEDIA_TYPE);
    response.setHeader('content-disposition', 'attachment; filename="infitah-open-data.zip"');
    response.setHeader('cache-control', 'public, max-age=300');
    response.setHeader('link', `<${OPEN_DATA_LICENSE.url}>; rel="license", <${addresses.catalog}>; rel="describedby"; type="application/ld+json"`);
    // a dataset that fails mid-way cannot change a status already sent: the connection is cut, and the archive is
    // left without its central directory, which every unzip tool refuses
    zip.on('error', () => response.destroy());
    const output = zip.outputStream as Readable;
    output.on('error', () => response.destroy());
    output.pipe(response);
  });

  router.get('/:file', async (request, response) => {
    const file = request.params.file;
    const metadata = /^([a-z][a-z-]*)\.csv-metadata\.json$/.exec(file)?.[1];
    if (metadata) {
      const { datasets } = await listings();
      const dataset = datasets.find((candidate) => candidate.name === metadata);
      if (!dataset) {
        notFound(response, file);
        return;
      }
      response.setHeader('cache-control', 'public, max-age=300');
      response.setHeader('link', `<${OPEN_DATA_LICENSE.url}>; rel="license"`);
      response.type('application/csvm+json; charset=utf-8').send(JSON.stringify(csvMetadata(addressesOf(originOf(request)), dataset), null, 2));
      return;
    }
    const match = /^([a-z][a-z-]*)\.(csv|json)$/.exec(file);
    const name = match?.[1];
    if (name && !owners.has(name)) await listings();
    const owner = name ? owners.get(name) : undefined;
    if (!match || !owner) {
      notFound(response, file);
      return;
    }
    let answer: Response;
    const client = new AbortController();
    response.on('close', () => client.abort());
    try {
      answer = await upstream(owner, file, client.signal);
    } catch (error) {
      const open = error instanceof CircuitOpenError;
      if (response.headersSent || response.destroyed) return;
      response.status(503).json({ errors: [{ message: `The ${owner} service is unavailable${open ? ': try again shortly' : ''}`, extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: owner } }] });
      return;
    }
    response.status(answer.status);
    for (const header of ['content-type', 'content-disposition', 'cache-control']) {
      const value = answer.headers.get(header);
      if (value) response.setHeader(header, value);
    }
    if (answer.ok) {
      // the licence of every file, and where its description is: a comment line in a CSV would break its parsers
      const addresses = addressesOf(originOf(request));
      const described =
        match[2] === 'csv'
          ? `<${addresses.csvMetadata(match[1])}>; rel="describedby"; type="application/csvm+json"`
          : `<${addresses.catalog}>; rel="describedby"; type="application/ld+json"`;
      response.setHeader('link', `<${OPEN_DATA_LICENSE.url}>; rel="license", ${described}`);
    }
    if (!answer.body) {
      response.end();
      return;
    }
    const body = Readable.fromWeb(answer.body as WebReadableStream);
    body.on('error', () => response.destroy());
    body.pipe(response);
  });
  return router;
}
