/**
 * Økonomiske konsekvenser: what the scenario means for this municipality's budget over the økonomiplan
 * years, in current kroner (the budget view).
 * @module
 */
import { formatBudgetNok, formatNumber } from '../../i18n/format.ts';
import { resolveProvenance } from '../explain/provenance-view.ts';
import type { Block, Inline } from './document-model.ts';
import { placeholder, provenanceWords, text } from './inlines.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

/** The growth rate the budget view uses, with its source or as a placeholder. */
function inflationInline(context: SaksframleggContext): Inline[] {
  const { inflation } = context.scenario;
  const shown = `${formatNumber(inflation.value * 100, 1)} %`;
  const use = context.analysis.placeholders.placeholders.find((p) => p.path.endsWith('.inflation'));
  if (use) return [text(`${shown} (`), placeholder(context, use.note ?? undefined), text(')')];
  return [
    {
      text: shown,
      footnote: provenanceWords(context, resolveProvenance(context.document, inflation.provenance)),
    },
  ];
}

/** This municipality's budget effect summed over the økonomiplan years. */
export function budgetTotal(context: SaksframleggContext): number {
  return (context.analysis.budget.perMunicipality[context.municipality.number] ?? []).reduce(
    (s, v) => s + v,
    0,
  );
}

export function economySection(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const budget = analysis.budget;
  const own = budget.perMunicipality[municipality.number] ?? [];
  const years = `${budget.years[0]}–${budget.years[budget.years.length - 1]}`;
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 1,
      text: say(context, 'Økonomiske konsekvenser', 'Økonomiske konsekvensar'),
      id: 'okonomi',
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Budsjettvisningen viser hva samarbeidet betyr for kommunens budsjett i økonomiplanperioden ${years}. Beløpene er i løpende kroner, det vil si justert for en antatt pris- og lønnsvekst på `,
            `Budsjettvisinga viser kva samarbeidet tyder for budsjettet til kommunen i økonomiplanperioden ${years}. Beløpa er i løpande kroner, det vil seie justerte for ein anteken pris- og lønsvekst på `,
          ),
        ),
        ...inflationInline(context),
        text(
          say(
            context,
            ' per år. Et positivt beløp er en innsparing, et negativt en merkostnad.',
            ' per år. Eit positivt beløp er ei innsparing, eit negativt ein meirkostnad.',
          ),
        ),
      ],
    },
    {
      kind: 'table',
      municipal: true,
      caption: say(
        context,
        `Netto effekt på budsjettet for ${municipality.name} (løpende kroner)`,
        `Netto effekt på budsjettet for ${municipality.name} (løpande kroner)`,
      ),
      header: [say(context, 'År', 'År'), municipality.name],
      rows: budget.years.map((year, i) => [String(year), formatBudgetNok(own[i])]),
    },
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `Til sammen i økonomiplanperioden utgjør dette ${formatBudgetNok(budgetTotal(context))} for ${municipality.name}.`,
            `Til saman i økonomiplanperioden utgjer dette ${formatBudgetNok(budgetTotal(context))} for ${municipality.name}.`,
          ),
        ),
      ],
    },
  ];
  if (budget.missingYears.length)
    blocks.push({
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Analyseperioden dekker ikke årene ${budget.missingYears.join(', ')}; de står derfor uten tall.`,
            `Analyseperioden dekkjer ikkje åra ${budget.missingYears.join(', ')}; dei står difor utan tal.`,
          ),
        ),
      ],
    });
  return blocks;
}
