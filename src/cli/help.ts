/**
 * The help texts: the general usage lists the registered commands, each command gives its own.
 * @module
 */
import type { Language } from '../i18n/language.ts';
import type { Command } from './command.ts';
import { cliMessages } from './messages.ts';

/** `flokk --help`: usage, one line per command, and how to get more. */
export function generalHelpText(commands: readonly Command[], language: Language): string {
  const messages = cliMessages(language);
  const nameWidth = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map(
    (command) => `  ${command.name.padEnd(nameWidth)}  ${command.summary[language]}`,
  );
  return [
    `${messages.usageTitle} ${messages.generalUsage}`,
    '',
    messages.commandsTitle,
    ...lines,
    '',
    messages.helpHint,
    '',
  ].join('\n');
}

/** `flokk COMMAND --help`: the usage line and the command's own text. */
export function commandHelpText(command: Command, language: Language): string {
  return `${cliMessages(language).usageTitle} ${command.usage[language]}\n\n${command.help[language]}\n`;
}

/** After wrong use of a command: its usage line and where to read more. */
export function commandUsageText(command: Command, language: Language): string {
  const messages = cliMessages(language);
  return `${messages.usageTitle} ${command.usage[language]}\n${messages.commandHelpHint(command.name)}\n`;
}
