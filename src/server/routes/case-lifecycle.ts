/**
 * Making a case (as a copy of one the user may edit, or blank with municipalities from a case the user may
 * read) and archiving it. The creator becomes the new case's
 * owner in the same transaction. Archiving takes a case out of the default case list; it stays readable, and
 * an owner can take it back into use.
 * @module
 */
import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.ts';
import { blankCase } from '../../case/blank-case.ts';
import { copyCase } from '../../case/case-copy.ts';
import { idFromName } from '../../case/id-from-name.ts';
import { parseCase } from '../../case/parse-case.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { Id } from '../../case/schema/common.ts';
import type { Participant } from '../../case/schema/participants.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import type { Language } from '../../i18n/language.ts';
import { caseExists, createCaseByUser, getLatestRevision, setCaseArchived } from '../../storage/cases.ts';
import { getRole } from '../../storage/members.ts';
import { hasRole } from '../access.ts';
import { revisionMeta } from '../case-view.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const NewCaseBody = z.strictObject({
  title: text(TEXT_LIMITS.line).meta({ description: 'The title of the new case' }),
  copyOf: Id.optional().meta({
    description: 'Id of the case to copy (the user must be its editor or owner); give this or `blank`',
  }),
  blank: z
    .strictObject({
      from: Id.meta({
        description: 'Id of the case the municipalities are taken from (the user may read it)',
      }),
      participants: z
        .array(z.string().max(4))
        .max(100)
        .meta({ description: 'Kommunenummer of the municipalities, each a participant of `from`' }),
    })
    .optional()
    .meta({
      description: 'Start a blank case with these municipalities and nothing else; give this or `copyOf`',
    }),
});
type NewCaseBody = z.infer<typeof NewCaseBody>;

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

const START_REQUIRED: Record<Language, string> = {
  nb: 'Start fra: velg enten «Tom sak» eller en sak å kopiere',
  nn: 'Start frå: vel anten «Tom sak» eller ei sak å kopiere',
  en: 'Start from: choose either «Blank case» or a case to copy',
};

const MUNICIPALITIES_REQUIRED: Record<Language, string> = {
  nb: 'Kommuner i saken: velg minst én kommune',
  nn: 'Kommunar i saka: vel minst éin kommune',
  en: 'Municipalities in the case: choose at least one municipality',
};

function unknownMunicipality(number: string, source: string, language: Language): string {
  return {
    nb: `Kommuner i saken: kommunenummer ${number} er ikke med i «${source}»`,
    nn: `Kommunar i saka: kommunenummer ${number} er ikkje med i «${source}»`,
    en: `Municipalities in the case: municipality number ${number} is not part of «${source}»`,
  }[language];
}

function duplicateMunicipality(number: string, language: Language): string {
  return {
    nb: `Kommuner i saken: kommunenummer ${number} er valgt to ganger`,
    nn: `Kommunar i saka: kommunenummer ${number} er vald to gonger`,
    en: `Municipalities in the case: municipality number ${number} is chosen twice`,
  }[language];
}

function blankComment(title: string, language: Language): string {
  return { nb: `Ny tom sak «${title}»`, nn: `Ny tom sak «${title}»`, en: `New blank case «${title}»` }[
    language
  ];
}

const ONLY_EDITORS_COPY: Record<Language, string> = {
  nb: 'Bare redaktører og eiere av en sak kan kopiere den. Ingenting er lagret.',
  nn: 'Berre redaktørar og eigarar av ei sak kan kopiere henne. Ingenting er lagra.',
  en: 'Only editors and owners of a case can copy it. Nothing was saved.',
};

/** `base`, or `base-2`, `base-3` …: the first id no case has. */
async function freeCaseId(db: Db, base: string): Promise<string> {
  if (!(await caseExists(db, base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await caseExists(db, candidate))) return candidate;
  }
}

type Db = Parameters<typeof caseExists>[0];
interface Made {
  document: CaseDocument;
  comment: string;
}

/** The latest document of a case the user is a member of, with the user's role in it. */
async function readableSource(db: Db, caseId: string, userId: string, language: Language) {
  // A case the user is not a member of is not found: nobody learns which cases exist.
  const role = await getRole(db, caseId, userId);
  if (role === null) throw new NotFoundError();
  const source = await getLatestRevision(db, caseId);
  const parsed = source ? parseCase(source.document, language) : null;
  if (!parsed?.success) throw new NotFoundError();
  return { role, document: parsed.data, title: parsed.data.title[language] ?? parsed.data.title.nb };
}

async function copyFrom(
  db: Db,
  sourceId: string,
  userId: string,
  caseId: string,
  title: string,
  language: Language,
): Promise<Made> {
  const source = await readableSource(db, sourceId, userId, language);
  if (!hasRole(source.role, 'editor')) throw new ForbiddenError(ONLY_EDITORS_COPY[language]);
  const parsed = parseCase(copyCase(source.document, caseId, title), language);
  if (!parsed.success) throw new Error(`copied case is invalid: ${parsed.issues[0]?.path}`);
  return { document: parsed.data, comment: copyComment(title, source.title, language) };
}

/** A blank case: reading the source case is enough, since only municipality names are taken from it. */
async function blankFrom(
  db: Db,
  blank: NonNullable<NewCaseBody['blank']>,
  userId: string,
  caseId: string,
  title: string,
  language: Language,
): Promise<Made> {
  const path = 'blank.participants';
  if (blank.participants.length === 0)
    throw new ValidationError([{ path, code: 'required', message: MUNICIPALITIES_REQUIRED[language] }]);
  const source = await readableSource(db, blank.from, userId, language);
  const chosen: Participant[] = [];
  for (const number of blank.participants) {
    const participant = source.document.participants.find((p) => p.municipalityNumber === number);
    if (!participant)
      throw new ValidationError([
        { path, code: 'unknown', message: unknownMunicipality(number, source.title, language) },
      ]);
    if (chosen.includes(participant))
      throw new ValidationError([
        { path, code: 'duplicate', message: duplicateMunicipality(number, language) },
      ]);
    chosen.push(participant);
  }
  const parsed = parseCase(blankCase(caseId, title, chosen), language);
  if (!parsed.success) throw new Error(`blank case is invalid: ${parsed.issues[0]?.path}`);
  return { document: parsed.data, comment: blankComment(title, language) };
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
      'Make a new case under a new title, either as a copy of `copyOf` (whose editor or owner the user is; publication settings are not copied) or blank with the municipalities `blank.participants` of `blank.from` (which the user may read); the user becomes its owner. 403 for a reader of copyOf, 404 for an unknown source',
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
      if ((body.copyOf === undefined) === (body.blank === undefined))
        throw new ValidationError([{ path: 'copyOf', code: 'required', message: START_REQUIRED[language] }]);
      const caseId = await freeCaseId(db, idFromName(title, 'sak'));
      const made = body.blank
        ? await blankFrom(db, body.blank, user.id, caseId, title, language)
        : await copyFrom(db, body.copyOf ?? '', user.id, caseId, title, language);
      const meta = await createCaseByUser(db, {
        caseId,
        document: made.document,
        authorId: user.id,
        authorName: user.displayName,
        comment: made.comment,
      });
      return c.json({ caseId, revision: revisionMeta(meta) }, 201);
    },
  }),
  archiveRoute(true),
  archiveRoute(false),
];
