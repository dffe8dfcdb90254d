import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from './test-support.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('sign-in and sessions', () => {
  it('sets an httpOnly SameSite=Strict session cookie and returns a CSRF token', async () => {
    server = await startTestServer();
    const response = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'EIER@flokk.local',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^flokk_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const body = (await response.json()) as { csrfToken: string; user: { email: string } };
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(body.user.email).toBe('eier@flokk.local');
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    server = await startTestServer();
    const wrong = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'eier@flokk.local',
      password: 'feil',
    });
    const unknown = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'ingen@flokk.local',
      password: 'feil',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('limits failed attempts and tells when to try again', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ rateLimit: { maxFailures: 3, windowMs: 60_000 }, now: () => now });
    for (let i = 0; i < 3; i++) {
      const r = await server.anonymous.request('POST', '/api/auth/login', {
        email: 'eier@flokk.local',
        password: 'feil',
      });
      expect(r.status).toBe(401);
    }
    const limited = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'eier@flokk.local',
      password: TEST_PASSWORD,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    now = new Date(now.getTime() + 61_000);
    const again = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'eier@flokk.local',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(200);
  });

  it('ends the session on sign-out and when it expires', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    server = await startTestServer({ now: () => now });
    const owner = await server.signIn('eier@flokk.local');
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(200);
    now = new Date(now.getTime() + 2 * 60 * 60 * 1000);
    expect((await owner.request('GET', '/api/auth/me')).status).toBe(401);

    const again = await server.signIn('eier@flokk.local');
    expect((await again.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await again.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('validates sign-in input with field names', async () => {
    server = await startTestServer();
    const response = await server.anonymous.request('POST', '/api/auth/login', { email: '', password: 'x' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toEqual(['email']);
  });
});
