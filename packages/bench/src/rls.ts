import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { CALLER_SETTINGS_SQL, callerSettings, visibleRowsByParametersSql, type Caller } from '@infitah/server-kit';
// the very definition the participation loaders use (a development dependency, built before this package)
import { eventsOfCollectivitySql } from '@infitah/participation/dist/events/event.loader';

/**
 * The cost of row-level security: the same SQL the resolvers send, run as the subgraph's runtime role (policies
 * apply) and as the owner role (BYPASSRLS: they do not), in a transaction carrying the caller as a request does.
 */
export interface RlsCase {
  name: string;
  service: 'participation' | 'evaluation';
  caller: Pick<Caller, 'role' | 'collectivityId'>;
  sql: string;
  parameters: unknown[];
}

export interface RlsResult {
  name: string;
  caller: string;
  rows: number;
  runtimeMs: { p50: number; p95: number };
  bypassMs: { p50: number; p95: number };
  ratio: number;
}

/** The resolvers' read rule, $2 the caller's role and $3 its collectivity. */
const VISIBLE = (alias: string) => visibleRowsByParametersSql(alias, { role: 2, collectivity: 3 });

/** Statements of the bench's operations, as the loaders and resolvers write them. */
export function rlsCases(commune: { id: string; commitmentIds: string[] }): RlsCase[] {
  const admin: RlsCase['caller'] = { role: 'COLLECTIVITY_ADMIN', collectivityId: commune.id };
  const network: RlsCase['caller'] = { role: 'NETWORK_ADMIN', collectivityId: null };
  const anonymous: RlsCase['caller'] = { role: 'ANONYMOUS', collectivityId: null };
  const withCaller = (caller: RlsCase['caller'], first: unknown) => [first, caller.role, caller.collectivityId];
  return [
    {
      name: 'network figures: proposals by principle and status',
      service: 'participation',
      caller: network,
      sql: `SELECT 'network' AS scope, t.principle, t.status, count(*)::int AS count FROM participation.proposal t
             WHERE ${VISIBLE('t')} AND $1::uuid[] IS NOT NULL GROUP BY 1, 2, 3`,
      parameters: withCaller(network, []),
    },
    {
      name: 'network figures: attendance (anonymous)',
      service: 'participation',
      caller: anonymous,
      sql: `SELECT 'network' AS scope, a.category, a.gender, coalesce(sum(a.count), 0)::int AS count, count(*) FILTER (WHERE a.count IS NULL)::int AS uncounted
              FROM participation.event t JOIN participation.attendance a ON a.collectivity_id = t.collectivity_id AND a.event_id = t.id
             WHERE ${VISIBLE('t')} AND $1::uuid[] IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 2, 3`,
      parameters: withCaller(anonymous, []),
    },
    {
      name: "commune dashboard: a commune's events page",
      service: 'participation',
      caller: admin,
      sql: `SELECT cid, id FROM (
              SELECT scope.cid, t.id, row_number() OVER (PARTITION BY scope.cid ORDER BY t.starts_at ASC, t.id ASC) AS position
                FROM unnest($1::uuid[]) AS scope(cid) JOIN participation.event t ON (${eventsOfCollectivitySql('scope.cid')})
               WHERE ${VISIBLE('t')}
            ) ranked WHERE position > 0 AND position <= 50 ORDER BY cid, position`,
      parameters: withCaller(admin, [commune.id]),
    },
    {
      name: 'public list: proposals count (anonymous)',
      service: 'participation',
      caller: anonymous,
      sql: `SELECT count(*)::int AS count FROM participation.proposal p WHERE ${VISIBLE('p')} AND $1::uuid[] IS NOT NULL`,
      parameters: withCaller(anonymous, []),
    },
    {
      name: 'commune dashboard: commitments of its programme',
      service: 'evaluation',
      caller: admin,
      sql: `SELECT c.* FROM evaluation.commitment c
             WHERE (c.collectivity_id, c.id) IN (SELECT * FROM unnest($1::uuid[], $4::uuid[])) AND ${VISIBLE('c')}`,
      parameters: [commune.commitmentIds.map(() => commune.id), admin.role, admin.collectivityId, commune.commitmentIds],
    },
    {
      name: 'commitment milestones (child table policy)',
      service: 'evaluation',
      caller: admin,
      sql: `SELECT m.* FROM evaluation.milestone m
             WHERE (m.collectivity_id, m.commitment_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[])) ORDER BY m.position`,
      parameters: [commune.commitmentIds.map(() => commune.id), commune.commitmentIds],
    },
  ];
}

/** One timed run of a case on a connection: the statement alone, inside a transaction carrying the caller. */
async function timeOnce(client: Client, testCase: RlsCase): Promise<{ ms: number; rows: number }> {
  await client.query('BEGIN');
  await client.query(CALLER_SETTINGS_SQL, callerSettings({ ...testCase.caller, userId: null }));
  const begin = performance.now();
  const result = await client.query(testCase.sql, testCase.parameters);
  const ms = performance.now() - begin;
  await client.query('COMMIT');
  return { ms, rows: result.rowCount ?? 0 };
}

const quantiles = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
};

/** Runtime role and owner take turns, run by run, so that the machine's other load weighs on both alike. */
export async function measureRls(urls: { ownerUrl: string; appUrls: Record<string, string> }, cases: RlsCase[], iterations: number): Promise<RlsResult[]> {
  const results: RlsResult[] = [];
  for (const testCase of cases) {
    const runtime = new Client({ connectionString: urls.appUrls[testCase.service] });
    const bypass = new Client({ connectionString: urls.ownerUrl });
    await Promise.all([runtime.connect(), bypass.connect()]);
    const times = { runtime: [] as number[], bypass: [] as number[] };
    let rows = 0;
    try {
      // the first runs warm the plan and the cache
      for (let i = 0; i < iterations + 3; i += 1) {
        const order: Array<'runtime' | 'bypass'> = i % 2 === 0 ? ['runtime', 'bypass'] : ['bypass', 'runtime'];
        for (const who of order) {
          const run = await timeOnce(who === 'runtime' ? runtime : bypass, testCase);
          if (who === 'runtime') rows = run.rows;
          if (i >= 3) times[who].push(run.ms);
        }
      }
    } finally {
      await Promise.all([runtime.end(), bypass.end()]);
    }
    const runtimeMs = quantiles(times.runtime);
    const bypassMs = quantiles(times.bypass);
    results.push({ name: testCase.name, caller: testCase.caller.role, rows, runtimeMs, bypassMs, ratio: bypassMs.p50 > 0 ? runtimeMs.p50 / bypassMs.p50 : 0 });
  }
  return results;
}
