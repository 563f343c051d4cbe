import { limiterKeys, PerDataSource, postgresLimiter, rateLimitRefusal } from '@infitah/server-kit';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

export interface FollowRateLimitOptions {
  /** Requests per client address and minute. */
  perMinute: number;
  /** Requests per client address and day. */
  perDay: number;
  /** Requests naming one e-mail address per day, whatever the client: no one floods a stranger's mailbox. */
  perAddressPerDay: number;
}

export const FOLLOW_RATE_LIMIT_DEFAULTS: FollowRateLimitOptions = { perMinute: 5, perDay: 50, perAddressPerDay: 5 };

/**
 * followCollectivity's limits, on the platform's limiter (as submitProposal's): counters in PostgreSQL
 * (`notifications.follow_rate_limit`), shared by every process; keys are HMACs, never an address in clear. A refusal
 * answers RATE_LIMITED with `retryAfterSeconds`.
 */
export class FollowRateLimits {
  private readonly byClient: RateLimiterPostgres[];
  private readonly byEmail: RateLimiterPostgres;
  private readonly keyOf: (kind: string, value: string) => string;

  constructor(dataSource: DataSource, secret: string, options: FollowRateLimitOptions = FOLLOW_RATE_LIMIT_DEFAULTS) {
    const table = { schemaName: 'notifications', tableName: 'follow_rate_limit' };
    this.keyOf = limiterKeys(secret, 'follow-rate-limit');
    this.byClient = [
      postgresLimiter(dataSource, table, { keyPrefix: 'minute', points: options.perMinute, duration: 60, clearExpiredByTimeout: true }),
      postgresLimiter(dataSource, table, { keyPrefix: 'day', points: options.perDay, duration: 24 * 3600 }),
    ];
    this.byEmail = postgresLimiter(dataSource, table, { keyPrefix: 'email', points: options.perAddressPerDay, duration: 24 * 3600 });
  }

  /** Counts a request from `client` for `email`, or refuses it with RATE_LIMITED and `retryAfterSeconds`. */
  async consume(client: string | null, email: string): Promise<void> {
    const attempts: Array<[RateLimiterPostgres, string]> = [
      ...this.byClient.map((limiter): [RateLimiterPostgres, string] => [limiter, this.keyOf('address', client ?? 'unknown')]),
      [this.byEmail, this.keyOf('email', email)],
    ];
    for (const [limiter, key] of attempts) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        throw rateLimitRefusal(rejection, 'Too many follow requests');
      }
    }
  }
}

const limits = new PerDataSource((dataSource, secret) => new FollowRateLimits(dataSource, secret));

/** The limits of this database; `configure` replaces them (tests use it to start afresh, as another process would). */
export function followRateLimitsFor(dataSource: DataSource, secret: string, configure?: FollowRateLimitOptions): FollowRateLimits {
  if (configure) return limits.replace(dataSource, secret, new FollowRateLimits(dataSource, secret, configure));
  return limits.get(dataSource, secret);
}
