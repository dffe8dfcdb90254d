import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE_POLICY, normalizeAddress, waitMs } from './throttle-policy.ts';

const policy = DEFAULT_THROTTLE_POLICY;
const t0 = new Date('2026-11-23T10:00:00Z').getTime();
const at = (ms: number) => new Date(t0 + ms);

/** An attacker who tries again exactly when allowed, for `hours`; returns the times of checked attempts. */
function patientAttacker(hours: number): number[] {
  const attempts: number[] = [];
  let now = t0;
  while (now < t0 + hours * 3_600_000) {
    const history = attempts
      .filter((t) => t > now - policy.windowMs)
      .reverse()
      .map((t) => new Date(t));
    const wait = waitMs(history, policy.account, policy, new Date(now));
    if (wait === 0) attempts.push(now);
    else now += wait;
  }
  return attempts;
}

describe('waitMs', () => {
  it('lets the free attempts through, then doubles the pause from 1 s up to 5 minutes', () => {
    const history = (n: number) => Array.from({ length: n }, () => at(0));
    expect(waitMs(history(4), policy.account, policy, at(0))).toBe(0);
    expect(waitMs(history(5), policy.account, policy, at(0))).toBe(1000);
    expect(waitMs(history(6), policy.account, policy, at(0))).toBe(2000);
    expect(waitMs(history(8), policy.account, policy, at(0))).toBe(8000);
    expect(waitMs(history(14), policy.account, policy, at(0))).toBe(300_000);
    expect(waitMs(history(6), policy.account, policy, at(1500))).toBe(500);
  });

  it('holds at the ceiling until the oldest attempt that counts leaves the window', () => {
    const history = Array.from({ length: 20 }, (_, i) => at((19 - i) * 60_000));
    // The 20th newest was at 0; it leaves the window after an hour.
    expect(waitMs(history, policy.account, policy, at(20 * 60_000))).toBe(40 * 60_000);
  });

  it(`gives a patient attacker at most ${policy.account.max} checks in any hour, and no long lock-out`, () => {
    const attempts = patientAttacker(24);
    const hour = 3_600_000;
    const most = Math.max(...attempts.map((t) => attempts.filter((u) => u >= t && u < t + hour).length));
    expect(most).toBe(policy.account.max);
    const gaps = attempts.slice(1).map((t, i) => t - (attempts[i] ?? t));
    // The longest pause an owner on a new device can meet is the wait for the window.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(policy.windowMs);
    expect(attempts.length).toBeLessThanOrEqual(24 * policy.account.max);
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2::ff%eth0', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['not an address', 'not an address'],
  ])('%s → %s', (input, output) => {
    expect(normalizeAddress(input)).toBe(output);
  });
});
