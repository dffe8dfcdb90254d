/**
 * The decision page's summary for one municipality (`src/case/decision/decision-summary.ts`), computed in the
 * compute pool and cached per revision like the other analyses. The request is checked against the case
 * first (cheap), so an unknown municipality or scenario is a 400 naming the field, never a queued job or a 500.
 * @module
 */
import { z } from 'zod';
import { decisionProblem, type DecisionProblem } from '../../case/decision/decision-summary.ts';
import { RevisionParam } from '../../case/query-params.ts';
import { Id } from '../../case/schema/common.ts';
import { ValidationError } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

const DecisionQuery = z.strictObject({
  /** Kommunenummer: four digits. */
  municipality: z.string().regex(/^\d{4}$/),
  scenario: Id.optional(),
  revision: RevisionParam.optional(),
});

// Named as the page labels its choosers: «Kommune» and «Scenario».
const PROBLEM_TEXT: Record<Language, Record<DecisionProblem, (value: string) => string>> = {
  nb: {
    unknown_municipality: (v) => `Kommune: ingen kommune med nummer «${v}» i saken`,
    not_in_scenario: (v) => `Kommune: kommune ${v} er ikke med i scenarioet`,
    unknown_scenario: (v) => `Scenario: ukjent scenario «${v}»`,
  },
  nn: {
    unknown_municipality: (v) => `Kommune: ingen kommune med nummer «${v}» i saka`,
    not_in_scenario: (v) => `Kommune: kommune ${v} er ikkje med i scenarioet`,
    unknown_scenario: (v) => `Scenario: ukjent scenario «${v}»`,
  },
  en: {
    unknown_municipality: (v) => `Municipality: no municipality numbered "${v}" in the case`,
    not_in_scenario: (v) => `Municipality: municipality ${v} is not in the scenario`,
    unknown_scenario: (v) => `Scenario: unknown scenario "${v}"`,
  },
};

export const decisionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/decision',
    access: 'reader',
    tag: 'scenarios',
    summary:
      "One municipality's decision summary for a scenario (?municipality=kommunenummer, ?scenario, default the case's first; ?revision): net effect per year and over the period, NPV with the Monte Carlo P10–P90 range, payback, non-priced effects, lawful models and their conditions, staff (FTE beyond attrition, transfer duties met) and placeholders, each figure with its explain id",
    async handle(c) {
      const { municipality, scenario, revision } = readQuery(c, DecisionQuery);
      const ref = await revisionRef(c, revision);
      const language = c.var.language;
      return cachedResponse(c, resultKey(ref, 'decision', { municipality, scenario, language }), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        const scenarioId = scenario ?? loaded.document.scenarios[0]?.id ?? '';
        const problem = decisionProblem(loaded.document, municipality, scenarioId);
        if (problem) {
          const field = problem === 'unknown_scenario' ? 'scenario' : 'municipality';
          const message = PROBLEM_TEXT[language][problem](field === 'scenario' ? scenarioId : municipality);
          throw new ValidationError([{ path: field, code: problem, message }], message);
        }
        return c.var.deps.compute.run({
          kind: 'decision',
          document: loaded.document,
          revision: ref.revision,
          municipality,
          scenarioId,
          language,
        });
      });
    },
  }),
];
