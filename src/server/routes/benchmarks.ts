/**
 * The KOSTRA benchmark of a case's municipalities and the profile of the cooperation as one unit. Both read the
 * revision and the server's reference data (`referenceDataOf`), and are cached per revision. They are a few
 * milliseconds of lookups, so they run here rather than in the compute pool. The profile is built from the
 * document as the role may see it: a reader's ages of small groups are withheld before anything is derived.
 * @module
 */
import { z } from 'zod';
import { RevisionParam } from '../../case/query-params.ts';
import { LANGUAGES } from '../../i18n/language.ts';
import { benchmarkView } from '../../case/reference/benchmark.ts';
import { cooperationProfile } from '../../case/reference/cooperation-profile.ts';
import { hasRole } from '../access.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { documentForRole } from '../case-view.ts';
import { readQuery } from '../read-query.ts';
import { referenceDataOf } from '../reference-data.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

const RevisionQuery = z.strictObject({ revision: RevisionParam.optional() });
/** `?language=` names the language of the group descriptions and labels; `?lang=` (every route's) is the fallback. */
const BenchmarkQuery = RevisionQuery.extend({ language: z.enum(LANGUAGES).optional() });

export const benchmarkRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/benchmarks',
    access: 'reader',
    tag: 'reference',
    summary:
      'KOSTRA benchmark per municipality: net operating expenditure per inhabitant beside the KOSTRA group (SSB’s EKGnn), the neighbours and the country without Oslo, per indicator and year, each with its SSB table; missing figures are null with the command that fetches them (?revision, ?language or ?lang)',
    async handle(c) {
      const query = readQuery(c, BenchmarkQuery);
      const ref = await revisionRef(c, query.revision);
      const language = query.language ?? c.var.language;
      return cachedResponse(c, resultKey(ref, 'benchmarks', { language }), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        return JSON.stringify(benchmarkView(loaded.document, referenceDataOf(c.var.deps), language));
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/profile',
    access: 'reader',
    tag: 'reference',
    summary:
      'The cooperation as one unit: population, area, combined staffing and costs per service area, FTE per 1 000 inhabitants, staff ages (withheld for groups under 5 persons for readers) and municipalities within ±15 % of its population (?revision)',
    async handle(c) {
      const { revision } = readQuery(c, RevisionQuery);
      const ref = await revisionRef(c, revision);
      const role = c.var.role ?? 'reader';
      const sees = hasRole(role, 'editor') ? 'full' : 'redacted';
      return cachedResponse(c, resultKey(ref, 'profile', { sees }), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        const redacted = documentForRole(loaded.document, role);
        return JSON.stringify(cooperationProfile(redacted, referenceDataOf(c.var.deps)));
      });
    },
  }),
];
