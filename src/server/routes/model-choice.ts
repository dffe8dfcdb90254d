/**
 * The choice of cooperation model: the legal feasibility matrix for the case's service areas, and per
 * criteria set the group weights, disagreement, ranking of the lawful models and its robustness.
 * @module
 */
import { z } from 'zod';
import { DEFAULT_RANK_ITERATIONS, DEFAULT_RANK_SEED } from '../../case/model-choice/analyse-model-choice.ts';
import { RevisionParam, SeedParam } from '../../case/query-params.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';
import { ValidationError } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';

// Each criteria set runs its own Monte Carlo; the server's CPU is shared, so the count is capped.
const MAX_SERVER_ITERATIONS = 50_000;

const ModelChoiceQuery = z.strictObject({
  seed: SeedParam.default(DEFAULT_RANK_SEED),
  iterations: z.coerce.number().int().min(1).max(MAX_SERVER_ITERATIONS).default(DEFAULT_RANK_ITERATIONS),
  revision: RevisionParam.optional(),
  areas: z
    .string()
    .max(2_000)
    .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/)
    .optional()
    .meta({
      description: 'Comma-separated service area ids the ranking covers; all (or the session’s) when omitted',
    }),
});

const UNKNOWN_AREA: Record<Language, (id: string) => string> = {
  nb: (id) => `Tjenesteområder: saken har ikke noe område «${id}»`,
  nn: (id) => `Tenesteområde: saka har ikkje noko område «${id}»`,
  en: (id) => `Service areas: the case has no area «${id}»`,
};

export const modelChoiceRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/model-choice',
    access: 'reader',
    tag: 'model-choice',
    summary:
      'The legal feasibility matrix (models × service areas, with reasons, paragraphs and UNCONFIRMED flags) and, per criteria set, group weights, disagreement, the ranking of the lawful models and its robustness (?seed, ?iterations, ?revision, ?areas=a,b to rank for those service areas only; 400 naming an unknown area)',
    async handle(c) {
      const { seed, iterations, revision, areas } = readQuery(c, ModelChoiceQuery);
      const ref = await revisionRef(c, revision);
      // Sorted and without repeats, so one choice of areas is one cached result whatever order it came in.
      const areaIds = areas === undefined ? undefined : [...new Set(areas.split(','))].sort();
      if (areaIds) {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        const known = new Set(loaded?.document.serviceAreas.map((a) => a.id) ?? []);
        const unknown = areaIds.find((id) => !known.has(id));
        if (unknown !== undefined)
          throw new ValidationError([
            {
              path: 'areas',
              code: 'unknown_area',
              message: UNKNOWN_AREA[c.var.language](unknown.slice(0, 64)),
            },
          ]);
      }
      const params = areaIds ? { seed, iterations, areas: areaIds.join(',') } : { seed, iterations };
      return cachedResponse(c, resultKey(ref, 'model-choice', params), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        return c.var.deps.compute.run({
          kind: 'model-choice',
          document: loaded.document,
          revision: ref.revision,
          seed,
          iterations,
          areaIds,
        });
      });
    },
  }),
];
