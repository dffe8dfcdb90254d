/**
 * The one place the web app talks HTTP: same-origin cookies, the CSRF token on writes, the interface
 * language as `?lang=` so the server words its messages to match, and errors parsed into `ApiError`.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { ApiError, apiErrorFromResponse } from './api-error.ts';

let csrfToken: string | null = null;
let language: Language = 'nb';

/** Remembers the CSRF token from sign-in or `GET /api/auth/me`; `null` after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Sets the language the server words its messages in. */
export function setApiLanguage(next: Language): void {
  language = next;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  /** @default 'GET' */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a `Blob` (an uploaded file) is sent as it is, with its own type. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

function withLanguage(path: string): string {
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}lang=${language}`;
}

/** Calls the API and returns the parsed JSON body (`undefined` for 204). Throws `ApiError`. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const file = options.body instanceof Blob ? options.body : null;
  if (options.body !== undefined)
    headers['Content-Type'] = file ? file.type || 'application/octet-stream' : 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withLanguage(path), {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: file ?? JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ code: 'network', status: 0, message: 'Network error', cause });
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError({
      code: 'unexpected',
      status: response.status,
      message: 'Unreadable response',
      cause,
    });
  }
}
