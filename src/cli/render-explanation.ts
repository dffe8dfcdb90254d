/**
 * `flokk explain` as text: the figure and its formula first, then its inputs as an indented tree, each leaf
 * ending in where it comes from (source and place, decision, or «plassholder»).
 * @module
 */
import type { ExplanationTree } from '../case/explain/explanation-tree.ts';
import type { ExplainedInput, ResolvedProvenance } from '../case/explain/explained-figure.ts';
import { formatNok, formatNumber, formatPlanDate } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';

const WORDS = {
  nb: {
    formula: 'Formel',
    source: 'Kilde',
    stated: (v: string) => `avviker fra kilden, som oppgir ${v}`,
    placeholder: 'Plassholder – ikke fastsatt',
    toBeSetBy: (role: string) => `bør fastsettes av ${role}`,
    decision: (title: string, point: number) => `Vedtak: ${title}, punkt ${point}`,
    entered: (by: string, at: string) => `Egen verdi – lagt inn av ${by} ${at}`,
    none: 'Ingen kilde oppgitt',
    more: (n: number) => `… ${n} inndata til (bruk --depth for flere nivåer)`,
  },
  nn: {
    formula: 'Formel',
    source: 'Kjelde',
    stated: (v: string) => `avvik frå kjelda, som oppgir ${v}`,
    placeholder: 'Plasshaldar – ikkje fastsett',
    toBeSetBy: (role: string) => `bør fastsetjast av ${role}`,
    decision: (title: string, point: number) => `Vedtak: ${title}, punkt ${point}`,
    entered: (by: string, at: string) => `Eigen verdi – lagd inn av ${by} ${at}`,
    none: 'Inga kjelde oppgitt',
    more: (n: number) => `… ${n} inndata til (bruk --depth for fleire nivå)`,
  },
  en: {
    formula: 'Formula',
    source: 'Source',
    stated: (v: string) => `differs from the source, which gives ${v}`,
    placeholder: 'Placeholder – not set',
    toBeSetBy: (role: string) => `to be set by ${role}`,
    decision: (title: string, point: number) => `Decision: ${title}, point ${point}`,
    entered: (by: string, at: string) => `Own value – entered by ${by} ${at}`,
    none: 'No source given',
    more: (n: number) => `… ${n} more inputs (use --depth for more levels)`,
  },
} as const;

/** A value as the pages show it: kroner to the krone here (the explanation is for checking), shares in %. */
export function formatExplainedValue(
  input: Pick<ExplainedInput, 'value' | 'unit'>,
  language: Language,
): string {
  switch (input.unit) {
    case 'nok':
      return formatNok(input.value, language);
    case 'share':
    case 'rate':
      return `${formatNumber(input.value * 100, 2, language)} %`;
    case 'factor':
      return formatNumber(input.value, 6, language);
    case 'fte':
      return formatNumber(input.value, 2, language);
    case 'year':
      return String(input.value);
    case 'count':
      return formatNumber(input.value, Number.isInteger(input.value) ? 0 : 2, language);
  }
}

/** Where a value comes from, in words. */
export function provenanceText(
  provenance: ResolvedProvenance,
  value: number,
  unit: ExplainedInput['unit'],
  language: Language,
): string {
  const w = WORDS[language];
  switch (provenance.kind) {
    case 'source': {
      const place = [provenance.document.title, provenance.locator].filter(Boolean).join(', ');
      const differs =
        provenance.statedValue !== undefined && provenance.statedValue !== value
          ? ` (${w.stated(formatExplainedValue({ value: provenance.statedValue, unit }, language))})`
          : '';
      return `${w.source}: ${place}${differs}`;
    }
    case 'decision':
      return w.decision(provenance.title ?? provenance.resolutionId, provenance.point);
    case 'placeholder':
      return provenance.toBeSetBy ? `${w.placeholder} (${w.toBeSetBy(provenance.toBeSetBy)})` : w.placeholder;
    case 'entered':
      return w.entered(provenance.by, formatPlanDate(provenance.at.slice(0, 10), language));
    case 'none':
      return w.none;
  }
}

function lines(tree: ExplanationTree, language: Language, indent: string, out: string[]): void {
  const w = WORDS[language];
  out.push(`${indent}${tree.label}: ${formatExplainedValue(tree, language)}`);
  const inner = `${indent}   `;
  if (tree.symbols !== '' || tree.inputCount > 0)
    out.push(`${inner}${w.formula}: ${[tree.symbols, tree.formula].filter(Boolean).join(' — ')}`);
  if (tree.field)
    out.push(`${inner}${provenanceText(tree.field.provenance, tree.value, tree.unit, language)}`);
  for (const input of tree.inputs ?? []) lines(input, language, `${inner}`, out);
  if (tree.inputs === undefined && tree.inputCount > 0) out.push(`${inner}${w.more(tree.inputCount)}`);
}

/** The tree as indented text, the answer on the first line. */
export function renderExplanationText(tree: ExplanationTree, language: Language): string {
  const out: string[] = [];
  lines(tree, language, '', out);
  return `${out.join('\n')}\n`;
}
