import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from './loop';
import type { RlsResult } from './rls';

export interface ProcessMemory {
  name: string;
  pid: number;
  peakMiB: number;
  currentMiB: number;
}

/** CPU time per measured request, by process (all processes of a kind summed), and cores kept busy. */
export interface CpuUse {
  name: string;
  via: string;
  perRequestMs: Record<string, number>;
  coresBusy: number;
}

export interface SqlMaximum {
  service: string;
  operation: string;
  type: string;
  max: number;
}

export interface BenchReport {
  startedAt: string;
  command: string;
  quick: boolean;
  settings: { concurrency: number; durationMs: number; warmupMs: number; rlsIterations: number; communes: number };
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; kernel: string };
  dataset: { counts: Array<{ name: string; count: number }>; seededNow: boolean; seedSeconds?: number };
  /** Subgraph fetches in the gateway's query plan of each read scenario. */
  fetches: Record<string, number>;
  results: ScenarioResult[];
  rls: RlsResult[];
  sql: SqlMaximum[];
  /** The same, on the platform whose subgraphs do not batch (DataLoader off). */
  sqlUnbatched: SqlMaximum[];
  /** Statements the `sql` way replays for one request of each read scenario (most over its captured samples). */
  sqlReplayed?: Record<string, number>;
  memory: ProcessMemory[];
  hiveSkipped: string | null;
  /** Differences between the gateway's answers and the others' (none expected). */
  consistency: string[];
  cpu: CpuUse[];
  /** /proc/loadavg at the end of the run: other work on the machine shows here. */
  loadAverage: string;
}

export const RESULTS_FILE = join(__dirname, '..', '..', '..', 'bench', 'RESULTS.md');
const BEGIN = '<!-- bench:begin — written by `npm run bench`; everything outside these markers is kept -->';
const END = '<!-- bench:end -->';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const find = (report: BenchReport, name: string, via: string) => report.results.find((result) => result.name.startsWith(name) && result.via === via);

/** One read scenario's throughput through our gateway over each other way's, measured in the same run. */
export interface ScenarioRatios {
  name: string;
  vsDirect: number | null;
  vsHive: number | null;
  vsSql: number | null;
}

export interface Summary {
  /** Per read scenario (every scenario measured through our gateway and at least one other way). */
  scenarios: ScenarioRatios[];
  ratioVsHiveMin: number | null;
  ratioVsDirectMin: number | null;
  /** The commune dashboard through the gateway over the same SQL replayed straight on PostgreSQL. */
  ratioVsSqlCommune: number | null;
  sqlPerRequestMax: number;
  /** The largest peak RSS of our own processes (gateway and subgraphs, every variant), in MB (10^6 bytes). */
  rssMaxMb: number;
  p95NetworkMs: number;
  p95CommuneMs: number;
}

const ratioOf = (ours: ScenarioResult | undefined, other: ScenarioResult | undefined) => (ours && other && other.rps > 0 ? ours.rps / other.rps : null);
const minimum = (values: Array<number | null>) => values.reduce<number | null>((min, value) => (value === null ? min : min === null ? value : Math.min(min, value)), null);

/** Whether a process of the memory table is ours (not Hive Gateway's, not the bench client's). */
export const isOurProcess = (entry: ProcessMemory) => !entry.name.startsWith('hive') && !entry.name.startsWith('bench');

