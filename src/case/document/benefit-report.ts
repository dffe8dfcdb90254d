/**
 * The benefit report (gevinstrapport) of a joint unit's year, for the councils: the answer first (how many of
 * the benefits are on track or reached at the end of the year), then each benefit plan with its indicator,
 * baseline and where it comes from, target and date (a placeholder while nobody has set them), owner role,
 * measures, the measurements up to the end of the year as a chart with its table, and the status in words.
 * The status is `benefitView`'s, judged on the measurements up to 31 December of the year, so the report of a
 * year says what could be known then.
 * @module
 */
import { formatFte, formatNumber, formatPlanDate } from '../../i18n/format.ts';
import { resolveProvenance } from '../explain/provenance-view.ts';
import { fieldLabel } from '../field-label.ts';
import { benefitView, type BenefitView } from '../operations/benefit-view.ts';
import { localize } from '../process/localize.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { BenefitPlan } from '../schema/operations.ts';
import { isPlaceholder } from '../schema/provenance.ts';
import type { Block, FlokkDocument, Inline } from './document-model.ts';
import { placeholder, placeholderText, provenanceWords, text } from './inlines.ts';
import { listNames, say } from './saksframlegg-context.ts';

export interface BenefitReportOptions {
  unitId: string;
  year: number;
  language: 'nb' | 'nn';
}

type Language = { language: 'nb' | 'nn' };
type Status = BenefitView['status'] | 'invalid';

interface Reported {
  plan: BenefitPlan;
  /** The view judged on the measurements up to the end of the year, or the field that stops it. */
  view: BenefitView | null;
  invalidLabel: string | null;
  status: Status;
}

const STATUS_WORDS: Record<Status, [string, string]> = {
  reached: ['målet er nådd', 'målet er nådd'],
  onTrack: ['på sporet', 'på sporet'],
  behind: ['bak planen', 'bak planen'],
  noMeasurement: ['ikke målt etter utgangspunktet ennå', 'ikkje målt etter utgangspunktet enno'],
  noTarget: ['kan ikke vurderes: målet er ikke fastsatt', 'kan ikkje vurderast: målet er ikkje fastsett'],
  noBaseline: ['kan ikke vurderes: utgangspunktet mangler', 'kan ikkje vurderast: utgangspunktet manglar'],
  invalid: ['kan ikke vurderes', 'kan ikkje vurderast'],
};

/** How many have a status, as the answer's second sentence counts them. */
const COUNT_WORDS: Record<Status, [(n: number) => string, (n: number) => string]> = {
  reached: [(n) => `${n} har nådd målet`, (n) => `${n} har nådd målet`],
  onTrack: [(n) => `${n} er på sporet`, (n) => `${n} er på sporet`],
  behind: [(n) => `${n} er bak planen`, (n) => `${n} er bak planen`],
  noMeasurement: [(n) => `${n} er ikke målt ennå`, (n) => `${n} er ikkje målt enno`],
  noTarget: [
    (n) => `${n} har ikke noe fastsatt mål (plassholder), så status kan ikke vurderes`,
    (n) => `${n} har ikkje noko fastsett mål (plasshaldar), så status kan ikkje vurderast`,
  ],
  noBaseline: [(n) => `${n} mangler utgangspunkt`, (n) => `${n} manglar utgangspunkt`],
  invalid: [(n) => `${n} har en ugyldig verdi`, (n) => `${n} har ein ugyldig verdi`],
};

const statusWords = (context: Language, status: Status) =>
  say(context, ...(STATUS_WORDS[status] as [string, string]));

/** An indicator's value: whole numbers as they are, others with one or two decimals (`17,6`). */
const value = (number: number) => (Number.isInteger(number) ? formatNumber(number) : formatFte(number));

