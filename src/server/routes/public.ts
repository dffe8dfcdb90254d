import { publicView } from '../../case/public-view.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

export const publicRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/public/cases/:caseId',
    access: 'public',
    tag: 'public',
    summary: 'Public status of a case: the process only, no baseline figures and no personal data',
    async handle(c) {
      const ref = await revisionRef(c);
      return cachedResponse(c, resultKey(ref, 'public'), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        return loaded ? JSON.stringify(publicView(loaded.document)) : null;
      });
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
