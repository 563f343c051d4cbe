import { AggregatorRegistry, Registry } from 'prom-client';
import { CircuitBreaker, CircuitOpenError, SubgraphBreakers, type BreakerOptions, type BreakerState } from '../breaker';
import { loadGatewayConfig } from '../config';
import { SubgraphTimeoutError } from '../subgraph-http';

/** The breaker's state machine, on a clock the test moves by hand. */
function breakerOn(options: Partial<BreakerOptions> = {}) {
  let now = 1_000_000;
  const changes: Array<[BreakerState, BreakerState]> = [];
  const breaker = new CircuitBreaker({ failureThreshold: 3, timeoutThreshold: 1, coolOffMs: 5_000, ...options }, () => now, (from, to) => changes.push([from, to]));
  return { breaker, changes, advance: (ms: number) => (now += ms) };
}

const fetchOnce = (breaker: CircuitBreaker, outcome: 'answered' | 'failed' | 'timed-out') => {
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
    expect(breaker.admit()).toEqual({ probe: false });
  });

  it('opens after the threshold of consecutive failures and then refuses every fetch', () => {
    const { breaker, changes } = breakerOn();
    for (let index = 0; index < 3; index += 1) fetchOnce(breaker, 'failed');
    expect(breaker.state).toBe('open');
    expect(changes).toEqual([['closed', 'open']]);
    expect(breaker.admit()).toBeNull();
    expect(breaker.admit()).toBeNull();
  });

  it('opens on the first timeout by default: a timeout has already cost a caller the whole wait', () => {
    const { breaker } = breakerOn();
    fetchOnce(breaker, 'timed-out');
    expect(breaker.state).toBe('open');
  });

  it('counts timeouts separately when more are asked for, failures of any kind still adding up', () => {
    const { breaker } = breakerOn({ timeoutThreshold: 2, failureThreshold: 4 });
    fetchOnce(breaker, 'timed-out');
    fetchOnce(breaker, 'failed');
    fetchOnce(breaker, 'timed-out');
    expect(breaker.state).toBe('closed');
    fetchOnce(breaker, 'timed-out');
    expect(breaker.state).toBe('open');
  });

  it('is half-open after the cool-off: one probe goes through, the others are refused while it is on its way', () => {
    const { breaker, advance } = breakerOn();
    fetchOnce(breaker, 'timed-out');
    advance(4_999);
    expect(breaker.state).toBe('open');
    expect(breaker.admit()).toBeNull();
    advance(1);
    expect(breaker.state).toBe('half-open');
    const probe = breaker.admit();
    expect(probe).toEqual({ probe: true });
    expect(breaker.admit()).toBeNull();
    expect(breaker.state).toBe('half-open');
  });

  it('closes when the probe is answered', () => {
    const { breaker, advance, changes } = breakerOn();
    fetchOnce(breaker, 'timed-out');
    advance(5_000);
    const probe = breaker.admit()!;
    breaker.settle(probe, 'answered');
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).toEqual({ probe: false });
    expect(changes).toEqual([
      ['closed', 'open'],
      ['half-open', 'closed'],
    ]);
  });

  it('opens for another cool-off when the probe fails, counted from the failure', () => {
    const { breaker, advance } = breakerOn();
    fetchOnce(breaker, 'timed-out');
    advance(5_000);
    const probe = breaker.admit()!;
    advance(3_000);
    breaker.settle(probe, 'timed-out');
    expect(breaker.state).toBe('open');
    advance(4_999);
    expect(breaker.admit()).toBeNull();
    advance(1);
    expect(breaker.admit()).toEqual({ probe: true });
  });

  it('is not moved by fetches let through before it opened', () => {
    const { breaker, advance } = breakerOn();
    const early = breaker.admit()!;
    const late = breaker.admit()!;
    fetchOnce(breaker, 'timed-out');
    breaker.settle(early, 'answered');
    expect(breaker.state).toBe('open');
    advance(5_000);
    const probe = breaker.admit()!;
    breaker.settle(late, 'answered');
    expect(breaker.state).toBe('half-open');
    expect(breaker.admit()).toBeNull();
    breaker.settle(probe, 'failed');
    expect(breaker.state).toBe('open');
  });
});

describe('a breaker following the breaker of another worker', () => {
  it('opens at once (its own cool-off counted from then), closes when told, and tells no listener', () => {
    const { breaker, changes, advance } = breakerOn();
    breaker.follow('open');
    expect(breaker.state).toBe('open');
    expect(breaker.admit()).toBeNull();
    advance(5_000);
    expect(breaker.state).toBe('half-open');
    breaker.follow('open');
    expect(breaker.state).toBe('half-open');
    breaker.follow('closed');
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).toEqual({ probe: false });
    expect(changes).toEqual([]);
  });

  it('leaves its own probe to decide when told open while probing', () => {
    const { breaker, advance } = breakerOn();
    fetchOnce(breaker, 'timed-out');
    advance(5_000);
    const probe = breaker.admit()!;
    breaker.follow('open');
    expect(breaker.state).toBe('half-open');
    breaker.settle(probe, 'answered');
    expect(breaker.state).toBe('closed');
  });
});

