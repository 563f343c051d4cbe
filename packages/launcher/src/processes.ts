import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { SUPERVISED_VARIABLE } from '@infitah/contract';

export interface ProcessSpec {
  name: string;
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

function spawnLogged(spec: ProcessSpec, onLine: (line: string) => void = () => undefined): ChildProcess {
  const child = spawn(process.execPath, [spec.script, ...(spec.args ?? [])], {
    env: { ...spec.env, [SUPERVISED_VARIABLE]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      onLine(line);
      spec.log(`[${spec.name}] ${line}`);
    });
  }
  return child;
}

/** Runs a Node script to completion; rejects with its last output lines when it fails. */
export function runToCompletion(spec: ProcessSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const child = spawnLogged(spec, (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${spec.name} ${spec.args?.join(' ') ?? ''} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`));
    });
  });
}

/** A long-running service process. It is restarted when it crashes, but never once stopping has begun. */
export class ManagedProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts = 0;

  constructor(private readonly spec: ProcessSpec) {}

  get name(): string {
    return this.spec.name;
  }

  start(): void {
    const child = spawnLogged(this.spec);
    this.child = child;
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      if (this.stopping) return;
      this.restarts += 1;
      const delay = Math.min(10_000, 500 * 2 ** Math.min(this.restarts, 5));
      // Decided after the delay: a terminal's Ctrl-C may reach a child a moment before the launcher.
      setTimeout(() => {
        if (this.stopping) return;
        this.spec.log(`[launcher] ${this.spec.name} exited (${signal ?? `code ${code}`}); restarting it`);
        this.start();
      }, delay).unref();
    });
  }

  /** From now on an exit is expected (a terminal's Ctrl-C reaches every process at once): no restart. */
  expectExit(): void {
    this.stopping = true;
  }

  /** SIGTERM, then SIGKILL if it has not exited in time. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

/** Polls `url` until it answers 200, or fails after `timeoutMs`. */
export async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready after ${timeoutMs} ms (${last})`);
}
