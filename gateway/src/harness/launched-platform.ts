import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * The real `npm start` entry point (packages/launcher/dist/start.js) on ports of its own, with a fresh
 * embedded PostgreSQL under `.data/<name>-<pid>`: what the long fuzz run and the soak drive. Every
 * process is its own OS process, as in production, so each one's memory can be measured.
 */

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

export type ProcessName = 'gateway' | 'territory' | 'participation' | 'evaluation';
export const PROCESS_NAMES: ProcessName[] = ['gateway', 'territory', 'participation', 'evaluation'];

export interface LaunchedPlatform {
  gatewayUrl: string;
  ports: Record<ProcessName | 'postgres', number>;
  /** Superuser connection to the platform's database (embedded PostgreSQL), for checks behind the API. */
  databaseUrl: string;
  dataDir: string;
  /**
   * Every Node process under the launcher, found in /proc, by name: `territory`, …, `gateway` (the cluster's
   * primary) and `gateway#1`, `gateway#2`, … (its workers, which serve the requests).
   */
  processes(): Record<string, number>;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Parent pid and command line of every process, from /proc (Linux). */
function processTable(): Array<{ pid: number; ppid: number; command: string }> {
  const table: Array<{ pid: number; ppid: number; command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // the command name is in parentheses and may contain spaces: the fields after it are fixed
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      table.push({ pid: Number(entry), ppid, command });
    } catch {
      // the process ended while we read
    }
  }
  return table;
}

function descendantsOf(root: number): Array<{ pid: number; command: string }> {
  const table = processTable();
  const found: Array<{ pid: number; command: string }> = [];
  const parents = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of table) {
      if (parents.has(row.ppid) && !parents.has(row.pid)) {
        parents.add(row.pid);
        found.push(row);
        grew = true;
      }
    }
  }
  return found;
}

/** Resident memory of a process in MiB (VmRSS), or null once it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function startLaunchedPlatform(
  name: string,
  options: { env?: Record<string, string>; log?: (line: string) => void; startTimeoutMs?: number } = {},
): Promise<LaunchedPlatform> {
  const ports = {
    gateway: await freePort(),
    territory: await freePort(),
    participation: await freePort(),
    evaluation: await freePort(),
    postgres: await freePort(),
  };
  const launcherScript = join(REPOSITORY_ROOT, 'packages', 'launcher', 'dist', 'start.js');
  if (!existsSync(launcherScript)) throw new Error(`${launcherScript} is missing: run npm run build first`);
  const dataDir = join(REPOSITORY_ROOT, '.data', `${name}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  let output = '';
  const launcher: ChildProcess = spawn(process.execPath, [launcherScript], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      NODE_ENV: 'development',
      INFITAH_DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(ports.postgres),
      GATEWAY_PORT: String(ports.gateway),
      // the gateway's metrics on any free port: never in the way of a running `npm start`
      METRICS_PORT: '0',
      TERRITORY_PORT: String(ports.territory),
      PARTICIPATION_PORT: String(ports.participation),
      EVALUATION_PORT: String(ports.evaluation),
      // one client drives the whole load from one address: the per-token and per-address limits stay out of the way
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    // keep the tail only: a long run logs a lot
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
  };
  launcher.stdout!.on('data', collect);
  launcher.stderr!.on('data', collect);

  const stop = async () => {
    if (launcher.exitCode === null && launcher.signalCode === null) {
      const exited = new Promise((resolveExit) => launcher.once('exit', resolveExit));
      launcher.kill('SIGINT');
      const timer = setTimeout(() => launcher.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  while (!output.includes('Infitah is running')) {
    if (launcher.exitCode !== null) {
      await stop();
      throw new Error(`the launcher exited early:\n${output.slice(-4_000)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the platform did not start in time:\n${output.slice(-4_000)}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  options.log?.(`platform: started on ${ports.gateway} (data in ${dataDir})`);
  const { superuserPassword } = JSON.parse(readFileSync(join(dataDir, 'postgres-secrets.json'), 'utf8')) as { superuserPassword: string };

  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    ports,
    databaseUrl: `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${ports.postgres}/${process.env.INFITAH_DATABASE ?? 'infitah'}`,
    dataDir,
    processes() {
      const children = descendantsOf(launcher.pid!);
      const found: Record<string, number> = {};
      for (const name of PROCESS_NAMES) {
        const script = name === 'gateway' ? join('gateway', 'dist', 'index.js') : join('services', name, 'dist', 'index.js');
        const pids = children.filter((child) => child.command.includes(script)).map((child) => child.pid).sort((a, b) => a - b);
        pids.forEach((pid, index) => (found[index === 0 ? name : `${name}#${index}`] = pid));
      }
      return found;
    },
    output: () => output,
    stop,
  };
}

/** `--minutes 2 --seed 7` → { minutes: '2', seed: '7' }. */
export function parseArguments(argv: string[]): Record<string, string> {
  const parsed: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(argv[index]);
    if (!match) continue;
    if (match[2] !== undefined) parsed[match[1]] = match[2];
    else if (argv[index + 1] !== undefined && !argv[index + 1].startsWith('--')) parsed[match[1]] = argv[++index];
    else parsed[match[1]] = 'true';
  }
  return parsed;
}
