import { GraphQLError } from 'graphql';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Worker } from 'node:cluster';
import type { Send } from './deduplicate';
import { SubgraphTimeoutError } from './subgraph-http';

/**
 * A circuit breaker per subgraph. A subgraph that hangs (a stuck query, a saturated pool, a frozen process) would
 * otherwise cost every request that touches it the whole fetch timeout.
 *
 * - A fetch that times out does not, by itself, say the subgraph hangs: a heavy but healthy query may take longer than
 *   the query timeout. So the breaker asks the subgraph's `/health` (answered by its node process without touching the
 *   database; one check in flight per subgraph, a short timeout): no answer means the process hangs, and the breaker
 *   opens at once; an answer means the query was merely slow, and the timeout counts as one failure.
 * - `failureThreshold` consecutive failures of any kind (slow timeouts, refused or reset connections, HTTP 5xx) open it.
 * - While open, fetches are refused at once, and the gateway answers the rest of the query with an error on that
 *   subgraph's part. No caller's request is ever used as a probe: one process (a gateway created in-process, or the
 *   cluster's primary) checks the subgraph's `/ready` in the background every cool-off (`BreakerProber`), and closes
 *   the breaker — in every worker — when it answers.
 *
 * An answer is an answer: GraphQL errors in a 200 response, or a 4xx refusal, are the subgraph working.
 *
 *   closed --(no /health after a timeout, or threshold reached)--> open --(background /ready answered)--> closed
 */
export type BreakerState = 'closed' | 'open';

/** The value of each state in the `infitah_subgraph_breaker_state` gauge (1 was half-open, a state that is gone). */
export const BREAKER_STATE_VALUES: Record<BreakerState, number> = { closed: 0, open: 2 };

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export interface BreakerOptions {
  /** Consecutive failures of any kind (timeouts of a subgraph whose /health still answers included) that open the breaker. */
  failureThreshold: number;
  /** Time between two background checks of an open breaker's subgraph, in milliseconds. */
  coolOffMs: number;
  /** Time a subgraph's `/health` (after a timeout) or `/ready` (the background check) has to answer, in milliseconds. */
  healthTimeoutMs: number;
}

export type FetchOutcome = 'answered' | 'failed';

/** What `admit` hands out: the breaker's epoch when the fetch was let through. */
export interface Permit {
  readonly epoch: number;
}

export class CircuitBreaker {
  private mode: BreakerState = 'closed';
  private failures = 0;
  /** Changes at every opening and closing: a fetch let through in an earlier epoch no longer counts. */
  private epoch = 0;

  constructor(
    private readonly options: Pick<BreakerOptions, 'failureThreshold'>,
    private readonly onChange: (from: BreakerState, to: BreakerState) => void = () => undefined,
  ) {}

  get state(): BreakerState {
    return this.mode;
  }

  /** A permit for one fetch, or null when the breaker is open. */
  admit(): Permit | null {
    return this.mode === 'closed' ? { epoch: this.epoch } : null;
  }

  /** The outcome of an admitted fetch; one let through before the breaker last opened or closed changes nothing. */
  settle(permit: Permit, outcome: FetchOutcome): void {
    if (this.mode !== 'closed' || permit.epoch !== this.epoch) return;
    if (outcome === 'answered') {
      this.failures = 0;
      return;
    }
    this.failures += 1;
    if (this.failures >= this.options.failureThreshold) this.open();
  }

  /** Opens at once (the subgraph's process does not answer); listeners are told unless `quietly`. */
  open(quietly = false): void {
    if (this.mode === 'open') return;
    this.move('open', quietly);
  }

  /** Closes (the subgraph answers again); listeners are told unless `quietly`. */
  close(quietly = false): void {
    if (this.mode === 'closed') return;
    this.move('closed', quietly);
  }