/** The case with each of the unit's plans measured only up to 31 December of the year. */
function asAtYearEnd(document: CaseDocument, unitId: string, year: number): CaseDocument {
  const end = `${year}-12-31`;
  return {
    ...document,
    operations: {
      ...document.operations,
      benefitPlans: document.operations.benefitPlans.map((p) =>
        p.unitId === unitId ? { ...p, measurements: p.measurements.filter((m) => m.date <= end) } : p,
      ),
    },
  };
}

function reported(document: CaseDocument, options: BenefitReportOptions): Reported[] {
  const atYearEnd = asAtYearEnd(document, options.unitId, options.year);
  return atYearEnd.operations.benefitPlans
    .filter((p) => p.unitId === options.unitId)
    .map((plan) => {
      const view = benefitView(atYearEnd, plan.id);
      if (view.ok) return { plan, view, invalidLabel: null, status: view.status };
      return {
        plan,
        view: null,
        invalidLabel: fieldLabel(view.path, document, options.language),
        status: 'invalid' as const,
      };
    });
}

/** «2 av 6 gevinster er på sporet eller nådd ved utgangen av 2027», and how the rest stand. */
function answer(context: Language, plans: Reported[], year: number): Block[] {
  const count = (...statuses: Status[]) => plans.filter((p) => statuses.includes(p.status)).length;
  const good = count('onTrack', 'reached');
  const parts = (
    [
      ['reached', count('reached')],
      ['onTrack', count('onTrack')],
      ['behind', count('behind')],
      ['noMeasurement', count('noMeasurement')],
      ['noTarget', count('noTarget')],
      ['noBaseline', count('noBaseline')],
      ['invalid', count('invalid')],
    ] as [Status, number][]
  )
    .filter(([, n]) => n > 0)
    .map(([status, n]) => COUNT_WORDS[status][context.language === 'nn' ? 1 : 0](n));
  return [
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `${good} av ${plans.length} gevinster er på sporet eller nådd ved utgangen av ${year}.`,
            `${good} av ${plans.length} gevinstar er på sporet eller nådd ved utgangen av ${year}.`,
          ),
        ),
      ],
    },
    {
      kind: 'paragraph',
      content: [text(`${listNames(context, parts).replace(/^./u, (c) => c.toUpperCase())}.`)],
    },
  ];
}

function summaryTable(context: Language, plans: Reported[], year: number): Block {
  return {
    kind: 'table',
    caption: say(context, `Gevinstene ved utgangen av ${year}`, `Gevinstane ved utgangen av ${year}`),
    header: [
      say(context, 'Gevinst', 'Gevinst'),
      say(context, 'Indikator', 'Indikator'),
      say(context, 'Status', 'Status'),
    ],
    rows: plans.map((p) => [p.plan.benefit, p.plan.indicator, statusWords(context, p.status)]),
  };
}

/** Where the baseline comes from: the study's figure in words, or the value's provenance. */
function baselineSource(context: Language, document: CaseDocument, plan: BenefitPlan): string {
  const baseline = plan.baseline;
  if ('provenance' in baseline)
    return provenanceWords(context, resolveProvenance(document, baseline.provenance));
  const figure = baseline.studyFigure;
  const area = document.serviceAreas.find((a) => a.id === figure.areaId);
  const areaName = area ? localize(area.name, context.language).toLowerCase() : figure.areaId;
  const where =
    figure.municipality === undefined
      ? ''
      : ` (${document.participants.find((p) => p.municipalityNumber === figure.municipality)?.name ?? figure.municipality})`;
  return figure.kind === 'fte'
    ? say(
        context,
        `Fra utredningen: årsverk i dagens bemanning for ${areaName}${where}.`,
        `Frå utgreiinga: årsverk i dagens bemanning for ${areaName}${where}.`,
      )
    : say(
        context,
        `Fra utredningen: antall kommuner der ${areaName} i dag er en enpersonsfunksjon${where}.`,
        `Frå utgreiinga: talet på kommunar der ${areaName} i dag er ein einpersonsfunksjon${where}.`,
      );
}

