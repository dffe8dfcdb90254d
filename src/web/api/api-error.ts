/**
 * The API's one error shape, parsed into a typed error the pages can switch on.
 * @module
 */
import type { FieldIssue } from './types.ts';

/** The error codes of the API, plus `network` when no answer came and `unexpected` for an unreadable one. */
export type ApiErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'too_large'
  | 'busy'
  | 'internal'
  | 'network'
  | 'unexpected';

const KNOWN_CODES: readonly string[] = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'too_large',
  'busy',
  'internal',
];

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  429: 'rate_limited',
  503: 'busy',
};

/** A failed API call. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  /** Field issues of a `validation` error, naming the field (`baseline[2].fte`). */
  readonly issues: FieldIssue[];
  /** For `conflict`: the newest revision, which the save was not based on. */
  readonly latestRevision: number | undefined;
  /** For `conflict`: the revision the save was based on. */
  readonly baseRevision: number | undefined;
  /** For `rate_limited`: seconds to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    code: ApiErrorCode;
    status: number;
    message: string;
    issues?: FieldIssue[];
    latestRevision?: number | undefined;
    baseRevision?: number | undefined;
    retryAfterSeconds?: number | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.issues = init.issues ?? [];
    this.latestRevision = init.latestRevision;
    this.baseRevision = init.baseRevision;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function parseIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((issue) => ({
    path: typeof issue['path'] === 'string' ? issue['path'] : '',
    code: typeof issue['code'] === 'string' ? issue['code'] : 'invalid',
    message: typeof issue['message'] === 'string' ? issue['message'] : '',
  }));
}

function retryAfterHeader(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** Reads the error body `{ error: { code, message, ... } }` of a failed response. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A body that is not JSON (a proxy's error page, say) still gives the status.
  }
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : {};
  const rawCode = error['code'];
  const code: ApiErrorCode =
    typeof rawCode === 'string' && KNOWN_CODES.includes(rawCode)
      ? (rawCode as ApiErrorCode)
      : (CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'internal' : 'unexpected'));
  return new ApiError({
    code,
    status: response.status,
    message: typeof error['message'] === 'string' ? error['message'] : response.statusText,
    issues: parseIssues(error['issues']),
    latestRevision: optionalNumber(error['latestRevision']),
    baseRevision: optionalNumber(error['baseRevision']),
    retryAfterSeconds: optionalNumber(error['retryAfterSeconds']) ?? retryAfterHeader(response),
  });
}
