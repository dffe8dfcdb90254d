/**
 * The commands of `flokk`, in the order `--help` lists them. Adding a command is one line here.
 * @module
 */
import type { Command } from './command.ts';
import { agreementCheckCommand } from './commands/agreement-check.ts';
import { analyseCommand } from './commands/analyse.ts';
import { benchmarkCommand } from './commands/benchmark.ts';
import { benefitsCommand } from './commands/benefits.ts';
import { profileCommand } from './commands/profile.ts';
import { icsCommand } from './commands/ics.ts';
import { importCommand } from './commands/import.ts';
import { templateCommand } from './commands/template.ts';
import { planCommand } from './commands/plan.ts';
import { documentCommand } from './commands/document.ts';
import { erlangCommand } from './commands/erlang.ts';
import { explainCommand } from './commands/explain.ts';
import { exportCommand } from './commands/export.ts';
import { modelsCommand } from './commands/models.ts';
import { rankCommand } from './commands/rank.ts';
import { staffCommand } from './commands/staff.ts';
import { serveCommand } from './commands/serve.ts';
import { shareCommand } from './commands/share.ts';
import { ssbCommand } from './commands/ssb.ts';
import { showCommand } from './commands/show.ts';
import { validateCommand } from './commands/validate.ts';
import { budgetCommand } from './commands/budget.ts';
import { akontoCommand } from './commands/akonto.ts';
import { settleCommand } from './commands/settle.ts';

export const COMMANDS: readonly Command[] = [
  serveCommand,
  validateCommand,
  showCommand,
  templateCommand,
  importCommand,
  analyseCommand,
  shareCommand,
  explainCommand,
  documentCommand,
  exportCommand,
  agreementCheckCommand,
  staffCommand,
  erlangCommand,
  modelsCommand,
  rankCommand,
  planCommand,
  icsCommand,
  benchmarkCommand,
  profileCommand,
  ssbCommand,
  benefitsCommand,
  budgetCommand,
  akontoCommand,
  settleCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
