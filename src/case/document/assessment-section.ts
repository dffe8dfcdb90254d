/**
 * Vurdering: the scenario's result in both views (the municipalities' own economy and society's), this
 * municipality's net effect per year under the scenario's keys, the uncertainty in words, the effects not
 * priced in kroner, the key comparison and the core check, the lawful cooperation models, the staff reduction
 * against natural attrition and the duties towards the employees, and the assumptions nobody has set.
 * @module
 */
import { formatBudgetNok, formatNumber } from '../../i18n/format.ts';
import { allocationLabel } from '../cost-sharing/allocation-labels.ts';
import { isAllocationMethod } from '../scenario/resolve-allocation-keys.ts';
import { isPlaceholder } from '../schema/provenance.ts';
import type { Block } from './document-model.ts';
import { attritionBlocks } from './attrition-blocks.ts';
import { fairnessBlocks } from './fairness-blocks.ts';
import { figure, placeholder, text } from './inlines.ts';
import { legalBlocks } from './legal-blocks.ts';
import { netEffectFigure } from './net-effect-figure.ts';
import { nonPricedBlocks } from './non-priced-blocks.ts';
import { placeholderBlocks } from './placeholder-blocks.ts';
import { period } from './overview-sections.ts';
import { say, type SaksframleggContext } from './saksframlegg-context.ts';
import { staffDutyBlocks } from './staff-duty-blocks.ts';

