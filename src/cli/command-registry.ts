/**
 * The commands of `flokk`, in the order `--help` lists them. Adding a command is one line here.
 * @module
 */
import type { Command } from './command.ts';
import { analyseCommand } from './commands/analyse.ts';
import { serveCommand } from './commands/serve.ts';
import { showCommand } from './commands/show.ts';
import { validateCommand } from './commands/validate.ts';

export const COMMANDS: readonly Command[] = [serveCommand, validateCommand, showCommand, analyseCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
