/**
 * `flokk benchmark FILE|--default [--json]`: each municipality's KOSTRA figures per inhabitant beside its KOSTRA
 * group, its neighbours and the country, from the reference data shipped with Flokk (or refreshed by
 * `flokk ssb update`), `..` where a figure is missing.
 * @module
 */
import { benchmarkView } from '../../case/reference/benchmark.ts';
import { shippedReferenceData } from '../../case/reference/reference-data.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { renderBenchmark } from '../render-benchmark.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'benchmark';
const OPTIONS = { ...COMMON_OPTIONS, default: { type: 'boolean' }, json: { type: 'boolean' } } as const;

export const benchmarkCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk benchmark FIL|--default [--json] [--lang nb|nn|en]',
    nn: 'flokk benchmark FIL|--default [--json] [--lang nb|nn|en]',
    en: 'flokk benchmark FILE|--default [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Sammenlign kommunene med KOSTRA-gruppen, nabokommunene og landet (netto driftsutgifter per innbygger)',
    nn: 'Samanlikn kommunane med KOSTRA-gruppa, nabokommunane og landet (netto driftsutgifter per innbyggjar)',
    en: 'Compare the municipalities with their KOSTRA group, neighbours and the country (net expenditure per inhabitant)',
  },
  help: {
    nb: 'Tallene er SSBs (KOSTRA, tabell 12362 og 12367). «..» betyr at tallet ikke finnes i dataene Flokk har;\nhent det med «flokk ssb update».\n\nValg:\n  --default  bruk den innebygde saken\n  --json     skriv JSON; manglende tall er null',
    nn: 'Tala er SSBs (KOSTRA, tabell 12362 og 12367). «..» tyder at talet ikkje finst i dataa Flokk har;\nhent det med «flokk ssb update».\n\nVal:\n  --default  bruk den innebygde saka\n  --json     skriv JSON; manglande tal er null',
    en: 'The figures are SSB’s (KOSTRA, tables 12362 and 12367). ".." means the figure is not in the data Flokk has;\nfetch it with "flokk ssb update".\n\nOptions:\n  --default  use the embedded case\n  --json     write JSON; missing figures are null',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(benchmarkCommand, language));
      return EXIT.ok;
    }
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const view = benchmarkView(document, shippedReferenceData(), language);
    io.stdout(values.json ? `${JSON.stringify(view, null, 2)}\n` : renderBenchmark(view, language));
    return EXIT.ok;
  },
};