/** The figures of the last line: ratios in one run, the minimum over scenarios where the line says min. */
export function summarise(report: BenchReport): Summary {
  const names = [...new Set(report.results.filter((result) => result.via === 'gateway').map((result) => result.name))];
  const scenarios = names
    .map((name) => {
      const ours = find(report, name, 'gateway');
      return { name, vsDirect: ratioOf(ours, find(report, name, 'direct')), vsHive: ratioOf(ours, find(report, name, 'hive')), vsSql: ratioOf(ours, find(report, name, 'sql')) };
    })
    .filter((entry) => entry.vsDirect !== null || entry.vsHive !== null || entry.vsSql !== null);
  const peakMiB = report.memory.filter(isOurProcess).reduce((max, entry) => Math.max(max, entry.peakMiB), 0);
  return {
    scenarios,
    ratioVsHiveMin: minimum(scenarios.map((entry) => entry.vsHive)),
    ratioVsDirectMin: minimum(scenarios.map((entry) => entry.vsDirect)),
    ratioVsSqlCommune: scenarios.find((entry) => entry.name.startsWith('commune dashboard'))?.vsSql ?? null,
    sqlPerRequestMax: report.sql.reduce((max, entry) => Math.max(max, entry.max), 0),
    rssMaxMb: peakMiB * 1.048576,
    p95NetworkMs: find(report, 'network dashboard', 'gateway')?.p95 ?? 0,
    p95CommuneMs: find(report, 'commune dashboard', 'gateway')?.p95 ?? 0,
  };
}

const ratio = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));

/** What the plan proxy (one HTTP hop in Node in front of the direct way) reaches, per scenario where it ran. */
export interface ProxyRatios {
  name: string;
  /** The best `ratio_vs_direct` a gateway in Node can reach: it makes at least this hop. */
  proxyVsDirect: number | null;
  /** `ratio_vs_hive` of a gateway that would do nothing but the hop. */
  proxyVsHive: number | null;
  /** The same against Hive without deduplication (where measured): like for like, the proxy shares no fetch. */
  proxyVsHiveNoDedup: number | null;
  /** Our gateway against the hop alone: what our gateway's own work costs on top of it. */
  oursVsProxy: number | null;
}

export function proxyRatios(report: BenchReport): ProxyRatios[] {
  const names = [...new Set(report.results.filter((result) => result.via === 'plan proxy').map((result) => result.name))];
  return names.map((name) => {
    const proxy = find(report, name, 'plan proxy');
    return { name, proxyVsDirect: ratioOf(proxy, find(report, name, 'direct')), proxyVsHive: ratioOf(proxy, find(report, name, 'hive')), proxyVsHiveNoDedup: ratioOf(proxy, find(report, name, 'hive (no dedup)')), oursVsProxy: ratioOf(find(report, name, 'gateway'), proxy) };
  });
}

