/**
 * The OpenAPI 3.1 description, generated from the route registry and the same Zod schemas that validate
 * requests, so the description cannot drift from the behaviour.
 * @module
 */
import { z } from 'zod';
import type { Route } from './route.ts';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          enum: [
            'validation',
            'unauthenticated',
            'forbidden',
            'not_found',
            'conflict',
            'rate_limited',
            'too_large',
            'busy',
            'internal',
          ],
        },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              path: { type: 'string' },
              code: { type: 'string' },
              message: { type: 'string' },
              label: { type: 'string', description: 'The field in words, for issues about a case document' },
            },
          },
        },
        latestRevision: { type: 'integer' },
        baseRevision: { type: 'integer' },
        retryAfterSeconds: { type: 'integer' },
      },
    },
  },
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

function operation(route: Route) {
  const errors: Record<string, unknown> = {};
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  if (route.body) errors['400'] = errorResponse('Invalid input; issues name the field');
  if (route.access !== 'public') errors['401'] = errorResponse('Not signed in');
  if (route.access !== 'public' && route.access !== 'signedIn') {
    errors['403'] = errorResponse('Role too low, or missing CSRF token on a write');
    errors['404'] = errorResponse('No such case, or not a member');
  }
  if ((route.path.endsWith('/revisions') || route.path.endsWith('/restore')) && route.method === 'POST')
    errors['409'] = errorResponse('Stale revision');
  if (route.path === '/api/auth/login') errors['429'] = errorResponse('Too many failed attempts');
  const success = route.response
    ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } }
    : { description: 'OK' };
  return {
    summary: route.summary,
    tags: [route.tag],
    'x-flokk-access': route.access,
    ...(route.access === 'public' ? { security: [] } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: { [String(route.successStatus ?? 200)]: success, ...errors },
  };
}

export function openApiDocument(routes: readonly Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      ...operation(route),
      ...(parameters.length ? { parameters } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Flokk API',
      version: '1',
      description:
        'Inter-municipal cooperation studies. Writes need the X-CSRF-Token header from /api/auth/me.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'flokk_session' } },
      schemas: { Error: ERROR_SCHEMA },
    },
    security: [{ session: [] }],
    paths,
  };
}
