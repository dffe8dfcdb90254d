/**
 * Fetches SSB's answers one query at a time, with a pause between requests, as SSB asks of API users (about
 * 30 requests a minute from one address). The first failure stops the run, so nothing is written from a
 * partial set of answers.
 * @module
 */
import { PAUSE_BETWEEN_REQUESTS_MS, ssbQueryUrl, type SsbQuery } from '../../case/reference/ssb-tables.ts';
import type { SsbAnswer } from '../../case/reference/ssb-update.ts';

/** Why a request failed: no answer at all, an HTTP error status, or a body that is not JSON. */
export class SsbFetchFailure extends Error {
  constructor(
    readonly kind: 'offline' | 'status' | 'not-json',
    readonly url: string,
    readonly status?: number,
    options?: { cause: unknown },
  ) {
    super(`${kind} ${status ?? ''} ${url}`, options);
    this.name = 'SsbFetchFailure';
  }
}

export interface FetchSsbOptions {
  /** The API's base, `…/tables`; SSB's own unless a mirror or a test server is named. */
  base: string;
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  /** @default PAUSE_BETWEEN_REQUESTS_MS */
  pauseMs?: number;
  /** Time allowed for one answer. @default 60 000 ms */
  timeoutMs?: number;
  /** Called before each request, e.g. to show progress. */
  onRequest?: (index: number, count: number, url: string) => void;
}

/** The largest answer read: an SSB answer to one of Flokk's queries is well under 1 MB. */
const MAX_BODY_CHARS = 20_000_000;

async function fetchOne(url: string, options: FetchSsbOptions): Promise<unknown> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
  } catch (cause) {
    throw new SsbFetchFailure('offline', url, undefined, { cause });
  }
  if (!response.ok) throw new SsbFetchFailure('status', url, response.status);
  try {
    const text = await response.text();
    if (text.length > MAX_BODY_CHARS) throw new Error('answer too large');
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new SsbFetchFailure('not-json', url, response.status, { cause });
  }
}

/** Sends the queries in order, pausing between them, and returns every answer, or throws {@link SsbFetchFailure}. */
export async function fetchSsbAnswers(
  queries: readonly SsbQuery[],
  options: FetchSsbOptions,
): Promise<SsbAnswer[]> {
  const answers: SsbAnswer[] = [];
  for (const [i, query] of queries.entries()) {
    if (i > 0) await options.sleep(options.pauseMs ?? PAUSE_BETWEEN_REQUESTS_MS);
    const url = ssbQueryUrl(query, options.base);
    options.onRequest?.(i, queries.length, url);
    answers.push({ query, url, body: await fetchOne(url, options) });
  }
  return answers;
}
