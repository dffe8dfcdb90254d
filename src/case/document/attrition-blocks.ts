/**
 * The staff reduction against natural attrition, per area: the joint unit's, so the same in every
 * municipality's version. Small groups' ages are withheld before the check (`attritionCheck`).
 * @module
 */
import { formatFte } from '../../i18n/format.ts';
import type { Block } from './document-model.ts';
import { text } from './inlines.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

export function attritionBlocks(context: SaksframleggContext): Block[] {
  const sentences = context.analysis.attrition.map((check) => {
    const area = context.areas.find((a) => a.id === check.areaId)?.name ?? check.areaId;
    if (check.worst) {
      const span =
        check.worst.atLeast > 0
          ? say(
              context,
              `mellom ${formatFte(check.worst.atLeast)} og ${formatFte(check.worst.atMost)}`,
              `mellom ${formatFte(check.worst.atLeast)} og ${formatFte(check.worst.atMost)}`,
            )
          : say(
              context,
              `opptil ${formatFte(check.worst.atMost)}`,
              `opptil ${formatFte(check.worst.atMost)}`,
            );
      return say(
        context,
        `${area}: i ${check.worst.year} kan nedgangen i årsverk bli større enn den forventede naturlige avgangen, med ${span} årsverk.`,
        `${area}: i ${check.worst.year} kan nedgangen i årsverk bli større enn den venta naturlege avgangen, med ${span} årsverk.`,
      );
    }
    if (check.agesMissing)
      return say(
        context,
        `${area}: alderen til de ansatte er ikke kjent, så naturlig avgang kan ikke anslås.`,
        `${area}: alderen til dei tilsette er ikkje kjend, så naturleg avgang kan ikkje anslåast.`,
      );
    return say(
      context,
      `${area}: nedgangen i årsverk kan tas gjennom forventet naturlig avgang.`,
      `${area}: nedgangen i årsverk kan takast gjennom venta naturleg avgang.`,
    );
  });
  return [
    {
      kind: 'heading',
      level: 2,
      text: say(context, 'Ansatte og naturlig avgang', 'Tilsette og naturleg avgang'),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Naturlig avgang er ansatte som slutter eller går av med pensjon uten at stillingen blir sagt opp. Flokk sammenligner nedgangen i årsverk i den felles enheten med hvor mange som kan ventes å gå av, ut fra alderen til de ansatte. ',
            'Naturleg avgang er tilsette som sluttar eller går av med pensjon utan at stillinga blir sagd opp. Flokk samanliknar nedgangen i årsverk i den felles eininga med kor mange som kan ventast å gå av, ut frå alderen til dei tilsette. ',
          ),
        ),
        ...sentences.map((s) => text(`${s} `)),
      ],
    },
  ];
}
