/**
 * The one place where access is decided, for every route: sign-in, the role in the case, and the CSRF
 * token on writes. Routes only declare what they need (see `route.ts`).
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../common/errors.ts';
import { getRoleAndLatestRevision } from '../storage/members.ts';
import type { CaseRole } from '../storage/case-store.ts';
import type { AppEnv } from './context.ts';
import { caseIdParam, isWrite, type Route } from './route.ts';

const RANK: Record<CaseRole, number> = { reader: 1, editor: 2, owner: 3 };

/** True when `role` is at least `required`. */
export function hasRole(role: CaseRole | null, required: CaseRole): boolean {
  return role !== null && RANK[role] >= RANK[required];
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function authorize(route: Route): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('role', null);
    c.set('latestRevision', undefined);
    if (isWrite(route.method)) {
      // Forms cannot send JSON cross-site without a CORS preflight, which Flokk never grants.
      if (!(c.req.header('content-type') ?? '').startsWith('application/json') && route.body) {
        throw new ValidationError([
          { path: '', code: 'content_type', message: 'Forventet application/json' },
        ]);
      }
    }
    if (route.access === 'public') return next();

    const user = c.var.user;
    const session = c.var.session;
    if (!user || !session) throw new UnauthenticatedError();
    if (isWrite(route.method) && route.csrf !== false) {
      const token = c.req.header('x-csrf-token') ?? '';
      if (!sameToken(token, session.csrfToken)) throw new ForbiddenError('Mangler gyldig CSRF-token');
    }
    if (route.access === 'signedIn') return next();

    if (!route.path.includes(':caseId')) throw new Error(`Route ${route.path} needs :caseId for role checks`);
    const caseId = caseIdParam(c);
    const { db, requestState } = c.var.deps;
    const { role, latestRevision } = await requestState.access.get(db, `${caseId}\u0000${user.id}`, () =>
      getRoleAndLatestRevision(db, caseId, user.id),
    );
    // Non-members learn nothing about whether the case exists.
    if (role === null) throw new NotFoundError();
    if (!hasRole(role, route.access)) throw new ForbiddenError();
    c.set('role', role);
    c.set('latestRevision', latestRevision);
    return next();
  };
}
