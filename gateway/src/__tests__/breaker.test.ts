import { AggregatorRegistry, Registry } from 'prom-client';
import { EventEmitter } from 'node:events';
import { BreakerProber, CircuitBreaker, CircuitOpenError, coordinateBreakers, probeLocally, SubgraphBreakers, type BreakerOptions, type BreakerState } from '../breaker';
import { loadGatewayConfig } from '../config';
import { SubgraphTimeoutError } from '../subgraph-http';

/** The breaker's state machine. */
function breakerOn(options: Partial<BreakerOptions> = {}) {
  const changes: Array<[BreakerState, BreakerState]> = [];
  const breaker = new CircuitBreaker({ failureThreshold: 3, ...options }, (from, to) => changes.push([from, to]));
  return { breaker, changes };
}

const fetchOnce = (breaker: CircuitBreaker, outcome: 'answered' | 'failed') => {
  const permit = breaker.admit();
  if (!permit) throw new Error('refused');
  breaker.settle(permit, outcome);
};

describe('the circuit breaker of a subgraph', () => {
  it('stays closed through failures fewer than the threshold, a success starting the count again', () => {
    const { breaker } = breakerOn();
    fetchOnce(breaker, 'failed');
    fetchOnce(breaker, 'failed');
    fetchOnce(breaker, 'answered');
    fetchOnce(breaker, 'failed');
    fetchOnce(breaker, 'failed');
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).not.toBeNull();
  });

  it('opens after the threshold of consecutive failures and then refuses every fetch', () => {
    const { breaker, changes } = breakerOn();
    for (let index = 0; index < 3; index += 1) fetchOnce(breaker, 'failed');
    expect(breaker.state).toBe('open');
    expect(changes).toEqual([['closed', 'open']]);
    expect(breaker.admit()).toBeNull();
    expect(breaker.admit()).toBeNull();
  });

  it('stays open, refusing every fetch, until it is closed: no caller is let through as a probe', () => {
    const { breaker, changes } = breakerOn();
    breaker.open();
    for (let index = 0; index < 100; index += 1) expect(breaker.admit()).toBeNull();
    breaker.close();
    expect(breaker.admit()).not.toBeNull();
    expect(changes).toEqual([
      ['closed', 'open'],
      ['open', 'closed'],
    ]);
  });

  it('is not moved by fetches let through before it last opened or closed', () => {
    const { breaker } = breakerOn({ failureThreshold: 1 });
    const early = breaker.admit()!;
    breaker.open();
    breaker.settle(early, 'answered');
    expect(breaker.state).toBe('open');
    breaker.close();
    // a failure of a fetch sent before the breaker opened does not reopen the breaker just closed
    breaker.settle(early, 'failed');
    expect(breaker.state).toBe('closed');
  });

  it('follows another process quietly: no listener is told', () => {
    const { breaker, changes } = breakerOn();
    breaker.open(true);
    expect(breaker.state).toBe('open');
    breaker.close(true);
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual([]);
  });
});

