/**
 * The numbers of sign-in throttling and the throttle object a server holds; the request side is
 * `login-throttle.ts`.
 * @module
 */
import type { Queryable } from '../../storage/database.ts';
import { purgeAttempts, serverSecret } from '../../storage/login-attempts.ts';

/** How many attempts one key gets within the window. */
export interface KeyLimit {
  /** Attempts (failed, or being checked) within the window before the pauses start. */
  free: number;
  /** Attempts within the window at most; beyond it, wait until the oldest leaves the window. */
  max: number;
}

export interface ThrottlePolicy {
  /** How long an attempt is remembered and counted. */
  windowMs: number;
  /** The first pause, after `free` attempts; each further attempt doubles it. */
  firstDelayMs: number;
  /** The longest pause between two attempts. */
  maxDelayMs: number;
  /** Per e-mail address, for browsers without a valid device cookie for it. */
  account: KeyLimit;
  /** Per device cookie: a browser that has signed in to the account before. */
  device: KeyLimit;
  /** Per client address, for browsers without a valid device cookie for the account. */
  address: KeyLimit;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  windowMs: 60 * 60 * 1000,
  firstDelayMs: 1000,
  maxDelayMs: 5 * 60 * 1000,
  account: { free: 5, max: 20 },
  device: { free: 5, max: 20 },
  address: { free: 10, max: 100 },
};

/**
 * Milliseconds until one key may be tried again, given its attempts in the window (newest first); 0 if now.
 * After `free` attempts the next one must come `firstDelayMs · 2^(n − free)` (at most `maxDelayMs`) after the
 * newest; at `max` attempts, not before the `max`-th newest has left the window.
 */
export function waitMs(history: readonly Date[], limit: KeyLimit, policy: ThrottlePolicy, now: Date): number {
  const n = history.length;
  let until = 0;
  const newest = history[0];
  if (n >= limit.free && newest) {
    const delay = Math.min(policy.firstDelayMs * 2 ** (n - limit.free), policy.maxDelayMs);
    until = newest.getTime() + delay;
  }
  const oldestThatCounts = history[limit.max - 1];
  if (n >= limit.max && oldestThatCounts) {
    until = Math.max(until, oldestThatCounts.getTime() + policy.windowMs);
  }
  return Math.max(0, until - now.getTime());
}

/** IPv4 as is (also when mapped into IPv6); IPv6 as its /64 prefix. */
export function normalizeAddress(address: string): string {
  const plain = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!plain.includes(':')) return plain;
  const [head = '', tail] = plain.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  if (groups.length < 4 || groups.slice(0, 4).some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return plain;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** The throttle of one server: its policy, whether to trust a proxy, and the cached device-cookie secret. */
export class LoginThrottle {
  readonly policy: ThrottlePolicy;
  readonly trustProxy: boolean;
  private secret: Promise<string> | undefined;

  constructor(options: { policy?: Partial<ThrottlePolicy>; trustProxy?: boolean } = {}) {
    this.policy = { ...DEFAULT_THROTTLE_POLICY, ...options.policy };
    this.trustProxy = options.trustProxy ?? false;
  }

  /** The HMAC key of device cookies, made once per database and shared by every process using it. */
  deviceSecret(db: Queryable): Promise<string> {
    this.secret ??= serverSecret(db, 'device-cookie').catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return this.secret;
  }

  /** Deletes attempts too old to count. */
  purge(db: Queryable, now: Date): Promise<number> {
    return purgeAttempts(db, new Date(now.getTime() - this.policy.windowMs));
  }
}
