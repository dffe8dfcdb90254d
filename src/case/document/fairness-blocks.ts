/**
 * The key comparison and the fairness check for the scenario's areas together (the package): what each
 * municipality pays per year under the scenario's keys, the nucleolus, the Shapley value and the population
 * key, and the core check in words, all from `compareAllocations`, as the cost-sharing screen shows them.
 * The table lists every municipality, so it is the same in every municipality's version.
 * @module
 */
import { formatBudgetNok } from '../../i18n/format.ts';
import { allocationLabel } from '../cost-sharing/allocation-labels.ts';
import type { AllocationRow } from '../cost-sharing/allocation-rows.ts';
import { costGameOf, type CostSharingScope } from '../cost-sharing/coalition-costs.ts';
import { compareAllocations, type CostSharingComparison } from '../cost-sharing/compare-allocations.ts';
import { amountUnit, coreSentences, verdictAmounts } from '../cost-sharing/core-sentence.ts';
import { coreVerdict, type CoreVerdict } from '../cost-sharing/core-verdict.ts';
import { isPlaceholder, type Provenance } from '../schema/provenance.ts';
import type { Block } from './document-model.ts';
import { placeholder, placeholderText, text } from './inlines.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';

/** A key nobody has chosen: no provenance, or a placeholder one. */
const unset = (provenance: Provenance | undefined) => provenance === undefined || isPlaceholder(provenance);

/** The methods the table compares with the scenario's keys, in the order of the columns. */
export const COMPARED = ['nucleolus', 'shapley', 'population'] as const;

/** A column of the table: a name, what each municipality pays (player order), and its core verdict. */
interface Column {
  label: string;
  amounts: number[];
  core: CoreVerdict;
}

/**
 * The scenario's own keys as one allocation of the package: each area's scenario-key row, summed. The
 * package's own comparison has no scenario key, since the scenario chooses a key per area. Null when an
 * area's comparison is missing.
 */
function scenarioKeyColumn(
  context: SaksframleggContext,
  comparison: CostSharingComparison,
  solver: NonNullable<SaksframleggContext['solver']>,
): Column | null {
  const game = costGameOf(comparison.table);
  if (!game) return null;
  const rows: AllocationRow[] = [];
  for (const area of context.areas) {
    const scope: CostSharingScope = { kind: 'area', areaId: area.id };
    const own =
      context.areas.length === 1
        ? comparison
        : compareAllocations(context.document, context.scenario.id, scope, solver);
    const row = own?.analysis?.allocations.find((r) => r.scenarioKey);
    // The areas' comparisons list the municipalities in the package's order; a different order would mix them up.
    if (!row || own?.table.players.join() !== comparison.table.players.join()) return null;
    rows.push(row);
  }
  const amounts = comparison.players.map((_, i) => rows.reduce((sum, row) => sum + (row.amounts[i] ?? 0), 0));
  return {
    label: say(context, 'Scenarioets nøkler', 'Scenarioet sine nøklar'),
    amounts,
    core: coreVerdict(game, amounts),
  };
}

/** The comparison the section reads: the package when the scenario has several areas, else its one area. */
export function fairnessComparison(context: SaksframleggContext): CostSharingComparison | null {
  const { solver } = context;
  const only = context.areas[0];
  if (!solver || !only) return null;
  const scope: CostSharingScope =
    context.areas.length > 1 ? { kind: 'package' } : { kind: 'area', areaId: only.id };
  return compareAllocations(context.document, context.scenario.id, scope, solver);
}

