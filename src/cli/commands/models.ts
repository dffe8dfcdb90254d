/**
 * `flokk models FILE|--default [--json]`: the legal feasibility matrix, models × the case's service areas,
 * with the reasons and paragraphs behind each cell (in full with `--json`).
 * @module
 */
import {
  caseFeasibilityMatrix,
  type CaseFeasibilityMatrix,
} from '../../case/model-choice/feasibility-matrix.ts';
import { formatReference } from '../../engine/legal/legal-reference.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { EXIT } from '../run-command.ts';
import { renderTextTable } from '../text-table.ts';
import { caseFromArgs, UNCONFIRMED_MARK, VERDICT_WORDS } from './model-choice-input.ts';

const NAME = 'models';
const OPTIONS = { ...COMMON_OPTIONS, default: { type: 'boolean' }, json: { type: 'boolean' } } as const;

const TEXT = {
  nb: {
    heading: 'Lovlige samarbeidsmodeller per tjenesteområde',
    model: 'Modell',
    legend: `${UNCONFIRMED_MARK} = bygger på et punkt som ikke er bekreftet (UNCONFIRMED) i lovgrunnlaget`,
    basis: 'Begrunnelse for «ikke lovlig»:',
    more: 'Alle begrunnelser og paragrafer: --json',
  },
  nn: {
    heading: 'Lovlege samarbeidsmodellar per tenesteområde',
    model: 'Modell',
    legend: `${UNCONFIRMED_MARK} = byggjer på eit punkt som ikkje er stadfesta (UNCONFIRMED) i lovgrunnlaget`,
    basis: 'Grunngjeving for «ikkje lovleg»:',
    more: 'Alle grunngjevingar og paragrafar: --json',
  },
  en: {
    heading: 'Lawful cooperation models per service area',
    model: 'Model',
    legend: `${UNCONFIRMED_MARK} = rests on a point not confirmed (UNCONFIRMED) in the legal sources`,
    basis: 'Why “not lawful”:',
    more: 'All reasons and paragraphs: --json',
  },
};

const textLanguage = (language: Language): 'nb' | 'en' => (language === 'en' ? 'en' : 'nb');

function barringLines(matrix: CaseFeasibilityMatrix, language: Language): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const row of matrix.models) {
    for (const cell of row.cells) {
      for (const service of cell.services) {
        for (const reason of service.reasons.filter((r) => r.effect === 'bars')) {
          const key = `${row.modelId}|${reason.code}|${reason.text.nb}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const refs = [...new Set(reason.references.map(formatReference))].join('; ');
          lines.push(
            `  ${row.name[textLanguage(language)]}: ${reason.text[textLanguage(language)]} (${refs})`,
          );
        }
      }
    }
  }
  return lines;
}

function renderText(matrix: CaseFeasibilityMatrix, language: Language): string {
  const t = TEXT[language];
  const words = VERDICT_WORDS[language];
  const columns = [
    { header: t.model, align: 'left' as const },
    ...matrix.areas.map((a) => ({ header: a.code, align: 'left' as const })),
  ];
  const body = matrix.models.map((row) => [
    row.name[textLanguage(language)],
    ...row.cells.map((c) => `${words[c.verdict]}${c.unconfirmed ? UNCONFIRMED_MARK : ''}`),
  ]);
  const areaKey = matrix.areas.map((a) => `  ${a.code}: ${a.name[language] ?? a.name.nb}`);
  return [
    t.heading,
    '',
    renderTextTable(columns, body, []),
    t.legend,
    ...areaKey,
    '',
    t.basis,
    ...barringLines(matrix, language),
    '',
    t.more,
    '',
  ].join('\n');
}

export const modelsCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk models FIL|--default [--json] [--lang nb|nn|en]',
    nn: 'flokk models FIL|--default [--json] [--lang nb|nn|en]',
    en: 'flokk models FILE|--default [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Hvilke samarbeidsmodeller loven tillater for hvert tjenesteområde, med paragraf',
    nn: 'Kva samarbeidsmodellar lova tillèt for kvart tenesteområde, med paragraf',
    en: 'Which cooperation models the law allows for each service area, with the paragraph',
  },
  help: {
    nb: 'Viser matrisen modell × tjenesteområde: lovlig, lovlig med vilkår eller ikke lovlig. Et område er en pakke\nav tjenester og kan bare bruke en modell som er lovlig for alle tjenestene.\n\nValg:\n  --json  skriv matrisen med alle begrunnelser, paragrafer og UNCONFIRMED-flagg som JSON',
    nn: 'Viser matrisa modell × tenesteområde: lovleg, lovleg med vilkår eller ikkje lovleg. Eit område er ein pakke\nav tenester og kan berre bruke ein modell som er lovleg for alle tenestene.\n\nVal:\n  --json  skriv matrisa med alle grunngjevingar, paragrafar og UNCONFIRMED-flagg som JSON',
    en: 'Shows the matrix model × service area: lawful, lawful with conditions or not lawful. An area is a package\nof services and can only use a model that is lawful for all of them.\n\nOptions:\n  --json  write the matrix with every reason, paragraph and UNCONFIRMED flag as JSON',
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
    io.stdout(values.json ? `${JSON.stringify(matrix, null, 2)}\n` : renderText(matrix, language));
    return EXIT.ok;
  },
};
