/**
 * Vurdering: the scenario's result in both views (the municipalities' own economy and society's), this
 * municipality's net effect per year under the scenario's keys, the uncertainty in words, the effects not
 * priced in kroner, the staff reduction against natural attrition, and the assumptions nobody has set.
 * @module
 */
import { formatBudgetNok, formatFte, formatNumber } from '../../i18n/format.ts';
import { allocationLabel } from '../cost-sharing/allocation-labels.ts';
import { isAllocationMethod } from '../scenario/resolve-allocation-keys.ts';
import { localize } from '../process/localize.ts';
import type { Block } from './document-model.ts';
import { figure, placeholder, placeholderText, text } from './inlines.ts';
import { lowerFirst, period } from './overview-sections.ts';
import { listNames, say, type SaksframleggContext } from './saksframlegg-context.ts';

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
            `Netto noverdi er summen av alle årlege vinstar og kostnader i analyseperioden ${period(context)}, der beløp langt fram i tid tel mindre enn beløp i dag (dei er diskonterte, det vil seie rekna om til dagens verdi med ei kalkulasjonsrente). Ei positiv netto noverdi tyder at samarbeidet løner seg over perioden. Beløpa er i faste ${baseYear}-kroner, altså utan pris- og lønsvekst.`,
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
        text(say(context, '. For alle kommunene samlet er den ', '. For alle kommunane samla er ho ')),
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
  const { analysis, municipality } = context;
  const flows = analysis.cashFlows;
  const own = flows.perMunicipality[municipality.number] ?? [];
  const keys = context.areas.flatMap((area) => {
    const chosen = area.setting.fieldProvenance.costKey;
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
    {
      kind: 'table',
      municipal: true,
      caption: say(
        context,
        `Netto effekt per år for ${municipality.name} (faste ${flows.baseYear}-kroner; positivt tall er en innsparing)`,
        `Netto effekt per år for ${municipality.name} (faste ${flows.baseYear}-kroner; positivt tal er ei innsparing)`,
      ),
      header: [say(context, 'År', 'År'), municipality.name, say(context, 'Alle kommunene', 'Alle kommunane')],
      rows: flows.years.map((year, i) => [
        String(year),
        formatBudgetNok(own[i]),
        formatBudgetNok(flows.total[i]),
      ]),
    },
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
        text(say(context, ', og i 9 av 10 er den lavere enn ', ', og i 9 av 10 er ho lågare enn ')),
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

const SIGNS = (n: number) => (n === 0 ? '0' : (n > 0 ? '+' : '–').repeat(Math.abs(n)));

function nonPricedBlocks(context: SaksframleggContext): Block[] {
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

function attritionBlocks(context: SaksframleggContext): Block[] {
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

function placeholderBlocks(context: SaksframleggContext): Block[] {
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
    blocks.push({
      kind: 'table',
      caption: say(context, 'Plassholdere i beregningen', 'Plasshaldarar i utrekninga'),
      header: [
        say(context, 'Forutsetning', 'Føresetnad'),
        say(context, 'Skal fastsettes av', 'Skal fastsetjast av'),
        say(context, 'Merknad', 'Merknad'),
      ],
      rows: placeholders.map((p) => [p.label, p.toBeSetBy ?? '', p.note ?? '']),
    });
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

export function assessmentSection(context: SaksframleggContext): Block[] {
  return [
    { kind: 'heading', level: 1, text: say(context, 'Vurdering', 'Vurdering'), id: 'vurdering' },
    ...npvBlocks(context),
    ...netEffectBlocks(context),
    ...uncertaintyBlocks(context),
    ...nonPricedBlocks(context),
    ...attritionBlocks(context),
    ...placeholderBlocks(context),
  ];
}
