import { join, resolve } from 'node:path';
import { SUBGRAPH_NAMES, SUBGRAPHS, subgraphPortEnv } from '@infitah/contract';
import {
  ensureRoles,
  prepareDatabase,
  SERVICES,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type ServiceName,
} from '@infitah/database';
import { ManagedProcess, runToCompletion, waitUntilReady } from './processes';
import { loadLocalSecrets } from './secrets';

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');

export interface PlatformOptions {
  /** Server to use instead of the embedded one: a superuser (or CREATEROLE + BYPASSRLS) connection. */
  databaseUrl?: string;
  databaseName: string;
  dataDir: string;
  embeddedPostgresPort: number;
  host: string;
  ports: Record<ServiceName | 'gateway', number>;
  /** The gateway's Prometheus /metrics (on loopback, never the public port); unset: any free port. */
  metricsPort?: number;
  nodeEnv: string;
  /**
   * Development: the mail catcher (maildev) the platform's e-mail goes to, its SMTP and web ports; null when
   * SMTP_URL names a real mail server (and always in production).
   */
  mailCatcher?: { smtpPort: number; webPort: number } | null;
  /** Added to every process's environment (e.g. NODE_OPTIONS, the gateway's rate limits). */
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export function platformOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformOptions {
  const port = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, got ${env[name]}`);
    return value;
  };
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseName: env.INFITAH_DATABASE ?? 'infitah',
    dataDir: resolve(env.INFITAH_DATA_DIR ?? join(REPOSITORY_ROOT, '.data')),
    // away from a system PostgreSQL's 5432
    embeddedPostgresPort: port('EMBEDDED_POSTGRES_PORT', 54329),
    host: env.HOST ?? '127.0.0.1',
    ports: {
      gateway: port('GATEWAY_PORT', 4000),
      ...(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, port(SUBGRAPHS[name].portVariable, SUBGRAPHS[name].defaultPort)])) as Record<ServiceName, number>),
    },
    metricsPort: port('METRICS_PORT', 9464),
    mailCatcher:
      env.SMTP_URL || env.NODE_ENV === 'production' ? null : { smtpPort: port('MAILDEV_SMTP_PORT', 1025), webPort: port('MAILDEV_WEB_PORT', 1080) },
    nodeEnv: env.NODE_ENV ?? 'development',
    log: (line) => console.log(line),
  };
}

export interface Platform {
  gatewayUrl: string;
  /** Resolves once the gateway is ready; on failure everything started so far is stopped. */
  start(): Promise<void>;
  /** Stops every process, the embedded PostgreSQL last; safe at any moment, even during start. */
  stop(): Promise<void>;
}

const serviceScript = (service: ServiceName, file: string) => join(REPOSITORY_ROOT, 'services', service, 'dist', file);

/**
 * Brings the platform up: the database (embedded unless a URL is given), migrations and demo data for
 * each subgraph, the three subgraph processes, then the gateway once they are ready.
 */
export function createPlatform(options: PlatformOptions): Platform {
  const processes: ManagedProcess[] = [];
  let postgres: EmbeddedPostgresHandle | null = null;
  let stopped = false;
  let starting: Promise<void> | null = null;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const child of processes) child.expectExit();
    // let a start in progress reach a step where every process it made is known
    await starting?.catch(() => undefined);
    // the gateway first, then the subgraphs together, then the database under them
    const gateway = processes.find((child) => child.name === 'gateway');
    await gateway?.stop();
    await Promise.all(processes.filter((child) => child !== gateway).map((child) => child.stop()));
    if (postgres) await postgres.stop();
  };
  const abortIfStopped = () => {
    if (stopped) throw new Error('stopped while starting');
  };

  const start = async () => {
    let adminUrl = options.databaseUrl;
    if (!adminUrl) {
      options.log(`[launcher] starting embedded PostgreSQL on port ${options.embeddedPostgresPort} (data in ${options.dataDir})`);
      postgres = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPostgresPort });
      adminUrl = postgres.url;
    }
    abortIfStopped();
    const secrets = loadLocalSecrets(options.dataDir);
    await ensureRoles(adminUrl, secrets.rolePasswords);
    const urls = await prepareDatabase(adminUrl, options.databaseName, secrets.rolePasswords);

    // configured secrets win over the generated local ones
    const sharedSecrets = {
      JWT_SECRET: process.env.JWT_SECRET || secrets.jwtSecret,
      GATEWAY_SECRET: process.env.GATEWAY_SECRET || secrets.gatewaySecret,
    };
    const mailEnv: NodeJS.ProcessEnv = options.mailCatcher ? { SMTP_URL: `smtp://127.0.0.1:${options.mailCatcher.smtpPort}` } : {};
    const serviceEnv = (service: ServiceName): NodeJS.ProcessEnv => ({
      PUBLIC_URL: `http://${options.host}:${options.ports.gateway}`,
      ...process.env,
      ...mailEnv,
      ...options.env,
      ...sharedSecrets,
      NODE_ENV: options.nodeEnv,
      HOST: options.host,
      PORT: String(options.ports[service]),
      DATABASE_URL: urls.appUrls[service],
    });
    abortIfStopped();
    options.log('[launcher] applying migrations and demo data');
    await Promise.all(
      SERVICES.map((service) =>
        runToCompletion({
          name: service,
          script: serviceScript(service, 'cli.js'),
          args: ['prepare'],
          env: { ...serviceEnv(service), DATABASE_OWNER_URL: urls.ownerUrl },
          log: options.log,
        }),
      ),
    );

    abortIfStopped();
    if (options.mailCatcher) {
      const { smtpPort, webPort } = options.mailCatcher;
      options.log(`[launcher] mail catcher (maildev): SMTP on 127.0.0.1:${smtpPort}, web page and REST API on http://127.0.0.1:${webPort}`);
      const catcher = new ManagedProcess({
        name: 'maildev',
        script: join(__dirname, 'mail-catcher.js'),
        args: ['--smtp', String(smtpPort), '--web', String(webPort), '--ip', '127.0.0.1', '--silent'],
        env: { ...process.env },
        log: options.log,
      });
      catcher.start();
      processes.push(catcher);
      await waitUntilReady(`http://127.0.0.1:${webPort}/email`, 30_000);
    }
    for (const service of SERVICES) {
      const child = new ManagedProcess({ name: service, script: serviceScript(service, 'index.js'), env: serviceEnv(service), log: options.log });
      child.start();
      processes.push(child);
    }
    await Promise.all(SERVICES.map((service) => waitUntilReady(`http://${options.host}:${options.ports[service]}/ready`, 60_000)));

    abortIfStopped();
    const gateway = new ManagedProcess({
      name: 'gateway',
      script: join(REPOSITORY_ROOT, 'gateway', 'dist', 'index.js'),
      env: {
        ...process.env,
        ...options.env,
        ...sharedSecrets,
        NODE_ENV: options.nodeEnv,
        HOST: options.host,
        GATEWAY_PORT: String(options.ports.gateway),
        METRICS_PORT: String(options.metricsPort ?? 0),
        ...subgraphPortEnv(options.ports),
      },
      log: options.log,
    });
    gateway.start();
    processes.push(gateway);
    await waitUntilReady(`http://${options.host}:${options.ports.gateway}/ready`, 60_000);
  };

  return {
    gatewayUrl: `http://${options.host}:${options.ports.gateway}`,
    async start() {
      starting = start();
      try {
        await starting;
      } catch (error) {
        await stop();
        throw error;
      }
    },
    stop,
  };
}
