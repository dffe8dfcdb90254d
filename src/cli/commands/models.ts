/**
 * `flokk models FILE|--default [--json]`: the legal feasibility matrix, models × the case's service areas,
 * with a procurement column and a staff-transfer column, the reasons and paragraphs behind each cell, and the
 * duties of each planned transfer of staff (in full with `--json`).
 * @module
 */
import { caseFeasibilityMatrix } from '../../case/model-choice/feasibility-matrix.ts';
import { staffTransferChecklists } from '../../case/staff-transfer/staff-transfer-checklist.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { EXIT } from '../run-command.ts';
import { caseFromArgs } from './model-choice-input.ts';
import { renderModelsText } from './models-text.ts';

const NAME = 'models';
const OPTIONS = { ...COMMON_OPTIONS, default: { type: 'boolean' }, json: { type: 'boolean' } } as const;

export const modelsCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk models FIL|--default [--json] [--lang nb|nn|en]',
    nn: 'flokk models FIL|--default [--json] [--lang nb|nn|en]',
    en: 'flokk models FILE|--default [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Hvilke samarbeidsmodeller loven tillater for hvert tjenesteområde, anskaffelse og ansatte, med paragraf',
    nn: 'Kva samarbeidsmodellar lova tillèt for kvart tenesteområde, anskaffing og tilsette, med paragraf',
    en: 'Which cooperation models the law allows for each service area, procurement and staff, with the paragraph',
  },
  help: {
    nb: 'Viser matrisen modell × tjenesteområde: lovlig, lovlig med vilkår, ikke egnet eller ikke lovlig, med\nkolonner for anskaffelse og overføring av ansatte. Et område er en pakke av tjenester og får den strengeste\nvurderingen blant tjenestene.\n\nValg:\n  --json  skriv matrisen med alle begrunnelser, paragrafer og merker for det som ikke er bekreftet, som JSON',
    nn: 'Viser matrisa modell × tenesteområde: lovleg, lovleg med vilkår, ikkje eigna eller ikkje lovleg, med\nkolonnar for anskaffing og overføring av tilsette. Eit område er ein pakke av tenester og får den strengaste\nvurderinga blant tenestene.\n\nVal:\n  --json  skriv matrisa med alle grunngjevingar, paragrafar og merke for det som ikkje er stadfesta, som JSON',
    en: 'Shows the matrix model × service area: lawful, lawful with conditions, not suited or not lawful, with\ncolumns for procurement and the transfer of staff. An area is a package of services and gets the strictest\nverdict among them.\n\nOptions:\n  --json  write the matrix with every reason, paragraph and not-confirmed flag as JSON',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(modelsCommand, language));
      return EXIT.ok;
    }
    const document = await caseFromArgs(positionals, values.default, context, NAME);
    const matrix = caseFeasibilityMatrix(document);
    const staffTransfers = staffTransferChecklists(document);
    io.stdout(
      values.json
        ? `${JSON.stringify({ ...matrix, staffTransfers }, null, 2)}\n`
        : renderModelsText(matrix, staffTransfers, language),
    );
    return EXIT.ok;
  },
};
