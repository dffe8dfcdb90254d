/**
 * The one place where errors become exit codes and messages on stderr:
 * - `ValidationError` → 1, one line `field: message` per issue, the field in words where known, else its path;
 * - usage errors, unreadable files and other Flokk errors → 2;
 * - a service that cannot be reached (SSB's API) → 69 (EX_UNAVAILABLE);
 * - anything else → 70 (EX_SOFTWARE) with a generic message, since it is a bug and its text may expose internals.
 * @module
 */
import { isFlokkError, ValidationError } from '../common/errors.ts';
import type { Language } from '../i18n/language.ts';
import { CommandFailedError, ServiceUnavailableError, UsageError } from './cli-errors.ts';
import type { CliIo } from './command.ts';
import { cliMessages } from './messages.ts';

/** Exit codes of `flokk`. */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** The input is invalid; the issues were printed. */
  invalid: 1,
  /** Wrong use, an unreadable file or a refused operation. */
  failure: 2,
  /** A service Flokk needs (SSB's API) could not be reached; nothing was changed (EX_UNAVAILABLE). */
  unavailable: 69,
  /** A bug in Flokk (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

/**
 * Prints validation issues as `field: message` («Skaun, Sentralbord: årsverk: …»), the field in words where
 * the reader of the file labelled it, else its path; the message alone for the document itself.
 */
export function writeIssues(error: ValidationError, io: CliIo): void {
  io.stderr(`${error.message}\n`);
  for (const issue of error.issues) {
    const field = issue.label ?? issue.path;
    io.stderr(issue.path ? `${field}: ${issue.message}\n` : `${issue.message}\n`);
  }
}

/**
 * Runs `action` and maps what it throws to an exit code.
 * @param printUsage Writes the usage of the named command (or the general usage) after a usage error.
 */
export async function runCommand(
  action: () => Promise<number>,
  io: CliIo,
  language: Language,
  printUsage: (commandName: string | undefined) => void,
): Promise<number> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ValidationError) {
      writeIssues(error, io);
      return EXIT.invalid;
    }
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n`);
      printUsage(error.commandName);
      return EXIT.failure;
    }
    if (error instanceof ServiceUnavailableError) {
      io.stderr(`${error.message}\n`);
      return EXIT.unavailable;
    }
    if (error instanceof CommandFailedError || isFlokkError(error)) {
      io.stderr(`${error.message}\n`);
      return EXIT.failure;
    }
    io.stderr(`${cliMessages(language).unexpectedError}\n`);
    return EXIT.internal;
  }
}
