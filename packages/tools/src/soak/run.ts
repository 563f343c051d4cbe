import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { parseArguments, PROCESS_NAMES, rssMb, startLaunchedPlatform, stopOnSignals, type LaunchedPlatform } from '../harness/launched-platform';
import { postGraphQL, signIn, type Actor, type GraphQLAnswer } from '../fuzz/fuzzer';

/**
 * `npm run soak -- --minutes N [--concurrency C] [--bound-mb M] [--warmup-seconds W] [--node-options=…]`
 *
 * Starts the platform with the launcher (every service its own process, a fresh embedded PostgreSQL),
 * drives a mixed read/write load from the demo accounts of both communes and the network, remembers
 * every acknowledged write (the events and proposals created, their last acknowledged titles, the events
 * deleted), then checks in the database, as its superuser, that each acknowledged write is there exactly
 * once (with its audit entry), that no request failed, that no process was restarted and that no
 * process's resident memory grew by more than the bound (default 150 MB) after the warm-up (default 60 s),
 * trough to trough: the lowest RSS of the run's last quarter against the lowest of its first quarter,
 * sampled every 5 s. It prints one line and exits 0 when all of that holds.
 */

type Writer = Exclude<Actor, 'anonymous'>;
const WRITERS: Writer[] = ['adminA', 'editorA', 'adminB', 'network'];
const READERS: Actor[] = ['anonymous', 'editorA', 'adminA', 'adminB', 'network'];
const ADMINS = new Set<Writer>(['adminA', 'adminB']);
const TAMAZGANA = '00000002-0000-4000-8000-000000000001';
const DEMO_COMMUNE = '00000002-0000-4000-8000-000000000002';

interface Written {
  kind: 'event' | 'proposal';
  id: string;
  /** The last title the API acknowledged. */
  title: string;
  deleted: boolean;
}

interface Stats {
  requests: number;
  writes: number;
  failed: number;
  failures: string[];
}

