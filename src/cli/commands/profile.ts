/**
 * `flokk profile FILE|--default [--json]`: the cooperation as one unit (population, area, staffing and costs per
 * service area, FTE per 1 000 inhabitants, staff ages, municipalities of about the same size), as a reader sees
 * it: ages of groups that may have fewer than 5 persons are withheld before anything is derived.
 * @module
 */
import { cooperationProfile } from '../../case/reference/cooperation-profile.ts';
import { shippedReferenceData } from '../../case/reference/reference-data.ts';
import { redactPersonalData } from '../../case/redact-personal-data.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { renderProfile } from '../render-profile.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'profile';
const OPTIONS = { ...COMMON_OPTIONS, default: { type: 'boolean' }, json: { type: 'boolean' } } as const;

export const profileCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk profile FIL|--default [--json] [--lang nb|nn|en]',
    nn: 'flokk profile FIL|--default [--json] [--lang nb|nn|en]',
    en: 'flokk profile FILE|--default [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Vis samarbeidet som én kommune: innbyggere, areal, årsverk og kostnader, og kommuner på samme størrelse',
    nn: 'Vis samarbeidet som éin kommune: innbyggjarar, areal, årsverk og kostnader, og kommunar av same storleik',
    en: 'Show the cooperation as one unit: population, area, FTE and costs, and municipalities of the same size',
  },
  help: {
    nb: 'Utskriften regnes som en lesers visning: alder for grupper som kan ha færre enn 5 personer vises som «:».\n\nValg:\n  --default  bruk den innebygde saken\n  --json     skriv JSON',
    nn: 'Utskrifta blir rekna som visninga til ein lesar: alder for grupper som kan ha færre enn 5 personar blir vist som «:».\n\nVal:\n  --default  bruk den innebygde saka\n  --json     skriv JSON',
    en: 'The output is a reader’s view: ages of groups that may have fewer than 5 persons are shown as ":".\n\nOptions:\n  --default  use the embedded case\n  --json     write JSON',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(profileCommand, language));
      return EXIT.ok;
    }
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const profile = cooperationProfile(redactPersonalData(document), shippedReferenceData());
    io.stdout(
      values.json ? `${JSON.stringify(profile, null, 2)}\n` : renderProfile(profile, document, language),
    );
    return EXIT.ok;
  },
};
