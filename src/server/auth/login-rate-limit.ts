/**
 * Limits failed sign-ins per account and address, so passwords cannot be guessed quickly. Kept in memory:
 * Flokk runs as one process per installation, and a restart resetting the counters is acceptable.
 * @module
 */

export interface RateLimitPolicy {
  /** Failed attempts allowed within the window. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_POLICY: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly policy: RateLimitPolicy = DEFAULT_LOGIN_POLICY,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.policy.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 if allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.policy.maxFailures) return 0;
    const oldest = recent[recent.length - this.policy.maxFailures] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.policy.windowMs - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
