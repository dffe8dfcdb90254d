import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context.ts';
import { serveWebApp } from './static-files.ts';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/main-AbCd1234.js"></script></head></html>';
const SCRIPT = `export const answer = ${JSON.stringify('flokk '.repeat(200))};\n`;
const SECRET = '{"name":"secret-outside-the-web-root"}';
const IMMUTABLE = 'public, max-age=31536000, immutable';

let dir = '';
let app: Hono<AppEnv>;

/** Writes `content` to `path` in the web root, with a `.br` and `.gz` copy unless told otherwise. */
async function put(path: string, content: string, copies: ('br' | 'gz')[] = ['br', 'gz']) {
  const file = join(dir, 'web', path);
  await writeFile(file, content);
  if (copies.includes('br')) await writeFile(`${file}.br`, brotliCompressSync(content));
  if (copies.includes('gz')) await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
}

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-static-'));
  await mkdir(join(dir, 'web', 'assets'), { recursive: true });
  await writeFile(join(dir, 'package.json'), SECRET);
  await writeFile(join(dir, 'web', '.env'), SECRET);
  await put('index.html', INDEX);
  await put('assets/main-AbCd1234.js', SCRIPT);
  await put('assets/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', []);
  await put('robots.txt', 'User-agent: *\nAllow: /\n', ['gz']);
  app = new Hono<AppEnv>();
  app.all('/api/*', (c) => c.json({ error: 'not found' }, 404));
  serveWebApp(app, join(dir, 'web'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('precompressed copies', () => {
  it('sends brotli when the client accepts it, with the type and length of what is sent', async () => {
    const res = await get('/assets/main-AbCd1234.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('Vary')).toBe('Accept-Encoding');
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('Content-Length'))).toBe(body.length);
    expect(body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip when brotli is not accepted, or refused with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8', 'deflate, gzip;q=1.0, *;q=0']) {
      const res = await get('/assets/main-AbCd1234.js', { 'Accept-Encoding': accept });
      expect(res.headers.get('Content-Encoding'), accept).toBe('gzip');
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('Content-Length'))).toBe(body.length);
      expect(gunzipSync(body).toString()).toBe(SCRIPT);
    }
  });

  it('sends the file itself without Accept-Encoding, an unknown coding or where no copy exists', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'deflate' }, { 'Accept-Encoding': 'identity' }]) {
      const res = await get('/assets/main-AbCd1234.js', headers);
      expect(res.headers.get('Content-Encoding')).toBeNull();
      expect(res.headers.get('Vary')).toBe('Accept-Encoding');
      expect(res.headers.get('Content-Length')).toBe(String(Buffer.byteLength(SCRIPT)));
      expect(await res.text()).toBe(SCRIPT);
    }
    const robots = await get('/robots.txt', { 'Accept-Encoding': 'br' });
    expect(robots.headers.get('Content-Encoding')).toBeNull();
    expect(await robots.text()).toContain('User-agent');
    const svg = await get('/assets/logo.svg', { 'Accept-Encoding': 'br, gzip' });
    expect(svg.headers.get('Content-Encoding')).toBeNull();
    expect(svg.headers.get('Vary')).toBeNull();
    expect(svg.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await app.request('/assets/main-AbCd1234.js', {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(Number(res.headers.get('Content-Length'))).toBeGreaterThan(0);
    expect(await res.text()).toBe('');
  });
});

describe('caching', () => {
  it('caches hashed assets for good, without an ETag', async () => {
    const res = await get('/assets/main-AbCd1234.js');
    expect(res.headers.get('Cache-Control')).toBe(IMMUTABLE);
    expect(res.headers.get('ETag')).toBeNull();
  });

  it('revalidates index.html and unhashed files with an ETag per representation', async () => {
    const plain = await get('/');
    const br = await get('/', { 'Accept-Encoding': 'br' });
    for (const res of [plain, br]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('ETag')).toMatch(/^"[\w-]+"$/);
    }
    expect(await plain.text()).toBe(INDEX);
    expect(br.headers.get('ETag')).not.toBe(plain.headers.get('ETag'));
    for (const path of ['/robots.txt', '/assets/logo.svg']) {
      const res = await get(path);
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
      expect(res.headers.get('ETag'), path).not.toBeNull();
    }
  });

  it('answers 304 with no body when the ETag still matches', async () => {
    const first = await get('/index.html', { 'Accept-Encoding': 'br' });
    const etag = first.headers.get('ETag') ?? '';
    const again = await get('/index.html', { 'Accept-Encoding': 'br', 'If-None-Match': `W/${etag}` });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Cache-Control')).toBe('no-cache');
    expect(await again.text()).toBe('');
    const other = await get('/index.html', { 'If-None-Match': etag });
    expect(other.status).toBe(200);
  });
});

describe('single-page fallback', () => {
  it('gives index.html, revalidated, for a deep link and a missing asset', async () => {
    for (const path of ['/saker/x/historikk', '/saker/x/', '/assets/gone-ZzZz9999.js']) {
      const res = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
      expect(res.headers.get('Content-Type'), path).toBe('text/html; charset=utf-8');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), path).toBe(INDEX);
    }
  });

  it('leaves the API alone', async () => {
    const res = await get('/api/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
  });

  it('serves nothing outside the web root, however the path is written', async () => {
    const paths = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/%2fpackage.json',
      '/.env',
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const path of paths) {
      const res = await get(path);
      const text = await res.text();
      expect(text, path).not.toContain('secret');
      expect(text, path).toBe(INDEX);
    }
  });

  it('says the web app is not built when there is no index.html', async () => {
    const bare = new Hono<AppEnv>();
    serveWebApp(bare, join(dir, 'missing'));
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
