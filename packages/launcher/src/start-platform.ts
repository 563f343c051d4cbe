import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPH_NAMES } from '@infitah/contract';
import { freePort, type ServiceName } from '@infitah/database';
import { createPlatform, REPOSITORY_ROOT } from './platform';
import { loadLocalSecrets } from './secrets';

export interface StartPlatformOptions {
  /** Names its data folder, `.data/<name>-<pid>`, made afresh and removed by stop(). */
  name: string;
  /** Added to the environment of every process of the platform. */
  env?: NodeJS.ProcessEnv;
  /** Every line the platform's processes print; by default they are kept for output() only. */
  log?: (line: string) => void;
}

export interface StartedPlatform {
  gatewayUrl: string;
  ports: Record<ServiceName | 'gateway' | 'postgres', number>;
  /** Superuser connection to the platform's database (the embedded PostgreSQL), for checks behind the API. */
  databaseUrl: string;
  dataDir: string;
  /** The mail catcher's web page and REST API (`GET /email`), where the platform's e-mail goes. */
  mailCatcherUrl: string;
  /** What the gateway proves itself to the subgraphs with (GATEWAY_SECRET). */
  gatewaySecret: string;
  /** The last lines the platform printed. */
  output(): string;
  /** Stops every process and the embedded PostgreSQL, then removes the data folder. */
  stop(): Promise<void>;
}

/**
 * What `npm start` runs, on free ports and a fresh embedded PostgreSQL of its own, started from this process and
 * ready (demo data loaded) when the promise resolves: every service is its own OS process, a child of this one.
 * The tools (fuzzer, soak, their tests) drive it.
 */
export async function startPlatform(options: StartPlatformOptions): Promise<StartedPlatform> {
  const ports = { gateway: await freePort() } as StartedPlatform['ports'];
  for (const subgraph of SUBGRAPH_NAMES) ports[subgraph] = await freePort();
  ports.postgres = await freePort();
  const mailCatcher = { smtpPort: await freePort(), webPort: await freePort() };
  const dataDir = join(REPOSITORY_ROOT, '.data', `${options.name}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  let output = '';
  const platform = createPlatform({
    databaseName: process.env.INFITAH_DATABASE ?? 'infitah',
    dataDir,
    embeddedPostgresPort: ports.postgres,
    host: '127.0.0.1',
    ports,
    // the gateway's metrics on any free port: never in the way of a running `npm start`
    metricsPort: 0,
    mailCatcher,
    nodeEnv: 'development',
    env: { DATABASE_URL: '', ...options.env },
    log: (line) => {
      output += `${line}\n`;
      // keep the tail only: a long run logs a lot
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      options.log?.(line);
    },
  });
  const stop = async () => {
    await platform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await platform.start();
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the platform did not start: ${error instanceof Error ? error.message : String(error)}\n${output.slice(-4_000)}`, { cause: error });
  }
  const { superuserPassword } = JSON.parse(readFileSync(join(dataDir, 'postgres-secrets.json'), 'utf8')) as { superuserPassword: string };
  return {
    gatewayUrl: platform.gatewayUrl,
    ports,
    databaseUrl: `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${ports.postgres}/${process.env.INFITAH_DATABASE ?? 'infitah'}`,
    dataDir,
    mailCatcherUrl: `http://127.0.0.1:${mailCatcher.webPort}`,
    gatewaySecret: process.env.GATEWAY_SECRET || loadLocalSecrets(dataDir).gatewaySecret,
    output: () => output,
    stop,
  };
}
