import { createHmac } from 'node:crypto';
import { rateLimited } from '@infitah/server-kit';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Password guessing is slowed per (account, client address) pair and stopped per address; an account is
 * never locked, so its owner signs in from another address whatever an attacker does.
 *
 * - A pair gets `freeFailures` consecutive failures answered at once. After that, each failure makes that
 *   pair wait before its next try: `firstWaitSeconds`, doubling with each further failure, at most
 *   `maxWaitSeconds`. A try during the wait is refused (RATE_LIMITED with `retryAfterSeconds`) without
 *   checking the password. A success clears the pair.
 * - An address gets `addressFailures` failed tries within `addressWindowSeconds`, across every account;
 *   past that, every try from it is refused for `addressBlockSeconds`. Its successes do not count, and do
 *   not clear its failures either (an attacker signing in to an account of its own would otherwise reset it).
 *
 * Each try is counted before the password is checked, so concurrent tries cannot all slip through before
 * the first failure is recorded. Counters live in PostgreSQL (`territory.login_throttle`, through
 * rate-limiter-flexible's store), so every process of the service agrees; keys are HMACs, never an email
 * or an address in clear.
 */
export interface LoginThrottleOptions {
  freeFailures: number;
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** How long a pair's failures are remembered after its first one. */
  pairMemorySeconds: number;
  addressFailures: number;
  addressWindowSeconds: number;
  addressBlockSeconds: number;
}

export const LOGIN_THROTTLE_DEFAULTS: LoginThrottleOptions = {
  freeFailures: 5,
  firstWaitSeconds: 30,
  maxWaitSeconds: 15 * 60,
  pairMemorySeconds: 24 * 3600,
  addressFailures: 50,
  addressWindowSeconds: 3600,
  addressBlockSeconds: 3600,
};

/** A try let through: report how it ended. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

const TABLE = { tableName: 'login_throttle', schemaName: 'territory', tableCreated: true, storeType: 'typeorm' } as const;

export class LoginThrottle {
  readonly options: LoginThrottleOptions;
  private readonly pairs: RateLimiterPostgres;
  private readonly waits: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    private readonly secret: string,
    options: Partial<LoginThrottleOptions> = {},
  ) {
    this.options = { ...LOGIN_THROTTLE_DEFAULTS, ...options };
    const { pairMemorySeconds, addressFailures, addressWindowSeconds, addressBlockSeconds } = this.options;
    // consecutive failures (and tries in flight) of a pair; never refuses by itself
    this.pairs = new RateLimiterPostgres({ ...TABLE, storeClient: dataSource, keyPrefix: 'pair', points: 1_000_000, duration: pairMemorySeconds });
    // one try at a time once a pair is past its free failures, then the wait its last failure set
    this.waits = new RateLimiterPostgres({ ...TABLE, storeClient: dataSource, keyPrefix: 'wait', points: 1, duration: 60, clearExpiredByTimeout: false });
    this.addresses = new RateLimiterPostgres({
      ...TABLE,
      storeClient: dataSource,
      keyPrefix: 'address',
      points: addressFailures,
      duration: addressWindowSeconds,
      blockDuration: addressBlockSeconds,
      clearExpiredByTimeout: false,
    });
  }

  /** Seconds the pair waits after its `failures`-th consecutive failure (0 within the free ones). */
  waitAfter(failures: number): number {
    const { freeFailures, firstWaitSeconds, maxWaitSeconds } = this.options;
    if (failures < freeFailures) return 0;
    return Math.min(maxWaitSeconds, firstWaitSeconds * 2 ** Math.min(failures - freeFailures, 30));
  }

  /**
   * Counts a try of `account` from `address`, or refuses it with RATE_LIMITED and `retryAfterSeconds`
   * when the address is blocked or the pair must still wait.
   */
  async begin(account: string, address: string | null): Promise<LoginAttempt> {
    const pairKey = this.keyOf('pair', `${account}\n${address ?? 'unknown'}`);
    const addressKey = this.keyOf('address', address ?? 'unknown');
    try {
      await this.addresses.consume(addressKey);
    } catch (rejection) {
      throw refusal(rejection, 'Too many failed sign-ins from this address');
    }
    const tries = (await this.pairs.penalty(pairKey)).consumedPoints;
    if (tries > this.options.freeFailures) {
      try {
        await this.waits.consume(pairKey, 1, { customDuration: this.waitAfter(tries - 1) });
      } catch (rejection) {
        await Promise.all([this.pairs.reward(pairKey), this.addresses.reward(addressKey)]);
        throw refusal(rejection, 'Too many failed sign-ins to this account from this address');
      }
    }
    return {
      succeeded: async () => {
        await Promise.all([this.pairs.delete(pairKey), this.waits.delete(pairKey), this.addresses.reward(addressKey)]);
      },
      failed: async () => {
        const wait = this.waitAfter(tries);
        if (wait > 0) await this.waits.block(pairKey, wait);
      },
    };
  }

  private keyOf(kind: string, value: string): string {
    return createHmac('sha256', this.secret).update(`${kind}\n${value}`).digest('base64url');
  }
}

function refusal(rejection: unknown, message: string): Error {
  if (!(rejection instanceof RateLimiterRes)) return rejection as Error;
  const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return rateLimited(`${message}: retry in ${retryAfterSeconds} seconds`, retryAfterSeconds);
}

// One throttle per DataSource: a jest worker opens several test databases in one process.
const throttles = new WeakMap<DataSource, LoginThrottle>();

/** The throttle of this database; `configure` replaces it (tests use it to lower the thresholds). */
export function loginThrottleFor(dataSource: DataSource, secret: string, configure?: Partial<LoginThrottleOptions>): LoginThrottle {
  let throttle = throttles.get(dataSource);
  if (!throttle || configure) {
    throttle = new LoginThrottle(dataSource, secret, configure ?? {});
    throttles.set(dataSource, throttle);
  }
  return throttle;
}
