import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import type { GatewayConfig } from './config';

/** A refusal in the graph's own error format, saying when to come back. */
const refuse: Options['handler'] = (request, response, _next, options) => {
  const resetTime = (request as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
  const retryAfterSeconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000));
  response.setHeader('retry-after', String(retryAfterSeconds));
  response.status(429).json({
    errors: [{ message: `Too many requests: retry in ${retryAfterSeconds} seconds`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }],
  });
};

/**
 * The client address subgraphs count by (sign-in throttle, proposal limits): an IPv6 address as its /64 prefix, which
 * one subscriber holds whole (rotating within it gets no fresh counters); an IPv4-mapped IPv6 address as the IPv4
 * address; an IPv4 address as is.
 */
export function clientAddressOf(ip: string | undefined): string | undefined {
  return ip ? ipKeyGenerator(ip, 64) : undefined;
}

/**
 * Two fixed-window limits per minute: one per caller (the token's hash when there is one, else the address), and a
 * wider one per address that rotating tokens cannot escape. `RATE_LIMIT_PER_MINUTE=0` turns both off (benchmarks).
 */
export function rateLimits(config: GatewayConfig): RequestHandler[] {
  const { perCaller, perAddress } = config.rateLimits;
  if (perCaller === 0) return [];
  const common = { windowMs: 60_000, standardHeaders: 'draft-8' as const, legacyHeaders: false, handler: refuse };
  return [
    rateLimit({ ...common, limit: perAddress, identifier: 'address', keyGenerator: (request) => `address:${ipKeyGenerator(request.ip ?? 'unknown')}` }),
    rateLimit({
      ...common,
      limit: perCaller,
      identifier: 'caller',
      keyGenerator: (request) => {
        const authorization = request.get('authorization');
        return authorization ? `token:${createHash('sha256').update(authorization).digest('base64url')}` : `address:${ipKeyGenerator(request.ip ?? 'unknown')}`;
      },
    }),
  ];
}

/**
 * The console, the portal and GraphiQL load nothing from elsewhere: scripts, workers, fonts and data come from this
 * origin. Styles allow inline `<style>` (MUI's emotion writes them); nothing may frame these pages.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: RequestHandler = (_request, response, next) => {
  response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'same-origin');
  response.setHeader('x-frame-options', 'DENY');
  next();
};
