/**
 * A route is declared once with its access level, body schema and description; the app registers it, the
 * access check enforces it, the OpenAPI document describes it, and the route × role test walks it.
 * @module
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { CaseRole } from '../storage/case-store.ts';
import { Id } from '../case/schema/common.ts';
import { NotFoundError } from '../common/errors.ts';
import type { AppEnv } from './context.ts';
import { readBody } from './read-body.ts';

/** What a form (sign-in, a member, a comment) can need, with room to spare. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** public: anyone · signedIn: any signed-in user · owner/editor/reader: at least that role in the case `:caseId`. */
export type Access = 'public' | 'signedIn' | CaseRole;

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteDef<Body = unknown> {
  method: Method;
  /** Hono path, e.g. `/api/cases/:caseId`. Case-scoped routes have a `:caseId` parameter. */
  path: string;
  access: Access;
  summary: string;
  tag: string;
  /** Schema of the JSON body, validated before the handler runs. */
  body?: z.ZodType<Body>;
  /** Schema of the success response, for the OpenAPI description. */
  response?: z.ZodType;
  /** HTTP status on success. @default 200 */
  successStatus?: number;
  /**
   * Largest request body in bytes; larger ones get 413 before anything is read. Whole case documents
   * need room (the default case is about 40 kB); everything else is a small form.
   * @default DEFAULT_MAX_BODY_BYTES
   */
  maxBodyBytes?: number;
  /** Writes need the CSRF token, except sign-in, which has no session yet. @default true for writes */
  csrf?: boolean;
  handle: (c: Context<AppEnv>, body: Body) => Promise<Response>;
}

/** A route in the registry, its body type erased; `run` validates the body before the handler sees it. */
export type Route = Omit<RouteDef<unknown>, 'handle'> & { run: (c: Context<AppEnv>) => Promise<Response> };

/** Declares a route with its body type inferred from the schema. */
export function defineRoute<Body = undefined>(route: RouteDef<Body>): Route {
  const { handle, ...meta } = route;
  return {
    ...meta,
    run: async (c) => {
      if (route.body) return handle(c, await readBody(c, route.body));
      // A route without a body schema declares Body = undefined.
      return handle(c, undefined as Body);
    },
  };
}

/**
 * The `:caseId` of a case-scoped route. Case ids are document ids (`skaun-melhus-midtre-gauldal`); anything
 * else cannot name a case and is not found, before it reaches a query.
 */
export function caseIdParam(c: Context<AppEnv>): string {
  const caseId = c.req.param('caseId');
  if (!caseId || !Id.safeParse(caseId).success) throw new NotFoundError();
  return caseId;
}

export function isWrite(method: Method): boolean {
  return method !== 'GET';
}