describe("the gateway's subgraph breakers", () => {
  const ok = () => Promise.resolve(new Response('{"data":{}}', { status: 200 }));
  const timeout = () => Promise.reject(new SubgraphTimeoutError('participation', 100));

  it('refuse a fetch without sending it while open, and count 5xx and refusals as failures, GraphQL errors not', async () => {
    const breakers = new SubgraphBreakers(['territory', 'participation'], { failureThreshold: 2 }, async () => true);
    let sent = 0;
    const answers: Array<() => Promise<Response>> = [
      () => Promise.resolve(new Response('{"errors":[{"message":"no"}]}', { status: 200 })),
      () => Promise.resolve(new Response('{"errors":[{"message":"bad"}]}', { status: 400 })),
      () => Promise.resolve(new Response('oops', { status: 502 })),
      () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ];
    const send = breakers.guard('participation', () => {
      sent += 1;
      return answers.shift()!();
    });
    await send('http://participation/graphql', {});
    await send('http://participation/graphql', {});
    expect(breakers.states()).toEqual({ territory: 'closed', participation: 'closed' });
    await expect(send('http://participation/graphql', {})).resolves.toHaveProperty('status', 502);
    await expect(send('http://participation/graphql', {})).rejects.toThrow(/ECONNREFUSED/);
    expect(breakers.states()).toEqual({ territory: 'closed', participation: 'open' });
    await expect(send('http://participation/graphql', {})).rejects.toBeInstanceOf(CircuitOpenError);
    expect(sent).toBe(4);
  });

  it('open at once on a timeout when the subgraph does not answer /health either (a hung process)', async () => {
    const asked: string[] = [];
    const breakers = new SubgraphBreakers(['territory', 'participation'], { failureThreshold: 3 }, async (name) => {
      asked.push(name);
      return false;
    });
    await expect(breakers.guard('participation', timeout)('http://participation/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    expect(asked).toEqual(['participation']);
    expect(breakers.states()).toEqual({ territory: 'closed', participation: 'open' });
  });

  it('count a timeout as one failure when /health answers (a slow query), opening only at the threshold', async () => {
    const breakers = new SubgraphBreakers(['participation'], { failureThreshold: 3 }, async () => true);
    const slow = breakers.guard('participation', timeout);
    await expect(slow('http://participation/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    await expect(slow('http://participation/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    expect(breakers.states()).toEqual({ participation: 'closed' });
    // an answer in between starts the count again
    await breakers.guard('participation', ok)('http://participation/graphql', {});
    await expect(slow('http://participation/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    await expect(slow('http://participation/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    expect(breakers.states()).toEqual({ participation: 'closed' });
    await expect(slow('http://participation/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    expect(breakers.states()).toEqual({ participation: 'open' });
  });

  it('send one /health check at a time per subgraph, however many fetches time out together', async () => {
    let checks = 0;
    let answer!: (alive: boolean) => void;
    const breakers = new SubgraphBreakers(['participation'], { failureThreshold: 3 }, () => {
      checks += 1;
      return new Promise<boolean>((resolve) => (answer = resolve));
    });
    const slow = breakers.guard('participation', timeout);
    const pending = Array.from({ length: 5 }, () => slow('http://participation/graphql', {}).catch((error: unknown) => error));
    await new Promise((resolve) => setImmediate(resolve));
    expect(checks).toBe(1);
    answer(false);
    for (const error of await Promise.all(pending)) expect(error).toBeInstanceOf(SubgraphTimeoutError);
    expect(breakers.states()).toEqual({ participation: 'open' });
  });

  it('publish each state as a gauge (0 closed, 2 open) that cluster aggregation reports at its worst', async () => {
    const worker = (breakers: SubgraphBreakers) => {
      const registry = new Registry();
      breakers.registerMetrics(registry);
      return registry;
    };
    const names = ['territory', 'participation', 'evaluation'];
    const first = new SubgraphBreakers(names, { failureThreshold: 1 }, async () => true);
    const second = new SubgraphBreakers(names, { failureThreshold: 1 }, async () => true);
    const registries = [worker(first), worker(second)];
    const fail = () => Promise.reject(new Error('refused'));
    await expect(first.guard('participation', fail)('http://participation/graphql', {})).rejects.toThrow();
    await expect(second.guard('evaluation', fail)('http://evaluation/graphql', {})).rejects.toThrow();
    // a state followed from another worker is shown, but not counted as an opening twice
    second.of('participation').open(true);

    const text = await registries[0].metrics();
    expect(text).toMatch(/^infitah_subgraph_breaker_state\{subgraph="territory"\} 0$/m);
    expect(text).toMatch(/^infitah_subgraph_breaker_state\{subgraph="participation"\} 2$/m);
    expect(text).toMatch(/^infitah_subgraph_breaker_opened_total\{subgraph="participation"\} 1$/m);

    const aggregated = await AggregatorRegistry.aggregate(await Promise.all(registries.map((registry) => registry.getMetricsAsJSON()))).metrics();
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_state\{subgraph="territory"\} 0$/m);
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_state\{subgraph="participation"\} 2$/m);
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_state\{subgraph="evaluation"\} 2$/m);
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_opened_total\{subgraph="participation"\} 1$/m);
  });
});

describe('the background check of open breakers', () => {
  it('asks /ready every cool-off until it answers, then closes the breaker; callers are never used as probes', async () => {
    const breakers = new SubgraphBreakers(['participation'], { failureThreshold: 1 }, async () => false);
    const answersInTurn = [false, false, true];
    const checks: number[] = [];
    const started = performance.now();
    const prober = new BreakerProber(30, async () => {
      checks.push(performance.now() - started);
      return answersInTurn.shift() ?? true;
    });
    probeLocally(breakers, prober);
    const closed = new Promise<void>((resolve) => breakers.onChange((_name, _from, to) => to === 'closed' && resolve()));
    breakers.of('participation').open();
    expect(breakers.of('participation').admit()).toBeNull();
    await closed;
    prober.stop();
    expect(checks).toHaveLength(3);
    expect(breakers.states()).toEqual({ participation: 'closed' });
    // each check waited a cool-off after the last
    for (const [index, at] of checks.entries()) expect(at).toBeGreaterThanOrEqual(30 * (index + 1) - 5);
  });

  it('checks once per cool-off however many times (or workers) report the opening', async () => {
    let checks = 0;
    let answer!: (ok: boolean) => void;
    const prober = new BreakerProber(10, () => {
      checks += 1;
      return new Promise<boolean>((resolve) => (answer = resolve));
    });
    const closed: string[] = [];
    prober.onClosed((subgraph) => closed.push(subgraph));
    prober.opened('participation');
    prober.opened('participation');
    await new Promise((resolve) => setTimeout(resolve, 40));
    prober.opened('participation');
    expect(checks).toBe(1);
    answer(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toEqual(['participation']);
    expect(prober.openSubgraphs()).toEqual([]);
    prober.stop();
  });
});

describe("the cluster's primary, owner of the background checks", () => {
  const fakeWorker = () => {
    const received: unknown[] = [];
    return { received, send: (message: unknown) => received.push(message), isConnected: () => true };
  };

  it('passes a worker\'s opening on to the others, checks once, then tells every worker it closed; a late worker asks', async () => {
    const cluster = new EventEmitter() as EventEmitter & { workers: Record<string, ReturnType<typeof fakeWorker>> };
    cluster.workers = { 1: fakeWorker(), 2: fakeWorker(), 3: fakeWorker() };
    let checks = 0;
    let answer!: (ok: boolean) => void;
    const prober = new BreakerProber(10, () => {
      checks += 1;
      return new Promise<boolean>((resolve) => (answer = resolve));
    });
    coordinateBreakers(cluster as never, prober);
    const open = { type: 'infitah:breaker', subgraph: 'participation', state: 'open' };
    cluster.emit('message', cluster.workers[1], open);
    cluster.emit('message', cluster.workers[2], open);
    expect(cluster.workers[1].received).toEqual([open]);
    expect(cluster.workers[3].received).toEqual([open, open]);
    // a replacement worker asks which breakers are open
    const late = fakeWorker();
    cluster.emit('message', late, { type: 'infitah:breaker-sync' });
    expect(late.received).toEqual([open]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(checks).toBe(1);
    answer(true);
    await new Promise((resolve) => setImmediate(resolve));
    const closed = { type: 'infitah:breaker', subgraph: 'participation', state: 'closed' };
    for (const worker of Object.values(cluster.workers)) expect(worker.received.at(-1)).toEqual(closed);
    prober.stop();
  });
});

describe("the gateway's configuration of subgraph timeouts and breakers", () => {
  const secrets = { JWT_SECRET: 'j'.repeat(32), GATEWAY_SECRET: 'g'.repeat(32) };

  it('gives queries 3 s and mutations 15 s by default, opens a breaker on 3 failures, asks /health for 500 ms, checks every 5 s', () => {
    const config = loadGatewayConfig(secrets);
    expect(config.subgraphTimeouts).toEqual({ queryMs: 3_000, mutationMs: 15_000 });
    expect(config.subgraphBreaker).toEqual({ failureThreshold: 3, coolOffMs: 5_000, healthTimeoutMs: 500 });
  });

  it('still reads the deprecated SUBGRAPH_TIMEOUT_MS for a timeout whose own variable is unset', () => {
    expect(loadGatewayConfig({ ...secrets, SUBGRAPH_TIMEOUT_MS: '10000' }).subgraphTimeouts).toEqual({ queryMs: 10_000, mutationMs: 10_000 });
    expect(loadGatewayConfig({ ...secrets, SUBGRAPH_TIMEOUT_MS: '10000', SUBGRAPH_QUERY_TIMEOUT_MS: '2000' }).subgraphTimeouts).toEqual({ queryMs: 2_000, mutationMs: 10_000 });
  });

  it('refuses a threshold below 1', () => {
    expect(() => loadGatewayConfig({ ...secrets, SUBGRAPH_BREAKER_FAILURES: '0' })).toThrow(/SUBGRAPH_BREAKER_FAILURES/);
  });
});
