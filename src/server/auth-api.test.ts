import { afterEach, describe, expect, it } from 'vitest';
import { countAttempts } from '../storage/login-attempts.ts';
import { createApp } from './app.ts';
import { LoginThrottle } from './auth/throttle-policy.ts';
import { createServerCaches } from './cached-response.ts';
import { inlineCompute } from './compute/compute-pool.ts';
import { startTestServer, TEST_PASSWORD, type TestServer } from './test-support.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const OWNER = 'eier@flokk.local';
/** The default policy's numbers the tests rely on: 5 attempts per account or device, 10 per address. */
const ACCOUNT_FREE = 5;
const ADDRESS_FREE = 10;
const ACCOUNT_MAX_PER_HOUR = 20;

interface LoginOptions {
  /** Cookie header: a device cookie, say. */
  cookie?: string;
  /** The client address, as the trusted proxy would report it. */
  from?: string;
}

function login(app: TestServer['app'], email: string, password: string, options: LoginOptions = {}) {
  return app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.from ? { 'x-forwarded-for': options.from } : {}),
    },
    body: JSON.stringify({ email, password }),
  });
}

/** The `name=value` of a cookie the response sets. */
function cookieFrom(response: Response, name: string): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`)) ?? '';
  return header.split(';')[0] ?? '';
}

function statuses(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

async function issuePaths(response: Response): Promise<string[]> {
  const body = (await response.json()) as { error: { issues: { path: string; code: string }[] } };
  return body.error.issues.map((i) => `${i.path}:${i.code}`);
}

describe('sign-in and sessions', () => {
  it('sets an httpOnly SameSite=Strict session cookie, a device cookie, and returns a CSRF token', async () => {
    server = await startTestServer();
    const response = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'EIER@flokk.local',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('flokk_session=')) ?? '';
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    const device = cookies.find((c) => c.startsWith('flokk_device=')) ?? '';
    expect(device).toMatch(/^flokk_device=v1\.[\w-]+\.[\w-]{43};/);
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/SameSite=Strict/i);
    expect(device).toMatch(/Path=\/api\/auth/);
    expect(device).not.toContain('eier');
    const body = (await response.json()) as { csrfToken: string; user: { email: string } };
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(body.user.email).toBe(OWNER);
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    server = await startTestServer();
    const wrong = await login(server.app, OWNER, 'feil');
    const unknown = await login(server.app, 'ingen@flokk.local', 'feil');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('answers 400 naming email, not 500, for a NUL byte or a bidi override in the e-mail', async () => {
    server = await startTestServer();
    for (const email of ['eier\u0000@flokk.local', '\u202Eeier@flokk.local', '']) {
      const response = await login(server.app, email, TEST_PASSWORD);
      expect(response.status, JSON.stringify(email)).toBe(400);
      expect((await issuePaths(response)).map((p) => p.split(':')[0])).toEqual(['email']);
    }
  });

  it('validates sign-in input with field names', async () => {
    server = await startTestServer();
    const response = await server.anonymous.request('POST', '/api/auth/login', { email: '', password: 'x' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toEqual(['email']);
  });

  it('ends the session on sign-out (the row is deleted) and when it expires', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now });
    const owner = await server.signIn(OWNER);
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(200);
    now = new Date(now.getTime() + 2 * 60 * 60 * 1000);
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(401);

    const again = await server.signIn(OWNER);
    const rows = () => server?.db.query('SELECT 1 FROM sessions') ?? Promise.resolve([]);
    const before = (await rows()).length;
    expect((await again.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await again.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await rows()).length).toBe(before - 1);
  });

  it('ends a session left unused for the idle time, and keeps one in use', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now, sessionIdleMs: 10 * 60 * 1000 });
    const owner = await server.signIn(OWNER);
    const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60 * 1000));
    later(8);
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(200);
    later(8);
    // 16 minutes after sign-in, 8 after the last use.
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(200);
    later(11);
    // Well within the absolute hour, but unused for 11 minutes.
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('purges expired sessions and old sign-in attempts at sign-in', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now });
    await server.signIn(OWNER);
    await server.signIn(server.emails.reader);
    expect((await login(server.app, 'ingen@flokk.local', 'feil')).status).toBe(401);
    const since = new Date(0);
    expect(await countAttempts(server.db, 'account:ingen@flokk.local', since)).toBe(1);
    now = new Date(now.getTime() + 2 * 60 * 60 * 1000);
    await server.signIn(OWNER);
    expect(await server.db.query('SELECT 1 FROM sessions')).toHaveLength(1);
    expect(await countAttempts(server.db, 'account:ingen@flokk.local', since)).toBe(0);
  });
});

describe('sign-in throttling', () => {
  const fixedClock = () => {
    const now = new Date('2026-11-23T10:00:00Z');
    return { now: () => now };
  };

  it(`checks at most ${ACCOUNT_FREE} of 60 parallel wrong passwords; the rest get 429 with Retry-After`, async () => {
    server = await startTestServer(fixedClock());
    const app = server.app;
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(app, OWNER, `feil-passord-${i}`)),
    );
    expect(statuses(responses)).toEqual({ 401: ACCOUNT_FREE, 429: 60 - ACCOUNT_FREE });
    const limited = responses.find((r) => r.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited?.json()) as { error: { code: string; retryAfterSeconds: number } };
    expect(body.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1 });
    // What was checked is exactly what was counted.
    expect(await countAttempts(server.db, `account:${OWNER}`, new Date(0))).toBe(ACCOUNT_FREE);
  });

  it.each([
    ['first', 0],
    ['last', 30],
  ])(
    'lets the right password through among 30 parallel wrong ones only within the allowance (right one %s)',
    async (_label, position) => {
      server = await startTestServer(fixedClock());
      const app = server.app;
      const passwords = Array.from({ length: 30 }, (_, i) => `feil-passord-${i}`);
      passwords.splice(position, 0, TEST_PASSWORD);
      const responses = await Promise.all(passwords.map((p) => login(app, OWNER, p)));
      const counts = statuses(responses);
      // The invariant: at most ACCOUNT_FREE passwords are checked, the right one included.
      expect((counts[401] ?? 0) + (counts[200] ?? 0)).toBeLessThanOrEqual(ACCOUNT_FREE);
      expect(counts[429]).toBeGreaterThanOrEqual(31 - ACCOUNT_FREE);
      // Sent first it is counted within the allowance and gets in; sent last it is refused unchecked.
      expect(responses[position]?.status).toBe(position === 0 ? 200 : 429);
    },
  );

  it(`checks no more than ${ACCOUNT_MAX_PER_HOUR} passwords an hour for an attacker who always waits as told`, async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now });
    const checked: number[] = [];
    const end = now.getTime() + 2 * 60 * 60 * 1000;
    while (now.getTime() < end) {
      const response = await login(server.app, OWNER, 'feil-passord-igjen');
      if (response.status === 401) checked.push(now.getTime());
      else {
        expect(response.status).toBe(429);
        const wait = Number(response.headers.get('retry-after'));
        expect(wait).toBeLessThanOrEqual(60 * 60);
        now = new Date(now.getTime() + wait * 1000);
      }
    }
    const hour = 60 * 60 * 1000;
    const mostInAnHour = Math.max(
      ...checked.map((t) => checked.filter((u) => u >= t && u < t + hour).length),
    );
    expect(mostInAnHour).toBeLessThanOrEqual(ACCOUNT_MAX_PER_HOUR);
    expect(mostInAnHour).toBeGreaterThanOrEqual(ACCOUNT_FREE);
  });

  it(`limits one address guessing once at each of 12 accounts after ${ADDRESS_FREE}`, async () => {
    server = await startTestServer({ ...fixedClock(), trustProxy: true });
    const results: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await login(server.app, `konto-${i}@test.no`, 'feil-passord', { from: '203.0.113.9' });
      results.push(response.status);
    }
    expect(results).toEqual([...Array<number>(ADDRESS_FREE).fill(401), 429, 429]);
    // Another address is not held up by it.
    expect(
      (await login(server.app, 'konto-0@test.no', 'feil-passord', { from: '198.51.100.7' })).status,
    ).toBe(401);
  });

  it('does not trust X-Forwarded-For unless told to', async () => {
    server = await startTestServer(fixedClock());
    const results: number[] = [];
    for (let i = 0; i < ADDRESS_FREE + 1; i++) {
      const response = await login(server.app, `konto-${i}@test.no`, 'feil', { from: `192.0.2.${i}` });
      results.push(response.status);
    }
    expect(results.at(-1)).toBe(429);
  });

  it('lets the owner sign in at once with their device cookie after 5 wrong guesses from an attacker', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now, trustProxy: true });
    const app = server.app;
    const first = await login(app, OWNER, TEST_PASSWORD, { from: '198.51.100.7' });
    expect(first.status).toBe(200);
    const device = cookieFrom(first, 'flokk_device');
    expect(device).not.toBe('');

    for (let i = 0; i < ACCOUNT_FREE; i++) {
      expect((await login(app, OWNER, `gjett-${i}`, { from: '203.0.113.9' })).status).toBe(401);
    }
    expect((await login(app, OWNER, 'gjett-igjen', { from: '203.0.113.9' })).status).toBe(429);
    // From a browser the account has not seen, even the right password waits its turn …
    expect((await login(app, OWNER, TEST_PASSWORD, { from: '198.51.100.8' })).status).toBe(429);
    // … and so does a forged or another account's device cookie …
    const forged = device.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await login(app, OWNER, TEST_PASSWORD, { cookie: forged })).status).toBe(429);
    const readerSignIn = await login(app, server.emails.reader, TEST_PASSWORD, { from: '198.51.100.9' });
    const readerDevice = cookieFrom(readerSignIn, 'flokk_device');
    expect((await login(app, OWNER, TEST_PASSWORD, { cookie: readerDevice })).status).toBe(429);
    // … but the owner's own browser gets in at once, from the same address as the attacker too.
    const owner = await login(app, OWNER, TEST_PASSWORD, { cookie: device, from: '203.0.113.9' });
    expect(owner.status).toBe(200);
    // No long lock-out elsewhere either: a second later the next attempt is checked.
    now = new Date(now.getTime() + 1000);
    expect((await login(app, OWNER, TEST_PASSWORD, { from: '198.51.100.8' })).status).toBe(200);
  });

  it('throttles a device cookie on its own, and forgets its failures when its owner gets in', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now });
    const device = cookieFrom(await login(server.app, OWNER, TEST_PASSWORD), 'flokk_device');
    const deviceKey = `device:${device.split('.')[1] ?? ''}`;
    for (let i = 0; i < ACCOUNT_FREE; i++) {
      expect((await login(server.app, OWNER, `tastefeil-${i}`, { cookie: device })).status).toBe(401);
    }
    expect((await login(server.app, OWNER, TEST_PASSWORD, { cookie: device })).status).toBe(429);
    expect(await countAttempts(server.db, deviceKey, new Date(0))).toBe(ACCOUNT_FREE);
    // The account's own count was not touched by the device's failures.
    expect(await countAttempts(server.db, `account:${OWNER}`, new Date(0))).toBe(0);
    now = new Date(now.getTime() + 1000);
    expect((await login(server.app, OWNER, TEST_PASSWORD, { cookie: device })).status).toBe(200);
    expect(await countAttempts(server.db, deviceKey, new Date(0))).toBe(0);
  });

  it('shares counts and the device-cookie secret between two servers on one database', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now });
    const other = createApp({
      db: server.db,
      compute: inlineCompute,
      ...createServerCaches(),
      loginThrottle: new LoginThrottle(),
      now: () => now,
      sessionTtlMs: 60_000,
    });
    const device = cookieFrom(await login(server.app, OWNER, TEST_PASSWORD), 'flokk_device');
    for (let i = 0; i < ACCOUNT_FREE; i++) {
      const app = i % 2 === 0 ? server.app : other;
      expect((await login(app, OWNER, `feil-${i}`)).status).toBe(401);
    }
    expect((await login(other, OWNER, TEST_PASSWORD)).status).toBe(429);
    expect((await login(server.app, OWNER, TEST_PASSWORD)).status).toBe(429);
    expect((await login(other, OWNER, TEST_PASSWORD, { cookie: device })).status).toBe(200);
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password after checking the current one and the policy, and ends the other sessions', async () => {
    server = await startTestServer();
    const here = await server.signIn(server.emails.editor);
    const elsewhere = await server.signIn(server.emails.editor);
    const path = '/api/auth/password?lang=en';

    const wrong = await here.request('POST', path, {
      currentPassword: 'feil',
      newPassword: 'nytt-og-langt-passord',
    });
    expect(wrong.status).toBe(400);
    expect(await issuePaths(wrong)).toEqual(['currentPassword:wrong_password']);

    const weak = await here.request('POST', path, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'leavemealone',
    });
    expect(weak.status).toBe(400);
    const body = (await weak.json()) as {
      error: { issues: { path: string; code: string; message: string }[] };
    };
    expect(body.error.issues).toEqual([
      { path: 'newPassword', code: 'password_common', message: expect.stringContaining('common') },
    ]);

    const changed = await here.request('POST', path, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'nytt-og-langt-passord',
    });
    expect(changed.status).toBe(204);
    expect((await here.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await elsewhere.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await login(server.app, server.emails.editor, TEST_PASSWORD)).status).toBe(401);
    expect((await login(server.app, server.emails.editor, 'nytt-og-langt-passord')).status).toBe(200);
  });

  it('needs the CSRF token', async () => {
    server = await startTestServer();
    const editor = await server.signIn(server.emails.editor);
    const response = await editor.request(
      'POST',
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'nytt-og-langt-passord' },
      { 'x-csrf-token': 'feil' },
    );
    expect(response.status).toBe(403);
  });
});
