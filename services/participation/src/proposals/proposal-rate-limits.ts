import { limiterKeys, PerDataSource, postgresLimiter, rateLimitRefusal } from '@infitah/server-kit';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

export interface ProposalRateLimitOptions {
  perMinute: number;
  perDay: number;
}

export const PROPOSAL_RATE_LIMIT_DEFAULTS: ProposalRateLimitOptions = { perMinute: 5, perDay: 50 };

/**
 * Citizen submissions per client address: a few a minute, a few dozen a day. The counters live in PostgreSQL
 * (`participation.proposal_rate_limit`), so every process of the service counts the same submissions; keys are
 * HMACs, never an address in clear. A refusal answers RATE_LIMITED with `retryAfterSeconds`, like sign-in and the
 * gateway's own limits.
 */
export class ProposalRateLimits {
  private readonly limiters: RateLimiterPostgres[];
  private readonly keyOf: (kind: string, value: string) => string;

  constructor(dataSource: DataSource, secret: string, options: ProposalRateLimitOptions = PROPOSAL_RATE_LIMIT_DEFAULTS) {
    const table = { schemaName: 'participation', tableName: 'proposal_rate_limit' };
    this.keyOf = limiterKeys(secret, 'proposal-rate-limit');
    this.limiters = [
      postgresLimiter(dataSource, table, { keyPrefix: 'minute', points: options.perMinute, duration: 60, clearExpiredByTimeout: true }),
      postgresLimiter(dataSource, table, { keyPrefix: 'day', points: options.perDay, duration: 24 * 3600 }),
    ];
  }

  /** Counts a submission from `address`, or refuses it with RATE_LIMITED and `retryAfterSeconds`. */
  async consume(address: string | null): Promise<void> {
    const key = this.keyOf('address', address ?? 'unknown');
    for (const limiter of this.limiters) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        throw rateLimitRefusal(rejection, 'Too many proposals from this address');
      }
    }
  }
}

const limits = new PerDataSource((dataSource, secret) => new ProposalRateLimits(dataSource, secret));

/** The limits of this database; `configure` replaces them (tests use it to start afresh, as another process would). */
export function proposalRateLimitsFor(dataSource: DataSource, secret: string, configure?: ProposalRateLimitOptions): ProposalRateLimits {
  if (configure) return limits.replace(dataSource, secret, new ProposalRateLimits(dataSource, secret, configure));
  return limits.get(dataSource, secret);
}
