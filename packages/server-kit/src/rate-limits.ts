import { createHmac, hkdfSync } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { rateLimited } from './errors';

/**
 * Counters shared by every process of a service: rate-limiter-flexible's PostgreSQL store, in a table a migration
 * creates (its SQL frozen in each migration), since the service role creates nothing at run time. Used by territory's
 * sign-in throttle and participation's citizen-proposal limits; a refusal answers RATE_LIMITED with
 * `retryAfterSeconds`, like the gateway's own limits.
 */
export interface RateLimitTable {
  schemaName: string;
  tableName: string;
}

export interface PostgresLimiterOptions {
  keyPrefix: string;
  points: number;
  /** Seconds. */
  duration: number;
  /** Seconds a key is refused once past its points (0: only until its window ends). */
  blockDuration?: number;
  /** Deletes the table's rows an hour past their expiry, every 5 minutes: one limiter per table is enough. */
  clearExpiredByTimeout?: boolean;
}

/** A limiter whose counters live in `table` (created by a migration). */
export function postgresLimiter(dataSource: DataSource, table: RateLimitTable, options: PostgresLimiterOptions): RateLimiterPostgres {
  return new RateLimiterPostgres({
    ...table,
    tableCreated: true,
    storeType: 'typeorm',
    storeClient: dataSource,
    clearExpiredByTimeout: false,
    ...options,
  });
}

/**
 * Keys that name no email or address in clear: HMACs under a key derived from `secret` for `label` alone (HKDF), so
 * that the secret signing tokens is never itself used as an HMAC key.
 */
export function limiterKeys(secret: string, label: string): (kind: string, value: string) => string {
  const key = Buffer.from(hkdfSync('sha256', secret, '', label, 32));
  return (kind, value) => createHmac('sha256', key).update(`${kind}\n${value}`).digest('base64url');
}

/** A limiter's rejection as the graph's RATE_LIMITED error; any other failure (the database's) unchanged. */
export function rateLimitRefusal(rejection: unknown, message: string): Error {
  if (!(rejection instanceof RateLimiterRes)) return rejection as Error;
  const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  return rateLimited(`${message}: retry in ${retryAfterSeconds} seconds`, retryAfterSeconds);
}

/**
 * One instance per (DataSource, secret): a jest worker opens several test databases in one process, and a
 * different secret means different keys. `replace` makes a fresh one (tests change thresholds with it).
 */
export class PerDataSource<T> {
  private readonly instances = new WeakMap<DataSource, Map<string, T>>();

  constructor(private readonly create: (dataSource: DataSource, secret: string) => T) {}

  get(dataSource: DataSource, secret: string): T {
    let bySecret = this.instances.get(dataSource);
    if (!bySecret) this.instances.set(dataSource, (bySecret = new Map()));
    let instance = bySecret.get(secret);
    if (!instance) bySecret.set(secret, (instance = this.create(dataSource, secret)));
    return instance;
  }

  replace(dataSource: DataSource, secret: string, instance: T): T {
    let bySecret = this.instances.get(dataSource);
    if (!bySecret) this.instances.set(dataSource, (bySecret = new Map()));
    bySecret.set(secret, instance);
    return instance;
  }
}