function planBlocks(context: Language, document: CaseDocument, item: Reported, year: number): Block[] {
  const { plan, view } = item;
  const baselineValue = view?.baseline.value ?? ('value' in plan.baseline ? plan.baseline.value : null);
  const targetSet = plan.target.value !== null && plan.target.date !== null;
  const target: Inline[] = targetSet
    ? [
        text(
          `${value(plan.target.value as number)} ${say(context, 'innen', 'innan')} ${formatPlanDate(plan.target.date)}`,
        ),
        ...(isPlaceholder(plan.target.provenance) ? [text(' ('), placeholder(context), text(')')] : []),
      ]
    : [placeholder(context, provenanceWords(context, resolveProvenance(document, plan.target.provenance)))];
  // The owner is a role with its provenance; no source names one for the default case, so it is often not set.
  const owner: Inline[] =
    plan.benefitOwner.role === null
      ? [
          placeholder(
            context,
            provenanceWords(context, resolveProvenance(document, plan.benefitOwner.provenance)),
          ),
        ]
      : [
          text(plan.benefitOwner.role),
          ...(isPlaceholder(plan.benefitOwner.provenance)
            ? [text(' ('), placeholder(context), text(')')]
            : []),
        ];
  const direction =
    plan.direction === 'lowerIsBetter'
      ? say(context, 'lavere er bedre', 'lågare er betre')
      : say(context, 'høyere er bedre', 'høgare er betre');
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: plan.benefit },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `Status ved utgangen av ${year}: ${statusWords(context, item.status)}${item.invalidLabel ? ` (${item.invalidLabel})` : ''}.`,
            `Status ved utgangen av ${year}: ${statusWords(context, item.status)}${item.invalidLabel ? ` (${item.invalidLabel})` : ''}.`,
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
            `Indikator: ${plan.indicator} (${direction}). Utgangspunkt (nullpunktsmåling) ${formatPlanDate(plan.baseline.date)}: ${baselineValue === null ? '..' : value(baselineValue)}. ${baselineSource(context, document, plan)} Mål: `,
            `Indikator: ${plan.indicator} (${direction}). Utgangspunkt (nullpunktsmåling) ${formatPlanDate(plan.baseline.date)}: ${baselineValue === null ? '..' : value(baselineValue)}. ${baselineSource(context, document, plan)} Mål: `,
          ),
        ),
        ...target,
        text(say(context, '. Eier (rolle): ', '. Eigar (rolle): ')),
        ...owner,
        text('.'),
      ],
    },
  ];
  if (plan.measures.length > 0)
    blocks.push(
      { kind: 'paragraph', content: [text(say(context, 'Tiltak:', 'Tiltak:'))] },
      { kind: 'numbered', items: plan.measures.map((m) => [text(m)]) },
    );
  const measured = view?.measurements ?? [];
  const points = [
    ...(baselineValue === null
      ? []
      : [
          {
            date: plan.baseline.date,
            value: baselineValue,
            what: say(context, 'Utgangspunkt', 'Utgangspunkt'),
          },
        ]),
    ...measured.map((m) => ({
      date: m.date,
      value: m.value,
      what:
        m.provenance.kind === 'placeholder'
          ? `${say(context, 'Måling', 'Måling')} (${placeholderText(context)})`
          : say(context, 'Måling', 'Måling'),
    })),
  ];
  if (points.length === 0) return blocks;
  const caption = say(
    context,
    `${plan.indicator}: utgangspunkt og målinger til og med ${year}`,
    `${plan.indicator}: utgangspunkt og målingar til og med ${year}`,
  );
  const described = points.map((p) => `${formatPlanDate(p.date)} ${value(p.value)}`).join(', ');
  blocks.push({
    kind: 'figure',
    alt: say(
      context,
      `Stolpediagram: ${plan.indicator}. ${described}.${targetSet ? ` Målet er ${value(plan.target.value as number)} innen ${formatPlanDate(plan.target.date)}.` : ' Målet er ikke fastsatt.'}`,
      `Stolpediagram: ${plan.indicator}. ${described}.${targetSet ? ` Målet er ${value(plan.target.value as number)} innan ${formatPlanDate(plan.target.date)}.` : ' Målet er ikkje fastsett.'}`,
    ),
    caption,
    chart: {
      unit: 'count',
      unitLabel: plan.indicator.length > 40 ? '' : plan.indicator.toLowerCase(),
      categories: points.map((p) => formatPlanDate(p.date)),
      series: [{ name: plan.indicator, values: points.map((p) => p.value) }],
    },
    table: {
      header: [say(context, 'Dato', 'Dato'), say(context, 'Hva', 'Kva'), say(context, 'Verdi', 'Verdi')],
      rows: points.map((p) => [formatPlanDate(p.date), p.what, value(p.value)]),
    },
  });
  return blocks;
}

