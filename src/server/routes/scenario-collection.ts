/**
 * Creating (blank or as a copy) and deleting scenarios. Each is a new revision built on the server from the
 * newest document, so the client sends a name, not a whole document; `baseRevision` is the newest revision
 * the user saw, and a change over someone else's newer save is refused (409), never merged.
 * @module
 */
import { z } from 'zod';
import { NotFoundError, RuleViolationError, ValidationError } from '../../common/errors.ts';
import { MAX_REVISION } from '../../case/query-params.ts';
import { parseCase } from '../../case/parse-case.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { Id } from '../../case/schema/common.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import {
  addBlankScenario,
  addedComment,
  addScenarioCopy,
  referencedMessage,
  removedComment,
  removeScenario,
} from '../../case/scenario/scenario-collection.ts';
import type { Language } from '../../i18n/language.ts';
import { saveRevision } from '../../storage/cases.ts';
import { revisionMeta } from '../case-view.ts';
import type { AppEnv } from '../context.ts';
import { loadRevision } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';
import type { Context } from 'hono';

const BaseRevision = z
  .number()
  .int()
  .min(1)
  .max(MAX_REVISION)
  .meta({ description: 'The newest revision the user saw; 409 if another has been saved since' });

const CreateScenario = z.strictObject({
  baseRevision: BaseRevision,
  name: text(TEXT_LIMITS.line).meta({ description: 'The name of the new scenario, in the user’s words' }),
  copyOf: Id.optional().meta({ description: 'Id of the scenario to copy; omitted: a blank scenario' }),
});
const DeleteScenario = z.strictObject({ baseRevision: BaseRevision });

const RevisionShape = z.object({
  caseId: z.string(),
  revision: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
  comment: z.string(),
});

const NAME_REQUIRED: Record<Language, string> = {
  nb: 'Navn på scenarioet må fylles ut',
  nn: 'Namn på scenarioet må fyllast ut',
  en: 'Name of the scenario is required',
};

function noSuchScenario(id: string, language: Language): string {
  return {
    nb: `Saken har ikke noe scenario med id «${id}». Ingenting er lagret.`,
    nn: `Saka har ikkje noko scenario med id «${id}». Ingenting er lagra.`,
    en: `The case has no scenario with the id «${id}». Nothing was saved.`,
  }[language];
}

/** The new document checked as any save is, then saved as the revision after `baseRevision`. */
async function saveDocument(
  c: Context<AppEnv>,
  document: CaseDocument,
  baseRevision: number,
  comment: string,
) {
  const parsed = parseCase(document, c.var.language);
  // Built from a valid document, so a failure here is a bug in the case layer, not the user's input.
  if (!parsed.success) throw new Error(`scenario change made an invalid case: ${parsed.issues[0]?.path}`);
  const user = c.var.user;
  if (!user) throw new Error('authorize() guarantees a user');
  return saveRevision(c.var.deps.db, {
    caseId: caseIdParam(c),
    baseRevision,
    document: parsed.data,
    authorId: user.id,
    authorName: user.displayName,
    comment,
  });
}

export const scenarioCollectionRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/scenarios',
    access: 'editor',
    tag: 'scenarios',
    summary:
      'Create a scenario: blank (every setting a placeholder), or a copy of `copyOf` under a new name with a fresh id. Saved as a new revision with the comment «Nytt scenario «…» (kopi av «…»)»; 404 for an unknown copyOf, 409 if baseRevision is not the newest',
    body: CreateScenario,
    response: z.object({ scenarioId: z.string(), revision: RevisionShape }),
    successStatus: 201,
    async handle(c, body) {
      const language = c.var.language;
      const name = body.name.trim();
      if (name === '')
        throw new ValidationError([{ path: 'name', code: 'required', message: NAME_REQUIRED[language] }]);
      const latest = await loadRevision(c);
      const document = latest.document;
      let added;
      let copyName: string | null = null;
      if (body.copyOf === undefined) {
        // The price year of the case's other scenarios, so a blank one compares with them; else this year.
        const baseYear = document.scenarios[0]?.baseYear ?? c.var.deps.now().getUTCFullYear();
        added = addBlankScenario(document, name, baseYear);
      } else {
        const source = document.scenarios.find((s) => s.id === body.copyOf);
        added = addScenarioCopy(document, body.copyOf, name);
        if (!source || !added) throw new NotFoundError(noSuchScenario(body.copyOf, language));
        copyName = source.name[language] ?? source.name.nb;
      }
      const meta = await saveDocument(
        c,
        added.document,
        body.baseRevision,
        addedComment(name, copyName, language),
      );
      return c.json({ scenarioId: added.scenario.id, revision: revisionMeta(meta) }, 201);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/cases/:caseId/scenarios/:scenarioId',
    access: 'editor',
    tag: 'scenarios',
    summary:
      'Delete a scenario, as a new revision («Slettet scenario «…»»); 422 naming what refers to it (cost game, non-priced assessment, agreement terms), 404 if there is none, 409 if baseRevision is not the newest',
    body: DeleteScenario,
    response: z.object({ revision: RevisionShape }),
    async handle(c, body) {
      const language = c.var.language;
      const scenarioId = (c.req.param('scenarioId') ?? '').slice(0, 64);
      const latest = await loadRevision(c);
      const removed = removeScenario(latest.document, scenarioId, language);
      if (removed.kind === 'not-found') throw new NotFoundError(noSuchScenario(scenarioId, language));
      if (removed.kind === 'referenced') {
        const source = latest.document.scenarios.find((s) => s.id === scenarioId);
        const name = source ? (source.name[language] ?? source.name.nb) : scenarioId;
        const message = referencedMessage(name, removed.references, language);
        throw new RuleViolationError(
          removed.references.map((r) => ({ path: r.path, code: 'scenario_referenced', message })),
          message,
        );
      }
      const name = removed.scenario.name[language] ?? removed.scenario.name.nb;
      const meta = await saveDocument(c, removed.document, body.baseRevision, removedComment(name, language));
      return c.json({ revision: revisionMeta(meta) });
    },
  }),
];
