/**
 * The device cookie of the OWASP Authentication Cheat Sheet ("Device cookies"): after a successful sign-in
 * the browser gets `v1.<nonce>.<HMAC-SHA256(secret, e-mail, nonce)>` in an httpOnly, SameSite=Strict cookie.
 * When that browser signs in to the same account again, its attempts are counted under the device instead of
 * the account, so someone guessing the account's password from elsewhere does not lock its owner out. The
 * HMAC key is a server secret stored in the database, shared by every process; the cookie names no account.
 * @module
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';

export const DEVICE_COOKIE = 'flokk_device';
/** How long a browser stays known: 180 days after its last successful sign-in. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
const FORMAT = /^v1\.([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/;

function sign(secret: string, email: string, nonce: string): string {
  return createHmac('sha256', secret)
    .update(`flokk-device-v1\n${email.toLowerCase()}\n${nonce}`)
    .digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The nonce of the browser's device cookie if it is valid for `email`, else `null`. */
export async function trustedDevice(c: Context<AppEnv>, email: string): Promise<string | null> {
  const match = FORMAT.exec(getCookie(c, DEVICE_COOKIE) ?? '');
  if (!match?.[1] || !match[2]) return null;
  const { db, loginThrottle } = c.var.deps;
  const expected = sign(await loginThrottle.deviceSecret(db), email, match[1]);
  return sameText(match[2], expected) ? match[1] : null;
}

/** Gives the browser a fresh device cookie for `email` (after the right password). */
export async function issueDeviceCookie(c: Context<AppEnv>, email: string): Promise<void> {
  const { db, loginThrottle } = c.var.deps;
  const nonce = randomBytes(18).toString('base64url');
  const value = `v1.${nonce}.${sign(await loginThrottle.deviceSecret(db), email, nonce)}`;
  setCookie(c, DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    // Only the sign-in routes read it.
    path: '/api/auth',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
