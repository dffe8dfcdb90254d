/**
 * What a CLI command is: a descriptor the registry lists and `main.ts` dispatches to. Commands write only
 * through the writers they are given, so tests run them in-process.
 * @module
 */
import type { Language } from '../i18n/language.ts';

/** Receives text exactly as it should appear; the caller adds no newline. */
export type Writer = (text: string) => void;

/** Where a command writes: normal output and diagnostics. */
export interface CliIo {
  stdout: Writer;
  stderr: Writer;
}

/** The surroundings a command may read besides its arguments. */
export interface CliEnvironment {
  /** Environment variables (PORT, HOST, DATABASE_URL, FLOKK_DATA_DIR). */
  env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative file paths are resolved against. */
  cwd: string;
  /** HTTP client for commands that fetch (`flokk ssb update`). @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Waits between requests to respect a service's rate limit; tests pass one that does not wait. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

export interface CommandContext extends CliEnvironment {
  io: CliIo;
  /** Language of messages, from `--lang` (default `nb`). */
  language: Language;
}

/** One `flokk` command. Adding a command means one module exporting this plus one line in the registry. */
export interface Command {
  /** The word typed after `flokk`. */
  name: string;
  /** The usage line per language, e.g. `flokk validate FILE [--lang nb|nn|en]`. */
  usage: Record<Language, string>;
  /** One line per language for `flokk --help`. */
  summary: Record<Language, string>;
  /** The full `--help` text per language, without the usage line. */
  help: Record<Language, string>;
  /** Runs the command with the arguments after its name; returns the exit code. Throws Flokk or CLI errors. */
  run(args: readonly string[], context: CommandContext): Promise<number>;
}
