/**
 * Filling the participants' population from the reference data Flokk has (SSB table 07459): a preview of what
 * would change, or one new revision with the figures and the source set. The server builds the document from
 * the newest revision and its own reference data, so the client sends only the years.
 * @module
 */
import { z } from 'zod';
import { MAX_REVISION } from '../../case/query-params.ts';
import { parseCase } from '../../case/parse-case.ts';
import {
  fillPopulation,
  populationFillComment,
  referencePopulationYears,
} from '../../case/reference/fill-population.ts';
import { DATE_YEARS } from '../../case/schema/common.ts';
import { saveRevision } from '../../storage/cases.ts';
import { revisionMeta } from '../case-view.ts';
import { referenceDataOf } from '../reference-data.ts';
import { loadRevision } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const FillPopulation = z.strictObject({
  baseRevision: z
    .number()
    .int()
    .min(1)
    .max(MAX_REVISION)
    .meta({ description: 'The newest revision the user saw; 409 if another has been saved since' }),
  years: z.array(z.number().int().min(DATE_YEARS.min).max(DATE_YEARS.max)).max(50).meta({
    description: 'Years whose population at 1 January to fill in; empty: only list the years there are',
  }),
  preview: z.boolean().default(false).meta({ description: 'true: answer what would change, save nothing' }),
});

const Change = z.object({
  municipalityNumber: z.string(),
  name: z.string(),
  referenceDate: z.string(),
  before: z.number().nullable(),
  after: z.number(),
});

export const populationFillRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:caseId/population/fill',
  access: 'editor',
  tag: 'cases',
  summary:
    'Fill the participants’ population at 1 January of `years` from the reference data (SSB table 07459), the source set to that table. `preview: true` answers the changes only; otherwise one new revision is saved when anything changes («Folketall 1. januar … fra SSB (tabell 07459)»), 409 if baseRevision is not the newest',
  body: FillPopulation,
  response: z.object({
    availableYears: z.array(z.number().int()),
    changes: z.array(Change),
    missing: z.array(z.object({ municipalityNumber: z.string(), name: z.string(), year: z.number().int() })),
    revision: z
      .object({
        caseId: z.string(),
        revision: z.number().int(),
        authorName: z.string(),
        createdAt: z.string(),
        comment: z.string(),
      })
      .nullable(),
  }),
  async handle(c, body) {
    const latest = await loadRevision(c);
    const reference = referenceDataOf(c.var.deps);
    const filled = fillPopulation(latest.document, reference, body.years);
    const answer = {
      availableYears: referencePopulationYears(latest.document, reference),
      changes: filled.changes,
      missing: filled.missing,
    };
    if (body.preview || filled.changes.length === 0) return c.json({ ...answer, revision: null });
    const parsed = parseCase(filled.document, c.var.language);
    // Built from a valid document and schema-checked reference data, so a failure is a bug, not the user's input.
    if (!parsed.success) throw new Error(`population fill made an invalid case: ${parsed.issues[0]?.path}`);
    const user = c.var.user;
    if (!user) throw new Error('authorize() guarantees a user');
    const meta = await saveRevision(c.var.deps.db, {
      caseId: caseIdParam(c),
      baseRevision: body.baseRevision,
      document: parsed.data,
      authorId: user.id,
      authorName: user.displayName,
      comment: populationFillComment(body.years, c.var.language),
    });
    return c.json({ ...answer, revision: revisionMeta(meta) }, 201);
  },
});
