import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@infitah/contract';
import { startPlatform, type StartedPlatform } from '@infitah/launcher';
import { descendants, memoryOf } from '../machine';

/**
 * The platform as `npm start` runs it (the launcher's startPlatform()), on ports of its own, with a fresh
 * embedded PostgreSQL under `.data/<name>-<pid>`: what the long fuzz run, the soak and the tools' tests drive.
 * Every service is its own OS process, a child of this one, as in production, so each one's memory can be measured.
 */

export { REPOSITORY_ROOT } from '@infitah/launcher';

export type ProcessName = 'gateway' | SubgraphName;
export const PROCESS_NAMES: ProcessName[] = ['gateway', ...SUBGRAPH_NAMES];

export interface LaunchedPlatform extends StartedPlatform {
  /**
   * Every Node process of the platform, found in /proc, by name: `territory`, …, `gateway` (the cluster's
   * primary) and `gateway#1`, `gateway#2`, … (its workers, which serve the requests).
   */
  processes(): Record<string, number>;
}

/** Resident memory of a process in MiB (VmRSS), or null once it is gone. */
export function rssMb(pid: number): number | null {
  return memoryOf(pid)?.currentMiB ?? null;
}

export async function startLaunchedPlatform(
  name: string,
  options: { env?: Record<string, string>; log?: (line: string) => void } = {},
): Promise<LaunchedPlatform> {
  const platform = await startPlatform({
    name,
    env: {
      // one client drives the whole load from one address: the per-token and per-address limits stay out of the way
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
      ...options.env,
    },
  });
  options.log?.(`platform: started on ${platform.ports.gateway} (data in ${platform.dataDir})`);
  return {
    ...platform,
    processes() {
      const children = descendants(process.pid);
      const found: Record<string, number> = {};
      for (const name of PROCESS_NAMES) {
        const script = name === 'gateway' ? join('gateway', 'dist', 'index.js') : join('services', name, 'dist', 'index.js');
        const pids = children.filter((child) => child.command.includes(script)).map((child) => child.pid).sort((a, b) => a - b);
        pids.forEach((pid, index) => (found[index === 0 ? name : `${name}#${index}`] = pid));
      }
      return found;
    },
  };
}

/**
 * The stop of a run's platform: at most once, whether the run ends or SIGINT/SIGTERM cuts it short (the process then
 * exits with 130/143 once the platform is down). `platform` gives the platform started so far, if any.
 */
export function stopOnSignals(platform: () => LaunchedPlatform | null): () => Promise<void> {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await platform()?.stop();
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stop().then(() => process.exit(143)));
  return stop;
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