  private move(to: BreakerState, quietly: boolean): void {
    const from = this.mode;
    this.mode = to;
    this.failures = 0;
    this.epoch += 1;
    if (!quietly) this.onChange(from, to);
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

/** Each subgraph's address next to its `/graphql`: `/health`, `/ready`, `/open-data/`, … */
export const subgraphPath = (graphqlUrl: string, path: string) => graphqlUrl.replace(/\/graphql\/?$/, '') + path;

/** Whether `url` answers 200 within `timeoutMs`. */
export async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** How a guarded call's error counts: a timeout (then /health is asked), a failure, or nothing (e.g. the client left). */
export type ErrorVerdict = 'timed-out' | 'failed' | 'ignored';

const defaultVerdict = (error: unknown): ErrorVerdict => (error instanceof SubgraphTimeoutError ? 'timed-out' : 'failed');

/** The breakers of the gateway's subgraphs, in one process (each cluster worker has its own). */
export class SubgraphBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly listeners: Array<(subgraph: string, from: BreakerState, to: BreakerState) => void> = [];
  /** The `/health` check in flight for each subgraph, shared by every timeout that waits for it. */
  private readonly checks = new Map<string, Promise<boolean>>();

  /**
   * @param alive whether the subgraph's process answers (its `/health`, with a short timeout); asked after a timeout.
   */
  constructor(
    names: readonly string[],
    options: Pick<BreakerOptions, 'failureThreshold'>,
    private readonly alive: (subgraph: string) => Promise<boolean>,
  ) {
    for (const name of names) {
      this.breakers.set(name, new CircuitBreaker(options, (from, to) => this.listeners.forEach((listener) => listener(name, from, to))));
    }
  }

  /** Called on every change of state this process finds (not on one it follows from another process). */
  onChange(listener: (subgraph: string, from: BreakerState, to: BreakerState) => void): void {
    this.listeners.push(listener);
  }

  of(subgraph: string): CircuitBreaker {
    const breaker = this.breakers.get(subgraph);
    if (!breaker) throw new Error(`No circuit breaker for ${subgraph}`);
    return breaker;
  }

  names(): string[] {
    return [...this.breakers.keys()];
  }

  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.breakers].map(([name, breaker]) => [name, breaker.state]));
  }

  /** One `/health` check of the subgraph at a time: concurrent timeouts wait for the same answer. */
  private checkAlive(subgraph: string): Promise<boolean> {
    let check = this.checks.get(subgraph);
    if (!check) {
      check = this.alive(subgraph).finally(() => this.checks.delete(subgraph));
      this.checks.set(subgraph, check);
    }
    return check;
  }

  /**
   * `work` (a call to the subgraph) behind its breaker: refused at once with `CircuitOpenError` while open; otherwise
   * its outcome counted. After a timeout the subgraph's `/health` is asked before the error goes back to the caller,
   * so the next caller already finds the breaker open when the process hangs.
   */
  async call<R extends { status: number }>(subgraph: string, work: () => Promise<R>, verdict: (error: unknown) => ErrorVerdict = defaultVerdict): Promise<R> {
    const breaker = this.of(subgraph);
    const permit = breaker.admit();
    if (!permit) throw new CircuitOpenError(subgraph);
    let response: R;
    try {
      response = await work();
    } catch (error) {
      const kind = verdict(error);
      if (kind === 'timed-out') {
        if (await this.checkAlive(subgraph)) breaker.settle(permit, 'failed');
        // a process that answers neither the request nor /health hangs: fresh evidence, whatever the epoch
        else breaker.open();
      } else if (kind === 'failed') {
        breaker.settle(permit, 'failed');
      }
      throw error;
    }
    breaker.settle(permit, response.status >= 500 ? 'failed' : 'answered');
    return response;
  }

  /** `send` behind the subgraph's breaker (see `call`). */
  guard(subgraph: string, send: Send): Send {
    return (input, init) => this.call(subgraph, () => send(input, init));
  }

  /**
   * `infitah_subgraph_breaker_state{subgraph}` (0 closed, 2 open) and `infitah_subgraph_breaker_opened_total{subgraph}`.
   * Across cluster workers the state is their maximum (a breaker open in any worker shows), the openings their sum.
   */
  registerMetrics(registry: Registry): void {
    const breakers = this.breakers;
    new Gauge({
      name: 'infitah_subgraph_breaker_state',
      help: "State of the gateway's circuit breaker of each subgraph: 0 closed, 2 open (the highest of the workers)",
      labelNames: ['subgraph'],
      aggregator: 'max',
      registers: [registry],
      collect() {
        for (const [name, breaker] of breakers) this.set({ subgraph: name }, BREAKER_STATE_VALUES[breaker.state]);
      },
    });
    const opened = new Counter({
      name: 'infitah_subgraph_breaker_opened_total',
      help: "Times the gateway's circuit breaker of each subgraph opened (counted by the process that found it)",
      labelNames: ['subgraph'],
      registers: [registry],
    });
    for (const name of breakers.keys()) opened.inc({ subgraph: name }, 0);
    this.onChange((subgraph, _from, to) => {
      if (to === 'open') opened.inc({ subgraph });
    });
  }
}

/**
 * The background check of open breakers, run by one process only: every `coolOffMs` after a subgraph's breaker opened,
 * its `/ready` is asked (with `healthTimeoutMs`); once it answers 200, `onClosed` is told. No caller's request is used
 * as a probe, and however many workers follow the breaker, one check goes out per cool-off.
 */
