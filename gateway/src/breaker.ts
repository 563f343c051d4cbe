import { GraphQLError } from 'graphql';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Worker } from 'node:cluster';
import type { Send } from './deduplicate';
import { SubgraphTimeoutError } from './subgraph-http';

/**
 * A circuit breaker per subgraph. A subgraph that hangs (a stuck query, a saturated pool, a frozen process) would
 * otherwise cost every request that touches it the whole fetch timeout. After `timeoutThreshold` consecutive timeouts,
 * or `failureThreshold` consecutive failures of any kind (no answer, connection refused or reset, HTTP 5xx), the breaker
 * opens: fetches to that subgraph are refused at once, and the gateway answers the rest of the query with an error on
 * that subgraph's part. After `coolOffMs` it is half-open: one fetch (the probe) goes through, the others are still
 * refused; the probe's answer closes it, its failure opens it for another cool-off.
 *
 * An answer is an answer: GraphQL errors in a 200 response, or a 4xx refusal, are the subgraph working.
 *
 *   closed --(threshold reached)--> open --(cool-off elapsed)--> half-open --(probe answered)--> closed
 *                                    ^                               |
 *                                    +---------(probe failed)--------+
 */
export type BreakerState = 'closed' | 'half-open' | 'open';

/** The value of each state in the `infitah_subgraph_breaker_state` gauge. */
export const BREAKER_STATE_VALUES: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export interface BreakerOptions {
  /** Consecutive failures of any kind (timeouts included) that open the breaker. */
  failureThreshold: number;
  /** Consecutive timeouts that open the breaker: each has already cost a caller the whole timeout. */
  timeoutThreshold: number;
  /** Time open before one probe is let through, in milliseconds. */
  coolOffMs: number;
}

export type FetchOutcome = 'answered' | 'failed' | 'timed-out';

/** What `admit` hands out: settle it with the fetch's outcome. */
export interface Permit {
  readonly probe: boolean;
}

export class CircuitBreaker {
  private mode: 'closed' | 'open' | 'probing' = 'closed';
  private failures = 0;
  private timeouts = 0;
  private openedAt = 0;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = Date.now,
    private readonly onChange: (from: BreakerState, to: BreakerState) => void = () => undefined,
  ) {}

  get state(): BreakerState {
    if (this.mode === 'closed') return 'closed';
    if (this.mode === 'probing') return 'half-open';
    return this.now() - this.openedAt >= this.options.coolOffMs ? 'half-open' : 'open';
  }

  /** A permit for one fetch, or null when the breaker refuses it (open, or half-open with its probe on its way). */
  admit(): Permit | null {
    const state = this.state;
    if (state === 'closed') return { probe: false };
    if (state === 'open' || this.mode === 'probing') return null;
    this.mode = 'probing';
    return { probe: true };
  }

  /** The outcome of an admitted fetch. Fetches let through before the breaker opened change nothing once it is open. */
  settle(permit: Permit, outcome: FetchOutcome): void {
    const before = this.state;
    if (permit.probe) {
      if (outcome === 'answered') this.close();
      else this.open();
    } else if (this.mode === 'closed') {
      if (outcome === 'answered') {
        this.failures = 0;
        this.timeouts = 0;
      } else {
        this.failures += 1;
        this.timeouts = outcome === 'timed-out' ? this.timeouts + 1 : 0;
        if (this.failures >= this.options.failureThreshold || this.timeouts >= this.options.timeoutThreshold) this.open();
      }
    }
    const after = this.state;
    if (after !== before) this.onChange(before, after);
  }

  /**
   * Takes on the state another process's breaker of the same subgraph reached (cluster workers share what they learn):
   * open unless already open or probing, closed whatever it was. Listeners are not told: it is not this one's finding.
   */
  follow(state: 'open' | 'closed'): void {
    if (state === 'closed') this.close();
    else if (this.mode === 'closed') this.open();
  }

  private open(): void {
    this.mode = 'open';
    this.openedAt = this.now();
  }

  private close(): void {
    this.mode = 'closed';
    this.failures = 0;
    this.timeouts = 0;
  }
}

/** Refused by an open breaker, without asking the subgraph. */
export class CircuitOpenError extends Error {
  constructor(readonly subgraph: string) {
    super(`the circuit breaker of ${subgraph} is open`);
  }
}

