/**
 * Making a case (as a copy of one the user may edit) and archiving it. The creator becomes the new case's
 * owner in the same transaction. Archiving takes a case out of the default case list; it stays readable, and
 * an owner can take it back into use.
 * @module
 */
import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.ts';
import { copyCase } from '../../case/case-copy.ts';
import { idFromName } from '../../case/id-from-name.ts';
import { parseCase } from '../../case/parse-case.ts';
import { Id } from '../../case/schema/common.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import type { Language } from '../../i18n/language.ts';
import { caseExists, createCaseByUser, getLatestRevision, setCaseArchived } from '../../storage/cases.ts';
import { getRole } from '../../storage/members.ts';
import { hasRole } from '../access.ts';
import { revisionMeta } from '../case-view.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const NewCaseBody = z.strictObject({
  title: text(TEXT_LIMITS.line).meta({ description: 'The title of the new case' }),
  copyOf: Id.meta({ description: 'Id of the case to copy (the user must be its editor or owner)' }),
});

const TITLE_REQUIRED: Record<Language, string> = {
  nb: 'Tittel på saken må fylles ut',
  nn: 'Tittel på saka må fyllast ut',
  en: 'Title of the case is required',
};

function copyComment(title: string, source: string, language: Language): string {
  return {
    nb: `Ny sak «${title}» (kopi av «${source}»)`,
    nn: `Ny sak «${title}» (kopi av «${source}»)`,
    en: `New case «${title}» (copy of «${source}»)`,
  }[language];
}

const ONLY_EDITORS_COPY: Record<Language, string> = {
  nb: 'Bare redaktører og eiere av en sak kan kopiere den. Ingenting er lagret.',
  nn: 'Berre redaktørar og eigarar av ei sak kan kopiere henne. Ingenting er lagra.',
  en: 'Only editors and owners of a case can copy it. Nothing was saved.',
};

/** `base`, or `base-2`, `base-3` …: the first id no case has. */
async function freeCaseId(db: Parameters<typeof caseExists>[0], base: string): Promise<string> {
  if (!(await caseExists(db, base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await caseExists(db, candidate))) return candidate;
  }
}

const ArchiveShape = z.object({ caseId: z.string(), archived: z.boolean() });

function archiveRoute(archived: boolean) {
  return defineRoute({
    method: 'POST',
    path: `/api/cases/:caseId/${archived ? 'archive' : 'unarchive'}`,
    access: 'owner',
    tag: 'cases',
    summary: archived
      ? 'Archive the case (owners): it leaves the default case list but stays readable'
      : 'Take an archived case back into use (owners)',
    response: ArchiveShape,
    async handle(c) {
      const caseId = caseIdParam(c);
      if (!(await setCaseArchived(c.var.deps.db, caseId, archived))) throw new NotFoundError();
      return c.json({ caseId, archived });
    },
  });
}

export const caseLifecycleRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/cases',
    access: 'signedIn',
    tag: 'cases',
    summary:
      'Make a new case as a copy of `copyOf` (whose editor or owner the user is) under a new title; the user becomes its owner. Publication settings are not copied. 403 for a reader of copyOf, 404 for an unknown one',
    body: NewCaseBody,
    response: z.object({ caseId: z.string(), revision: z.unknown() }),
    successStatus: 201,
    async handle(c, body) {
      const { db } = c.var.deps;
      const language = c.var.language;
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const title = body.title.trim();
      if (title === '')
        throw new ValidationError([{ path: 'title', code: 'required', message: TITLE_REQUIRED[language] }]);
      // A case the user is not a member of is not found, as everywhere: nobody learns which cases exist.
      const role = await getRole(db, body.copyOf, user.id);
      if (role === null) throw new NotFoundError();
      if (!hasRole(role, 'editor')) throw new ForbiddenError(ONLY_EDITORS_COPY[language]);
      const source = await getLatestRevision(db, body.copyOf);
      const parsedSource = source ? parseCase(source.document, language) : null;
      if (!parsedSource?.success) throw new NotFoundError();
      const caseId = await freeCaseId(db, idFromName(title, 'sak'));
      const document = copyCase(parsedSource.data, caseId, title);
      const parsed = parseCase(document, language);
      if (!parsed.success) throw new Error(`copied case is invalid: ${parsed.issues[0]?.path}`);
      const sourceTitle = parsedSource.data.title[language] ?? parsedSource.data.title.nb;
      const meta = await createCaseByUser(db, {
        caseId,
        document: parsed.data,
        authorId: user.id,
        authorName: user.displayName,
        comment: copyComment(title, sourceTitle, language),
      });
      return c.json({ caseId, revision: revisionMeta(meta) }, 201);
    },
  }),
  archiveRoute(true),
  archiveRoute(false),
];
