/**
 * The legal model: which cooperation models the law allows for each area of the scenario, with the act
 * and paragraph each model rests on, the conditions, and what each model means for procurement and for the
 * employees, all from the case's feasibility matrix (`caseFeasibilityMatrix`). A verdict that rests on a
 * point the legal notes leave open says «ikke bekreftet». The case records no decision on a model yet, so
 * the chosen model is a placeholder. The same in every municipality's version.
 * @module
 */
import { caseFeasibilityMatrix, type MatrixRow } from '../model-choice/feasibility-matrix.ts';
import type { Verdict } from '../../engine/legal/feasibility.ts';
import type { Chapter16 } from '../../engine/legal/legal-model.ts';
import { formatReference, type LegalReference } from '../../engine/legal/legal-reference.ts';
import type { ProcurementVerdict } from '../../engine/legal/procurement.ts';
import { legalModelById } from '../../engine/legal/registry.ts';
import { isUsable } from '../../engine/legal/verdict.ts';
import type { Block } from './document-model.ts';
import { placeholder, text } from './inlines.ts';
import { listNames, say, type SaksframleggContext } from './saksframlegg-context.ts';

type Words<T extends string> = Record<T, { nb: string; nn: string }>;

const VERDICT: Words<Verdict> = {
  lawful: { nb: 'lovlig', nn: 'lovleg' },
  conditional: { nb: 'lovlig på vilkår', nn: 'lovleg på vilkår' },
  notSuited: { nb: 'ikke egnet', nn: 'ikkje eigna' },
  notLawful: { nb: 'ikke lovlig', nn: 'ikkje lovleg' },
};

const PROCUREMENT: Words<ProcurementVerdict> = {
  noTenderNeeded: { nb: 'uten konkurranse', nn: 'utan konkurranse' },
  onlyIfConditionsHold: { nb: 'uten konkurranse bare på vilkår', nn: 'utan konkurranse berre på vilkår' },
  tender: { nb: 'konkurranse', nn: 'konkurranse' },
  notApplicable: { nb: 'ikke aktuelt', nn: 'ikkje aktuelt' },
};

const CHAPTER16: Words<Chapter16> = {
  applies: { nb: 'kapittel 16 gjelder', nn: 'kapittel 16 gjeld' },
  appliesIfStaffMove: { nb: 'gjelder hvis ansatte flytter', nn: 'gjeld om tilsette flyttar' },
  noTransfer: { nb: 'ingen bytter arbeidsgiver', nn: 'ingen byter arbeidsgivar' },
  notApplicable: { nb: 'ikke aktuelt', nn: 'ikkje aktuelt' },
};

const unconfirmedWords = (context: SaksframleggContext) => say(context, 'ikke bekreftet', 'ikkje stadfesta');

const references = (refs: readonly LegalReference[]) => [...new Set(refs.map(formatReference))].join('; ');

/** «lovlig på vilkår (ikke bekreftet)». */
function verdictWords(context: SaksframleggContext, verdict: Verdict, unconfirmed: boolean): string {
  const words = VERDICT[verdict][context.language];
  return unconfirmed ? `${words} (${unconfirmedWords(context)})` : words;
}

/** The models the law allows for one area (lawful, or lawful on conditions), in the registry's order. */
export function usableModels(rows: readonly MatrixRow[], areaId: string): MatrixRow[] {
  return rows.filter((row) => {
    const cell = row.cells.find((c) => c.areaId === areaId);
    return cell !== undefined && isUsable(cell.verdict);
  });
}

/** The conditions the usable models carry for the scenario's areas, each once, with its paragraph. */
function conditions(context: SaksframleggContext, rows: readonly MatrixRow[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const area of context.areas)
    for (const row of usableModels(rows, area.id))
      for (const service of row.cells.find((c) => c.areaId === area.id)?.services ?? [])
        for (const reason of service.reasons) {
          if (reason.effect !== 'condition') continue;
          const sentence = reason.text[context.language];
          if (seen.has(sentence)) continue;
          seen.add(sentence);
          const flag =
            reason.unconfirmed && !sentence.includes(unconfirmedWords(context))
              ? ` (${unconfirmedWords(context)})`
              : '';
          const where = references(reason.references);
          lines.push(`${sentence}${where ? ` (${where})` : ''}${flag}`);
        }
  return lines;
}

