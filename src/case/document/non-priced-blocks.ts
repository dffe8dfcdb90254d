/**
 * The effects not priced in kroner (sårbarhet, fagmiljø, service …): listed with this municipality's
 * assessment on the plus-minus scale, beside the net present value and never added into it.
 * @module
 */
import { localize } from '../process/localize.ts';
import type { Block } from './document-model.ts';
import { placeholderText, text } from './inlines.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

const SIGNS = (n: number) => (n === 0 ? '0' : (n > 0 ? '+' : '–').repeat(Math.abs(n)));

export function nonPricedBlocks(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const effects = analysis.nonPriced.effects;
  const heading: Block = {
    kind: 'heading',
    level: 2,
    text: say(context, 'Virkninger som ikke er regnet i kroner', 'Verknader som ikkje er rekna i kroner'),
  };
  const intro: Block = {
    kind: 'paragraph',
    content: [
      text(
        say(
          context,
          'Noen virkninger lar seg ikke regne i kroner, for eksempel sårbarhet og kvalitet. De vurderes ved siden av nåverdien og legges aldri inn i den. Vurderingen angis med pluss og minus: fra «––––» (svært negativ) til «++++» (svært positiv); «0» betyr ingen virkning.',
          'Nokre verknader let seg ikkje rekne i kroner, til dømes sårbarheit og kvalitet. Dei blir vurderte ved sida av noverdien og blir aldri lagde inn i han. Vurderinga blir gitt med pluss og minus: frå «––––» (svært negativ) til «++++» (svært positiv); «0» tyder ingen verknad.',
        ),
      ),
    ],
  };
  if (effects.length === 0)
    return [
      heading,
      intro,
      {
        kind: 'paragraph',
        content: [
          text(
            say(
              context,
              'Saken har ingen slike virkninger registrert.',
              'Saka har ingen slike verknader registrerte.',
            ),
          ),
        ],
      },
    ];
  const cellWords = (effect: (typeof effects)[number]) => {
    const cell = effect.cells.find((c) => c.municipality === municipality.number);
    if (!cell || cell.consequence === null) return say(context, 'ikke vurdert', 'ikkje vurdert');
    const signs = SIGNS(cell.consequence);
    return cell.basis === 'placeholder' ? `${signs} (${placeholderText(context)})` : signs;
  };
  return [
    heading,
    intro,
    {
      kind: 'table',
      municipal: true,
      caption: say(
        context,
        `Virkninger som ikke er regnet i kroner, vurdert for ${municipality.name}`,
        `Verknader som ikkje er rekna i kroner, vurderte for ${municipality.name}`,
      ),
      header: [say(context, 'Virkning', 'Verknad'), say(context, 'Vurdering', 'Vurdering')],
      rows: effects.map((effect) => [localize(effect.name, context.language), cellWords(effect)]),
    },
  ];
}
