import { performance } from 'node:perf_hooks';

/** One request of a scenario: resolves to an error message, or null when it succeeded. */
export type Operation = (worker: number, iteration: number) => Promise<OperationOutcome>;
export interface OperationOutcome {
  /** Null when the request succeeded. */
  error: string | null;
  /** Label of the request within a mixed scenario (e.g. createEvent), for per-operation figures. */
  label?: string;
}

export interface ScenarioSpec {
  name: string;
  /** Where it was sent: gateway, direct (the client runs the plan), hive, … */
  via: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  operation: Operation;
  /** Called when the measured window opens, and once every request of it has answered. */
  onWindow?: (phase: 'start' | 'end') => void;
}

export interface LatencySummary {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface ScenarioResult extends LatencySummary {
  name: string;
  via: string;
  concurrency: number;
  seconds: number;
  errors: number;
  errorSamples: string[];
  byLabel: Record<string, LatencySummary & { errors: number }>;
  /** Every measured latency, by label, for combining slices of one scenario. */
  samples: Record<string, { latencies: number[]; errors: number }>;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);

function summarise(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    rps: seconds > 0 ? sorted.length / seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length : 0,
    max: sorted.length ? sorted[sorted.length - 1] : 0,
  };
}

/**
 * A closed-loop load: `concurrency` workers, each sending its next request as soon as the last one answered, for
 * a warm-up (not counted) and then the measured duration. Requests started during the measured window count.
 */
export async function runScenario(spec: ScenarioSpec): Promise<ScenarioResult> {
  const started = performance.now();
  const measureFrom = started + spec.warmupMs;
  const stopAt = measureFrom + spec.durationMs;
  const latencies: number[] = [];
  const labelled = new Map<string, { latencies: number[]; errors: number }>();
  const errorSamples = new Set<string>();
  let errors = 0;
  let lastEnd = measureFrom;

  const worker = async (index: number) => {
    for (let iteration = 0; performance.now() < stopAt; iteration += 1) {
      const begin = performance.now();
      let outcome: OperationOutcome;
      try {
        outcome = await spec.operation(index, iteration);
      } catch (error) {
        outcome = { error: error instanceof Error ? error.message : String(error) };
      }
      const end = performance.now();
      if (begin < measureFrom) continue;
      lastEnd = Math.max(lastEnd, end);
      latencies.push(end - begin);
      const label = outcome.label ?? spec.name;
      const entry = labelled.get(label) ?? { latencies: [], errors: 0 };
      entry.latencies.push(end - begin);
      labelled.set(label, entry);
      if (outcome.error !== null) {
        errors += 1;
        entry.errors += 1;
        if (errorSamples.size < 5) errorSamples.add(outcome.error.slice(0, 300));
      }
    }
  };
  const opening = setTimeout(() => spec.onWindow?.('start'), Math.max(0, measureFrom - performance.now()));
  await Promise.all(Array.from({ length: spec.concurrency }, (_, index) => worker(index)));
  clearTimeout(opening);
  spec.onWindow?.('end');
  const seconds = (lastEnd - measureFrom) / 1000;
  return {
    name: spec.name,
    via: spec.via,
    concurrency: spec.concurrency,
    seconds,
    errors,
    errorSamples: [...errorSamples],
    ...summarise(latencies, seconds),
    byLabel: Object.fromEntries([...labelled].map(([label, entry]) => [label, { ...summarise(entry.latencies, seconds), errors: entry.errors }])),
    samples: Object.fromEntries(labelled),
  };
}

/** One result from slices of the same scenario and target run at different times (interleaved with the others). */
export function combine(slices: ScenarioResult[]): ScenarioResult {
  const [first] = slices;
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const samples: ScenarioResult['samples'] = {};
  for (const slice of slices) {
    for (const [label, entry] of Object.entries(slice.samples)) {
      const merged = (samples[label] ??= { latencies: [], errors: 0 });
      merged.latencies.push(...entry.latencies);
      merged.errors += entry.errors;
    }
  }
  const all = Object.values(samples).flatMap((entry) => entry.latencies);
  return {
    name: first.name,
    via: first.via,
    concurrency: first.concurrency,
    seconds,
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
    errorSamples: [...new Set(slices.flatMap((slice) => slice.errorSamples))].slice(0, 5),
    ...summarise(all, seconds),
    byLabel: Object.fromEntries(Object.entries(samples).map(([label, entry]) => [label, { ...summarise(entry.latencies, seconds), errors: entry.errors }])),
    samples,
  };
}
