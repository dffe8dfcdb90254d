import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from './api-error.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('apiErrorFromResponse', () => {
  it('reads a conflict with the newer revision', async () => {
    const error = await apiErrorFromResponse(
      json(409, { error: { code: 'conflict', message: 'x', latestRevision: 5, baseRevision: 4 } }),
    );
    expect(error).toMatchObject({ code: 'conflict', status: 409, latestRevision: 5, baseRevision: 4 });
  });

  it('reads validation issues that name the field', async () => {
    const issues = [{ path: 'baseline[2].fte', code: 'too_small', message: 'For lite' }];
    const error = await apiErrorFromResponse(
      json(400, { error: { code: 'validation', message: 'x', issues } }),
    );
    expect(error.issues).toEqual(issues);
  });

  it('takes the wait from the body or the Retry-After header', async () => {
    const fromBody = await apiErrorFromResponse(
      json(429, { error: { code: 'rate_limited', retryAfterSeconds: 30 } }),
    );
    expect(fromBody.retryAfterSeconds).toBe(30);
    const fromHeader = await apiErrorFromResponse(
      json(429, { error: { code: 'rate_limited' } }, { 'Retry-After': '12' }),
    );
    expect(fromHeader.retryAfterSeconds).toBe(12);
  });

  it('falls back on the status when the body is not the error shape', async () => {
    const error = await apiErrorFromResponse(new Response('<html>', { status: 502 }));
    expect(error.code).toBe('internal');
    expect((await apiErrorFromResponse(new Response('', { status: 401 }))).code).toBe('unauthenticated');
  });
});
