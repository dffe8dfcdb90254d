/**
 * The one place where errors become HTTP responses. Expected errors keep their message; anything else is
 * logged with its cause and answered with a generic 500, so internals never leak.
 * @module
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ConflictError,
  isFlokkError,
  PayloadTooLargeError,
  ServiceBusyError,
  RateLimitedError,
  RuleViolationError,
  ValidationError,
  type ErrorCode,
} from '../common/errors.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  busy: 503,
};

const MESSAGES: Record<ErrorCode, string> = {
  validation: 'Ugyldige data',
  unauthenticated: 'Du må logge inn',
  forbidden: 'Du har ikke tilgang til dette',
  not_found: 'Finnes ikke',
  conflict: 'Saken er endret av noen andre',
  rate_limited: 'For mange forsøk',
  too_large: 'Forespørselen er for stor',
  busy: 'Tjeneren er opptatt',
};

export function errorBody(error: unknown): {
  status: ContentfulStatusCode;
  body: { error: Record<string, unknown> };
} {
  if (!isFlokkError(error)) {
    return { status: 500, body: { error: { code: 'internal', message: 'Noe gikk galt på tjeneren' } } };
  }
  const body: Record<string, unknown> = { code: error.code, message: error.message || MESSAGES[error.code] };
  if (error instanceof ValidationError) body['issues'] = error.issues;
  if (error instanceof ConflictError) {
    body['latestRevision'] = error.latestRevision;
    body['baseRevision'] = error.baseRevision;
  }
  if (error instanceof RateLimitedError) body['retryAfterSeconds'] = error.retryAfterSeconds;
  if (error instanceof PayloadTooLargeError) body['maxBytes'] = error.maxBytes;
  if (error instanceof ServiceBusyError) body['retryAfterSeconds'] = error.retryAfterSeconds;
  const status = error instanceof RuleViolationError ? 422 : STATUS[error.code];
  return { status, body: { error: body } };
}

export function handleError(error: Error, c: Context): Response {
  const { status, body } = errorBody(error);
  if (status === 500) console.error('Unhandled error', c.req.method, c.req.path, error);
  if (error instanceof RateLimitedError || error instanceof ServiceBusyError) {
    c.header('Retry-After', String(error.retryAfterSeconds));
  }
  return c.json(body, status);
}
