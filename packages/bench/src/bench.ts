import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { GATEWAY_CREDENTIAL_HEADER, SUBGRAPH_NAMES, subgraphPortEnv, subgraphUrl, type SubgraphName } from '@infitah/contract';
import { createPlatform, type Platform } from '@infitah/launcher';
import { hiveUnavailable } from './hive-process';
import { cpuTotalsByGroup, platformGroupOf } from './cpu-groups';
import { combine, runScenario, type Operation, type OperationOutcome, type ScenarioResult } from './loop';
import { descendants, machineDescription, memoryOf, type ProcessInfo } from '@infitah/tools';
import { ensureNationalDataset, nationalEnvironment, openNationalServer, REPOSITORY_ROOT, type NationalEnvironment } from './national-db';
import { communeAccountEmail, NATIONAL_PASSWORD, networkAdminEmail } from './national';
import {
  COMMUNE_DASHBOARD,
  CREATE_EVENT,
  DELETE_EVENT,
  LOGIN,
  NETWORK_DASHBOARD,
  PROPOSAL_SEARCH,
  PUBLIC_COLLECTIVITIES,
  PUBLIC_EVENTS,
  PUBLIC_PROPOSALS,
  SEARCH_TERMS,
  UPDATE_EVENT,
} from './operations';
import { postGraphql, type GraphqlAnswer } from './graphql-http';
import { executePlan, Planner } from './plan';
import { Prng } from './prng';
import { writeResults, type BenchReport, type CpuUse, type ProcessMemory, type SqlMaximum } from './results';
import { measureRls, rlsCases } from './rls';
import { CaptureReader, captureKey, SqlReplayer, statementsOf, type CapturedClientRequest } from './sql-way';

/**
 * `npm run bench [-- --quick]`: the platform on the national dataset (seeded first when missing), rate limits off
 * (RATE_LIMIT_PER_MINUTE=0), driven by a closed-loop client of Node's own fetch. Each scenario runs through our
 * gateway, straight against the subgraphs (the client runs the gateway's query plan itself), and through Hive
 * Gateway when it is installed. Results go to bench/RESULTS.md; the last line printed is the summary.
 */
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const env = process.env;
const SETTINGS = {
  concurrency: Number(env.BENCH_CONCURRENCY ?? (QUICK ? 16 : 20)),
  durationMs: Number(env.BENCH_DURATION_S ?? (QUICK ? 10 : 30)) * 1000,
  warmupMs: Number(env.BENCH_WARMUP_S ?? (QUICK ? 2 : 5)) * 1000,
  rlsIterations: QUICK ? 15 : 100,
  communes: 32,
};
/** Length of one turn of a way within a scenario: the ways of a scenario take turns (see below). */
const SLICE_MS = 5_000;
const HOST = '127.0.0.1';
const PORT_BASE = Number(env.BENCH_PORT_BASE ?? 4100);
/** A platform's processes on consecutive ports from `base`: the gateway, then the subgraphs in the registry's order. */
const platformPorts = (base: number) => ({
  gateway: base,
  ...(Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [name, base + 1 + index])) as Record<SubgraphName, number>),
});
const PORTS = platformPorts(PORT_BASE);
const HIVE_PORTS = { deduplicated: PORT_BASE + 10, plain: PORT_BASE + 11 };
/** Our gateway again, on the same subgraphs, with in-flight deduplication off (SUBGRAPH_DEDUPLICATION=false). */
const PLAIN_GATEWAY_PORT = PORT_BASE + 12;
/** The plan proxy (`plan-proxy.ts`): the direct way's client behind one HTTP hop, the least a Node gateway does. */
const PLAN_PROXY_PORT = PORT_BASE + 13;
/** A second platform on the same database whose subgraphs do not batch their loads (INFITAH_DATALOADER_BATCH=false). */
const UNBATCHED_PORTS = platformPorts(PORT_BASE + 20);
/** Where the platform's subgraphs write the statements of each request while the bench captures them (the `sql` way). */
const captureDirectory = (environment: NationalEnvironment) => join(environment.dataDir, 'sql-capture');
const SUBGRAPH_URLS = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name, PORTS[name], HOST)])) as Record<SubgraphName, string>;

const log = (line: string) => console.log(`[bench] ${line}`);

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function problemOf(answer: GraphqlAnswer): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
  if (!answer.body) return 'not JSON';
  if (answer.body.errors?.length) return answer.body.errors.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; ');
  return null;
}

/** Whether `whole` holds every field of `part` with the same value (the direct client keeps the plan's keys too). */
function contains(whole: unknown, part: unknown): boolean {
  if (part === null || typeof part !== 'object') return Object.is(whole, part);
  if (Array.isArray(part)) return Array.isArray(whole) && whole.length === part.length && part.every((item, index) => contains(whole[index], item));
  if (!whole || typeof whole !== 'object') return false;
  return Object.entries(part).every(([key, value]) => contains((whole as Record<string, unknown>)[key], value));
}

const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

interface Commune {
  id: string;
  code: string;
  adminToken: string;
  editorToken: string;
}