export function fairnessBlocks(context: SaksframleggContext): Block[] {
  const heading: Block = {
    kind: 'heading',
    level: 2,
    text: say(context, 'Rettferdig fordeling og kjernen', 'Rettferdig fordeling og kjernen'),
  };
  const intro: Block = {
    kind: 'paragraph',
    content: [
      text(
        say(
          context,
          'Fordelingsnøkkelen bestemmer hvor mye hver kommune betaler for den felles enheten. Flokk sammenligner scenarioets nøkler med tre andre måter å dele på: nukleolus (den fordelingen som gir den kommunen eller gruppen som tjener minst på samarbeidet, så stor gevinst som mulig), Shapley-verdien (hver kommune betaler det den i gjennomsnitt legger til av kostnad når den blir med) og folketall (hver betaler etter antall innbyggere). Kjernen er de fordelingene der ingen kommune eller gruppe av kommuner betaler mer enn de ville gjort alene; en fordeling utenfor kjernen gir noen en grunn til å gå ut av samarbeidet.',
          'Fordelingsnøkkelen bestemmer kor mykje kvar kommune betaler for den felles eininga. Flokk samanliknar scenarioet sine nøklar med tre andre måtar å dele på: nukleolus (den fordelinga som gir den kommunen eller gruppa som tener minst på samarbeidet, så stor vinst som mogleg), Shapley-verdien (kvar kommune betaler det ho i gjennomsnitt legg til av kostnad når ho blir med) og folketal (kvar betaler etter talet på innbyggjarar). Kjernen er dei fordelingane der ingen kommune eller gruppe av kommunar betaler meir enn dei ville gjort åleine; ei fordeling utanfor kjernen gir nokon ein grunn til å gå ut av samarbeidet.',
        ),
      ),
    ],
  };
  const comparison = fairnessComparison(context);
  const analysis = comparison?.analysis;
  if (!comparison || !analysis) {
    const why = context.solver
      ? say(
          context,
          'Kostnaden for noen grupper av kommuner mangler, så fordelingene kan ikke sammenlignes ennå: ',
          'Kostnaden for nokre grupper av kommunar manglar, så fordelingane kan ikkje samanliknast enno: ',
        )
      : say(
          context,
          'Sammenligningen er ikke regnet ut for dette dokumentet: ',
          'Samanlikninga er ikkje rekna ut for dette dokumentet: ',
        );
    return [heading, intro, { kind: 'paragraph', content: [text(why), placeholder(context)] }];
  }
  const solver = context.solver as NonNullable<SaksframleggContext['solver']>;
  const methods = COMPARED.flatMap((id) => {
    const row = analysis.allocations.find((r) => r.id === id);
    return row
      ? [{ label: allocationLabel(row, context.language), amounts: row.amounts, core: row.core }]
      : [];
  });
  const own = scenarioKeyColumn(context, comparison, solver);
  const nameOf = (m: string) => comparison.players.find((p) => p.municipality === m)?.name ?? m;
  const alone = analysis.allocations[0];
  const columns = own ? [own, ...methods] : methods;
  const scopeWords =
    context.areas.length > 1
      ? { nb: 'alle områdene samlet', nn: 'alle områda samla' }
      : { nb: context.areas[0]?.name ?? '', nn: context.areas[0]?.name ?? '' };
  return [
    heading,
    intro,
    {
      kind: 'table',
      caption: say(
        context,
        `Hva hver kommune betaler per år for ${scopeWords.nb}, etter fordelingsmåte (kroner)`,
        `Kva kvar kommune betaler per år for ${scopeWords.nn}, etter fordelingsmåte (kroner)`,
      ),
      header: [
        say(context, 'Kommune', 'Kommune'),
        say(context, 'Alene', 'Åleine'),
        ...(own ? [] : [say(context, 'Scenarioets nøkler', 'Scenarioet sine nøklar')]),
        ...columns.map((c) => c.label),
      ],
      rows: comparison.players.map((player, i) => [
        player.name,
        // What the municipality would pay alone: its share under any allocation plus what it saves by it.
        formatBudgetNok(alone ? (alone.amounts[i] ?? 0) + (alone.savings[i] ?? 0) : null),
        ...(own ? [] : [placeholderText(context)]),
        ...columns.map((c) => formatBudgetNok(c.amounts[i])),
      ]),
    },
    {
      kind: 'paragraph',
      content: [
        text(say(context, 'Kjernen, fordeling for fordeling. ', 'Kjernen, fordeling for fordeling. ')),
        // One paragraph, one unit for its amounts.
        ...columns.map((c) =>
          text(
            `${c.label}: ${coreSentences(c.core, nameOf, context.language, amountUnit(columns.flatMap((d) => verdictAmounts(d.core)))).join(' ')} `,
          ),
        ),
        // The scenario's keys are only a way to compute until the councils choose them: say so beside the check.
        ...(own && context.areas.some((a) => unset(a.setting.fieldProvenance.costKey))
          ? [
              text(
                say(
                  context,
                  'Scenarioets nøkler er ennå ikke valgt av kommunestyrene: ',
                  'Scenarioet sine nøklar er enno ikkje valde av kommunestyra: ',
                ),
              ),
              placeholder(context),
              text('.'),
            ]
          : []),
      ],
    },
  ];
}
