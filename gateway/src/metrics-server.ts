import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** Where the Prometheus text comes from: one process's registry, or the cluster primary's sum of its workers'. */
export interface MetricsSource {
  contentType: string;
  metrics(): Promise<string>;
}

/**
 * `GET /metrics` alone, for the metrics port (METRICS_PORT, loopback unless METRICS_HOST says otherwise): operation
 * names, error counts and traffic are for the scraper, never for the public port.
 */
export function metricsApp(source: MetricsSource): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', async (_request, response) => {
    response.type(source.contentType);
    response.send(await source.metrics().catch((error: Error) => `# metrics unavailable: ${error.message}\n`));
  });
  app.use((_request, response) => {
    response.status(404).type('text/plain').send('Not found\n');
  });
  return app;
}

/**
 * Opens the metrics port. A port already taken does not stop the gateway serving the graph: it says so, at error
 * level, and serves without metrics.
 */
export async function listenForMetrics(source: MetricsSource, host: string, port: number): Promise<Server | null> {
  const server = metricsApp(source).listen(port, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', service: 'gateway', message: `metrics not served: ${host}:${port} is unavailable (${(error as Error).message})` }));
    return null;
  }
  const address = server.address() as AddressInfo;
  console.log(JSON.stringify({ level: 'info', service: 'gateway', message: `metrics on http://${host}:${address.port}/metrics` }));
  return server;
}