export class BreakerProber {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly closedListeners: Array<(subgraph: string) => void> = [];
  private stopped = false;

  constructor(
    private readonly coolOffMs: number,
    private readonly ready: (subgraph: string) => Promise<boolean>,
  ) {}

  onClosed(listener: (subgraph: string) => void): void {
    this.closedListeners.push(listener);
  }

  /** Subgraphs whose breaker this prober holds open. */
  openSubgraphs(): string[] {
    return [...this.timers.keys()];
  }

  isOpen(subgraph: string): boolean {
    return this.timers.has(subgraph);
  }

  /** A breaker of `subgraph` opened: checked after each cool-off until it answers. Already checked: nothing changes. */
  opened(subgraph: string): void {
    if (this.stopped || this.timers.has(subgraph)) return;
    this.schedule(subgraph);
  }

  private schedule(subgraph: string): void {
    const timer = setTimeout(async () => {
      const ok = await this.ready(subgraph);
      if (this.stopped || this.timers.get(subgraph) !== timer) return;
      if (!ok) {
        this.schedule(subgraph);
        return;
      }
      this.timers.delete(subgraph);
      for (const listener of this.closedListeners) listener(subgraph);
    }, this.coolOffMs);
    timer.unref();
    this.timers.set(subgraph, timer);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/** Time a subgraph's `/ready` has to answer (the gateway's /ready, the background check of an open breaker). */
export const READY_TIMEOUT_MS = 2_000;

/** The checks the prober makes: each subgraph's `/ready`, next to its `/graphql`. */
export function readyCheck(urls: Record<string, string>, timeoutMs: number): (subgraph: string) => Promise<boolean> {
  return (subgraph) => answers(subgraphPath(urls[subgraph], '/ready'), timeoutMs);
}

/** In a gateway created in-process (tests): its own breakers, checked by its own prober. */
export function probeLocally(breakers: SubgraphBreakers, prober: BreakerProber): void {
  breakers.onChange((subgraph, _from, to) => {
    if (to === 'open') prober.opened(subgraph);
  });
  prober.onClosed((subgraph) => breakers.of(subgraph).close());
}

interface BreakerMessage {
  type: 'infitah:breaker';
  subgraph: string;
  state: BreakerState;
}

const isBreakerMessage = (message: unknown): message is BreakerMessage => (message as BreakerMessage | null)?.type === 'infitah:breaker';

/**
 * In a cluster worker: a breaker this worker opens is reported to the primary, which opens it in the other workers
 * and checks the subgraph in the background (`coordinateBreakers`); the worker follows what the primary says and never
 * probes itself. Without it each worker would learn of a hung subgraph by paying the timeout itself.
 */
export function shareBreakerStates(breakers: SubgraphBreakers, channel: NodeJS.Process = process): void {
  breakers.onChange((subgraph, _from, to) => {
    if (to === 'open' && channel.connected) channel.send?.({ type: 'infitah:breaker', subgraph, state: 'open' } satisfies BreakerMessage);
  });
  channel.on('message', (message: unknown) => {
    if (!isBreakerMessage(message)) return;
    if (message.state === 'open') breakers.of(message.subgraph).open(true);
    else breakers.of(message.subgraph).close(true);
  });
  // a worker started later (a replacement) asks which breakers are open, once it listens for the answer
  if (channel.connected) channel.send?.({ type: 'infitah:breaker-sync' } satisfies BreakerSync);
}

interface BreakerSync {
  type: 'infitah:breaker-sync';
}

interface ClusterLike {
  on(event: 'message', listener: (worker: Worker, message: unknown) => void): unknown;
  workers?: NodeJS.Dict<Worker>;
}

/**
 * In the cluster's primary: owns the breakers' background checks. A worker's opening is passed on to the other workers
 * and starts the prober (once, whichever worker reported it, however often); the prober's finding closes the breaker in
 * every worker. A worker started later (a replacement) is told which breakers are open when it asks.
 */
export function coordinateBreakers(cluster: ClusterLike, prober: BreakerProber): void {
  const tell = (message: BreakerMessage, except?: Worker) => {
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== except && worker.isConnected()) worker.send(message);
    }
  };
  cluster.on('message', (from, message) => {
    if ((message as BreakerSync | null)?.type === 'infitah:breaker-sync') {
      for (const subgraph of prober.openSubgraphs()) from.send({ type: 'infitah:breaker', subgraph, state: 'open' } satisfies BreakerMessage);
      return;
    }
    if (!isBreakerMessage(message) || message.state !== 'open') return;
    tell(message, from);
    prober.opened(message.subgraph);
  });
  prober.onClosed((subgraph) => tell({ type: 'infitah:breaker', subgraph, state: 'closed' }));
}
