import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, subgraphPortEnv, type SubgraphName } from '@infitah/contract';
import { freePort } from '@infitah/database';
import { REPOSITORY_ROOT } from '../../platform';

export interface PlatformProcess {
  launcher: ChildProcess;
  ports: Record<'gateway' | 'metrics' | SubgraphName | 'postgres' | 'mailSmtp' | 'mailWeb', number>;
  baseUrl: string;
  dataDir: string;
  output(): string;
  /** Stops it as Ctrl-C would (SIGKILL only if it hangs), then removes the data folder. */
  dispose(): Promise<void>;
}

/** Runs the real `npm start` entry point on ports of its own and a fresh data folder, until it is ready. */
export async function startPlatformProcess(name: string): Promise<PlatformProcess> {
  const ports = { gateway: await freePort(), metrics: await freePort(), postgres: await freePort(), mailSmtp: await freePort(), mailWeb: await freePort() } as PlatformProcess['ports'];
  for (const subgraph of SUBGRAPH_NAMES) ports[subgraph] = await freePort();
  const dataDir = join(REPOSITORY_ROOT, '.data', `${name}-${process.pid}`);
  let output = '';
  const launcher = spawn(process.execPath, [join(REPOSITORY_ROOT, 'packages/launcher/dist/start.js')], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      NODE_ENV: 'development',
      INFITAH_DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      GATEWAY_PORT: String(ports.gateway),
      METRICS_PORT: String(ports.metrics),
      // the mail catcher on ports of its own, never a running `npm start`'s 1025 and 1080
      MAILDEV_SMTP_PORT: String(ports.mailSmtp),
      MAILDEV_WEB_PORT: String(ports.mailWeb),
      SMTP_URL: '',
      ...subgraphPortEnv(ports),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcher.stdout!.on('data', (chunk) => (output += chunk));
  launcher.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Infitah is running')) {
    if (launcher.exitCode !== null) throw new Error(`the launcher exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the platform did not start in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    launcher,
    ports,
    baseUrl: `http://127.0.0.1:${ports.gateway}`,
    dataDir,
    output: () => output,
    async dispose() {
      if (launcher.exitCode === null && launcher.signalCode === null) {
        const exited = new Promise((resolve) => launcher.once('exit', resolve));
        launcher.kill('SIGINT');
        const timer = setTimeout(() => launcher.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
