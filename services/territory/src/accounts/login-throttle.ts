import { limiterKeys, PerDataSource, postgresLimiter, rateLimitRefusal, type RateLimitTable } from '@infitah/server-kit';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Password guessing is slowed per (account, client address) pair and stopped per address; an account is
 * never locked, so its owner signs in from another address whatever an attacker does.
 *
 * - A pair gets `freeFailures` consecutive failures answered at once. After that, each failure makes that
 *   pair wait before its next try: `firstWaitSeconds`, doubling with each further failure, at most
 *   `maxWaitSeconds`. A try during the wait is refused (RATE_LIMITED with `retryAfterSeconds`) without
 *   checking the password. A success clears the pair.
 * - An address that tries more than `addressAccounts` distinct accounts without success within
 *   `addressWindowSeconds` (password spraying) is refused, for every account, for `addressBlockSeconds`.
 *   Raw failures on one account count once here (the pair's back-off handles them), so many people behind one
 *   shared address (a NAT, a proxy) are not locked out by one of them. An account signed in to successfully
 *   does not count; a success does not clear the other accounts' count either (an attacker signing in to an
 *   account of its own would otherwise reset it).
 *
 * Each try is counted before the password is checked, so concurrent tries cannot all slip through before
 * the first failure is recorded. Counters live in PostgreSQL (`territory.login_throttle`, through
 * rate-limiter-flexible's store), so every process of the service agrees; keys are HMACs (under a key derived
 * for this use from the service secret), never an email or an address in clear. Every threshold can be set
 * from the environment (`LOGIN_THROTTLE_*`, see `loginThrottleOptionsFromEnv`).
 */
export interface LoginThrottleOptions {
  freeFailures: number;
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** How long a pair's failures are remembered after its first one. */
  pairMemorySeconds: number;
  /** Distinct accounts an address may try without success within the window before it is blocked. */
  addressAccounts: number;
  addressWindowSeconds: number;
  addressBlockSeconds: number;
}

export const LOGIN_THROTTLE_DEFAULTS: LoginThrottleOptions = {
  freeFailures: 5,
  firstWaitSeconds: 30,
  maxWaitSeconds: 15 * 60,
  pairMemorySeconds: 24 * 3600,
  addressAccounts: 20,
  addressWindowSeconds: 3600,
  addressBlockSeconds: 3600,
};

/** The environment variable of each option, e.g. `LOGIN_THROTTLE_ADDRESS_ACCOUNTS` for `addressAccounts`. */
export const LOGIN_THROTTLE_ENV: Record<keyof LoginThrottleOptions, string> = {
  freeFailures: 'LOGIN_THROTTLE_FREE_FAILURES',
  firstWaitSeconds: 'LOGIN_THROTTLE_FIRST_WAIT_SECONDS',
  maxWaitSeconds: 'LOGIN_THROTTLE_MAX_WAIT_SECONDS',
  pairMemorySeconds: 'LOGIN_THROTTLE_PAIR_MEMORY_SECONDS',
  addressAccounts: 'LOGIN_THROTTLE_ADDRESS_ACCOUNTS',
  addressWindowSeconds: 'LOGIN_THROTTLE_ADDRESS_WINDOW_SECONDS',
  addressBlockSeconds: 'LOGIN_THROTTLE_ADDRESS_BLOCK_SECONDS',
};

/** The thresholds set in `env`, the defaults for the others; a value that is not a whole number (≥ 1; ≥ 0 for free failures) is refused. */
export function loginThrottleOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LoginThrottleOptions {
  const options = { ...LOGIN_THROTTLE_DEFAULTS };
  for (const [option, variable] of Object.entries(LOGIN_THROTTLE_ENV) as Array<[keyof LoginThrottleOptions, string]>) {
    const raw = env[variable]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    const minimum = option === 'freeFailures' ? 0 : 1;
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < minimum) {
      throw new Error(`Invalid configuration: ${variable} must be a whole number of at least ${minimum}, not "${raw}"`);
    }
    options[option] = value;
  }
  return options;
}

