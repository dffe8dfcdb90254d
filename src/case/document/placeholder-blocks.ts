/**
 * The assumptions nobody has set (placeholders) and the costs the studies name without an amount: the
 * scenario's, so the same in every municipality's version.
 * @module
 */
import type { Block } from './document-model.ts';
import { text } from './inlines.ts';
import { lowerFirst } from './overview-sections.ts';
import { listNames, say, type SaksframleggContext } from './saksframlegg-context.ts';

/** A placeholder as the documents list it: the field as the form labels it, who ought to set it, its note. */
export interface PlaceholderRow {
  label: string;
  toBeSetBy?: string | null | undefined;
  note?: string | null | undefined;
}

/** The table of placeholders a document rests on (the saksframlegg's and the settlement statement's). */
export function placeholderTable(
  context: Pick<SaksframleggContext, 'language'>,
  caption: string,
  placeholders: readonly PlaceholderRow[],
): Block {
  return {
    kind: 'table',
    caption,
    header: [
      say(context, 'Forutsetning', 'Føresetnad'),
      say(context, 'Skal fastsettes av', 'Skal fastsetjast av'),
      say(context, 'Merknad', 'Merknad'),
    ],
    rows: placeholders.map((p) => [p.label, p.toBeSetBy ?? '', p.note ?? '']),
  };
}

export function placeholderBlocks(context: SaksframleggContext): Block[] {
  const { placeholders, missingCosts } = context.analysis.placeholders;
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: say(context, 'Forutsetninger som ikke er fastsatt', 'Føresetnader som ikkje er fastsette'),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Disse forutsetningene er plassholdere: Flokk regner med dem, men ingen med myndighet har fastsatt dem ennå.',
            'Desse føresetnadene er plasshaldarar: Flokk reknar med dei, men ingen med mynde har fastsett dei enno.',
          ),
        ),
      ],
    },
  ];
  if (placeholders.length)
    blocks.push(
      placeholderTable(
        context,
        say(context, 'Plassholdere i beregningen', 'Plasshaldarar i utrekninga'),
        placeholders,
      ),
    );
  // The studies name the same cost kinds for every area: one line per area reads better than one long list.
  for (const area of context.areas) {
    const labels = missingCosts
      .filter((c) => c.areaId === area.id)
      .map((c) => lowerFirst(c.label.replace(` – ${area.name}`, '')));
    if (labels.length)
      blocks.push({
        kind: 'paragraph',
        content: [
          text(
            say(
              context,
              `${area.name}: kostnader utredningen nevner, men som ennå ikke har noe beløp og derfor ikke er med i beregningen: ${listNames(context, labels)}.`,
              `${area.name}: kostnader utgreiinga nemner, men som enno ikkje har noko beløp og difor ikkje er med i utrekninga: ${listNames(context, labels)}.`,
            ),
          ),
        ],
      });
  }
  return blocks;
}
