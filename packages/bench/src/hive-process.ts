import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';

/**
 * Hive Gateway (`@graphql-hive/gateway`, a development dependency of the gateway workspace) serving the committed
 * supergraph with our forwarding (`gateway/src/hive.ts`), in a process of its own like our gateway: one worker,
 * in-flight deduplication on (Hive's default) or off (HIVE_DEDUPLICATE=false).
 */
const GATEWAY_DIR = resolve(__dirname, '..', '..', '..', 'gateway');
export const HIVE_MODULE = join(GATEWAY_DIR, 'dist', 'hive.js');

/** Null when Hive Gateway can run here, else why not. */
export function hiveUnavailable(): string | null {
  try {
    require.resolve('@graphql-hive/gateway', { paths: [GATEWAY_DIR] });
  } catch {
    return '@graphql-hive/gateway is not installed';
  }
  if (!existsSync(HIVE_MODULE)) return `${HIVE_MODULE} is missing (build the gateway workspace)`;
  return null;
}

async function main(): Promise<void> {
  // loaded at run time: the bench runs without Hive Gateway when it is not installed
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHiveGateway } = require(HIVE_MODULE) as {
    createHiveGateway(options: { supergraphPath: string; subgraphUrls: Record<string, string>; gatewaySecret: string; deduplicate?: boolean }): any;
  };
  const hive = createHiveGateway({
    supergraphPath: join(GATEWAY_DIR, 'supergraph.graphql'),
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
  // never outlive the bench that started it
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 1_000).unref();
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