describe("the gateway's subgraph breakers", () => {
  const ok = () => Promise.resolve(new Response('{"data":{}}', { status: 200 }));

  it('refuse a fetch without sending it while open, and count 5xx and timeouts as failures, GraphQL errors not', async () => {
    let now = 0;
    const breakers = new SubgraphBreakers(['territory', 'participation'], { failureThreshold: 2, timeoutThreshold: 1, coolOffMs: 1_000 }, () => now);
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

    now += 1_000;
    const timedOut = breakers.guard('territory', () => Promise.reject(new SubgraphTimeoutError('territory', 100)));
    await expect(timedOut('http://territory/graphql', {})).rejects.toBeInstanceOf(SubgraphTimeoutError);
    expect(breakers.states()).toEqual({ territory: 'open', participation: 'half-open' });
    await breakers.guard('participation', ok)('http://participation/graphql', {});
    expect(breakers.states()).toEqual({ territory: 'open', participation: 'closed' });
  });

  it('publish each state as a gauge (0 closed, 1 half-open, 2 open) that cluster aggregation reports at its worst', async () => {
    let now = 0;
    const options = { failureThreshold: 1, timeoutThreshold: 1, coolOffMs: 1_000 };
    const worker = (breakers: SubgraphBreakers) => {
      const registry = new Registry();
      breakers.registerMetrics(registry);
      return registry;
    };
    const first = new SubgraphBreakers(['territory', 'participation', 'evaluation'], options, () => now);
    const second = new SubgraphBreakers(['territory', 'participation', 'evaluation'], options, () => now);
    const registries = [worker(first), worker(second)];
    const fail = () => Promise.reject(new Error('refused'));
    await expect(first.guard('participation', fail)('http://participation/graphql', {})).rejects.toThrow();
    now += 1_000;
    await expect(second.guard('participation', fail)('http://participation/graphql', {})).rejects.toThrow();
    await expect(second.guard('evaluation', fail)('http://evaluation/graphql', {})).rejects.toThrow();

    const text = await registries[0].metrics();
    expect(text).toMatch(/^infitah_subgraph_breaker_state\{subgraph="territory"\} 0$/m);
    expect(text).toMatch(/^infitah_subgraph_breaker_state\{subgraph="participation"\} 1$/m);
    expect(text).toMatch(/^infitah_subgraph_breaker_opened_total\{subgraph="participation"\} 1$/m);

    const aggregated = await AggregatorRegistry.aggregate(await Promise.all(registries.map((registry) => registry.getMetricsAsJSON()))).metrics();
    // participation: half-open in one worker, open in the other; evaluation open in one
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_state\{subgraph="territory"\} 0$/m);
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_state\{subgraph="participation"\} 2$/m);
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_state\{subgraph="evaluation"\} 2$/m);
    expect(aggregated).toMatch(/^infitah_subgraph_breaker_opened_total\{subgraph="participation"\} 2$/m);
  });
});

describe("the gateway's configuration of subgraph timeouts and breakers", () => {
  const secrets = { JWT_SECRET: 'j'.repeat(32), GATEWAY_SECRET: 'g'.repeat(32) };

  it('gives queries 3 s and mutations 15 s by default, and opens a breaker on 1 timeout or 3 failures for 5 s', () => {
    const config = loadGatewayConfig(secrets);
    expect(config.subgraphTimeouts).toEqual({ queryMs: 3_000, mutationMs: 15_000 });
    expect(config.subgraphBreaker).toEqual({ timeoutThreshold: 1, failureThreshold: 3, coolOffMs: 5_000 });
  });

  it('still reads the deprecated SUBGRAPH_TIMEOUT_MS for a timeout whose own variable is unset', () => {
    expect(loadGatewayConfig({ ...secrets, SUBGRAPH_TIMEOUT_MS: '10000' }).subgraphTimeouts).toEqual({ queryMs: 10_000, mutationMs: 10_000 });
    expect(loadGatewayConfig({ ...secrets, SUBGRAPH_TIMEOUT_MS: '10000', SUBGRAPH_QUERY_TIMEOUT_MS: '2000' }).subgraphTimeouts).toEqual({ queryMs: 2_000, mutationMs: 10_000 });
  });

  it('refuses a threshold below 1', () => {
    expect(() => loadGatewayConfig({ ...secrets, SUBGRAPH_BREAKER_FAILURES: '0' })).toThrow(/SUBGRAPH_BREAKER_FAILURES/);
  });
});
