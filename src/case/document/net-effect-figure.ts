/**
 * The municipality's net effect per year as a figure: a bar chart of its own amounts, alt text that says in
 * words what the chart shows, and the table of the amounts (with all the municipalities' total beside them)
 * as the figure's data table.
 * @module
 */
import { formatBudgetNok, formatNumber } from '../../i18n/format.ts';
import type { Block } from './document-model.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

/** «Melhus'», «Skauns»: the genitive as bokmål writes it after a name (an apostrophe after s, x or z). */
export function genitive(name: string): string {
  return /[sxz]$/iu.test(name) ? `${name}'` : `${name}s`;
}

/** An amount as the alt text says it: «1,2 mill. kr» from a million, otherwise to the thousand as the table. */
export function amountInWords(context: Pick<SaksframleggContext, 'language'>, value: number): string {
  return Math.abs(value) >= 1e6
    ? `${formatNumber(value / 1e6, 1, context.language)} mill. kr`
    : formatBudgetNok(value, context.language);
}

/**
 * «Stolpediagram: Melhus' netto effekt per år 2026–2033, fra 0 kr i 2026 til 1,2 mill. kr i 2033», and the
 * lowest year when it is neither end, since a dip below zero is what a reader of the chart would notice.
 */
export function netEffectAlt(
  context: Pick<SaksframleggContext, 'language'>,
  name: string,
  years: number[],
  values: number[],
): string {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  const at = (i: number) => amountInWords(context, values[i] ?? 0);
  const what = say(
    context,
    `Stolpediagram: ${genitive(name)} netto effekt per år ${first}–${last}, fra ${at(0)} i ${first} til ${at(years.length - 1)} i ${last}`,
    `Stolpediagram: netto effekt per år for ${name} ${first}–${last}, frå ${at(0)} i ${first} til ${at(years.length - 1)} i ${last}`,
  );
  const lowest = values.reduce((low, v, i) => (v < (values[low] ?? 0) ? i : low), 0);
  const dips = lowest > 0 && lowest < years.length - 1 && (values[lowest] ?? 0) < 0;
  return dips
    ? `${what}${say(context, ', lavest', ', lågast')} ${at(lowest)} i ${String(years[lowest])}`
    : what;
}

export function netEffectFigure(context: SaksframleggContext): Block {
  const { analysis, municipality } = context;
  const flows = analysis.cashFlows;
  const own = flows.years.map((_, i) => flows.perMunicipality[municipality.number]?.[i] ?? 0);
  return {
    kind: 'figure',
    municipal: true,
    caption: say(
      context,
      `Netto effekt per år for ${municipality.name} (faste ${flows.baseYear}-kroner; positivt tall er en innsparing)`,
      `Netto effekt per år for ${municipality.name} (faste ${flows.baseYear}-kroner; positivt tal er ei innsparing)`,
    ),
    alt: netEffectAlt(context, municipality.name, flows.years, own),
    chart: {
      unit: 'nok',
      categories: flows.years.map(String),
      series: [{ name: municipality.name, values: own }],
    },
    table: {
      header: [say(context, 'År', 'År'), municipality.name, say(context, 'Alle kommunene', 'Alle kommunane')],
      rows: flows.years.map((year, i) => [
        String(year),
        formatBudgetNok(flows.perMunicipality[municipality.number]?.[i]),
        formatBudgetNok(flows.total[i]),
      ]),
    },
  };
}
