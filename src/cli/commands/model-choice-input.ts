/**
 * What `flokk models` and `flokk rank` share: reading `FILE|--default`, and the words for verdicts.
 * @module
 */
import { defaultCase } from '../../case/default-case/default-case.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { Verdict } from '../../engine/legal/feasibility.ts';
import type { Language } from '../../i18n/language.ts';
import { expectAtMostPositionals } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { CommandContext } from '../command.ts';
import { cliMessages } from '../messages.ts';
import { readCaseFile } from '../read-case-file.ts';

/** The case named by a file argument or `--default`. */
export async function caseFromArgs(
  positionals: readonly string[],
  useDefault: boolean | undefined,
  context: CommandContext,
  commandName: string,
): Promise<CaseDocument> {
  const { language } = context;
  const messages = cliMessages(language);
  const file = positionals[0];
  if (file !== undefined && useDefault) throw new UsageError(messages.fileOrDefault, commandName);
  if (file === undefined && !useDefault) throw new UsageError(messages.missingFile, commandName);
  expectAtMostPositionals(positionals, 1, commandName, language);
  return file === undefined ? defaultCase() : readCaseFile(file, { cwd: context.cwd, language, commandName });
}

/** The verdict in words, so the table does not rely on symbols alone. */
export const VERDICT_WORDS: Record<Language, Record<Verdict, string>> = {
  nb: { lawful: 'lovlig', conditional: 'vilkår', notSuited: 'ikke egnet', notLawful: 'ikke lovlig' },
  nn: { lawful: 'lovleg', conditional: 'vilkår', notSuited: 'ikkje eigna', notLawful: 'ikkje lovleg' },
  en: { lawful: 'lawful', conditional: 'conditions', notSuited: 'not suited', notLawful: 'not lawful' },
};

/** Marks a verdict that rests on an UNCONFIRMED fact. */
export const UNCONFIRMED_MARK = '*';