/** What a client sees for the part of a query that a subgraph could not answer: its name, no address, no cause. */
export function subgraphUnavailable(subgraph: string): GraphQLError {
  return new GraphQLError(`The ${subgraph} service is unavailable`, { extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph } });
}

/** The breakers of the gateway's subgraphs, in one process (each cluster worker has its own). */
export class SubgraphBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly listeners: Array<(subgraph: string, from: BreakerState, to: BreakerState) => void> = [];

  constructor(names: readonly string[], options: BreakerOptions, now: () => number = Date.now) {
    for (const name of names) {
      this.breakers.set(name, new CircuitBreaker(options, now, (from, to) => this.listeners.forEach((listener) => listener(name, from, to))));
    }
  }

  /** Called on every change of state (in a fetch's settlement: an open breaker becomes half-open when next asked). */
  onChange(listener: (subgraph: string, from: BreakerState, to: BreakerState) => void): void {
    this.listeners.push(listener);
  }

  of(subgraph: string): CircuitBreaker {
    const breaker = this.breakers.get(subgraph);
    if (!breaker) throw new Error(`No circuit breaker for ${subgraph}`);
    return breaker;
  }

  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([name, breaker]) => [name, breaker.state]));
  }

  /** `send` behind the subgraph's breaker: refused at once while it is open, its outcome counted otherwise. */
  guard(subgraph: string, send: Send): Send {
    const breaker = this.of(subgraph);
    return async (input, init) => {
      const permit = breaker.admit();
      if (!permit) throw new CircuitOpenError(subgraph);
      let response: Response;
      try {
        response = await send(input, init);
      } catch (error) {
        breaker.settle(permit, error instanceof SubgraphTimeoutError ? 'timed-out' : 'failed');
        throw error;
      }
      breaker.settle(permit, response.status >= 500 ? 'failed' : 'answered');
      return response;
    };
  }

  /**
   * `infitah_subgraph_breaker_state{subgraph}` (0 closed, 1 half-open, 2 open) and
   * `infitah_subgraph_breaker_opened_total{subgraph}`. Across cluster workers the state is their maximum (a breaker
   * open in any worker shows), the openings their sum.
   */
  registerMetrics(registry: Registry): void {
    const breakers = this.breakers;
    new Gauge({
      name: 'infitah_subgraph_breaker_state',
      help: "State of the gateway's circuit breaker of each subgraph: 0 closed, 1 half-open, 2 open (the highest of the workers)",
      labelNames: ['subgraph'],
      aggregator: 'max',
      registers: [registry],
      collect() {
        for (const [name, breaker] of breakers) this.set({ subgraph: name }, BREAKER_STATE_VALUES[breaker.state]);
      },
    });
    const opened = new Counter({
      name: 'infitah_subgraph_breaker_opened_total',
      help: "Times the gateway's circuit breaker of each subgraph opened",
      labelNames: ['subgraph'],
      registers: [registry],
    });
    for (const name of breakers.keys()) opened.inc({ subgraph: name }, 0);
    this.onChange((subgraph, _from, to) => {
      if (to === 'open') opened.inc({ subgraph });
    });
  }
}

interface BreakerMessage {
  type: 'infitah:breaker';
  subgraph: string;
  state: 'open' | 'closed';
}

const isBreakerMessage = (message: unknown): message is BreakerMessage => (message as BreakerMessage | null)?.type === 'infitah:breaker';

/**
 * In a cluster worker: when one of its breakers opens or closes, the other workers' follow (through the primary,
 * `relayBreakerStates`). Without it each worker would learn of a hung subgraph by paying the timeout itself.
 */
export function shareBreakerStates(breakers: SubgraphBreakers, channel: NodeJS.Process = process): void {
  breakers.onChange((subgraph, _from, to) => {
    if (to !== 'half-open' && channel.connected) channel.send?.({ type: 'infitah:breaker', subgraph, state: to } satisfies BreakerMessage);
  });
  channel.on('message', (message: unknown) => {
    if (isBreakerMessage(message)) breakers.of(message.subgraph).follow(message.state);
  });
}

/** In the cluster's primary: passes each worker's breaker changes on to the other workers. */
export function relayBreakerStates(cluster: { on(event: 'message', listener: (worker: Worker, message: unknown) => void): unknown; workers?: NodeJS.Dict<Worker> }): void {
  cluster.on('message', (from, message) => {
    if (!isBreakerMessage(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== from && worker.isConnected()) worker.send(message);
    }
  });
}
