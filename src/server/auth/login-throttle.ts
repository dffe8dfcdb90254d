/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet; NIST SP 800-63B §5.2.2), counted in the database so
 * that every server process sharing it sees the same counts.
 *
 * Every attempt is counted before the password is checked, under keys that are locked while counting (see
 * `storage/login-attempts.ts`), so parallel guesses see each other and cannot all slip through. A browser that
 * has signed in to the account before presents a signed device cookie (`device-cookie.ts`); its attempts count
 * under that device only. Any other attempt counts under the account (the e-mail address as typed, whether or
 * not the account exists) and under the client address. Past a few failures each key needs a growing pause
 * between attempts (1 s, 2 s, 4 s … at most 5 minutes), answered as 429 with Retry-After, and a ceiling per
 * window bounds what even a patient attacker gets; there is no long lock-out, and the real owner, signing in
 * from their own browser, is not slowed down by someone guessing elsewhere. Right passwords are taken back out
 * of the count.
 * @module
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { RateLimitedError } from '../../common/errors.ts';
import { clearAttemptKey, forgetAttempt, reserveAttempt } from '../../storage/login-attempts.ts';
import type { AppEnv } from '../context.ts';
import { trustedDevice } from './device-cookie.ts';
import { normalizeAddress, waitMs } from './throttle-policy.ts';

/**
 * The client's address for counting: the socket's peer, or, only when Flokk is told it runs behind one
 * reverse proxy (`FLOKK_TRUST_PROXY=1`), the last address in X-Forwarded-For, the one that proxy added.
 * IPv6 addresses count per /64, what one customer usually gets. In-process tests have no socket: `local`.
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim());
    const last = forwarded.filter((part) => part !== '').at(-1);
    if (last) return normalizeAddress(last.slice(0, 100));
  }
  try {
    const address = getConnInfo(c).remote.address;
    if (address) return normalizeAddress(address);
  } catch {
    // `app.request()` in tests: no Node request behind the context.
  }
  return 'local';
}

/** A counted attempt whose password is being checked. */
export interface LoginAttempt {
  /** The browser's device cookie for the account, if it presented a valid one. */
  device: string | null;
  /** The password was right: the attempt no longer counts, nor do the device's earlier failures. */
  succeeded(): Promise<void>;
}

/**
 * Counts an attempt to prove the password of `email`, or throws `RateLimitedError` with the seconds to wait.
 * Call it before looking the account up or checking the password.
 */
export async function beginAttempt(c: Context<AppEnv>, email: string): Promise<LoginAttempt> {
  const { db, now, loginThrottle } = c.var.deps;
  const { policy } = loginThrottle;
  const device = await trustedDevice(c, email);
  const keys = device
    ? [{ key: `device:${device}`, limit: policy.device }]
    : [
        { key: `account:${email.toLowerCase()}`, limit: policy.account },
        { key: `address:${clientAddress(c, loginThrottle.trustProxy)}`, limit: policy.address },
      ];
  const at = now();
  const reservation = await reserveAttempt(db, {
    keys: keys.map((k) => k.key),
    now: at,
    since: new Date(at.getTime() - policy.windowMs),
    decide: (history) => Math.max(0, ...keys.map((k, i) => waitMs(history[i] ?? [], k.limit, policy, at))),
  });
  if ('retryAfterMs' in reservation) throw new RateLimitedError(Math.ceil(reservation.retryAfterMs / 1000));
  return {
    device,
    async succeeded() {
      await forgetAttempt(db, reservation.attemptId);
      if (device) await clearAttemptKey(db, `device:${device}`);
    },
  };
}
