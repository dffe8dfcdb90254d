/**
 * The pieces sentences are made of: plain text, a figure with its footnote, and a placeholder shown as
 * such. The footnote says where a figure comes from: the source, the decision, «plassholder», or for a
 * computed figure the formula in words, all from `explainFigure`, so the document says no more than the
 * explanation panel does.
 * @module
 */
import { formatNumber, formatPlanDate } from '../../i18n/format.ts';
import type { ResolvedProvenance } from '../explain/explained-figure.ts';
import type { Inline } from './document-model.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

type Language = Pick<SaksframleggContext, 'language'>;

export const text = (value: string): Inline => ({ text: value });

/** «plassholder – ikke fastsatt» (nynorsk «plasshaldar – ikkje fastsett»). */
export function placeholderText(context: Language): string {
  return say(context, 'plassholder – ikke fastsatt', 'plasshaldar – ikkje fastsett');
}

/** A value nobody has set, shown as such, with what is known about it in the footnote. */
export function placeholder(context: Language, footnote?: string): Inline {
  return { text: placeholderText(context), placeholder: true, ...(footnote ? { footnote } : {}) };
}

/** Where a value typed into the case comes from, in a sentence. */
export function provenanceWords(context: Language, provenance: ResolvedProvenance): string {
  switch (provenance.kind) {
    case 'source': {
      const where = [
        provenance.document.title,
        provenance.locator,
        provenance.date && formatPlanDate(provenance.date),
      ];
      return `${say(context, 'Kilde', 'Kjelde')}: ${where.filter(Boolean).join(', ')}.`;
    }
    case 'decision':
      return say(
        context,
        `Vedtak: ${provenance.title ?? provenance.resolutionId}, punkt ${provenance.point}.`,
        `Vedtak: ${provenance.title ?? provenance.resolutionId}, punkt ${provenance.point}.`,
      );
    case 'placeholder': {
      const by = provenance.toBeSetBy
        ? say(
            context,
            ` Skal fastsettes av: ${provenance.toBeSetBy}.`,
            ` Skal fastsetjast av: ${provenance.toBeSetBy}.`,
          )
        : '';
      return `${placeholderText(context)}.${by}${provenance.note ? ` ${provenance.note}` : ''}`;
    }
    case 'entered':
      return say(
        context,
        `Egen verdi, lagt inn av ${provenance.by} ${formatPlanDate(provenance.at.slice(0, 10))}.`,
        `Eigen verdi, lagd inn av ${provenance.by} ${formatPlanDate(provenance.at.slice(0, 10))}.`,
      );
    case 'none':
      return say(context, 'Ingen kilde er registrert.', 'Inga kjelde er registrert.');
  }
}

/**
 * The footnote of a figure by its id in the scenario: its source for a value typed in, or what it is and
 * how it is computed for a computed one. Undefined when the case has no such figure.
 */
export function figureNote(context: SaksframleggContext, localId: string): string | undefined {
  const explained = context.explain(localId);
  if (!explained) return undefined;
  if (explained.field) return `${explained.label}. ${provenanceWords(context, explained.field.provenance)}`;
  const mc = context.analysis.monteCarlo;
  // The panel's words point at the distributions shown below the figure; a document names the run instead.
  if (localId.startsWith('monte-carlo/') && mc.status === 'done')
    return say(
      context,
      `${explained.label}: regnet ved Monte Carlo-simulering med ${formatNumber(mc.draws)} trekk og frø ${mc.seed}; samme frø og antall trekk gir samme tall.`,
      `${explained.label}: rekna ved Monte Carlo-simulering med ${formatNumber(mc.draws)} trekk og frø ${mc.seed}; same frø og tal på trekk gir same tal.`,
    );
  return `${explained.label}: ${explained.formula}`;
}

/** A figure as the text shows it, with its footnote. */
export function figure(context: SaksframleggContext, shown: string, localId: string): Inline {
  const footnote = figureNote(context, localId);
  return { text: shown, ...(footnote ? { footnote } : {}) };
}