function npvBlocks(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const m = municipality.number;
  const baseYear = analysis.summary.convention.baseYear;
  const socio = analysis.socioEconomic;
  return [
    {
      kind: 'heading',
      level: 2,
      text: say(context, 'Netto nåverdi i to visninger', 'Netto noverdi i to visningar'),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Netto nåverdi er summen av alle årlige gevinster og kostnader i analyseperioden ${period(context)}, der beløp langt fram i tid teller mindre enn beløp i dag (de er diskontert, det vil si regnet om til dagens verdi med en kalkulasjonsrente). En positiv netto nåverdi betyr at samarbeidet lønner seg over perioden. Beløpene er i faste ${baseYear}-kroner, altså uten pris- og lønnsvekst.`,
            `Netto noverdi er summen av alle årlege vinstar og kostnader i analyseperioden ${period(context)}, der beløp langt fram i tid tel mindre enn beløp i dag (dei er diskonterte, det vil seie rekna om til dagens verdi med ei kalkulasjonsrente). Ein positiv netto noverdi tyder at samarbeidet løner seg over perioden. Beløpa er i faste ${baseYear}-kroner, altså utan pris- og lønsvekst.`,
          ),
        ),
      ],
    },
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `Kommuneøkonomisk visning, det vil si kommunens egne inntekter og utgifter: netto nåverdi for ${municipality.name} er `,
            `Kommuneøkonomisk visning, det vil seie kommunen sine eigne inntekter og utgifter: netto noverdi for ${municipality.name} er `,
          ),
        ),
        figure(context, formatBudgetNok(analysis.summary.perMunicipality[m]?.npv), `npv/${m}`),
        text(say(context, '. For alle kommunene samlet er den ', '. For alle kommunane samla er han ')),
        figure(context, formatBudgetNok(analysis.summary.total.npv), 'npv/total'),
        text('.'),
      ],
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Samfunnsøkonomisk visning, det vil si hva samarbeidet betyr for samfunnet som helhet: netto nåverdi er ',
            'Samfunnsøkonomisk visning, det vil seie kva samarbeidet tyder for samfunnet som heilskap: netto noverdi er ',
          ),
        ),
        {
          text: formatBudgetNok(socio.npv),
          footnote: say(
            context,
            `Netto nåverdi av ressursbruken (${formatBudgetNok(socio.npvResource)}), minus skattefinansieringskostnaden (${formatBudgetNok(socio.npvTaxFinancing)}), pluss restverdi (${formatBudgetNok(socio.residualValue)}). Tilskudd er holdt utenfor fordi de bare flytter penger mellom offentlige kasser.`,
            `Netto noverdi av ressursbruken (${formatBudgetNok(socio.npvResource)}), minus skattefinansieringskostnaden (${formatBudgetNok(socio.npvTaxFinancing)}), pluss restverdi (${formatBudgetNok(socio.residualValue)}). Tilskot er haldne utanfor fordi dei berre flyttar pengar mellom offentlege kassar.`,
          ),
        },
        text(
          say(
            context,
            '. Skattefinansieringskostnaden er tapet samfunnet har når skatt kreves inn for å betale offentlige utgifter.',
            '. Skattefinansieringskostnaden er tapet samfunnet har når skatt blir kravd inn for å betale offentlege utgifter.',
          ),
        ),
      ],
    },
  ];
}

function keyWords(
  context: SaksframleggContext,
  key: { keyId: string; options?: Record<string, unknown> | undefined },
) {
  const labelKey = isAllocationMethod(key.keyId)
    ? `allocation_method.${key.keyId}`
    : `costKey.${key.keyId}.label`;
  return allocationLabel({ labelKey, ...(key.options ? { options: key.options } : {}) }, context.language);
}

function netEffectBlocks(context: SaksframleggContext): Block[] {
  const keys = context.areas.flatMap((area) => {
    // A placeholder provenance is no choice either: the key is only there so that something can be computed.
    const provenance = area.setting.fieldProvenance.costKey;
    const chosen = provenance !== undefined && !isPlaceholder(provenance);
    return [
      text(`${area.name}: ${keyWords(context, area.setting.costKey)}`),
      ...(chosen ? [] : [text(' ('), placeholder(context), text(')')]),
      text('. '),
    ];
  });
  return [
    { kind: 'heading', level: 2, text: say(context, 'Netto effekt per år', 'Netto effekt per år') },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Netto effekt er det kommunen sparer i et år sammenlignet med å fortsette alene, etter at dens andel av kostnadene i den felles enheten er trukket fra. Andelen bestemmes av fordelingsnøkkelen for hvert område: ',
            'Netto effekt er det kommunen sparer i eitt år samanlikna med å halde fram åleine, etter at delen hennar av kostnadene i den felles eininga er trekt frå. Delen blir bestemt av fordelingsnøkkelen for kvart område: ',
          ),
        ),
        ...keys,
      ],
    },
    // A chart of the amounts, with the table of them as its data table.
    netEffectFigure(context),
  ];
}

function uncertaintyBlocks(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const m = municipality.number;
  const mc = analysis.monteCarlo;
  if (mc.status !== 'done') return [];
  const own = mc.perMunicipality[m];
  if (!own) return [];
  return [
    { kind: 'heading', level: 2, text: say(context, 'Usikkerhet', 'Uvisse') },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Flere av forutsetningene er usikre, for eksempel hvor mye samarbeidet sparer. Flokk har derfor regnet ut resultatet ${formatNumber(mc.draws)} ganger, hver gang med verdier trukket tilfeldig innenfor spennet som er oppgitt for hver usikker forutsetning (en Monte Carlo-simulering).`,
            `Fleire av føresetnadene er usikre, til dømes kor mykje samarbeidet sparer. Flokk har difor rekna ut resultatet ${formatNumber(mc.draws)} gonger, kvar gong med verdiar trekte tilfeldig innanfor spennet som er oppgitt for kvar usikker føresetnad (ei Monte Carlo-simulering).`,
          ),
        ),
      ],
    },
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `I 9 av 10 simulerte utfall er netto nåverdi for ${municipality.name} høyere enn `,
            `I 9 av 10 simulerte utfall er netto noverdi for ${municipality.name} høgare enn `,
          ),
        ),
        figure(context, formatBudgetNok(own.npv.p10), `monte-carlo/npv/p10/${m}`),
        text(say(context, ', og i 9 av 10 er den lavere enn ', ', og i 9 av 10 er han lågare enn ')),
        figure(context, formatBudgetNok(own.npv.p90), `monte-carlo/npv/p90/${m}`),
        text(say(context, '. Kommunen taper penger i ', '. Kommunen tapar pengar i ')),
        figure(
          context,
          `${formatNumber(own.probabilityOfLoss * 100, 0)} %`,
          `monte-carlo/probability-of-loss/${m}`,
        ),
        text(say(context, ' av utfallene.', ' av utfalla.')),
      ],
    },
  ];
}

export function assessmentSection(context: SaksframleggContext): Block[] {
  return [
    { kind: 'heading', level: 1, text: say(context, 'Vurdering', 'Vurdering'), id: 'vurdering' },
    ...npvBlocks(context),
    ...netEffectBlocks(context),
    ...fairnessBlocks(context),
    ...uncertaintyBlocks(context),
    ...nonPricedBlocks(context),
    ...legalBlocks(context),
    ...attritionBlocks(context),
    ...staffDutyBlocks(context),
    ...placeholderBlocks(context),
  ];
}
