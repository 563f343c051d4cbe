import cluster from 'node:cluster';
import { once } from 'node:events';
import { exitWithSupervisor } from '@infitah/contract';
import { AggregatorRegistry, Gauge } from 'prom-client';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { listenForMetrics } from './metrics-server';
import { createGateway } from './server';
import { BreakerProber, coordinateBreakers, READY_TIMEOUT_MS, readyCheck, shareBreakerStates } from './breaker';

export { createGateway } from './server';
export { loadGatewayConfig } from './config';

/** Sent by the primary to every worker once all of them listen (again when a replacement does). */
interface ClusterListening {
  type: 'infitah:cluster-listening';
}

/** Whether every worker of the cluster listens: told by the primary. */
let clusterListening = false;

/** One worker: the HTTP server, stopped gracefully on SIGINT/SIGTERM or when its primary is gone. */
async function serve(config: GatewayConfig): Promise<void> {
  // the primary checks open breakers in the background; the workers follow what it finds
  const gateway = await createGateway(config, { clusterListening: () => clusterListening, breakerChecks: 'primary' });
  // each serving process counts itself: summed by the primary, /metrics shows every worker that answers
  new Gauge({
    name: 'infitah_gateway_worker',
    help: 'Gateway processes serving requests (one per GATEWAY_WORKERS), by process id',
    labelNames: ['pid'],
    registers: [gateway.metrics.registry],
  }).set({ pid: String(process.pid) }, 1);
  // constructing one installs prom-client's answer to the primary's requests for this worker's metrics (the primary
  // serves the metrics port, every worker's summed)
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([gateway.metrics.registry]);
  // a subgraph found hung by one worker is refused at once by all, until the primary finds it answering again
  shareBreakerStates(gateway.breakers);
  const server = gateway.app.listen(config.port, config.host);
  await once(server, 'listening');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // in-flight requests finish (5 s at most); new connections are refused
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // never outlive the primary
  process.on('disconnect', () => void stop());
}

if (cluster.isWorker) {
  process.on('message', (message: ClusterListening) => {
    if (message?.type === 'infitah:cluster-listening') clusterListening = true;
  });
}

/**
 * The primary: `GATEWAY_WORKERS` workers (one by default), sharing the port; a worker that dies is replaced unless
 * shutdown has begun, and one that dies before it ever listened stops the gateway with exit code 1 (it would fail
 * again: a port taken, a configuration or supergraph it cannot read); SIGINT/SIGTERM stop the workers, which drain
 * their requests, then the primary.
 */
function supervise(config: GatewayConfig): void {
  const aggregator = new AggregatorRegistry();
  let stopping = false;
  // each worker's heap is capped (GATEWAY_WORKER_HEAP_MIB): V8 collects before its process outgrows its share of memory
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${config.workerHeapMiB}`] });
  const fork = () => cluster.fork();
  // the breakers' background checks are the primary's: one per open breaker and cool-off, whatever the number of workers
  const prober = new BreakerProber(config.subgraphBreaker.coolOffMs, readyCheck(config.subgraphUrls, READY_TIMEOUT_MS));
  prober.onClosed((subgraph) => console.log(JSON.stringify({ level: 'info', service: 'gateway', subgraph, message: `circuit breaker of ${subgraph}: closed in every worker` })));
  coordinateBreakers(cluster, prober);
  for (let index = 0; index < config.workers; index += 1) fork();
  // the metrics port is the primary's: one scrape sums every worker (prom-client's cluster aggregation)
  void listenForMetrics({ contentType: aggregator.contentType, metrics: () => aggregator.clusterMetrics() }, config.metrics.host, config.metrics.port);
  // the gateway is ready once every worker listens: until then a worker's /ready answers 503
  const listening = new Set<number>();
  let announced = false;
  /** Set when a worker died before it listened: the gateway then exits 1. */
  let failed = false;
  cluster.on('listening', (worker) => {
    listening.add(worker.id);
    if (listening.size < config.workers) return;
    for (const each of Object.values(cluster.workers ?? {})) each?.send({ type: 'infitah:cluster-listening' } satisfies ClusterListening);
    if (!announced) {
      announced = true;
      console.log(JSON.stringify({ level: 'info', service: 'gateway', workers: config.workers, message: `listening on http://${config.host}:${config.port}/graphql` }));
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (!listening.delete(worker.id)) {
      // it never listened: another would fail the same way, so the gateway stops and says so (a supervisor restarts it)
      console.error(JSON.stringify({ level: 'fatal', service: 'gateway', message: `worker ${worker.process.pid} exited (${signal ?? code}) before it listened: the gateway cannot start` }));
      stopping = true;
      failed = true;
      prober.stop();
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      setTimeout(() => process.exit(1), 3_000).unref();
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    console.error(JSON.stringify({ level: 'error', service: 'gateway', message: `worker ${worker.process.pid} exited (${signal ?? code}); starting another` }));
    setTimeout(fork, 500);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    prober.stop();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 8_000).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  exitWithSupervisor(stop);
}

function main(): void {
  const config = loadGatewayConfig();
  // a primary even for one worker: the worker's heap is capped (a lone process cannot cap its own once started) and a
  // worker that dies is replaced
  if (cluster.isPrimary) {
    supervise(config);
    return;
  }
  serve(config).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

if (require.main === module) main();
