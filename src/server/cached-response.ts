/**
 * Answers a read whose body is derived from one revision. The body is computed once per (case, revision,
 * what, parameters) and kept in the result cache; the ETag is derived from the same key, so a client that
 * already has the answer gets 304 without anything being loaded or computed.
 * @module
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { NotFoundError } from '../common/errors.ts';
import { getLatestRevisionNumber } from '../storage/cases.ts';
import type { CaseRole } from '../storage/case-store.ts';
import type { ActiveSession } from '../storage/sessions.ts';
import { ResultCache } from './compute/result-cache.ts';
import { RequestStateCache } from './request-state-cache.ts';
import type { AppEnv } from './context.ts';
import { createRevisionCache } from './revision-cache.ts';
import { caseIdParam } from './route.ts';

// A new version of Flokk may compute differently; its ETags must not match the old ones. Without a release id,
// each process start counts as a new version (correct, but processes behind one balancer then disagree).
const BUILD = process.env['FLOKK_BUILD_ID'] || `start:${Date.now()}`;

/**
 * The server's caches: parsed revisions by count, derived bodies by memory (`FLOKK_CACHE_MB`, default 64 MB).
 * Both live per process; being derived from immutable revisions, they need no coordination between processes.
 */
export function createServerCaches(resultBytes = 64 * 1024 * 1024) {
  return {
    revisions: createRevisionCache(),
    results: new ResultCache<string | null>(resultBytes),
    // Compressed copies are about a tenth of the text; a quarter of the budget holds them all.
    encoded: new ResultCache<Uint8Array>(resultBytes / 4, (bytes) => bytes.byteLength + 64),
    requestState: {
      sessions: new RequestStateCache<ActiveSession | null>(),
      access: new RequestStateCache<{ role: CaseRole | null; latestRevision: number | null }>(),
    },
  };
}

type Encoding = 'br' | 'gzip';

/** The encoding to answer in: brotli where the client takes it, else gzip, else none. */
function chosenEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q === undefined || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Below this a compressed body saves less than its headers cost.
const MIN_COMPRESS_CHARS = 1_024;

function compress(body: string, encoding: Encoding): Promise<Uint8Array> {
  return encoding === 'br'
    ? // Quality 5: most of brotli's gain at a small cost, paid once per cached body, off the event loop.
      brotli(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipAsync(body, { level: 6 });
}

/** One revision of one case: what every cached read is derived from. */
export interface RevisionRef {
  caseId: string;
  revision: number;
}

/** The route's case at `revision`, or at its newest revision (one cheap query); NotFoundError if none. */
export async function revisionRef(c: Context<AppEnv>, revision?: number): Promise<RevisionRef> {
  const caseId = caseIdParam(c);
  const known = c.var.latestRevision;
  const number =
    revision ?? (known !== undefined ? known : await getLatestRevisionNumber(c.var.deps.db, caseId));
  if (number === null) throw new NotFoundError();
  return { caseId, revision: number };
}

/** The cache key of a result: everything the body depends on, and nothing else. */
export function resultKey(ref: RevisionRef | null, what: string, parameters: object = {}): string {
  const at = ref ? `${ref.caseId}#${ref.revision}` : '-';
  return `${at}:${what}:${JSON.stringify(parameters)}`;
}

function etagOf(key: string): string {
  return `"${createHash('sha256').update(BUILD).update(key).digest('base64url').slice(0, 27)}"`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/**
 * The cached body for `key`, or the one `produce` gives (`null` means not found), with an ETag; 304 when
 * the client's If-None-Match already names it.
 */
export async function cachedResponse(
  c: Context<AppEnv>,
  key: string,
  produce: () => Promise<string | null>,
  headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' },
): Promise<Response> {
  const etag = etagOf(key);
  // Private: bodies depend on the reader's role. no-cache: the browser asks again, and gets 304 if unchanged.
  const caching = { etag, 'cache-control': 'private, no-cache' };
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, caching);
  const body = await c.var.deps.results.get(key, produce);
  if (body === null) throw new NotFoundError();
  const encoding = body.length >= MIN_COMPRESS_CHARS ? chosenEncoding(c.req.header('accept-encoding')) : null;
  const vary = { vary: 'Accept-Encoding' };
  if (encoding === null) return c.body(body, 200, { ...headers, ...caching, ...vary });
  // Compressed once per body and encoding, like the body itself.
  const encoded = await c.var.deps.encoded.get(`${key}|${encoding}`, () => compress(body, encoding));
  return c.body(encoded as Uint8Array<ArrayBuffer>, 200, {
    ...headers,
    ...caching,
    ...vary,
    'content-encoding': encoding,
  });
}

/** A file as a job hands it over: JSON with the bytes as base64 (results cross the worker boundary as text). */
interface FileResult {
  fileName: string;
  contentType: string;
  base64: string;
}

/**
 * Like `cachedResponse`, for a file (XLSX, CSV): the job's base64 JSON is cached once per key and answered as
 * the file's bytes, with its content type and an attachment disposition naming it. Not compressed: an XLSX is
 * already a zip, and the CSVs are small.
 */
export async function cachedFileResponse(
  c: Context<AppEnv>,
  key: string,
  produce: () => Promise<string | null>,
): Promise<Response> {
  const etag = etagOf(key);
  const caching = { etag, 'cache-control': 'private, no-cache' };
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, caching);
  const body = await c.var.deps.results.get(key, produce);
  if (body === null) throw new NotFoundError();
  const file = JSON.parse(body) as FileResult;
  const bytes = Buffer.from(file.base64, 'base64');
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': file.contentType,
    // The name is built from the case id (an Id: letters, digits, -), the revision and a table id: nothing to escape.
    'content-disposition': `attachment; filename="${file.fileName}"`,
    ...caching,
  });
}