const READS: Array<{ query: string; variables?: () => Record<string, unknown> }> = [
  { query: '{ network { memberCount participation { eventCount proposalCount } evaluation { programCount commitmentCount } } }' },
  { query: 'query ($offset: Int) { events(first: 20, offset: $offset) { totalCount nodes { id title startsAt published collectivity { id nameFr } agenda { title } } } }', variables: () => ({ offset: Math.floor(Math.random() * 40) }) },
  { query: 'query ($id: ID) { proposals(filter: { collectivityId: $id }, first: 20) { totalCount nodes { id title status published commitment { id title } } } }', variables: () => ({ id: Math.random() < 0.5 ? TAMAZGANA : DEMO_COMMUNE }) },
  { query: 'query ($id: ID!) { collectivity(id: $id) { nameAr nameFr membership { joinedOn status } events(first: 10) { totalCount nodes { title } } } }', variables: () => ({ id: Math.random() < 0.5 ? TAMAZGANA : DEMO_COMMUNE }) },
  { query: '{ actionPrograms(first: 10) { totalCount nodes { id status commitments { id title completion sourceProposals { id } } } } }' },
  { query: '{ commitments(first: 20) { totalCount nodes { id title principles } } }' },
  { query: '{ collectivities(filter: { search: "تمزكانة" }, first: 5) { totalCount nodes { id nameFr } } }' },
  { query: '{ libraryEntries(first: 10) { totalCount nodes { id title kind } } }' },
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const minutes = Number(args.minutes ?? 1);
  const concurrency = Number(args.concurrency ?? 8);
  const boundMb = Number(args['bound-mb'] ?? 150);
  const warmupMs = Number(args['warmup-seconds'] ?? 60) * 1_000;
  // e.g. --node-options=--max-old-space-size=256: what every process of the platform runs with (NODE_OPTIONS)
  const nodeOptions = args['node-options'];
  if (!(minutes > 0) || !(concurrency >= 1) || !(boundMb > 0) || !(warmupMs >= 0)) {
    console.error('usage: npm run soak -- --minutes N [--concurrency C] [--bound-mb M] [--warmup-seconds W]');
    return 2;
  }
  const runId = randomBytes(4).toString('hex');
  const prefix = `soak-${runId}-`;
  let platform: LaunchedPlatform | null = null;
  const stop = stopOnSignals(() => platform);

  try {
    platform = await startLaunchedPlatform('soak', { log: console.log, env: nodeOptions ? { NODE_OPTIONS: nodeOptions } : {} });
    const { gatewayUrl } = platform;
    const tokens = await signIn(gatewayUrl);
    const pidsAtStart = platform.processes();
    for (const name of PROCESS_NAMES) if (!pidsAtStart[name]) throw new Error(`no process found for ${name}`);
    const names = Object.keys(pidsAtStart);

    const stats: Stats = { requests: 0, writes: 0, failed: 0, failures: [] };
    const written = new Map<string, Written>();
    let counter = 0;
    const send = async (actor: Actor, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer | null> => {
      stats.requests++;
      try {
        const answer = await postGraphQL(gatewayUrl, query, variables, tokens[actor], 30_000);
        if (answer.status !== 200 || !answer.body || answer.body.errors?.length) {
          stats.failed++;
          if (stats.failures.length < 10) stats.failures.push(`${actor}: ${query.slice(0, 80)} → ${answer.status} ${answer.text.slice(0, 300)}`);
          return null;
        }
        return answer;
      } catch (error) {
        stats.failed++;
        if (stats.failures.length < 10) stats.failures.push(`${actor}: ${query.slice(0, 80)} → ${String(error)}`);
        return null;
      }
    };

    /** One worker writes as one account only, so the order of its own acknowledged writes is the order they happened. */
    const worker = async (index: number, until: () => boolean) => {
      const writer = WRITERS[index % WRITERS.length];
      const own: Written[] = [];
      while (!until()) {
        const roll = Math.random();
        if (roll < 0.6) {
          const read = pick(READS);
          await send(pick(READERS), read.query, read.variables?.());
          continue;
        }
        const title = `${prefix}${++counter}`;
        const live = own.filter((record) => !record.deleted);
        if (roll < 0.75 || live.length === 0) {
          const startsAt = new Date(Date.UTC(2030, Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28), 9)).toISOString();
          const answer = await send(writer, 'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id title } }', {
            input: { kind: writer === 'network' ? 'TRAINING' : 'INFORMATION_MEETING', title, startsAt, venue: 'Soak' },
          });
          if (answer) record(own, { kind: 'event', id: answer.body!.data.createEvent.id, title, deleted: false });
        } else if (roll < 0.85 && writer !== 'network') {
          const answer = await send(writer, 'mutation ($input: ProposalInput!) { createProposal(input: $input) { id title } }', {
            input: { title, body: 'Proposition de charge', principle: 'TRANSPARENCY', source: 'EVENT' },
          });
          if (answer) record(own, { kind: 'proposal', id: answer.body!.data.createProposal.id, title, deleted: false });
        } else if (roll < 0.95 || !ADMINS.has(writer)) {
          const target = pick(live);
          const mutation =
            target.kind === 'event'
              ? 'mutation ($id: ID!, $title: String!) { update: updateEvent(id: $id, input: { title: $title }) { id title } }'
              : 'mutation ($id: ID!, $title: String!) { update: updateProposal(id: $id, input: { title: $title }) { id title } }';
          const answer = await send(writer, mutation, { id: target.id, title });
          if (answer) {
            target.title = title;
            stats.writes++;
          }
        } else {
          const target = pick(live);
          const mutation = target.kind === 'event' ? 'mutation ($id: ID!) { deleteEvent(id: $id) }' : 'mutation ($id: ID!) { deleteProposal(id: $id) }';
          const answer = await send(writer, mutation, { id: target.id });
          if (answer) {
            target.deleted = true;
            stats.writes++;
          }
        }
      }
    };
    const record = (own: Written[], item: Written) => {
      own.push(item);
      written.set(item.id, item);
      stats.writes++;
    };
    const runFor = async (ms: number) => {
      const end = Date.now() + ms;
      await Promise.all(Array.from({ length: concurrency }, (_, index) => worker(index, () => Date.now() >= end)));
    };

    // warm-up: the same load, then the memory baseline
    await runFor(warmupMs);
    const warmup = { requests: stats.requests, failed: stats.failed };
    const baseline = Object.fromEntries(names.map((name) => [name, rssMb(pidsAtStart[name]) ?? 0])) as Record<string, number>;
    const peak = { ...baseline };
    // every 5 s: each process's RSS, for the peak, the trend and the troughs compared at the end
    const series: Array<Record<string, number>> = [baseline];
    const sampler = setInterval(() => {
      const now = Object.fromEntries(names.map((name) => [name, rssMb(pidsAtStart[name]) ?? 0]));
      series.push(now);
      for (const name of names) peak[name] = Math.max(peak[name], now[name]);
      // one line a minute: the trend tells a leak (steady growth) from a heap settling
      if ((series.length - 1) % 12 === 0) {
        console.log(`soak: t=${(series.length - 1) * 5}s requests=${stats.requests} failed=${stats.failed} rss_mb ${names.map((name) => `${name}=${now[name].toFixed(0)}`).join(' ')}`);
      }
    }, 5_000);
    const started = Date.now();
    await runFor(minutes * 60_000);
    clearInterval(sampler);
    const elapsedS = (Date.now() - started) / 1_000;
    const final = Object.fromEntries(names.map((name) => [name, rssMb(pidsAtStart[name]) ?? Number.NaN])) as Record<string, number>;
    series.push(final);
    const pidsAtEnd = platform.processes();
    const restarts = names.filter((name) => pidsAtEnd[name] !== pidsAtStart[name]);

    // every acknowledged write, in the database, exactly once
    const database = new Client({ connectionString: platform.databaseUrl });
    await database.connect();
    let lost = 0;
    let duplicated = 0;
    let unacknowledged = 0;
    let auditMissing = 0;
    const problems: string[] = [];
    try {
      for (const [kind, table, titleSql] of [
        ['event', 'participation.event', 'coalesce(title_fr, title_ar)'],
        ['proposal', 'participation.proposal', 'title'],
      ] as const) {
        const { rows } = await database.query<{ id: string; title: string }>(`SELECT id::text AS id, ${titleSql} AS title FROM ${table} WHERE ${titleSql} LIKE $1`, [`${prefix}%`]);
        const rowsById = new Map<string, Array<{ id: string; title: string }>>();
        for (const row of rows) rowsById.set(row.id, [...(rowsById.get(row.id) ?? []), row]);
        const byTitle = new Map<string, number>();
        for (const row of rows) byTitle.set(row.title, (byTitle.get(row.title) ?? 0) + 1);
        for (const [title, count] of byTitle) {
          if (count > 1) {
            duplicated += count - 1;
            problems.push(`${kind} titled ${title} is there ${count} times`);
          }
        }
        const acknowledged = [...written.values()].filter((item) => item.kind === kind);
        for (const item of acknowledged) {
          const found = rowsById.get(item.id) ?? [];
          if (item.deleted) {
            if (found.length) {
              lost++;
              problems.push(`deleted ${kind} ${item.id} is still there`);
            }
          } else if (found.length !== 1 || found[0].title !== item.title) {
            lost++;
            problems.push(`${kind} ${item.id}: expected "${item.title}", found ${JSON.stringify(found)}`);
          }
        }
        for (const row of rows) if (!written.has(row.id)) unacknowledged++;
        // each acknowledged creation has its one audit entry
        const ids = acknowledged.map((item) => item.id);
        const { rows: audited } = await database.query<{ entity_id: string; count: string }>(
          `SELECT entity_id, count(*) AS count FROM audit.entry WHERE action = 'CREATE' AND entity_id = ANY($1::text[]) GROUP BY entity_id`,
          [ids],
        );
        const auditCount = new Map(audited.map((row) => [row.entity_id, Number(row.count)]));
        for (const id of ids) {
          if (auditCount.get(id) !== 1) {
            auditMissing++;
            if (problems.length < 20) problems.push(`${kind} ${id} has ${auditCount.get(id) ?? 0} CREATE audit entries`);
          }
        }
      }
    } finally {
      await database.end();
    }

    // Growth is measured trough to trough: the lowest RSS of the last quarter of the run against the lowest of
    // its first quarter (at least three samples each). A garbage-collected heap saws up and down by a hundred
    // MB between collections; a leak lifts the troughs.
    const quarter = Math.max(3, Math.floor(series.length / 4));
    const trough = (samples: Array<Record<string, number>>, name: string) => Math.min(...samples.map((sample) => sample[name]));
    const growth = Object.fromEntries(
      names.map((name) => [name, Number.isNaN(final[name]) ? Number.NaN : trough(series.slice(-quarter), name) - trough(series.slice(0, quarter), name)]),
    ) as Record<string, number>;
    const maxGrowth = Math.max(...Object.values(growth).map((value) => (Number.isNaN(value) ? Number.POSITIVE_INFINITY : value)));
    const ok = lost === 0 && duplicated === 0 && stats.failed === 0 && auditMissing === 0 && restarts.length === 0 && maxGrowth <= boundMb;
    for (const problem of [...problems.slice(0, 20), ...stats.failures]) console.log(`soak: ${problem}`);
    console.log(
      `soak: rss_mb start→end (peak) ${names.map((name) => `${name} ${baseline[name].toFixed(0)}→${final[name].toFixed(0)} (${peak[name].toFixed(0)})`).join(', ')}; ` +
        `warm-up ${warmupMs / 1_000}s: ${warmup.requests} requests, ${warmup.failed} failed`,
    );
    console.log(
      `soak: minutes=${minutes} concurrency=${concurrency} requests=${stats.requests} rps=${(stats.requests / (elapsedS + warmupMs / 1_000)).toFixed(0)} ` +
        `writes=${stats.writes} records=${written.size} lost=${lost} duplicated=${duplicated} unacknowledged=${unacknowledged} audit_missing=${auditMissing} ` +
        `failed=${stats.failed} restarts=${restarts.length} rss_growth_mb=${maxGrowth.toFixed(1)} ` +
        `(${names.map((name) => `${name}:${growth[name] >= 0 ? '+' : ''}${growth[name].toFixed(1)}`).join(',')}) bound_mb=${boundMb} ${ok ? 'ok' : 'FAILED'}`,
    );
    return ok ? 0 : 1;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