export function legalBlocks(context: SaksframleggContext): Block[] {
  const matrix = caseFeasibilityMatrix(context.document);
  const name = (row: MatrixRow) => row.name[context.language];
  const basis = (row: MatrixRow) => {
    const model = legalModelById(row.modelId);
    return model ? references(model.legalBasis.references) : '';
  };
  const perArea = context.areas.map((area) => {
    const usable = usableModels(matrix.models, area.id).map((row) => {
      const cell = row.cells.find((c) => c.areaId === area.id);
      const flag = cell?.unconfirmed ? `, ${unconfirmedWords(context)}` : '';
      return `${name(row)} (${basis(row)}${flag})`;
    });
    return text(
      usable.length
        ? say(
            context,
            `${area.name}: ${listNames(context, usable)}. `,
            `${area.name}: ${listNames(context, usable)}. `,
          )
        : say(
            context,
            `${area.name}: ingen av modellene er lovlige. `,
            `${area.name}: ingen av modellane er lovlege. `,
          ),
    );
  });
  const conditionLines = conditions(context, matrix.models);
  return [
    { kind: 'heading', level: 2, text: say(context, 'Juridisk modell', 'Juridisk modell') },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Kommuneloven § 17-1 lister opp måtene kommuner kan samarbeide på (samarbeidsmodellene), for eksempel vertskommunesamarbeid og interkommunalt selskap. Ikke alle modellene kan brukes til alle oppgaver: en modell som ikke kan treffe enkeltvedtak (vedtak om rettigheter eller plikter for en innbygger), kan bare forberede sakene. Disse modellene kan brukes for områdene i scenarioet, med lovgrunnlaget i parentes: ',
            'Kommunelova § 17-1 listar opp måtane kommunar kan samarbeide på (samarbeidsmodellane), til dømes vertskommunesamarbeid og interkommunalt selskap. Ikkje alle modellane kan brukast til alle oppgåver: ein modell som ikkje kan gjere enkeltvedtak (vedtak om rettar eller plikter for ein innbyggjar), kan berre førebu sakene. Desse modellane kan brukast for områda i scenarioet, med lovgrunnlaget i parentes: ',
          ),
        ),
        ...perArea,
        text(
          say(
            context,
            `Der det står «${unconfirmedWords(context)}», bygger vurderingen på et punkt de juridiske notatene ikke har fått bekreftet; det bør sjekkes før saken avgjøres.`,
            `Der det står «${unconfirmedWords(context)}», byggjer vurderinga på eit punkt dei juridiske notata ikkje har fått stadfesta; det bør sjekkast før saka blir avgjord.`,
          ),
        ),
      ],
    },
    {
      kind: 'table',
      caption: say(
        context,
        'Samarbeidsmodellene for områdene i scenarioet: lovlighet, anskaffelse og ansatte',
        'Samarbeidsmodellane for områda i scenarioet: lovlegheit, anskaffing og tilsette',
      ),
      header: [
        say(context, 'Modell', 'Modell'),
        say(context, 'Lovgrunnlag', 'Lovgrunnlag'),
        ...context.areas.map((a) => a.name),
        say(context, 'Kjøp fra samarbeidet', 'Kjøp frå samarbeidet'),
        say(context, 'Ansatte (aml. kap. 16)', 'Tilsette (aml. kap. 16)'),
      ],
      rows: matrix.models.map((row) => [
        name(row),
        basis(row),
        ...context.areas.map((area) => {
          const cell = row.cells.find((c) => c.areaId === area.id);
          return cell ? verdictWords(context, cell.verdict, cell.unconfirmed) : '';
        }),
        PROCUREMENT[row.procurement.verdict][context.language],
        CHAPTER16[row.staffTransfer.chapter16.value][context.language],
      ]),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            '«Kjøp fra samarbeidet» sier om kommunene kan kjøpe tjenestene fra samarbeidet uten å lyse ut en konkurranse etter anskaffelsesregelverket. «Ansatte» sier om arbeidsmiljøloven kapittel 16 gjelder: da får de ansatte som følger oppgaven, en ny arbeidsgiver, men beholder lønns- og arbeidsvilkårene sine (virksomhetsoverdragelse).',
            '«Kjøp frå samarbeidet» seier om kommunane kan kjøpe tenestene frå samarbeidet utan å lyse ut ein konkurranse etter anskaffingsregelverket. «Tilsette» seier om arbeidsmiljølova kapittel 16 gjeld: då får dei tilsette som følgjer oppgåva, ein ny arbeidsgivar, men held på løns- og arbeidsvilkåra sine (verksemdsoverdraging).',
          ),
        ),
      ],
    },
    ...(conditionLines.length
      ? [
          {
            kind: 'paragraph' as const,
            content: [
              text(
                say(
                  context,
                  'Vilkårene som gjelder for modellene som er lovlige på vilkår: ',
                  'Vilkåra som gjeld for modellane som er lovlege på vilkår: ',
                ),
              ),
              ...conditionLines.map((line) => text(`${line} `)),
            ],
          },
        ]
      : []),
    {
      kind: 'paragraph',
      content: [
        text(say(context, 'Valgt modell: ', 'Vald modell: ')),
        placeholder(
          context,
          say(
            context,
            'Saken har ikke registrert noe vedtak om samarbeidsmodell.',
            'Saka har ikkje registrert noko vedtak om samarbeidsmodell.',
          ),
        ),
        text('.'),
      ],
    },
  ];
}
