/**
 * Serves the built web app from `dist/web`, with the single-page fallback: any non-API GET that is not a
 * file gets `index.html`, so deep links like `/saker/x/historikk` work after a reload.
 *
 * The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file; the copy the
 * client accepts is sent with `Content-Encoding` (brotli first), else the file itself, and `Vary:
 * Accept-Encoding` wherever a copy exists. Vite's content-hashed assets (`/assets/name-[hash].js`) are cached
 * for good; everything else, `index.html` first, is revalidated against its ETag on every use.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { AppEnv } from './context.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Flokk</title></head>
<body><main><h1>Flokk</h1><p>Nettappen er ikke bygget. Kjør <code>npm run build</code> (eller <code>npm start</code>).</p></main></body></html>`;

/** Vite's names for built assets: `/assets/<name>-<content hash>.<ext>`. */
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8,}\.[a-z0-9]+$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The precompressed copies, in the order they are preferred at equal quality. */
const CODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

export function serveWebApp(app: Hono<AppEnv>, root = WEB_ROOT): void {
  const rootDir = resolve(root);
  app.get('*', async (c) => {
    const pathname = new URL(c.req.url).pathname;
    const file = fileFor(rootDir, pathname);
    const cacheControl = HASHED_ASSET.test(pathname) ? IMMUTABLE : REVALIDATE;
    const response = file === undefined ? undefined : await sendFile(c, file, cacheControl);
    if (response) return response;
    // Not a file: the single-page app routes it in the browser.
    return (await sendFile(c, resolve(rootDir, 'index.html'), REVALIDATE)) ?? c.html(NOT_BUILT, 503);
  });
}

/**
 * The file under `rootDir` that `pathname` names, or undefined when it names none: undecodable, or with a
 * `.`, `..` or hidden segment, a backslash or a NUL, however they were encoded.
 */
function fileFor(rootDir: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || /[\\\0]/.test(path)) return undefined;
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return undefined;
  const file = resolve(rootDir, ...segments);
  return file.startsWith(rootDir + sep) ? file : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The quality the client gives each coding in `Accept-Encoding` (RFC 9110 §12.5.3); `*` stands for any other. */
function codingQualities(header: string | undefined): (coding: string) => number {
  const qualities = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    qualities.set(name, Number.isFinite(value) ? value : 0);
  }
  return (coding) => qualities.get(coding) ?? qualities.get('*') ?? 0;
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends `path` (or the best precompressed copy the client accepts), or undefined when it is not a file. */
async function sendFile(
  c: Context<AppEnv>,
  path: string,
  cacheControl: string,
): Promise<Response | undefined> {
  if (!(await isFile(path))) return undefined;
  const quality = codingQualities(c.req.header('Accept-Encoding'));
  const copies = [];
  for (const copy of CODINGS) if (await isFile(path + copy.suffix)) copies.push(copy);
  const chosen = copies
    .filter((copy) => quality(copy.coding) > 0)
    .sort((a, b) => quality(b.coding) - quality(a.coding))[0];
  let body: Buffer;
  try {
    body = await readFile(chosen ? path + chosen.suffix : path);
  } catch {
    return undefined;
  }
  if (copies.length > 0) c.header('Vary', 'Accept-Encoding');
  c.header('Cache-Control', cacheControl);
  if (cacheControl !== IMMUTABLE) {
    // One tag per representation: the brotli, gzip and plain bytes each have their own.
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    c.header('ETag', etag);
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  }
  c.header('Content-Type', getMimeType(path) ?? 'application/octet-stream');
  if (chosen) c.header('Content-Encoding', chosen.coding);
  c.header('Content-Length', String(body.byteLength));
  // readFile gives a Buffer over its own ArrayBuffer (never a SharedArrayBuffer): no copy needed.
  return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), 200);
}
