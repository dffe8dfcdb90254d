/**
 * Konklusjon: drawn from the figures already shown (the net present value's sign and the budget effect),
 * and what must happen before the councils decide: the placeholders set.
 * @module
 */
import { formatBudgetNok } from '../../i18n/format.ts';
import type { Block } from './document-model.ts';
import { budgetTotal } from './economy-section.ts';
import { figure, text } from './inlines.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

export function conclusionSection(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const m = municipality.number;
  const npv = analysis.summary.perMunicipality[m]?.npv ?? 0;
  const count = analysis.placeholders.placeholders.length;
  return [
    { kind: 'heading', level: 1, text: say(context, 'Konklusjon', 'Konklusjon'), id: 'konklusjon' },
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          npv >= 0
            ? say(
                context,
                `Slik samarbeidet er beregnet, lønner det seg for ${municipality.name}: netto nåverdi er `,
                `Slik samarbeidet er rekna ut, løner det seg for ${municipality.name}: netto noverdi er `,
              )
            : say(
                context,
                `Slik samarbeidet er beregnet, lønner det seg ikke for ${municipality.name}: netto nåverdi er `,
                `Slik samarbeidet er rekna ut, løner det seg ikkje for ${municipality.name}: netto noverdi er `,
              ),
        ),
        figure(context, formatBudgetNok(npv), `npv/${m}`),
        text(
          say(
            context,
            `, og budsjettet i økonomiplanperioden endres med ${formatBudgetNok(budgetTotal(context))}.`,
            `, og budsjettet i økonomiplanperioden blir endra med ${formatBudgetNok(budgetTotal(context))}.`,
          ),
        ),
      ],
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Resultatet bygger på ${count} plassholdere. De må fastsettes av dem som har myndighet til det, og beregningen gjøres på nytt, før kommunestyrene tar endelig stilling til et forpliktende samarbeid.`,
            `Resultatet byggjer på ${count} plasshaldarar. Dei må fastsetjast av dei som har mynde til det, og utrekninga gjerast på nytt, før kommunestyra tek endeleg stilling til eit forpliktande samarbeid.`,
          ),
        ),
      ],
    },
  ];
}
