import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { exitWithParent } from '@infitah/contract';

/**
 * Hive Gateway (`@graphql-hive/gateway`, a dependency of the tools workspace) serving the committed supergraph with
 * our forwarding (`packages/tools/src/hive.ts`), with as many workers as our gateway (node cluster, HIVE_WORKERS, else
 * GATEWAY_WORKERS, else one: ours by default, and Hive's own CLI default, `--fork` 1), in-flight deduplication on (Hive's default) or off (HIVE_DEDUPLICATE=false).
 */
const TOOLS_DIR = dirname(require.resolve('@infitah/tools/package.json'));
export const HIVE_MODULE = join(TOOLS_DIR, 'dist', 'hive.js');
const SUPERGRAPH_PATH = require.resolve('@infitah/gateway/supergraph.graphql');

/** Null when Hive Gateway can run here, else why not. */
export function hiveUnavailable(): string | null {
  try {
    require.resolve('@graphql-hive/gateway', { paths: [TOOLS_DIR] });
  } catch {
    return '@graphql-hive/gateway is not installed';
  }
  if (!existsSync(HIVE_MODULE)) return `${HIVE_MODULE} is missing (build the tools workspace)`;
  return null;
}

/** The primary forks the workers and stops with them; each worker serves the port (the cluster shares it). */
function supervise(workers: number): void {
  for (let index = 0; index < workers; index += 1) cluster.fork();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  cluster.on('exit', () => {
    if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  exitWithParent(stop);
}

async function main(): Promise<void> {
  const workers = Number(process.env.HIVE_WORKERS ?? process.env.GATEWAY_WORKERS ?? 1);
  if (cluster.isPrimary && workers > 1) {
    supervise(workers);
    return;
  }
  // loaded at run time: the bench runs without Hive Gateway when it is not installed
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHiveGateway } = require(HIVE_MODULE) as {
    createHiveGateway(options: { supergraphPath: string; subgraphUrls: Record<string, string>; gatewaySecret: string; deduplicate?: boolean }): any;
  };
  const hive = createHiveGateway({
    supergraphPath: SUPERGRAPH_PATH,
    subgraphUrls: JSON.parse(process.env.HIVE_SUBGRAPH_URLS ?? '{}'),
    gatewaySecret: process.env.GATEWAY_SECRET ?? '',
    deduplicate: process.env.HIVE_DEDUPLICATE !== 'false',
  });
  const server = createServer(hive);
  server.listen(Number(process.env.HIVE_PORT), process.env.HOST ?? '127.0.0.1');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close();
    await hive.dispose?.();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // never outlive the bench (or the primary) that started it
  if (cluster.isWorker) {
    process.on('disconnect', () => void stop());
  } else {
    exitWithParent(stop);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
