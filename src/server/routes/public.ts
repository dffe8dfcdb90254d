import { NotFoundError } from '../../common/errors.ts';
import { publicView } from '../../case/public-view.ts';
import { getLatestRevision } from '../../storage/cases.ts';
import { loadDocument } from '../case-view.ts';
import { caseIdParam, defineRoute } from '../route.ts';

export const publicRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/public/cases/:caseId',
    access: 'public',
    tag: 'public',
    summary: 'Public status of a case: the process only, no baseline figures and no personal data',
    async handle(c) {
      const stored = await getLatestRevision(c.var.deps.db, caseIdParam(c));
      if (!stored) throw new NotFoundError();
      return c.json(publicView(loadDocument(stored)));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/health',
    access: 'public',
    tag: 'meta',
    summary: 'Liveness check',
    async handle(c) {
      return c.json({ ok: true });
    },
  }),
];
