/**
 * `flokk document saksframlegg|summary|agreement|settlement-statement|benefit-report FILE|--default [--municipality N]
 * [--model ID] [--scenario ID] [--unit ID] [--year YEAR] [--final] --format docx|pdf [--lang nb|nn] -o OUT`:
 * writes a document the councils vote on, made from a case file by
 * the same code as the API's, and prints its SHA-256 and size.
 * A case file has no revisions and no saved date, so `--revision` is refused and the document is dated
 * `FILE_REVISION_AT`: the same file gives the same bytes on every machine.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultCase } from '../../case/default-case/default-case.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { scenarioNeedsSolver } from '../../case/scenario/resolve-allocation-keys.ts';
import { RuleViolationError, ValidationError } from '../../common/errors.ts';
import { resolveDocumentRequest, type DocumentRequest } from '../../documents/document-request.ts';
import { generateDocument } from '../../documents/generate-document.ts';
import type { Language } from '../../i18n/language.ts';
import { loadLpSolver } from '../../engine/games/lp-solver.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { readCaseFile } from '../read-case-file.ts';
import { EXIT } from '../run-command.ts';
import { checkAgreement } from './agreement-check.ts';
import { agreementCheckText, missingPointIssues } from './agreement-check-text.ts';
import { DOCUMENT_HELP, DOCUMENT_TEXT } from './document-text.ts';

const NAME = 'document';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  municipality: { type: 'string' },
  model: { type: 'string' },
  scenario: { type: 'string' },
  format: { type: 'string' },
  revision: { type: 'string' },
  output: { type: 'string', short: 'o' },
  final: { type: 'boolean' },
  unit: { type: 'string' },
  year: { type: 'string' },
} as const;

/** The date of a document made from a case file, which has none of its own. */
export const FILE_REVISION_AT = '2000-01-01T00:00:00Z';

/** The option that sets each field of the request, for messages that name what the user typed. */
const OPTION_OF: Record<string, string> = {
  kind: 'saksframlegg|summary|agreement|settlement-statement|benefit-report',
  municipality: '--municipality',
  model: '--model',
  scenarioId: '--scenario',
  format: '--format',
  language: '--lang',
  final: '--final',
  unitId: '--unit',
  year: '--year',
};

/** A request the case refuses is wrong use of the command: the message names the option. */
function asUsageError(error: unknown): unknown {
  // A draft that cannot be final, or a year the case cannot settle, is not wrong use (exit 1).
  if (error instanceof RuleViolationError) return error;
  const issue = error instanceof ValidationError ? error.issues[0] : undefined;
  const option = issue ? OPTION_OF[issue.path] : undefined;
  return issue && option ? new UsageError(`${option}: ${issue.message}`, NAME) : error;
}

/** The refusal of `--final`: each missing point on a line of its own, with its paragraph and why (exit 1). */
function incompleteAgreement(
  document: CaseDocument,
  request: DocumentRequest,
  language: Language,
): ValidationError {
  const { check } = checkAgreement(document, request, language);
  return new ValidationError(missingPointIssues(check.points), agreementCheckText(language).refused);
}

export const documentCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk document saksframlegg|summary|agreement|settlement-statement|benefit-report FIL|--default [--municipality N] [--model ID] [--scenario ID] [--unit ID] [--year ÅR] [--final] --format docx|pdf [--lang nb|nn] -o UT',
    nn: 'flokk document saksframlegg|summary|agreement|settlement-statement|benefit-report FIL|--default [--municipality N] [--model ID] [--scenario ID] [--unit ID] [--year ÅR] [--final] --format docx|pdf [--lang nb|nn] -o UT',
    en: 'flokk document saksframlegg|summary|agreement|settlement-statement|benefit-report FILE|--default [--municipality N] [--model ID] [--scenario ID] [--unit ID] [--year YEAR] [--final] --format docx|pdf [--lang nb|nn] -o OUT',
  },
  summary: {
    nb: 'Lag saksframlegg, sammendrag, avtaleutkast, årsoppgjør eller gevinstrapport som DOCX eller PDF',
    nn: 'Lag saksframlegg, samandrag, avtaleutkast, årsoppgjer eller gevinstrapport som DOCX eller PDF',
    en: 'Make a saksframlegg, summary, draft agreement, settlement statement or benefit report as DOCX or PDF',
  },
  help: DOCUMENT_HELP,
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(documentCommand, language));
      return EXIT.ok;
    }
    const t = DOCUMENT_TEXT[language];
    expectAtMostPositionals(positionals, values.default ? 1 : 2, NAME, language);
    const [kind, file] = positionals;
    if (kind === undefined) throw new UsageError(t.missingKind, NAME);
    if (file === undefined && !values.default) throw new UsageError(t.missingFile, NAME);
    if (values.revision !== undefined) throw new UsageError(t.noRevision, NAME);
    if (values.format === undefined) throw new UsageError(t.missingFormat, NAME);
    if (values.output === undefined) throw new UsageError(t.missingOutput, NAME);
    if (language === 'en') throw new UsageError(t.documentLanguage, NAME);
    const document =
      file === undefined
        ? defaultCase()
        : await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    // Checked by resolveDocumentRequest, which names the option when one is wrong.
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !/^\d{4}$/.test(values.year ?? '')) throw new UsageError(t.badYear, NAME);
    const request = {
      kind,
      municipality: values.municipality,
      model: values.model,
      scenarioId: values.scenario,
      format: values.format,
      language,
      final: values.final,
      unitId: values.unit,
      year,
    } as DocumentRequest;
    let needsSolver: boolean;
    try {
      const resolved = resolveDocumentRequest(document, request, language);
      // The saksframlegg always compares the keys with the nucleolus; the summary only for an LP-based key.
      needsSolver =
        resolved.kind === 'saksframlegg' ||
        (resolved.kind !== 'agreement' &&
          resolved.scenarioId !== null &&
          scenarioNeedsSolver(document, resolved.scenarioId));
    } catch (error) {
      if (error instanceof RuleViolationError && request.kind === 'agreement')
        throw incompleteAgreement(document, request, language);
      // What the settlement lacks, in words; the message names the field as the forms label it.
      if (error instanceof RuleViolationError) throw new ValidationError([], error.message);
      throw asUsageError(error);
    }
    const generated = await generateDocument(document, {
      ...request,
      revisionAt: FILE_REVISION_AT,
      ...(needsSolver ? { solver: await loadLpSolver() } : {}),
    });
    const path = resolve(context.cwd, values.output);
    try {
      await writeFile(path, generated.bytes);
    } catch (cause) {
      throw new CommandFailedError(t.cannotWrite(values.output), { cause });
    }
    io.stdout(t.wrote(values.output, generated.bytes.byteLength, generated.sha256));
    return EXIT.ok;
  },
};