/** What is stopped at the end (or on a signal), last started first. */
class Stoppers {
  private readonly stops: Array<() => Promise<void>> = [];
  private stopping: Promise<void> | null = null;

  push(stop: () => Promise<void>): void {
    this.stops.push(stop);
  }

  stopAll(): Promise<void> {
    return (this.stopping ??= (async () => {
      for (const stop of this.stops.reverse()) await stop().catch((error) => log(`while stopping: ${(error as Error).message}`));
    })());
  }
}

/** Stops a child process with SIGTERM, then SIGKILL if it is still there after `graceMs`. */
const stopChild = (child: ChildProcess, graceMs: number) => async () => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
};

/** Waits until a GraphQL endpoint answers `{ __typename }`, failing early when the process behind it has exited. */
async function waitForEndpoint(url: string, child: ChildProcess, name: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await postGraphql(url, '{ __typename }', {}).catch(() => null);
    if (answer?.status === 200) return;
    if (child.exitCode !== null) throw new Error(`${name} exited: see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`${name} did not answer in 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

type NationalDataset = Awaited<ReturnType<typeof ensureNationalDataset>>;

interface Prepared {
  adminUrl: string;
  dataset: NationalDataset;
  platform: Platform;
  platformLog: WriteStream;
  platformLogFile: string;
  captureDirectory: string;
  gatewayUrl: string;
  gatewaySecret: string;
}

/** The national database (seeded first when missing) and our platform on it: no demo data, rate limits off, logs at warn. */
async function preparePlatform(environment: NationalEnvironment, stoppers: Stoppers): Promise<Prepared> {
  for (const port of [...Object.values(PORTS), ...Object.values(HIVE_PORTS), PLAIN_GATEWAY_PORT, PLAN_PROXY_PORT, ...Object.values(UNBATCHED_PORTS)]) {
    if (!(await portFree(port))) throw new Error(`port ${port} is in use: stop what listens there, or set BENCH_PORT_BASE`);
  }
  const { adminUrl, postgres } = await openNationalServer(environment, log);
  if (postgres) stoppers.push(() => postgres.stop());
  const dataset = await ensureNationalDataset(adminUrl, environment, { log });

  process.env.RATE_LIMIT_PER_MINUTE = '0';
  process.env.SEED_DEMO_DATA = 'false';
  // the notifications worker (mail delivery) is no part of what is measured: off, so no SMTP server is needed
  process.env.NOTIFICATIONS_WORKER = 'false';
  // (its configuration is read, and refused without an SMTP URL in production, even when the worker is off)
  process.env.SMTP_URL ||= 'smtp://127.0.0.1:25';
  process.env.LOG_LEVEL = env.BENCH_LOG_LEVEL ?? 'warn';
  const platformLogFile = join(environment.dataDir, 'bench-platform.log');
  const platformLog = createWriteStream(platformLogFile, { flags: 'a' });
  stoppers.push(async () => void platformLog.end());
  const platform: Platform = createPlatform({
    databaseUrl: adminUrl,
    databaseName: environment.databaseName,
    dataDir: environment.dataDir,
    embeddedPostgresPort: environment.port,
    host: HOST,
    ports: PORTS,
    nodeEnv: 'production',
    log: (line) => {
      platformLog.write(`${line}\n`);
      if (line.startsWith('[launcher]') || /"level":(50|60)|"level":"(error|fatal)"/.test(line)) console.log(line);
    },
  });
  stoppers.push(() => platform.stop());
  const platformStarted = Date.now();
  // this platform's subgraphs (and only these) record each request's SQL until told to stop (see sql-way.ts)
  rmSync(captureDirectory(environment), { recursive: true, force: true });
  process.env.INFITAH_SQL_CAPTURE_DIR = captureDirectory(environment);
  try {
    await platform.start();
  } finally {
    delete process.env.INFITAH_SQL_CAPTURE_DIR;
  }
  log(`platform ready in ${((Date.now() - platformStarted) / 1000).toFixed(1)} s on ${platform.gatewayUrl}`);
  return {
    adminUrl,
    dataset,
    platform,
    platformLog,
    platformLogFile,
    captureDirectory: captureDirectory(environment),
    gatewayUrl: `${platform.gatewayUrl}/graphql`,
    gatewaySecret: env.GATEWAY_SECRET || dataset.secrets.gatewaySecret,
  };
}

/** The communes driven (evenly spread over the country), the first one's commitments, and the dataset's row counts. */
async function sampleDataset(ownerUrl: string) {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  const allCommunes = (await owner.query<{ id: string; code: string }>("SELECT id, code FROM territory.collectivity WHERE kind = 'COMMUNE' ORDER BY code")).rows;
  const picked = Array.from({ length: SETTINGS.communes }, (_, index) => allCommunes[Math.floor((index * allCommunes.length) / SETTINGS.communes)]);
  const commitmentIds = (
    await owner.query<{ id: string }>('SELECT id FROM evaluation.commitment WHERE collectivity_id = $1 ORDER BY created_at, id', [picked[0].id])
  ).rows.map((row) => row.id);
  const counts = (
    await owner.query<{ name: string; count: number }>(`
      SELECT 'collectivities' AS name, count(*)::int AS count FROM territory.collectivity
      UNION ALL SELECT 'accounts', count(*)::int FROM territory.account
      UNION ALL SELECT 'events', count(*)::int FROM participation.event
      UNION ALL SELECT 'proposals', count(*)::int FROM participation.proposal
      UNION ALL SELECT 'programmes', count(*)::int FROM evaluation.action_program
      UNION ALL SELECT 'commitments', count(*)::int FROM evaluation.commitment
      UNION ALL SELECT 'milestones', count(*)::int FROM evaluation.milestone
      UNION ALL SELECT 'measurements', count(*)::int FROM evaluation.measurement`)
  ).rows;
  await owner.end();
  return { picked, commitmentIds, counts };
}

/** Tokens of the network admin and of each picked commune's admin and editor. */
async function signInAccounts(gatewayUrl: string, picked: Array<{ id: string; code: string }>): Promise<{ networkToken: string; communes: Commune[] }> {
  const login = async (email: string) => {
    const answer = await postGraphql(gatewayUrl, LOGIN, { email, password: NATIONAL_PASSWORD });
    const token = (answer.body?.data as { login?: { token: string } } | undefined)?.login?.token;
    if (!token) throw new Error(`login of ${email} failed: ${problemOf(answer)}`);
    return token;
  };
  const networkToken = await login(networkAdminEmail);
  const communes: Commune[] = [];
  for (const commune of picked) {
    communes.push({
      ...commune,
      adminToken: await login(communeAccountEmail('admin', commune.code)),
      editorToken: await login(communeAccountEmail('editor', commune.code)),
    });
  }
  log(`signed in as the network admin and the admins and editors of ${communes.length} communes`);
  return { networkToken, communes };
}

/** Hive Gateway, when installed: one process with its defaults (deduplication on), one without deduplication. */
async function startHive(prepared: Prepared, stoppers: Stoppers): Promise<{ hiveProblem: string | null; hiveProcesses: Record<string, ChildProcess> }> {
  const hiveProblem = hiveUnavailable();
  const hiveProcesses: Record<string, ChildProcess> = {};
  if (hiveProblem) {
    log(`Hive Gateway comparison skipped: ${hiveProblem} (npm i -w @infitah/tools @graphql-hive/gateway@2.15.1)`);
    return { hiveProblem, hiveProcesses };
  }
  for (const [variant, port] of Object.entries(HIVE_PORTS)) {
    const child = spawn(process.execPath, [join(__dirname, 'hive-process.js')], {
      env: { ...process.env, HIVE_PORT: String(port), HIVE_DEDUPLICATE: variant === 'deduplicated' ? 'true' : 'false', HIVE_SUBGRAPH_URLS: JSON.stringify(SUBGRAPH_URLS), GATEWAY_SECRET: prepared.gatewaySecret },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => prepared.platformLog.write(`[hive-${variant}] ${chunk}`));
    child.stderr!.on('data', (chunk) => prepared.platformLog.write(`[hive-${variant}] ${chunk}`));
    hiveProcesses[variant] = child;
    stoppers.push(stopChild(child, 5_000));
  }
  for (const [variant, port] of Object.entries(HIVE_PORTS)) {
    await waitForEndpoint(`http://${HOST}:${port}/graphql`, hiveProcesses[variant], `Hive Gateway (${variant})`, prepared.platformLogFile);
  }
  log('Hive Gateway ready (deduplication on, and off)');
  return { hiveProblem, hiveProcesses };
}

/** Our own gateway without deduplication, and a platform whose subgraphs do not batch: the same database. */
async function startVariants(prepared: Prepared, environment: NationalEnvironment, stoppers: Stoppers) {
  const basePids = new Set(descendants(process.pid).map((info) => info.pid));
  const plainGateway = spawn(process.execPath, [join(REPOSITORY_ROOT, 'gateway', 'dist', 'index.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST,
      JWT_SECRET: env.JWT_SECRET || prepared.dataset.secrets.jwtSecret,
      GATEWAY_SECRET: prepared.gatewaySecret,
      GATEWAY_PORT: String(PLAIN_GATEWAY_PORT),
      ...subgraphPortEnv(PORTS),
      SUBGRAPH_DEDUPLICATION: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  plainGateway.stdout!.on('data', (chunk) => prepared.platformLog.write(`[gateway-no-dedup] ${chunk}`));
  plainGateway.stderr!.on('data', (chunk) => prepared.platformLog.write(`[gateway-no-dedup] ${chunk}`));
  stoppers.push(stopChild(plainGateway, 8_000));
  const planProxy = spawn(process.execPath, [join(__dirname, 'plan-proxy.js')], {
    env: { ...process.env, HOST, PLAN_PROXY_PORT: String(PLAN_PROXY_PORT), PLAN_PROXY_SUBGRAPH_URLS: JSON.stringify(SUBGRAPH_URLS), GATEWAY_SECRET: prepared.gatewaySecret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  planProxy.stdout!.on('data', (chunk) => prepared.platformLog.write(`[plan-proxy] ${chunk}`));
  planProxy.stderr!.on('data', (chunk) => prepared.platformLog.write(`[plan-proxy] ${chunk}`));
  stoppers.push(stopChild(planProxy, 5_000));
  process.env.INFITAH_DATALOADER_BATCH = 'false';
  const unbatched: Platform = createPlatform({
    databaseUrl: prepared.adminUrl,
    databaseName: environment.databaseName,
    dataDir: environment.dataDir,
    embeddedPostgresPort: environment.port,
    host: HOST,
    ports: UNBATCHED_PORTS,
    nodeEnv: 'production',
    log: (line) => prepared.platformLog.write(`[dataloader-off] ${line}\n`),
  });
  stoppers.push(() => unbatched.stop());
  try {
    await unbatched.start();
  } finally {
    delete process.env.INFITAH_DATALOADER_BATCH;
  }
  await waitForEndpoint(`http://${HOST}:${PLAIN_GATEWAY_PORT}/graphql`, plainGateway, 'the gateway without deduplication', prepared.platformLogFile);
  await waitForEndpoint(`http://${HOST}:${PLAN_PROXY_PORT}/graphql`, planProxy, 'the plan proxy', prepared.platformLogFile);
  const extraPids = new Set(descendants(process.pid).filter((info) => !basePids.has(info.pid) && info.pid !== planProxy.pid).map((info) => info.pid));
  log('our gateway without deduplication, a platform without DataLoader batching, and the plan proxy, ready');
  return { plainGateway, unbatched, extraPids, planProxy };
}

type Via = 'gateway' | 'gateway (no dedup)' | 'gateway (DataLoader off)' | 'direct' | 'plan proxy' | 'hive' | 'hive (no dedup)' | 'sql';

/** The SQL of sampled requests, captured from the platform, and the pools that replay it (the `sql` way). */
interface SqlWay {
  replayer: SqlReplayer;
  /** By `captureKey(query, variables, token)`. */
  captured: Map<string, CapturedClientRequest>;
  /** Every captured request of a query, for requests not sampled (the public lists' random offsets). */
  samples: Map<string, CapturedClientRequest[]>;
}

/** Every way of answering a query: our gateway and its variants, Hive Gateway, and the gateway's query plan run by the client itself. */
function waysOfAnswering(prepared: Prepared, unbatched: Platform, hiveProblem: string | null, sql: SqlWay) {
  const planner = new Planner(readFileSync(join(REPOSITORY_ROOT, 'gateway', 'supergraph.graphql'), 'utf8'));
  const plans = new Map<string, ReturnType<Planner['plan']>>();
  const planOf = (query: string) => {
    if (!plans.has(query)) plans.set(query, planner.plan(query));
    return plans.get(query)!;
  };
  const fetchCount = (query: string) => (Planner.format(planOf(query)).match(/Fetch\(service:/g) ?? []).length;
  const subgraphFetcher = (token: string | null) => async (service: string, request: { query: string; operationName?: string; variables: Record<string, unknown> }) => {
    const answer = await postGraphql(SUBGRAPH_URLS[service as keyof typeof SUBGRAPH_URLS], request.query, request.variables, {
      [GATEWAY_CREDENTIAL_HEADER]: prepared.gatewaySecret,
      ...bearer(token),
    });
    if (answer.status !== 200 || !answer.body) return { errors: [{ message: problemOf(answer) ?? `HTTP ${answer.status}` }] };
    return answer.body;
  };
  const targets: Via[] = ['gateway', 'gateway (no dedup)', 'gateway (DataLoader off)', 'direct', 'plan proxy', ...(hiveProblem ? [] : (['hive', 'hive (no dedup)'] as Via[])), 'sql'];
  const endpoint: Record<Exclude<Via, 'direct' | 'sql'>, string> = {
    gateway: prepared.gatewayUrl,
    'gateway (no dedup)': `http://${HOST}:${PLAIN_GATEWAY_PORT}/graphql`,
    'gateway (DataLoader off)': `${unbatched.gatewayUrl}/graphql`,
    'plan proxy': `http://${HOST}:${PLAN_PROXY_PORT}/graphql`,
    hive: `http://${HOST}:${HIVE_PORTS.deduplicated}/graphql`,
    'hive (no dedup)': `http://${HOST}:${HIVE_PORTS.plain}/graphql`,
  };
  const turns = new Map<string, number>();
  const fetchVia = async (via: Via, query: string, variables: Record<string, unknown>, token: string | null): Promise<{ error: string | null; data: unknown }> => {
    if (via === 'sql') {
      // a sampled request replays its own SQL; any other (a random offset) one of its query's samples, in turn
      let request = sql.captured.get(captureKey(query, variables, token));
      if (!request) {
        const samples = sql.samples.get(query) ?? [];
        const turn = turns.get(query) ?? 0;
        turns.set(query, turn + 1);
        request = samples[turn % Math.max(1, samples.length)];
      }
      if (!request) return { error: 'no SQL captured for this query', data: null };
      return { error: await sql.replayer.replay(request), data: null };
    }
    if (via === 'direct') {
      const { data, errors } = await executePlan(planOf(query), variables, subgraphFetcher(token));
      return { error: errors.length ? errors.map((error) => `${error.extensions?.code ?? '?'}: ${error.message}`).join('; ') : null, data };
    }
    const answer = await postGraphql(endpoint[via], query, variables, bearer(token));
    return { error: problemOf(answer), data: answer.body?.data };
  };
  const send = async (via: Via, query: string, variables: Record<string, unknown>, token: string | null) => (await fetchVia(via, query, variables, token)).error;
  return { targets, fetchCount, fetchVia, send };
}
type Ways = ReturnType<typeof waysOfAnswering>;

/** Every way answers the same: what the gateway returns is found, field for field, in the others' answers. */
async function checkConsistency(ways: Ways, communes: Commune[], networkToken: string): Promise<string[]> {
  const checks: Array<[string, string, Record<string, unknown>, string | null]> = [
    ['commune dashboard', COMMUNE_DASHBOARD, { id: communes[0].id }, communes[0].adminToken],
    ['network dashboard', NETWORK_DASHBOARD, {}, networkToken],
    ['public events', PUBLIC_EVENTS, { offset: 40 }, null],
    ['proposal search', PROPOSAL_SEARCH, { search: SEARCH_TERMS[0] }, null],
  ];
  const consistency: string[] = [];
  for (const [name, query, variables, token] of checks) {
    const reference = await ways.fetchVia('gateway', query, variables, token);
    if (reference.error) throw new Error(`${name} through the gateway failed: ${reference.error}`);
    // the sql way answers no GraphQL: its replay is checked when captured (captureSql)
    for (const via of ways.targets.filter((target) => target !== 'gateway' && target !== 'sql')) {
      const other = await ways.fetchVia(via, query, variables, token);
      if (other.error || !contains(other.data, reference.data)) consistency.push(`${name} via ${via} differs from the gateway's answer${other.error ? ` (${other.error})` : ''}`);
    }
  }
  for (const problem of consistency) log(`warning: ${problem}`);
  if (!consistency.length) log(`same answers through ${ways.targets.join(', ')}`);
  return consistency;
}

interface ReadScenario {
  name: string;
  query: string;
  operation: (via: Via) => Operation;
  /** The requests whose SQL is captured for the `sql` way: query, variables, bearer token. */
  samples: Array<[string, Record<string, unknown>, string | null]>;
}

/** The public lists' queries and the highest offset each is asked for. */
const PUBLIC_LISTS: Array<[label: string, query: string, maxOffset: number]> = [
  ['collectivities', PUBLIC_COLLECTIVITIES, 1480],
  ['events', PUBLIC_EVENTS, 2000],
  ['proposals', PUBLIC_PROPOSALS, 2000],
];
/** Offsets of each public list whose SQL is captured; the replay of a random offset takes these in turn. */
const CAPTURED_OFFSETS = 8;

function readScenarios(send: Ways['send'], communes: Commune[], networkToken: string): ReadScenario[] {
  return [
    {
      name: 'commune dashboard (admin)',
      query: COMMUNE_DASHBOARD,
      operation: (via) => async (worker, iteration) => {
        const commune = communes[(worker * 5 + iteration) % communes.length];
        return { error: await send(via, COMMUNE_DASHBOARD, { id: commune.id }, commune.adminToken) };
      },
      samples: communes.map((commune) => [COMMUNE_DASHBOARD, { id: commune.id }, commune.adminToken]),
    },
    {
      name: 'network dashboard (network admin)',
      query: NETWORK_DASHBOARD,
      operation: (via) => async () => ({ error: await send(via, NETWORK_DASHBOARD, {}, networkToken) }),
      samples: [[NETWORK_DASHBOARD, {}, networkToken]],
    },
    {
      name: 'public lists (anonymous)',
      query: PUBLIC_EVENTS,
      operation: (via) => {
        const randoms = new Map<number, Prng>();
        return async (worker, iteration) => {
          const random = randoms.get(worker) ?? new Prng(`lists-${worker}`);
          randoms.set(worker, random);
          const [label, query, maxOffset] = PUBLIC_LISTS[iteration % PUBLIC_LISTS.length];
          return { label, error: await send(via, query, { offset: random.int(0, maxOffset) }, null) };
        };
      },
      samples: (() => {
        const random = new Prng('lists-captured');
        return PUBLIC_LISTS.flatMap(([, query, maxOffset]) =>
          Array.from({ length: CAPTURED_OFFSETS }, () => [query, { offset: random.int(0, maxOffset) }, null] as [string, Record<string, unknown>, null]),
        );
      })(),
    },
    {
      name: 'proposal search (anonymous)',
      query: PROPOSAL_SEARCH,
      operation: (via) => async (worker, iteration) => ({ error: await send(via, PROPOSAL_SEARCH, { search: SEARCH_TERMS[(worker + iteration) % SEARCH_TERMS.length] }, null) }),
      samples: SEARCH_TERMS.map((search) => [PROPOSAL_SEARCH, { search }, null]),
    },
  ];
}

/**
 * Captures the SQL of each scenario's sampled requests from the platform (see sql-way.ts), then stops the capture
 * and replays each once: the `sql` way's material. Each request goes through the gateway twice, the second one
 * kept, so that the gateway's session check (cached a few seconds) and the subgraphs' caches are as under load.
 */
async function captureSql(prepared: Prepared, scenarios: ReadScenario[], sql: SqlWay, extraPids: Set<number>) {
  const reader = new CaptureReader(prepared.captureDirectory, SUBGRAPH_NAMES);
  const statementsPerRequest: Record<string, number> = {};
  const problems: string[] = [];
  for (const scenario of scenarios) {
    let most = 0;
    for (const [query, variables, token] of scenario.samples) {
      let captured: CapturedClientRequest = { transactions: [] };
      for (let time = 0; time < 2; time += 1) {
        const answer = await postGraphql(prepared.gatewayUrl, query, variables, bearer(token));
        if (problemOf(answer)) throw new Error(`${scenario.name} failed while its SQL was captured: ${problemOf(answer)}`);
        captured = { transactions: reader.takeNew() };
      }
      if (!captured.transactions.length) problems.push(`${scenario.name}: no SQL captured for ${JSON.stringify(variables)}`);
      sql.captured.set(captureKey(query, variables, token), captured);
      sql.samples.set(query, [...(sql.samples.get(query) ?? []), captured]);
      most = Math.max(most, statementsOf(captured));
    }
    statementsPerRequest[scenario.name] = most;
  }
  // stop capturing: SIGUSR2 to the measured platform's subgraphs (the others never captured)
  const subgraphs = descendants(process.pid).filter(
    (info) => !extraPids.has(info.pid) && !extraPids.has(info.ppid) && SUBGRAPH_NAMES.some((name) => info.command.includes(`services/${name}/dist/index.js`)),
  );
  for (const info of subgraphs) process.kill(info.pid, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const [query, variables, token] = scenarios[0].samples[0];
  await postGraphql(prepared.gatewayUrl, query, variables, bearer(token));
  if (reader.takeNew().length) throw new Error('the subgraphs still capture their SQL after SIGUSR2');
  rmSync(prepared.captureDirectory, { recursive: true, force: true });
  for (const [key, request] of sql.captured) {
    const error = await sql.replayer.replay(request);
    if (error) problems.push(`the sql way's replay of ${key.slice(0, 80)}… failed: ${error}`);
  }
  for (const problem of problems) log(`warning: ${problem}`);
  log(
    `SQL captured from ${subgraphs.length} subgraphs for ${sql.captured.size} requests and replayed once; statements per request: ` +
      Object.entries(statementsPerRequest)
        .map(([name, count]) => `${name} ${count}`)
        .join(', '),
  );
  return { statementsPerRequest, problems };
}

/** The processes started besides our platform, to tell them apart in CPU and memory figures. */
interface Others {
  hiveProcesses: Record<string, ChildProcess>;
  plainGateway: ChildProcess;
  planProxy: ChildProcess;
  extraPids: Set<number>;
}

/** CPU time of every process during each measured window: where the cores went. */
function cpuMeter({ hiveProcesses, plainGateway, planProxy, extraPids }: Others) {
  const hiveVariantOf = new Map(Object.entries(hiveProcesses).map(([variant, child]) => [child.pid, variant === 'deduplicated' ? 'hive' : 'hive (no dedup)']));
  const groupOf = (info: ProcessInfo): string | null => {
    const { pid, ppid } = info;
    const hive = hiveVariantOf.get(pid) ?? hiveVariantOf.get(ppid);
    if (hive) return hive;
    if (pid === plainGateway.pid || ppid === plainGateway.pid) return 'gateway (no dedup)';
    if (pid === planProxy.pid) return 'plan proxy';
    const group = platformGroupOf(info);
    if (group && group !== 'client' && group !== 'postgres' && (extraPids.has(pid) || extraPids.has(ppid))) return `${group} (DataLoader off)`;
    return group;
  };
  return () => ({ at: Date.now(), totals: cpuTotalsByGroup(groupOf) });
}

/** The write mix: an editor creates and renames an event, the commune's admin deletes it. */
function writeMix(gatewayUrl: string, communes: Commune[]): Operation {
  const created = new Map<number, string>();
  return async (worker, iteration): Promise<OperationOutcome> => {
    const commune = communes[worker % communes.length];
    const step = iteration % 3;
    if (step === 0) {
      const answer = await postGraphql(
        gatewayUrl,
        CREATE_EVENT,
        { title: `Réunion du comité (bench ${worker}-${iteration})`, startsAt: new Date(Date.UTC(2026, 4, 1 + (iteration % 28), 9)).toISOString() },
        bearer(commune.editorToken),
      );
      const id = (answer.body?.data as { createEvent?: { id: string } } | undefined)?.createEvent?.id;
      if (id) created.set(worker, id);
      else created.delete(worker);
      return { label: 'createEvent (editor)', error: problemOf(answer) };
    }
    const id = created.get(worker);
    if (!id) return { label: step === 1 ? 'updateEvent (editor)' : 'deleteEvent (admin)', error: 'nothing to change: the creation failed' };
    if (step === 1) {
      return { label: 'updateEvent (editor)', error: problemOf(await postGraphql(gatewayUrl, UPDATE_EVENT, { id, title: `Réunion renommée ${iteration}` }, bearer(commune.editorToken))) };
    }
    created.delete(worker);
    return { label: 'deleteEvent (admin)', error: problemOf(await postGraphql(gatewayUrl, DELETE_EVENT, { id }, bearer(commune.adminToken))) };
  };
}

/** Runs every read scenario through each of its ways, in rotating slices, then the write mix through the gateway. */
async function runScenarios(scenarios: ReadScenario[], targets: Via[], writeOperation: Operation, cpuSnapshot: ReturnType<typeof cpuMeter>) {
  const cpu: CpuUse[] = [];
  const results: ScenarioResult[] = [];
  /** One measured slice: its result, and the CPU each kind of process used during its window. */
  const slice = async (name: string, via: string, operation: Operation, warmupMs: number, durationMs: number) => {
    let opened = cpuSnapshot();
    let closed = opened;
    const result = await runScenario({
      name,
      via,
      concurrency: SETTINGS.concurrency,
      warmupMs,
      durationMs,
      operation,
      onWindow: (phase) => {
        if (phase === 'start') opened = cpuSnapshot();
        else closed = cpuSnapshot();
      },
    });
    const used = new Map([...closed.totals].map(([group, total]) => [group, total - (opened.totals.get(group) ?? 0)]));
    return { result, used, windowMs: closed.at - opened.at };
  };
  const record = (slices: Array<Awaited<ReturnType<typeof slice>>>) => {
    const result = combine(slices.map((entry) => entry.result));
    results.push(result);
    const used = new Map<string, number>();
    for (const entry of slices) for (const [group, ms] of entry.used) used.set(group, (used.get(group) ?? 0) + ms);
    const windowMs = slices.reduce((sum, entry) => sum + entry.windowMs, 0);
    const perRequest = Object.fromEntries([...used].map(([group, ms]) => [group, result.requests ? ms / result.requests : 0]));
    cpu.push({ name: result.name, via: result.via, perRequestMs: perRequest, coresBusy: [...used.values()].reduce((sum, ms) => sum + ms, 0) / Math.max(1, windowMs) });
    log(
      `${result.name} via ${result.via}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors` +
        (result.errorSamples.length ? ` (${result.errorSamples[0]})` : ''),
    );
  };
  // The ways of one scenario take turns, in short slices, so that whatever else runs on the machine weighs on each alike.
  const rounds = Math.max(1, Math.round(SETTINGS.durationMs / SLICE_MS));
  log(
    `scenarios: ${SETTINGS.concurrency} concurrent requests, ${SETTINGS.durationMs / 1000} s measured per scenario and way, ` +
      `in ${rounds} turns of ${SETTINGS.durationMs / rounds / 1000} s taken in rotation (${SETTINGS.warmupMs / 1000} s warm-up before the first, 1 s before the others)`,
  );
  for (const scenario of scenarios) {
    // DataLoader off where loads are batched (nested lists, entities); quick mode: the variants (no dedup,
    // DataLoader off) on the commune dashboard only, and no direct or plan-proxy run of the search
    const commune = scenario.name.startsWith('commune');
    const ways = targets.filter((via) => {
      if (via === 'gateway (DataLoader off)' && !(commune || scenario.name.startsWith('public lists'))) return false;
      if (!QUICK) return true;
      if (via === 'hive (no dedup)' || via === 'gateway (no dedup)' || via === 'gateway (DataLoader off)') return commune;
      return !((via === 'direct' || via === 'plan proxy') && scenario.name.startsWith('proposal search'));
    });
    const operations = new Map(ways.map((via) => [via, scenario.operation(via)]));
    const slices = new Map(ways.map((via) => [via, [] as Array<Awaited<ReturnType<typeof slice>>>]));
    for (let round = 0; round < rounds; round += 1) {
      // rotate who goes first, so that no way always follows the same other
      for (const via of [...ways.slice(round % ways.length), ...ways.slice(0, round % ways.length)]) {
        slices.get(via)!.push(await slice(scenario.name, via, operations.get(via)!, round === 0 ? SETTINGS.warmupMs : 1_000, SETTINGS.durationMs / rounds));
      }
    }
    for (const via of ways) record(slices.get(via)!);
  }
  record([await slice('write mix (editors, admins)', 'gateway', writeOperation, SETTINGS.warmupMs, SETTINGS.durationMs)]);
  return { results, cpu };
}

/** The most SQL statements one GraphQL operation ran, per subgraph and operation, from each subgraph's /metrics. */
async function sqlMaxima(ports: Record<keyof typeof SUBGRAPH_URLS, number>): Promise<SqlMaximum[]> {
  const found: SqlMaximum[] = [];
  for (const service of Object.keys(SUBGRAPH_URLS) as Array<keyof typeof SUBGRAPH_URLS>) {
    const text = await (await fetch(`http://${HOST}:${ports[service]}/metrics`)).text();
    for (const match of text.matchAll(/^infitah_graphql_sql_statements_max\{([^}]*)\} (\d+(?:\.\d+)?)$/gm)) {
      const labels = Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((label) => [label[1], label[2]]));
      found.push({ service, operation: labels.operation ?? '?', type: labels.type ?? '?', max: Number(match[2]) });
    }
  }
  return found;
}

/** Peak and current memory of every process of every way, by name. */
function measureMemory({ hiveProcesses, plainGateway, planProxy, extraPids }: Others): ProcessMemory[] {
  const memory: ProcessMemory[] = [];
  const hivePids = new Map(Object.entries(hiveProcesses).map(([variant, child]) => [child.pid, variant === 'deduplicated' ? 'dedup on' : 'dedup off']));
  const processes = descendants(process.pid);
  const isGateway = (command: string) => /gateway[/\\]dist[/\\]index\.js/.test(command);
  for (const info of processes) {
    let name: string | null = null;
    if (isGateway(info.command)) {
      const parent = processes.find((candidate) => candidate.pid === info.ppid);
      name = parent && isGateway(parent.command) ? 'gateway (cluster worker)' : 'gateway (cluster primary)';
      if (info.pid === plainGateway.pid || info.ppid === plainGateway.pid) name = name.replace('gateway', 'gateway without dedup');
    }
    for (const service of Object.keys(SUBGRAPH_URLS)) if (info.command.includes(`services/${service}/dist/index.js`)) name = service;
    if (name && (extraPids.has(info.pid) || extraPids.has(info.ppid)) && !name.includes('without dedup')) name = `${name}, DataLoader off`;
    // one Hive worker serves in its own process; more are forked by a primary
    if (hivePids.has(info.pid)) name = `hive gateway (${hivePids.get(info.pid)}${processes.some((child) => child.ppid === info.pid) ? ', cluster primary' : ''})`;
    if (hivePids.has(info.ppid)) name = `hive gateway (${hivePids.get(info.ppid)}, cluster worker)`;
    // the bench's own (not ours: no target on its memory)
    if (info.pid === planProxy.pid) name = 'bench plan proxy';
    if (!name) continue;
    const usage = memoryOf(info.pid);
    if (usage) memory.push({ name, pid: info.pid, ...usage });
  }
  const self = memoryOf(process.pid);
  if (self) memory.push({ name: 'bench client (and launcher)', pid: process.pid, ...self });
  return memory;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const environment = nationalEnvironment();
  const stoppers = new Stoppers();
  process.on('SIGINT', () => void stoppers.stopAll().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stoppers.stopAll().then(() => process.exit(143)));

  try {
    // ------------------------------------------------------------------------------------------- the database and the platforms
    const prepared = await preparePlatform(environment, stoppers);
    const { urls } = prepared.dataset;
    const { picked, commitmentIds, counts } = await sampleDataset(urls.ownerUrl);
    const { networkToken, communes } = await signInAccounts(prepared.gatewayUrl, picked);
    const { hiveProblem, hiveProcesses } = await startHive(prepared, stoppers);
    const { plainGateway, unbatched, extraPids, planProxy } = await startVariants(prepared, environment, stoppers);
    const others: Others = { hiveProcesses, plainGateway, planProxy, extraPids };

    // ------------------------------------------------------------------------------------------- scenarios
    const sqlWay: SqlWay = { replayer: new SqlReplayer(urls.appUrls, Number(env.DATABASE_POOL_MAX ?? 10)), captured: new Map(), samples: new Map() };
    stoppers.push(() => sqlWay.replayer.end());
    const ways = waysOfAnswering(prepared, unbatched, hiveProblem, sqlWay);
    const consistency = await checkConsistency(ways, communes, networkToken);
    const scenarios = readScenarios(ways.send, communes, networkToken);
    const capture = await captureSql(prepared, scenarios, sqlWay, extraPids);
    consistency.push(...capture.problems);
    const { results, cpu } = await runScenarios(scenarios, ways.targets, writeMix(prepared.gatewayUrl, communes), cpuMeter(others));

    // ------------------------------------------------------------------------------------------- RLS cost
    log('row-level security: the same statements as the runtime role and as the BYPASSRLS owner');
    const rls = await measureRls(urls, rlsCases({ id: picked[0].id, commitmentIds }), SETTINGS.rlsIterations);

    // ------------------------------------------------------------------------------------------- SQL per request, memory
    const sql = await sqlMaxima(PORTS);
    const sqlUnbatched = await sqlMaxima(UNBATCHED_PORTS);
    const memory = measureMemory(others);

    // ------------------------------------------------------------------------------------------- results
    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
      quick: QUICK,
      settings: SETTINGS,
      machine: machineDescription(),
      dataset: { counts, seededNow: prepared.dataset.seeded, seedSeconds: prepared.dataset.seconds },
      fetches: Object.fromEntries(scenarios.map((scenario) => [scenario.name, ways.fetchCount(scenario.query)])),
      results,
      rls,
      sql,
      sqlUnbatched,
      sqlReplayed: capture.statementsPerRequest,
      memory,
      hiveSkipped: hiveProblem,
      consistency,
      cpu,
      loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    };
    await stoppers.stopAll();
    const lastLine = writeResults(report, { write: !argv.includes('--no-write'), log });
    console.log(lastLine);
  } catch (error) {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stoppers.stopAll();
    process.exit(1);
  }
  process.exit(0);
}

void main();
