/**
 * The saksframlegg (the case report to the council) for one municipality, built from the case as the seed
 * saksframlegg is built: innstilling, summary, background, facts, assessment, economic consequences and
 * conclusion. The three municipalities' versions have the same text; only the blocks marked `municipal`
 * (this municipality's figures and rows) differ, so the councils read the same case.
 * `buildSummary` is the one page a council member reads first: «Hva dette betyr for Melhus».
 * @module
 */
import { formatBudgetNok } from '../../i18n/format.ts';
import { localize } from '../process/localize.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Block, FlokkDocument } from './document-model.ts';
import { assessmentSection } from './assessment-section.ts';
import { conclusionSection } from './conclusion-section.ts';
import { budgetTotal, economySection } from './economy-section.ts';
import { factsSection } from './facts-section.ts';
import { figure, text } from './inlines.ts';
import { innstillingSection } from './innstilling-section.ts';
import { areaList, backgroundSection, period, summarySection } from './overview-sections.ts';
import {
  saksframleggContext,
  say,
  type SaksframleggContext,
  type SaksframleggOptions,
} from './saksframlegg-context.ts';

export type { SaksframleggOptions } from './saksframlegg-context.ts';

/**
 * The saksframlegg for `options.municipality` on `options.scenarioId`.
 * @example buildSaksframlegg(defaultCase(), { municipality: '5028', scenarioId: 'administrative-tjenester', language: 'nb' }).blocks[0]
 * // → { kind: 'heading', level: 1, text: 'Kommunedirektørens innstilling', id: 'innstilling' }
 */
export function buildSaksframlegg(document: CaseDocument, options: SaksframleggOptions): FlokkDocument {
  const context = saksframleggContext(document, options);
  return {
    title: `${context.municipality.name}: ${localize(document.title, options.language)} – ${localize(context.scenario.name, options.language)}`,
    language: options.language,
    blocks: [
      ...innstillingSection(context),
      ...summarySection(context),
      ...backgroundSection(context),
      ...factsSection(context),
      ...assessmentSection(context),
      ...economySection(context),
      ...conclusionSection(context),
      ...attachmentsSection(context),
    ],
  };
}

/** One page: what the scenario means for the municipality, in the figures the saksframlegg gives. */
export function buildSummary(document: CaseDocument, options: SaksframleggOptions): FlokkDocument {
  const context = saksframleggContext(document, options);
  const title = say(
    context,
    `Hva dette betyr for ${context.municipality.name}`,
    `Kva dette tyder for ${context.municipality.name}`,
  );
  return {
    title,
    language: options.language,
    blocks: [{ kind: 'heading', level: 1, text: title }, ...summaryBlocks(context)],
  };
}

/**
 * The one-page summary's text: the municipality's NPV, its uncertainty in words, the budget effect and how
 * many placeholders the result rests on. The summary document and the saksframlegg's first attachment.
 */
function summaryBlocks(context: SaksframleggContext): Block[] {
  const { analysis, municipality } = context;
  const m = municipality.number;
  const mc = analysis.monteCarlo.status === 'done' ? analysis.monteCarlo.perMunicipality[m] : undefined;
  const budget = analysis.budget;
  return [
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `Saken gjelder et mulig samarbeid om ${areaList(context)}. Regnet over perioden ${period(context)} og omregnet til dagens verdi (netto nåverdi) gir samarbeidet ${municipality.name} `,
            `Saka gjeld eit mogleg samarbeid om ${areaList(context)}. Rekna over perioden ${period(context)} og omrekna til dagens verdi (netto noverdi) gir samarbeidet ${municipality.name} `,
          ),
        ),
        figure(context, formatBudgetNok(analysis.summary.perMunicipality[m]?.npv), `npv/${m}`),
        text('.'),
      ],
    },
    ...(mc
      ? [
          {
            kind: 'paragraph' as const,
            municipal: true,
            content: [
              text(
                say(
                  context,
                  'Tallet er usikkert: i 9 av 10 simulerte utfall ligger det over ',
                  'Talet er usikkert: i 9 av 10 simulerte utfall ligg det over ',
                ),
              ),
              figure(context, formatBudgetNok(mc.npv.p10), `monte-carlo/npv/p10/${m}`),
              text(say(context, ', og i 9 av 10 under ', ', og i 9 av 10 under ')),
              figure(context, formatBudgetNok(mc.npv.p90), `monte-carlo/npv/p90/${m}`),
              text('.'),
            ],
          },
        ]
      : []),
    {
      kind: 'paragraph',
      municipal: true,
      content: [
        text(
          say(
            context,
            `I budsjettet for ${budget.years[0]}–${budget.years[budget.years.length - 1]} betyr det til sammen ${formatBudgetNok(budgetTotal(context))} i løpende kroner.`,
            `I budsjettet for ${budget.years[0]}–${budget.years[budget.years.length - 1]} tyder det til saman ${formatBudgetNok(budgetTotal(context))} i løpande kroner.`,
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
            `Resultatet bygger på ${analysis.placeholders.placeholders.length} forutsetninger som ennå ikke er fastsatt (plassholdere). Hele saksframlegget viser kilden til hvert tall.`,
            `Resultatet byggjer på ${analysis.placeholders.placeholders.length} føresetnader som enno ikkje er fastsette (plasshaldarar). Heile saksframlegget viser kjelda til kvart tal.`,
          ),
        ),
      ],
    },
  ];
}

/**
 * «Vedlegg»: the attachments, the one-page summary first. Its heading names no municipality, so the three
 * councils' saksframlegg stay identical outside the marked municipal parts.
 */
function attachmentsSection(context: SaksframleggContext): Block[] {
  const summary = say(context, 'Hva saken betyr for kommunen', 'Kva saka tyder for kommunen');
  return [
    { kind: 'heading', level: 1, text: say(context, 'Vedlegg', 'Vedlegg') },
    {
      kind: 'numbered',
      items: [
        [text(say(context, `${summary} – sammendrag på én side`, `${summary} – samandrag på éi side`))],
      ],
    },
    { kind: 'heading', level: 2, text: say(context, `Vedlegg 1: ${summary}`, `Vedlegg 1: ${summary}`) },
    ...summaryBlocks(context),
  ];
}
