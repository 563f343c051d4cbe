import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createPlatform, type Platform } from '@infitah/launcher';
import { SUBGRAPH_NAMES } from '@infitah/contract';
import { cpuTotalsByGroup, platformGroupOf } from './cpu-groups';
import { ensureNationalDataset, nationalEnvironment, openNationalServer } from './national-db';
import { communeAccountEmail, NATIONAL_PASSWORD } from './national';
import { COMMUNE_DASHBOARD, LOGIN, PUBLIC_EVENTS } from './operations';

/**
 * `node packages/bench/dist/cpu-per-request.js`: the CPU one commune dashboard (or, with `CPU_SCENARIO=public-events`,
 * one anonymous page of the public events list) costs in each process, on a machine that other work shares (where
 * req/s mean nothing). Starts the platform on the national dataset as the bench does,
 * sends `CPU_REQUESTS` dashboards (32 communes' admins, `CPU_CONCURRENCY` at a time) after `CPU_WARMUP` unmeasured
 * ones, and reads each process's CPU time (/proc/<pid>/stat: user + system) before and after: ms per request.
 * With `CPU_PROF_DIR`, every Node process of the platform is profiled during the measured requests and writes a
 * `.cpuprofile` there when it stops (`cpu-profile-preload.ts`).
 * `GATEWAY_WORKERS`, `SUBGRAPH_DEDUPLICATION`… pass to the platform as they are.
 */
const env = process.env;
const REQUESTS = Number(env.CPU_REQUESTS ?? 2000);
const WARMUP = Number(env.CPU_WARMUP ?? 300);
const CONCURRENCY = Number(env.CPU_CONCURRENCY ?? 16);
/** `commune-dashboard` (the default) or `public-events`: anonymous pages of the public events list, offsets spread over 2,000. */
const SCENARIO = env.CPU_SCENARIO ?? 'commune-dashboard';
if (SCENARIO !== 'commune-dashboard' && SCENARIO !== 'public-events') throw new Error(`CPU_SCENARIO: commune-dashboard or public-events, not ${SCENARIO}`);
const PORT_BASE = Number(env.BENCH_PORT_BASE ?? 4300);
const HOST = '127.0.0.1';
const log = (line: string) => console.log(`[cpu] ${line}`);

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

async function drive(url: string, communes: Array<{ id: string; token: string }>, count: number): Promise<number> {
  let next = 0;
  let errors = 0;
  const worker = async (index: number) => {
    for (let iteration = 0; ; iteration += 1) {
      if (next >= count) return;
      next += 1;
      const commune = communes[(index * 5 + iteration) % communes.length];
      const answer =
        SCENARIO === 'public-events'
          ? await post(url, PUBLIC_EVENTS, { offset: (index * 131 + iteration * 17) % 2000 })
          : await post(url, COMMUNE_DASHBOARD, { id: commune.id }, commune.token);
      if (answer.status !== 200 || answer.text.includes('"errors"')) {
        errors += 1;
        if (errors <= 3) log(`error: ${answer.status} ${answer.text.slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, index) => worker(index)));
  return errors;
}

async function main(): Promise<void> {
  const environment = nationalEnvironment();
  const stoppers: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  };
  try {
    const { adminUrl, postgres } = await openNationalServer(environment, log);
    if (postgres) stoppers.push(() => postgres.stop());
    const dataset = await ensureNationalDataset(adminUrl, environment, { log });
    process.env.RATE_LIMIT_PER_MINUTE = '0';
    process.env.SEED_DEMO_DATA = 'false';
    process.env.NOTIFICATIONS_WORKER = 'false';
    process.env.SMTP_URL ||= 'smtp://127.0.0.1:25';
    process.env.LOG_LEVEL = env.BENCH_LOG_LEVEL ?? 'warn';
    if (env.CPU_PROF_DIR) {
      const directory = resolve(env.CPU_PROF_DIR);
      mkdirSync(directory, { recursive: true });
      // --cpu-prof is refused in NODE_OPTIONS: a preload starts the inspector's profiler once `START` exists there
      process.env.CPU_PROF_DIR = directory;
      process.env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'cpu-profile-preload.js')}`.trim();
    }
    const ports = { gateway: PORT_BASE, ...Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [name, PORT_BASE + 1 + index])) };
    const platform: Platform = createPlatform({
      databaseUrl: adminUrl,
      databaseName: environment.databaseName,
      dataDir: environment.dataDir,
      embeddedPostgresPort: environment.port,
      host: HOST,
      ports: ports as never,
      nodeEnv: 'production',
      log: (line) => {
        if (line.startsWith('[launcher]') || /"level":(50|60)|"level":"(error|fatal)"/.test(line)) console.log(line);
      },
    });
    stoppers.push(() => platform.stop());
    await platform.start();
    delete process.env.NODE_OPTIONS;
    const url = `${platform.gatewayUrl}/graphql`;
    const owner = new Client({ connectionString: dataset.urls.ownerUrl });
    await owner.connect();
    const all = (await owner.query<{ id: string; code: string }>("SELECT id, code FROM territory.collectivity WHERE kind = 'COMMUNE' ORDER BY code")).rows;
    await owner.end();
    const picked = Array.from({ length: 32 }, (_, index) => all[Math.floor((index * all.length) / 32)]);
    const communes: Array<{ id: string; token: string }> = [];
    for (const commune of picked) {
      const answer = await post(url, LOGIN, { email: communeAccountEmail('admin', commune.code), password: NATIONAL_PASSWORD });
      const token = (JSON.parse(answer.text) as { data?: { login?: { token: string } } }).data?.login?.token;
      if (!token) throw new Error(`login failed: ${answer.text.slice(0, 300)}`);
      communes.push({ id: commune.id, token });
    }
    log(`warm-up: ${WARMUP} requests (${SCENARIO})`);
    await drive(url, communes, WARMUP);
    if (env.CPU_PROF_DIR) writeFileSync(join(resolve(env.CPU_PROF_DIR), 'START'), '');
    if (env.CPU_PROF_DIR) await new Promise((done) => setTimeout(done, 500));
    const before = cpuTotalsByGroup(platformGroupOf);
    const started = Date.now();
    const errors = await drive(url, communes, REQUESTS);
    const seconds = (Date.now() - started) / 1000;
    const after = cpuTotalsByGroup(platformGroupOf);
    const rows = [...after.entries()].map(([group, total]) => [group, (total - (before.get(group) ?? 0)) / REQUESTS] as const).sort((a, b) => a[0].localeCompare(b[0]));
    const sum = rows.filter(([group]) => group !== 'client').reduce((total, [, ms]) => total + ms, 0);
    log(`${REQUESTS} requests (${SCENARIO}), ${CONCURRENCY} concurrent, ${errors} errors, ${seconds.toFixed(1)} s (load average ${(await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(' ')})`);
    log(`CPU ms per request: ${rows.map(([group, ms]) => `${group} ${ms.toFixed(2)}`).join(', ')}; platform total ${sum.toFixed(2)}`);
  } finally {
    await stopAll();
  }
  process.exit(0);
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
