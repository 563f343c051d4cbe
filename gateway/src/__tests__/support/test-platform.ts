import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Server } from 'node:http';
import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from '@infitah/contract';
import { freePort } from '@infitah/database';
import { DEMO_PASSWORD } from '@infitah/demo-data';
import { evaluation } from '@infitah/evaluation';
import { notifications } from '@infitah/notifications';
import { participation } from '@infitah/participation';
import { territory } from '@infitah/territory';
import { createTestDatabase, startTestSubgraph, testSecurity, type TestDatabase, type TestSubgraph } from '@infitah/test-kit';
import type { Logger } from '@infitah/observability';
import { loadGatewayConfig } from '../../config';
import { metricsApp } from '../../metrics-server';
import { createGateway, type Gateway } from '../../server';

export interface GraphQLResponse<TData = any> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

export interface TestPlatform {
  database: TestDatabase;
  subgraphs: Record<SubgraphName, TestSubgraph & { url: string }>;
  /** The subgraphs asked for in `subgraphProcesses`: their own process, which the gateway asks instead. */
  processes: Partial<Record<SubgraphName, ChildProcess>>;
  gatewayUrl: string;
  /** The gateway's metrics port (as METRICS_PORT would serve it), without /metrics. */
  metricsUrl: string;
  /** POST to the gateway's /graphql, with a bearer token when given. */
  graphql<TData = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<TData>>;
  /** Signs in through the gateway with a demo account. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

async function listen(app: { listen: (port: number, host: string) => Server }): Promise<{ server: Server; port: number }> {
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { server, port };
}

/** The three subgraphs on one fresh database, each behind real HTTP, and the gateway in front of them. */
export async function startTestPlatform(
  options: {
    sessionCacheMs?: number;
    gatewayEnv?: Record<string, string>;
    logger?: (service: string) => Logger;
    /** Subgraphs served to the gateway by their built server process (`node services/<name>/dist/index.js`), e.g. to freeze one. */
    subgraphProcesses?: SubgraphName[];
  } = {},
): Promise<TestPlatform> {
  const database = await createTestDatabase();
  // territory first: the others' seeds do not depend on it, but its accounts are needed to sign in
  const started: Array<[keyof TestPlatform['subgraphs'], TestSubgraph]> = [];
  for (const definition of [territory, participation, evaluation, notifications]) {
    started.push([definition.name, await startTestSubgraph(definition, { database, logger: options.logger?.(definition.name) })]);
  }
  const servers: Server[] = [];
  const subgraphs = {} as TestPlatform['subgraphs'];
  for (const [name, subgraph] of started) {
    const { server, port } = await listen(subgraph.app);
    servers.push(server);
    subgraphs[name] = Object.assign(subgraph, { url: `http://127.0.0.1:${port}/graphql` });
  }
  const security = testSecurity();
  const processes: TestPlatform['processes'] = {};
  for (const name of options.subgraphProcesses ?? []) {
    const port = await freePort();
    const child = spawn(process.execPath, [require.resolve(`@infitah/${name}`)], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: database.appUrls[name],
        DATABASE_POOL_MAX: '4',
        JWT_SECRET: security.jwtSecret,
        GATEWAY_SECRET: security.gatewaySecret,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    processes[name] = child;
    subgraphs[name].url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 30_000;
    while (!(await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false))) {
      if (child.exitCode !== null) throw new Error(`the ${name} process exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`the ${name} process did not start in 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const config = loadGatewayConfig({
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [SUBGRAPHS[name].urlVariable, subgraphs[name].url])),
    JWT_SECRET: security.jwtSecret,
    GATEWAY_SECRET: security.gatewaySecret,
    SESSION_CACHE_MS: String(options.sessionCacheMs ?? 0),
    // a loaded test machine may take seconds on a heavy query; the breaker's tests set their own
    SUBGRAPH_QUERY_TIMEOUT_MS: '10000',
    // tests send hundreds of requests a minute from one address; the rate-limit test sets its own
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
    ...options.gatewayEnv,
  });
  const gateway: Gateway = await createGateway(config, { logger: options.logger?.('gateway') });
  const { server: gatewayServer, port } = await listen(gateway.app);
  const gatewayUrl = `http://127.0.0.1:${port}`;
  const { server: metricsServer, port: metricsPort } = await listen(metricsApp(gateway.metrics.registry));

  const graphql: TestPlatform['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, ...body };
  };

  return {
    database,
    subgraphs,
    processes,
    gatewayUrl,
    metricsUrl: `http://127.0.0.1:${metricsPort}`,
    graphql,
    async login(email, password = DEMO_PASSWORD) {
      const response = await graphql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!response.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(response.errors)}`);
      return response.data.login.token;
    },
    async close() {
      for (const server of [gatewayServer, metricsServer, ...servers]) {
        server.closeAllConnections();
        server.close();
      }
      await gateway.stop();
      await Promise.all(
        Object.values(processes).map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGCONT');
          child.kill('SIGTERM');
          await exited;
        }),
      );
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
      await database.drop();
    },
  };
}
