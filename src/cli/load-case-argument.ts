/**
 * The `FILE|--default` argument shared by the process commands, and `--today` (the system date only here, in
 * the CLI layer; the case layer is handed the date).
 * @module
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultCase } from '../case/default-case/default-case.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import type { Language } from '../i18n/language.ts';
import { expectAtMostPositionals } from './args.ts';
import { UsageError } from './cli-errors.ts';
import type { CommandContext } from './command.ts';
import { cliMessages } from './messages.ts';
import { readCaseFile } from './read-case-file.ts';

export interface LoadedCase {
  document: CaseDocument;
  /** The file's modification time, or undefined for the built-in default case. */
  modified: string | undefined;
}

export async function loadCaseArgument(
  positionals: readonly string[],
  useDefault: boolean | undefined,
  context: CommandContext,
  commandName: string,
): Promise<LoadedCase> {
  const messages = cliMessages(context.language);
  const file = positionals[0];
  if (file !== undefined && useDefault) throw new UsageError(messages.fileOrDefault, commandName);
  if (file === undefined && !useDefault) throw new UsageError(messages.missingFile, commandName);
  expectAtMostPositionals(positionals, 1, commandName, context.language);
  if (file === undefined) return { document: defaultCase(), modified: undefined };
  const document = await readCaseFile(file, { cwd: context.cwd, language: context.language, commandName });
  const modified = (await stat(resolve(context.cwd, file))).mtime.toISOString();
  return { document, modified };
}

const BAD_TODAY: Record<Language, string> = {
  nb: 'Ugyldig --today; bruk ÅÅÅÅ-MM-DD',
  nn: 'Ugyldig --today; bruk ÅÅÅÅ-MM-DD',
  en: 'Invalid --today; use YYYY-MM-DD',
};

/** `--today YYYY-MM-DD`, or the system date. */
export function todayOption(value: string | undefined, language: Language, commandName: string): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(BAD_TODAY[language], commandName);
  }
  return value;
}