/** A try let through: report how it ended. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

const TABLE: RateLimitTable = { tableName: 'login_throttle', schemaName: 'territory' };

export class LoginThrottle {
  readonly options: LoginThrottleOptions;
  private readonly pairs: RateLimiterPostgres;
  private readonly waits: RateLimiterPostgres;
  private readonly tried: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;
  private readonly keyOf: (kind: string, value: string) => string;

  constructor(dataSource: DataSource, secret: string, options: Partial<LoginThrottleOptions> = {}) {
    this.options = { ...LOGIN_THROTTLE_DEFAULTS, ...options };
    this.keyOf = limiterKeys(secret, 'login-throttle');
    const { pairMemorySeconds, addressAccounts, addressWindowSeconds, addressBlockSeconds } = this.options;
    // consecutive failures (and tries in flight) of a pair; never refuses by itself
    this.pairs = postgresLimiter(dataSource, TABLE, { keyPrefix: 'pair', points: 1_000_000, duration: pairMemorySeconds, clearExpiredByTimeout: true });
    // one try at a time once a pair is past its free failures, then the wait its last failure set
    this.waits = postgresLimiter(dataSource, TABLE, { keyPrefix: 'wait', points: 1, duration: 60 });
    // whether an address already tried an account within the window; never refuses by itself
    this.tried = postgresLimiter(dataSource, TABLE, { keyPrefix: 'tried', points: 1_000_000, duration: addressWindowSeconds });
    // distinct accounts tried without success per address
    this.addresses = postgresLimiter(dataSource, TABLE, {
      keyPrefix: 'address',
      points: addressAccounts,
      duration: addressWindowSeconds,
      blockDuration: addressBlockSeconds,
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
    const from = address ?? 'unknown';
    const pairKey = this.keyOf('pair', `${account}\n${from}`);
    const addressKey = this.keyOf('address', from);
    // the first try of this account from this address within the window counts it among the address's accounts
    const newAccount = (await this.tried.penalty(pairKey)).consumedPoints === 1;
    if (newAccount) {
      try {
        await this.addresses.consume(addressKey);
      } catch (rejection) {
        await this.tried.reward(pairKey);
        throw rateLimitRefusal(rejection, 'Too many accounts tried from this address');
      }
    } else {
      const state = await this.addresses.get(addressKey);
      if (state && state.consumedPoints > this.options.addressAccounts) throw rateLimitRefusal(state, 'Too many accounts tried from this address');
    }
    const tries = (await this.pairs.penalty(pairKey)).consumedPoints;
    if (tries > this.options.freeFailures) {
      try {
        await this.waits.consume(pairKey, 1, { customDuration: this.waitAfter(tries - 1) });
      } catch (rejection) {
        await this.pairs.reward(pairKey);
        throw rateLimitRefusal(rejection, 'Too many failed sign-ins to this account from this address');
      }
    }
    return {
      succeeded: async () => {
        await Promise.all([
          this.pairs.delete(pairKey),
          this.waits.delete(pairKey),
          // an account signed in to is not one the address sprayed
          ...(newAccount ? [this.tried.delete(pairKey), this.addresses.reward(addressKey)] : []),
        ]);
      },
      failed: async () => {
        const wait = this.waitAfter(tries);
        if (wait > 0) await this.waits.block(pairKey, wait);
      },
    };
  }
}

// One throttle per DataSource and secret: a jest worker opens several test databases in one process.
const throttles = new PerDataSource((dataSource, secret) => new LoginThrottle(dataSource, secret, loginThrottleOptionsFromEnv()));

/** The throttle of this database; `configure` replaces it (tests use it to lower the thresholds). */
export function loginThrottleFor(dataSource: DataSource, secret: string, configure?: Partial<LoginThrottleOptions>): LoginThrottle {
  if (configure) return throttles.replace(dataSource, secret, new LoginThrottle(dataSource, secret, { ...loginThrottleOptionsFromEnv(), ...configure }));
  return throttles.get(dataSource, secret);
}
