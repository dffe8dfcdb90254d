/**
 * The `flokk` command line. `bin/flokk.mjs` calls `main()`; tests call `runCli()` with their own writers,
 * so nothing is spawned and the exit code is returned rather than set.
 * @module
 */
import { parseArgs } from 'node:util';
import { isLanguage } from '../i18n/language.ts';
import { COMMON_OPTIONS, languageOption } from './args.ts';
import { UsageError } from './cli-errors.ts';
import type { CliEnvironment, CliIo } from './command.ts';
import { COMMANDS, findCommand } from './command-registry.ts';
import { commandHelpText, commandUsageText, generalHelpText } from './help.ts';
import { cliMessages } from './messages.ts';
import { EXIT, runCommand } from './run-command.ts';

export type { CliEnvironment, CliIo, Writer } from './command.ts';
export { EXIT } from './run-command.ts';

interface Invocation {
  /** Index of the command name in argv, or -1. */
  commandIndex: number;
  help: boolean;
  lang: string | undefined;
}

/** Finds the command word and `--help`/`--lang` wherever they stand, without judging the other options. */
function scan(argv: readonly string[]): Invocation {
  const { tokens, values } = parseArgs({
    args: [...argv],
    options: COMMON_OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const first = tokens.find((token) => token.kind === 'positional');
  return {
    commandIndex: first?.index ?? -1,
    help: values.help === true,
    lang: typeof values.lang === 'string' ? values.lang : undefined,
  };
}

/**
 * Runs `flokk` with `argv` (the arguments after `flokk`) and returns the exit code: 0 success, 1 invalid
 * input, 2 wrong use or a refused operation, 70 an internal error.
 * @example await runCli(['show', '--default', '--json'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) })
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  environment: CliEnvironment = { env: process.env, cwd: process.cwd() },
): Promise<number> {
  const invocation = scan(argv);
  const language = isLanguage(invocation.lang) ? invocation.lang : 'nb';
  const printUsage = (commandName: string | undefined) => {
    const command = commandName === undefined ? undefined : findCommand(commandName);
    io.stderr(command ? commandUsageText(command, language) : generalHelpText(COMMANDS, language));
  };
  const dispatch = async (): Promise<number> => {
    if (invocation.lang !== undefined) languageOption(invocation.lang);
    const name = argv[invocation.commandIndex];
    if (name === undefined && !invocation.help) throw new UsageError(cliMessages(language).missingCommand);
    if (name === undefined || name === 'help') {
      const topic = findCommand(argv[invocation.commandIndex + 1] ?? '');
      io.stdout(topic && name ? commandHelpText(topic, language) : generalHelpText(COMMANDS, language));
      return EXIT.ok;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError(cliMessages(language).unknownCommand(name));
    const args = argv.filter((_, index) => index !== invocation.commandIndex);
    return command.run(args, { ...environment, io, language });
  };
  return runCommand(dispatch, io, language, printUsage);
}

/** Writers for the real process streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/** Entry point for `bin/flokk.mjs`: runs with the process's arguments and sets its exit code. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), processIo());
  process.exitCode = code;
  // After a failure nothing should keep running; a resource left open by a half-started server (a database
  // handle, say) must not hang the terminal. The timer is unref'd, so a clean exit is not delayed.
  if (code !== EXIT.ok) setTimeout(() => process.exit(), 500).unref();
}