function termBlocks(context: Language): Block[] {
  const terms: [string, string][] = [
    [
      say(context, 'Gevinst', 'Gevinst'),
      say(
        context,
        'en forbedring samarbeidet skal gi, for eksempel mindre sårbarhet eller lavere kostnader.',
        'ei forbetring samarbeidet skal gi, til dømes mindre sårbarheit eller lågare kostnader.',
      ),
    ],
    [
      say(context, 'Indikator', 'Indikator'),
      say(
        context,
        'tallet som måles for å se om gevinsten kommer.',
        'talet som blir målt for å sjå om gevinsten kjem.',
      ),
    ],
    [
      say(context, 'Nullpunktsmåling', 'Nullpunktsmåling'),
      say(
        context,
        'indikatorens verdi før samarbeidet, som utviklingen måles fra.',
        'verdien til indikatoren før samarbeidet, som utviklinga blir målt frå.',
      ),
    ],
    [
      say(context, 'På sporet', 'På sporet'),
      say(
        context,
        'den siste målingen er minst så god som en rett linje fra utgangspunktet til målet tilsier på den datoen.',
        'den siste målinga er minst så god som ei rett linje frå utgangspunktet til målet tilseier på den datoen.',
      ),
    ],
    [
      say(context, 'Plassholder', 'Plasshaldar'),
      say(
        context,
        'en verdi ingen har fastsatt ennå; den er merket slik der den brukes.',
        'ein verdi ingen har fastsett enno; han er merkt slik der han blir brukt.',
      ),
    ],
  ];
  return [
    { kind: 'heading', level: 1, text: say(context, 'Ord og begreper', 'Ord og omgrep') },
    ...terms.map(([term, meaning]): Block => ({ kind: 'paragraph', content: [text(`${term}: ${meaning}`)] })),
  ];
}

/**
 * The benefit report of `options.unitId` for `options.year`. The request must have been resolved
 * (`resolveDocumentRequest`), which refuses a unit without benefit plans.
 * @example buildBenefitReport(defaultCase(), { unitId: 'administrative-tjenester', year: 2027, language: 'nb' }).blocks[1]
 * // → { kind: 'paragraph', content: [{ text: '0 av 6 gevinster er på sporet eller nådd ved utgangen av 2027.' }] }
 */
export function buildBenefitReport(document: CaseDocument, options: BenefitReportOptions): FlokkDocument {
  const context = { language: options.language };
  const unit = document.operations.units.find((u) => u.id === options.unitId);
  const unitName = unit ? localize(unit.name, options.language) : options.unitId;
  const plans = reported(document, options);
  return {
    title: say(
      context,
      `Gevinstrapport ${options.year} – ${unitName}`,
      `Gevinstrapport ${options.year} – ${unitName}`,
    ),
    language: options.language,
    blocks: [
      { kind: 'heading', level: 1, text: say(context, 'Status for gevinstene', 'Status for gevinstane') },
      ...answer(context, plans, options.year),
      summaryTable(context, plans, options.year),
      { kind: 'heading', level: 1, text: say(context, 'Gevinst for gevinst', 'Gevinst for gevinst') },
      ...plans.flatMap((p) => planBlocks(context, document, p, options.year)),
      ...termBlocks(context),
    ],
  };
}