/** The bench's last line, as /work/shared/contract.md gives it. */
export function lastLine(summary: Summary): string {
  return (
    `bench: ratio_vs_hive_min=${ratio(summary.ratioVsHiveMin)} ratio_vs_direct_min=${ratio(summary.ratioVsDirectMin)} ` +
    `ratio_vs_sql_commune=${ratio(summary.ratioVsSqlCommune)} sql_per_request_max=${summary.sqlPerRequestMax} rss_max_mb=${Math.round(summary.rssMaxMb)}`
  );
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function markdown(report: BenchReport): string {
  const summary = summarise(report);
  const line = lastLine(summary);
  const target = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : '**missed**');
  const parts = [
    `## Run of ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- command: \`${report.command}\`${report.quick ? ' (quick mode)' : ''}`,
    `- machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB RAM (/proc); Node ${report.machine.node}, Linux ${report.machine.kernel}`,
    `- load: ${report.settings.concurrency} concurrent requests (closed loop, Node's fetch); per scenario and way ${report.settings.durationMs / 1000} s measured, in turns of about 5 s taken in rotation with the scenario's other ways (${report.settings.warmupMs / 1000} s warm-up before the first turn, 1 s before the others), so that the machine's other load weighs on each way alike; ${report.settings.communes} communes' admins and editors, the network admin, anonymous callers`,
    `- load average at the end of the run: ${report.loadAverage} on ${report.machine.cores} cores${Number(report.loadAverage.split(' ')[0]) > report.machine.cores ? ' — **the machine was shared with other work during this run**: only the ratios measured in it compare, not its absolute figures' : ''}`,
    `- dataset: ${report.dataset.counts.map((entry) => `${entry.count.toLocaleString('en')} ${entry.name}`).join(', ')}${report.dataset.seededNow ? ` (seeded by this run in ${report.dataset.seedSeconds?.toFixed(0)} s)` : ''}`,
    '- configuration: `RATE_LIMIT_PER_MINUTE=0` (rate limits off), `NODE_ENV=production`, `SEED_DEMO_DATA=false`, `LOG_LEVEL=warn`, `NOTIFICATIONS_WORKER=false` (no mail delivery); our gateway one worker under its cluster primary (`GATEWAY_WORKERS` unset, its default), in-flight deduplication on (`SUBGRAPH_DEDUPLICATION` unset) unless the way says otherwise; Hive Gateway the same number of workers; each subgraph one process with `DATABASE_POOL_MAX=10`; embedded PostgreSQL 17 with its defaults, on the same machine as the client',
    '',
    '### Throughput and latency',
    '',
    table(
      ['scenario', 'via', 'subgraph fetches', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
      report.results.map((result) => [
        result.name,
        result.via,
        result.via === 'gateway' || result.via === 'direct' ? (report.fetches[result.name] ?? '') : '',
        result.requests,
        result.rps.toFixed(1),
        ms(result.p50),
        ms(result.p95),
        ms(result.p99),
        result.errors,
      ]),
    ),
    '',
    '### Ratios per scenario (our gateway\'s req/s over each other way\'s, in this run)',
    '',
    table(
      ['scenario', 'ratio_vs_direct', 'ratio_vs_hive', 'ratio_vs_sql', 'statements replayed per request (sql way)'],
      summary.scenarios.map((entry) => [entry.name, ratio(entry.vsDirect), ratio(entry.vsHive), ratio(entry.vsSql), report.sqlReplayed?.[entry.name] ?? '']),
    ),
    '',
    '"sql": the floor — the statements the platform\'s subgraphs ran for sampled requests of the scenario (every commune driven, each search term, 8 offsets of each public list), captured once before the load (`INFITAH_SQL_CAPTURE_DIR`, a capture mode of `@infitah/server-kit`\'s request context, stopped by SIGUSR2), replayed by the bench client straight on PostgreSQL as each subgraph\'s runtime role (row-level security on), one transaction per subgraph request — BEGIN with the caller\'s `set_config` (one round trip), the queries, COMMIT, with their captured parameters — the subgraph requests of one client request one after the other, on pools of `DATABASE_POOL_MAX` (10) connections per subgraph, at the same concurrency, taking turns with the other ways. A random offset of a public list replays one of the captured offsets in turn. The replay runs every request\'s SQL: where the gateway shares the fetches of identical concurrent requests (in-flight deduplication: one network admin, eight search terms) or the subgraphs keep figures in memory, the platform can do more than its floor (ratio above 1).',
    '',
    ...(proxyRatios(report).length
      ? [
          '### What one HTTP hop in Node reaches (the plan proxy, in this run)',
          '',
          table(
            ['scenario', 'plan proxy / direct (best ratio_vs_direct of a Node gateway)', 'plan proxy / hive (ratio_vs_hive of a gateway doing only the hop)', 'plan proxy / hive (no dedup)', 'our gateway / plan proxy'],
            proxyRatios(report).map((entry) => [entry.name, ratio(entry.proxyVsDirect), ratio(entry.proxyVsHive), ratio(entry.proxyVsHiveNoDedup), ratio(entry.oursVsProxy)]),
          ),
          '',
          '"plan proxy" (`packages/bench/src/plan-proxy.ts`, one process): the direct way\'s plan executor behind one HTTP server in Node — it reads the body, takes the query\'s plan (planned once per query), runs it with its subgraph requests over node:http keep-alive sockets (the client our gateway uses, cheaper than the direct way\'s fetch) and writes the JSON answer; no validation, limits, session check, deduplication, error masking, metrics or logs. Not a gateway: the least any gateway written in Node does, so the first column bounds the `ratio_vs_direct` such a gateway can reach on this machine (where identical requests overlap, deduplication can share fetches and go past it), and the next two are the `ratio_vs_hive` of a gateway that would cost nothing beyond the hop — the third like for like, neither sharing fetches (measured on the commune dashboard in quick mode).',
          '',
        ]
      : []),
    report.consistency.length
      ? `**Answers differ from the gateway's:** ${report.consistency.join('; ')}.`
      : 'Before the load, each way was checked to give the gateway\'s answers (commune and network dashboards, an events page, a search).',
    '',
    '"direct": the bench client sends each subgraph fetch of the gateway\'s query plan itself (`@apollo/query-planner` on the committed supergraph), in the plan\'s order, with the gateway credential: the ceiling for any gateway on these subgraphs. The public lists alternate three queries (communes, events, proposals pages at random offsets), each with a cross-subgraph field.',
    '',
  ];
  const mixed = report.results.filter((result) => Object.keys(result.byLabel).length > 1);
  for (const result of mixed) {
    parts.push(
      `Per operation, ${result.name} via ${result.via}:`,
      '',
      table(
        ['operation', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
        Object.entries(result.byLabel).map(([label, entry]) => [label, entry.requests, ms(entry.p50), ms(entry.p95), ms(entry.p99), entry.errors]),
      ),
      '',
    );
  }
  const errors = report.results.filter((result) => result.errorSamples.length);
  if (errors.length) {
    parts.push('Errors seen:', '', ...errors.map((result) => `- ${result.name} via ${result.via}: ${result.errorSamples.map((sample) => `\`${sample.replace(/`/g, "'")}\``).join('; ')}`), '');
  }
  const order = ['gateway', 'gateway (no dedup)', 'hive', 'hive (no dedup)', 'territory', 'participation', 'evaluation', 'postgres', 'client'];
  const seen = [...new Set(report.cpu.flatMap((entry) => Object.keys(entry.perRequestMs)))];
  const groups = [...order, ...seen.filter((group) => !order.includes(group)).sort()].filter((group) =>
    report.cpu.some((entry) => (entry.perRequestMs[group] ?? 0) > 0.05),
  );
  parts.push(
    '### Where the CPU went (ms of CPU per request, by process, during each measured window)',
    '',
    `The machine has ${report.machine.cores} cores; "cores busy" is the CPU time of the processes below divided by the window (the rest of the machine's load is not in it: load average at the end of the run ${report.loadAverage}).`,
    '',
    table(
      ['scenario', 'via', ...groups, 'cores busy'],
      report.cpu.map((entry) => [entry.name, entry.via, ...groups.map((group) => (entry.perRequestMs[group] ?? 0).toFixed(1)), entry.coresBusy.toFixed(2)]),
    ),
    '',
  );
  parts.push(
    '### Peak memory (VmHWM of /proc/<pid>/status, at the end of the run)',
    '',
    table(
      ['process', 'peak RSS MiB', 'RSS at end MiB'],
      report.memory.map((entry) => [entry.name, entry.peakMiB.toFixed(0), entry.currentMiB.toFixed(0)]),
    ),
    '',
    '### SQL statements per request (most seen, per subgraph operation, from each subgraph\'s `/metrics`)',
    '',
    'Counted by the request context, transaction control included (BEGIN, the `set_config` of the caller, the queries, COMMIT).',
    '',
    table(
      ['subgraph', 'operation', 'type', 'most statements', 'DataLoader off'],
      [...report.sql]
        .sort((a, b) => b.max - a.max)
        .map((entry) => [
          entry.service,
          entry.operation,
          entry.type,
          entry.max,
          report.sqlUnbatched.find((other) => other.service === entry.service && other.operation === entry.operation && other.type === entry.type)?.max ?? '',
        ]),
    ),
    '',
    '"DataLoader off": the same operations on a second platform over the same database whose subgraphs do not batch their loads (`INFITAH_DATALOADER_BATCH=false`, a benchmark-only switch of `@infitah/server-kit`\'s DataLoader): each `load` becomes its own statement. Only operations that platform served have a figure.',
    '',
    '### Cost of row-level security',
    '',
    `The same statement, in a transaction carrying the caller (\`set_config\`), as the subgraph's runtime role (policies apply) and as \`infitah_owner\` (BYPASSRLS), ${report.settings.rlsIterations} runs each after 3 warm-up runs, the two roles taking turns run by run; the statement's time as the client sees it.`,
    '',
    table(
      ['statement', 'caller', 'rows', 'runtime role p50 ms', 'p95 ms', 'BYPASSRLS p50 ms', 'p95 ms', 'ratio (p50)'],
      report.rls.map((entry) => [entry.name, entry.caller, entry.rows, ms(entry.runtimeMs.p50), ms(entry.runtimeMs.p95), ms(entry.bypassMs.p50), ms(entry.bypassMs.p95), entry.ratio.toFixed(2)]),
    ),
    '',
    ...(report.hiveSkipped ? ['### Not measured in this run', '', `- Hive Gateway: skipped — ${report.hiveSkipped}; \`ratio_vs_hive\` is n/a.`, ''] : []),
    '### Targets (issue 24: ratios measured in this run, at the concurrency above)',
    '',
    table(
      ['target', 'measured', ''],
      [
        ['ratio_vs_direct ≥ 0.95 on every scenario', ratio(summary.ratioVsDirectMin), target(summary.ratioVsDirectMin === null ? null : summary.ratioVsDirectMin >= 0.95)],
        ['ratio_vs_hive ≥ 1.5 on every scenario (Hive with its defaults, as many workers as ours)', ratio(summary.ratioVsHiveMin), target(summary.ratioVsHiveMin === null ? null : summary.ratioVsHiveMin >= 1.5)],
        ['ratio_vs_sql ≥ 0.5 on the commune dashboard', ratio(summary.ratioVsSqlCommune), target(summary.ratioVsSqlCommune === null ? null : summary.ratioVsSqlCommune >= 0.5)],
        ['each process of ours < 300 MB RSS', `${Math.round(summary.rssMaxMb)} MB at most`, target(summary.rssMaxMb < 300)],
        ['network dashboard p95 ≤ 150 ms (issue 8; information only on a shared machine)', `${ms(summary.p95NetworkMs)} ms`, target(summary.p95NetworkMs <= 150)],
        ['commune dashboard p95 ≤ 50 ms (issue 8; information only on a shared machine)', `${ms(summary.p95CommuneMs)} ms`, target(summary.p95CommuneMs <= 50)],
      ],
    ),
    '',
    'Last line:',
    '',
    '```',
    line,
    '```',
  );
  return parts.join('\n');
}

/** Writes the run into bench/RESULTS.md between its markers (notes around them are kept); returns the last line. */
export function writeResults(report: BenchReport, options: { write: boolean; log: (line: string) => void }): string {
  const text = markdown(report);
  console.log(`\n${text}\n`);
  if (options.write) {
    mkdirSync(join(RESULTS_FILE, '..'), { recursive: true });
    const existing = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '# Benchmark results\n\n';
    const block = `${BEGIN}\n${text}\n${END}`;
    const start = existing.indexOf(BEGIN);
    const end = existing.indexOf(END);
    const updated = start >= 0 && end > start ? existing.slice(0, start) + block + existing.slice(end + END.length) : `${existing.trimEnd()}\n\n${block}\n`;
    writeFileSync(RESULTS_FILE, updated);
    options.log(`results written to ${RESULTS_FILE}`);
  }
  return lastLine(summarise(report));
}
