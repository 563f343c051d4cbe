import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArguments, REPOSITORY_ROOT, startLaunchedPlatform, stopOnSignals, type LaunchedPlatform } from '../harness/launched-platform';
import { runEnvelopeFuzz } from './envelope';
import { describeFinding, loadPublicSchema, prepareFixtures, runFuzz, signIn, type FuzzTarget } from './fuzzer';

/**
 * `npm run fuzz -- --minutes N [--seed S] [--per-pair K] [--url http://127.0.0.1:4000]`
 *
 * Without --url it starts its own platform with the launcher (fresh embedded PostgreSQL, free ports) and
 * stops it afterwards; with --url it drives a running `npm start` (it then leaves its SECRET-… marker
 * records and whatever the fuzzed writes made in that database: use a throwaway one, and raise the
 * gateway's RATE_LIMIT_PER_MINUTE). Findings go to stdout and to .data/fuzz-findings-<seed>.json; the
 * exit code is 1 when there are any.
 */
async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const minutes = Number(args.minutes ?? 1);
  const seed = Number(args.seed ?? 20_251_205);
  const perPair = Number(args['per-pair'] ?? 1);
  if (!(minutes > 0) || !Number.isInteger(seed) || !(perPair >= 1)) {
    console.error('usage: npm run fuzz -- --minutes N [--seed S] [--per-pair K] [--url GATEWAY_URL]');
    return 2;
  }
  let platform: LaunchedPlatform | null = null;
  const stop = stopOnSignals(() => platform);

  try {
    let gatewayUrl = args.url?.replace(/\/(graphql)?$/, '');
    if (!gatewayUrl) {
      platform = await startLaunchedPlatform('fuzz', { log: console.log });
      gatewayUrl = platform.gatewayUrl;
    }
    const pidsBefore = platform?.processes();
    const schema = loadPublicSchema();
    const tokens = await signIn(gatewayUrl);
    const target: FuzzTarget = {
      gatewayUrl,
      tokens,
      async extraHealth() {
        if (!platform || !pidsBefore) return [];
        const after = platform.processes();
        return Object.entries(pidsBefore)
          .filter(([name, pid]) => after[name] !== pid)
          .map(([name, pid]) => `${name} was restarted or is gone (pid ${pid} → ${after[name] ?? 'none'})`);
      },
    };
    const fixtures = await prepareFixtures(gatewayUrl, tokens, schema);
    console.log(`fuzz: seed=${seed} minutes=${minutes} against ${gatewayUrl}, ${fixtures.markers.length} markers, ${fixtures.ids.length} ids`);
    const report = await runFuzz(target, fixtures, schema, { seed, perPair, timeLimitMs: minutes * 60_000, log: console.log });
    // then the HTTP envelope around the request: a few hundred raw requests per minute asked
    const envelope = await runEnvelopeFuzz(gatewayUrl, { seed, cases: Math.ceil(300 * minutes) });
    console.log(`fuzz: envelope cases=${envelope.cases} statuses=${JSON.stringify(envelope.statuses)}`);
    report.findings.push(...envelope.findings);

    for (const finding of report.findings) console.log(describeFinding(finding));
    const folder = join(REPOSITORY_ROOT, '.data');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `fuzz-findings-${seed}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    console.log(
      `fuzz: seed=${seed} minutes=${minutes} cases=${report.cases} rounds=${report.rounds} fields=${report.fields} findings=${report.findings.length} ` +
        `outcomes=${JSON.stringify(report.outcomes)} report=${file} ${report.findings.length ? 'FAILED' : 'ok'}`,
    );
    return report.findings.length ? 1 : 0;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`fuzz: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
