import type { ScenarioResult } from '../loop';
import { lastLine, markdown, proxyRatios, summarise, type BenchReport, type ProcessMemory } from '../results';

/** A scenario result with only what the summary reads: its name, way and throughput. */
function result(name: string, via: string, rps: number): ScenarioResult {
  return { name, via, rps, requests: Math.round(rps * 10), concurrency: 16, seconds: 10, errors: 0, errorSamples: [], byLabel: {}, samples: {}, p50: 10, p95: 20, p99: 30, mean: 11, max: 40 };
}

const memory = (name: string, peakMiB: number): ProcessMemory => ({ name, pid: 1, peakMiB, currentMiB: peakMiB / 2 });

function report(results: ScenarioResult[], extra: Partial<BenchReport> = {}): BenchReport {
  return {
    startedAt: '2026-12-05T03:00:00.000Z',
    command: 'npm run bench -- --quick',
    quick: true,
    settings: { concurrency: 16, durationMs: 10_000, warmupMs: 2_000, rlsIterations: 15, communes: 32 },
    machine: { cpu: 'test', cores: 2, memoryGiB: 24, node: 'v20', kernel: '6' },
    dataset: { counts: [{ name: 'communes', count: 1500 }], seededNow: false },
    fetches: {},
    results,
    rls: [],
    sql: [
      { service: 'participation', operation: 'Dashboard__participation__1', type: 'query', max: 7 },
      { service: 'evaluation', operation: 'Dashboard__evaluation__2', type: 'query', max: 9 },
    ],
    sqlUnbatched: [],
    sqlReplayed: { 'commune dashboard (admin)': 16 },
    memory: [memory('gateway (cluster worker)', 120), memory('territory', 150), memory('hive gateway (dedup on, cluster worker)', 400), memory('bench client (and launcher)', 500)],
    hiveSkipped: null,
    consistency: [],
    cpu: [],
    loadAverage: '1.00 1.00 1.00',
    ...extra,
  };
}

const ALL_WAYS = [
  result('commune dashboard (admin)', 'gateway', 100),
  result('commune dashboard (admin)', 'direct', 110),
  result('commune dashboard (admin)', 'hive', 50),
  result('commune dashboard (admin)', 'sql', 400),
  result('network dashboard (network admin)', 'gateway', 30),
  result('network dashboard (network admin)', 'direct', 40),
  result('network dashboard (network admin)', 'hive', 25),
  result('network dashboard (network admin)', 'sql', 60),
  result('public lists (anonymous)', 'gateway', 200),
  result('public lists (anonymous)', 'gateway (no dedup)', 50),
  result('public lists (anonymous)', 'direct', 210),
  result('public lists (anonymous)', 'hive', 160),
  result('write mix (editors, admins)', 'gateway', 20),
];

describe("the bench's summary line", () => {
  it('is exactly the contract\'s line: five fields, in order, two decimals for ratios and whole numbers otherwise', () => {
    expect(lastLine(summarise(report(ALL_WAYS)))).toMatch(
      /^bench: ratio_vs_hive_min=\d+\.\d\d ratio_vs_direct_min=\d+\.\d\d ratio_vs_sql_commune=\d+\.\d\d sql_per_request_max=\d+ rss_max_mb=\d+$/,
    );
  });

  it('takes the minimum over scenarios for Hive and direct, the commune dashboard for sql', () => {
    // hive: 100/50 = 2.00, 30/25 = 1.20, 200/160 = 1.25; direct: 0.91, 0.75, 0.95; sql on the commune dashboard: 0.25
    expect(lastLine(summarise(report(ALL_WAYS)))).toBe(
      'bench: ratio_vs_hive_min=1.20 ratio_vs_direct_min=0.75 ratio_vs_sql_commune=0.25 sql_per_request_max=9 rss_max_mb=157',
    );
  });

  it("counts only our own processes' memory, in MB, not Hive Gateway's nor the bench client's", () => {
    const summary = summarise(report(ALL_WAYS, { memory: [memory('evaluation', 200), memory('hive gateway (dedup off, cluster primary)', 900)] }));
    expect(summary.rssMaxMb).toBeCloseTo(200 * 1.048576, 6);
  });

  it('says n/a for a way not measured in the run (Hive not installed, no sql way)', () => {
    const withoutHive = ALL_WAYS.filter((entry) => entry.via !== 'hive' && entry.via !== 'sql');
    expect(lastLine(summarise(report(withoutHive, { hiveSkipped: 'not installed' })))).toBe(
      'bench: ratio_vs_hive_min=n/a ratio_vs_direct_min=0.75 ratio_vs_sql_commune=n/a sql_per_request_max=9 rss_max_mb=157',
    );
  });

  it('gives every scenario its ratios in RESULTS.md, and ends the block with the same line', () => {
    const text = markdown(report(ALL_WAYS));
    expect(text).toContain('| commune dashboard (admin) | 0.91 | 2.00 | 0.25 | 16 |');
    expect(text).toContain('| network dashboard (network admin) | 0.75 | 1.20 | 0.50 |  |');
    expect(text).toContain('| public lists (anonymous) | 0.95 | 1.25 | n/a |  |');
    expect(text).not.toContain('| write mix (editors, admins) | n/a');
    expect(text.trimEnd().split('\n').slice(-2)[0]).toBe(lastLine(summarise(report(ALL_WAYS))));
  });
});

describe('the plan proxy: what one HTTP hop in Node reaches', () => {
  const withProxy = [
    ...ALL_WAYS,
    result('commune dashboard (admin)', 'plan proxy', 99),
    result('public lists (anonymous)', 'plan proxy', 168),
    result('commune dashboard (admin)', 'hive (no dedup)', 45),
  ];

  it('bounds ratio_vs_direct and ratio_vs_hive by the proxy, per scenario where it ran', () => {
    // commune: 99/110 = 0.90, 99/50 = 1.98, 99/45 = 2.20, 100/99 = 1.01; lists: 168/210 = 0.80, 168/160 = 1.05, no Hive without dedup, 200/168 = 1.19
    expect(proxyRatios(report(withProxy)).map((entry) => [entry.name, entry.proxyVsDirect?.toFixed(2), entry.proxyVsHive?.toFixed(2), entry.proxyVsHiveNoDedup?.toFixed(2) ?? null, entry.oursVsProxy?.toFixed(2)])).toEqual([
      ['commune dashboard (admin)', '0.90', '1.98', '2.20', '1.01'],
      ['public lists (anonymous)', '0.80', '1.05', null, '1.19'],
    ]);
    expect(markdown(report(withProxy))).toContain('| public lists (anonymous) | 0.80 | 1.05 | n/a | 1.19 |');
  });

  it('leaves the summary line and its minima as they were: the proxy is a measure, not a way the targets compare with', () => {
    expect(lastLine(summarise(report(withProxy)))).toBe(lastLine(summarise(report(ALL_WAYS))));
    expect(markdown(report(ALL_WAYS))).not.toContain('plan proxy');
  });
});
