/**
 * `flokk benefits FILE|--default [--unit ID] [--json] [--lang nb|nn|en]`: benefit realisation of a joint
 * unit, as the API's `operations/benefits` gives it: the answer first, then each benefit with its status.
 * @module
 */
import { benefitsUnit, benefitsView } from '../../case/operations/benefits-view.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';
import { benefitsText, renderBenefits } from './benefits-text.ts';

const NAME = 'benefits';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  unit: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const benefitsCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk benefits FIL|--default [--unit ID] [--json] [--lang nb|nn|en]',
    nn: 'flokk benefits FIL|--default [--unit ID] [--json] [--lang nb|nn|en]',
    en: 'flokk benefits FILE|--default [--unit ID] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Vis gevinstrealiseringen for en felles enhet',
    nn: 'Vis gevinstrealiseringa for ei felles eining',
    en: 'Show the benefit realisation of a joint unit',
  },
  help: {
    nb: 'Viser svaret først («2 av 6 er på sporet …»), så hver gevinst med status, indikator, nullpunkt, mål,\ngevinstansvarlig, tiltak og målinger. Et mål eller en gevinstansvarlig som ingen har satt, er merket som plassholder.\n\nValg:\n  --unit ID  den felles enheten (standard: sakens første)\n  --json     skriv visningen som JSON',
    nn: 'Viser svaret først («2 av 6 er på sporet …»), så kvar gevinst med status, indikator, nullpunkt, mål,\ngevinstansvarleg, tiltak og målingar. Eit mål eller ein gevinstansvarleg som ingen har sett, er merka som plasshaldar.\n\nVal:\n  --unit ID  den felles eininga (standard: den første i saka)\n  --json     skriv visinga som JSON',
    en: 'Shows the answer first (“2 of 6 on track …”), then each benefit with its status, indicator, baseline,\ntarget, owner, measures and measurements. A target or owner nobody has set is marked as a placeholder.\n\nOptions:\n  --unit ID  the joint unit (default: the case’s first)\n  --json     write the view as JSON',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(benefitsCommand, language));
      return EXIT.ok;
    }
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const text = benefitsText(language);
    if (document.operations.units.length === 0) {
      io.stdout(`${text.noUnits}\n`);
      return EXIT.ok;
    }
    const unitId = benefitsUnit(document, values.unit);
    const view = unitId === null ? null : benefitsView(document, unitId, language);
    if (view === null) throw new UsageError(`--unit: ${text.unknownUnit(values.unit ?? '')}`, NAME);
    io.stdout(values.json ? `${JSON.stringify(view, null, 2)}\n` : renderBenefits(view, language));
    return EXIT.ok;
  },
};
