import { hash, verify } from '@node-rs/argon2';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export const hashPassword = (password: string) => hash(password);

// Verifying against a real hash when the email is unknown keeps the answer's timing the same.
let decoy: Promise<string> | null = null;

export async function passwordMatches(passwordHash: string | null, password: string): Promise<boolean> {
  decoy ??= hash('decoy password, never valid');
  const matches = await verify(passwordHash ?? (await decoy), password).catch(() => false);
  return passwordHash !== null && matches;
}

/**
 * Failed logins per email: each failure slows the next answer a little more, and past the limit the
 * email is locked out for the window. The answer stays UNAUTHENTICATED either way.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterMemory;

  constructor(readonly maxFailures = 10, readonly windowSeconds = 15 * 60, private readonly stepMs = 200) {
    this.failures = new RateLimiterMemory({ points: maxFailures, duration: windowSeconds });
  }

  /** Seconds until the email may try again, or 0; waits in proportion to recent failures. */
  async beforeAttempt(email: string): Promise<number> {
    const state = await this.failures.get(email);
    if (!state) return 0;
    if (state.consumedPoints >= this.maxFailures) return Math.ceil(state.msBeforeNext / 1000);
    await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, state.consumedPoints * this.stepMs)));
    return 0;
  }

  async failed(email: string): Promise<void> {
    await this.failures.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.failures.delete(email);
  }
}
