/**
 * Contract: sign-in attempts are counted atomically per key, even when reserved in parallel (on a server,
 * from several connections), refused attempts are not recorded, and server secrets are made once.
 * @module
 */
import { expect, it } from 'vitest';
import {
  clearAttemptKey,
  countAttempts,
  forgetAttempt,
  purgeAttempts,
  reserveAttempt,
  serverSecret,
  type AttemptHistory,
} from '../login-attempts.ts';
import type { DatabaseAccess } from './fixtures.ts';

const T0 = new Date('2030-05-01T12:00:00.000Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const EPOCH = new Date(0);

/** A policy that lets `free` attempts per key through and then asks for a one-second wait. */
const allowUpTo = (free: number) => (history: AttemptHistory) =>
  history.some((times) => times.length >= free) ? 1000 : 0;

/** Registers the login-attempt tests. */
export function loginAttemptContract(db: DatabaseAccess): void {
  it('counts attempts per key, newest first, and records none it refuses', async () => {
    const seen: AttemptHistory[] = [];
    const decide = (history: AttemptHistory) => {
      seen.push(history);
      return allowUpTo(2)(history);
    };
    const keys = ['account:a@example.no', 'address:192.0.2.1'];
    const first = await reserveAttempt(db(), { keys, now: T0, since: EPOCH, decide });
    const second = await reserveAttempt(db(), { keys, now: later(1), since: EPOCH, decide });
    const third = await reserveAttempt(db(), { keys, now: later(2), since: EPOCH, decide });
    expect(first).toEqual({ attemptId: expect.any(String) });
    expect(second).toEqual({ attemptId: expect.any(String) });
    expect(third).toEqual({ retryAfterMs: 1000 });
    expect(seen[2]).toEqual([
      [later(1), T0],
      [later(1), T0],
    ]);
    expect(await countAttempts(db(), 'account:a@example.no', EPOCH)).toBe(2);
    // Another key that shares the address sees the address's attempts only.
    const other = await reserveAttempt(db(), {
      keys: ['account:b@example.no', 'address:192.0.2.1'],
      now: later(3),
      since: EPOCH,
      decide: (history) => (history[0]?.length === 0 && history[1]?.length === 2 ? 0 : 1),
    });
    expect(other).toEqual({ attemptId: expect.any(String) });
  });

  it('counts only attempts after `since`, forgets a right one, clears a key and purges old ones', async () => {
    const key = 'account:forget@example.no';
    const reserve = (at: Date) =>
      reserveAttempt(db(), { keys: [key], now: at, since: EPOCH, decide: () => 0 });
    const old = await reserve(T0);
    const right = await reserve(later(60));
    expect(await countAttempts(db(), key, later(30))).toBe(1);
    if (!('attemptId' in right) || !('attemptId' in old)) throw new Error('Expected both to be reserved');
    await forgetAttempt(db(), right.attemptId);
    expect(await countAttempts(db(), key, EPOCH)).toBe(1);
    expect(await purgeAttempts(db(), later(-1))).toBe(0);
    expect(await purgeAttempts(db(), T0)).toBeGreaterThanOrEqual(1);
    expect(await countAttempts(db(), key, EPOCH)).toBe(0);
    await reserve(later(90));
    await clearAttemptKey(db(), key);
    expect(await countAttempts(db(), key, EPOCH)).toBe(0);
  });

  it('lets exactly the allowance through when 12 attempts on one key are reserved at once', async () => {
    const key = 'account:parallel@example.no';
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        reserveAttempt(db(), {
          keys: [key, `address:198.51.100.${i}`],
          now: T0,
          since: EPOCH,
          decide: allowUpTo(3),
        }),
      ),
    );
    expect(results.filter((r) => 'attemptId' in r)).toHaveLength(3);
    expect(await countAttempts(db(), key, EPOCH)).toBe(3);
  });

  it('makes a server secret once and gives every caller the same one', async () => {
    const secrets = await Promise.all([serverSecret(db(), 'contract'), serverSecret(db(), 'contract')]);
    expect(secrets[0]).toMatch(/^[\w-]{43}$/);
    expect(secrets[1]).toBe(secrets[0]);
    expect(await serverSecret(db(), 'contract')).toBe(secrets[0]);
    expect(await serverSecret(db(), 'another')).not.toBe(secrets[0]);
  });
}
