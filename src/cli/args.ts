/**
 * Argument parsing for the commands: node's `util.parseArgs` in strict mode, with its errors turned into
 * localised usage errors.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLanguage, type Language } from '../i18n/language.ts';
import { UsageError } from './cli-errors.ts';
import { cliMessages } from './messages.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies OptionsConfig;

function optionNamed(message: string): string {
  return /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? '';
}

function toUsageError(error: unknown, commandName: string | undefined, language: Language): unknown {
  if (!(error instanceof TypeError) || !('code' in error)) return error;
  const messages = cliMessages(language);
  const option = optionNamed(error.message);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(messages.unknownOption(option), commandName);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(messages.optionNeedsValue(option), commandName);
    default:
      return new UsageError(messages.invalidArguments, commandName);
  }
}

/**
 * Parses `args` against `options` (strict: unknown options are usage errors). Positionals are allowed; the
 * command checks how many it takes.
 */
export function parseCommandArgs<const O extends OptionsConfig>(
  args: readonly string[],
  options: O,
  commandName: string,
  language: Language,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw toUsageError(error, commandName, language);
  }
}

/** Throws a usage error for positionals beyond the first `count`. */
export function expectAtMostPositionals(
  positionals: readonly string[],
  count: number,
  commandName: string,
  language: Language,
): void {
  const extra = positionals[count];
  if (extra !== undefined) throw new UsageError(cliMessages(language).unexpectedArgument(extra), commandName);
}

/** The language named by `--lang`, or `nb`. Throws a usage error for an unknown one. */
export function languageOption(value: string | undefined, commandName?: string): Language {
  if (value === undefined) return 'nb';
  if (isLanguage(value)) return value;
  throw new UsageError(cliMessages('nb').unknownLanguage(value), commandName);
}
