/**
 * The duties towards the employees when staff move to a new employer (arbeidsmiljøloven chapter 16:
 * § 16-5 information and discussion with the union representatives, by every employer; § 16-6 information
 * to each employee) and how the participation record meets them, with dates: the staff-transfer checklist
 * (`staffTransferChecklists`) for each planned transfer in the scenario's areas, and the working groups
 * that lack a union representative (`workingGroupCoverage`). Read from the redacted case, so nothing about
 * small groups of people is shown. Every municipality is listed, so the text is the same in every version.
 * @module
 */
import { formatPlanDate } from '../../i18n/format.ts';
import { legalModelById } from '../../engine/legal/registry.ts';
import { employerName, type DutyResult } from '../../engine/legal/staff-transfer-duties.ts';
import { workingGroupCoverage } from '../process/coverage.ts';
import { localize } from '../process/localize.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import {
  staffTransferChecklists,
  type StaffTransferChecklist,
} from '../staff-transfer/staff-transfer-checklist.ts';
import type { Block } from './document-model.ts';
import { placeholder, placeholderText, text } from './inlines.ts';
import { listNames, say, type SaksframleggContext } from './saksframlegg-context.ts';

/** The planned transfers that touch the scenario's areas, read from the redacted case. */
export function scenarioTransfers(context: SaksframleggContext): StaffTransferChecklist[] {
  const areaIds = new Set(context.areas.map((a) => a.id));
  const { document } = redactPersonalData(context.document);
  return staffTransferChecklists(document).filter((c) => c.serviceAreaIds.some((id) => areaIds.has(id)));
}

const dates = (context: SaksframleggContext, duty: DutyResult) =>
  duty.meetings.map((m) => formatPlanDate(m.date, context.language)).join(', ');

function dutyRow(context: SaksframleggContext, duty: DutyResult): string[] {
  const status = duty.met
    ? say(context, 'oppfylt', 'oppfylt')
    : (duty.warning?.[context.language] ?? say(context, 'ikke oppfylt', 'ikkje oppfylt'));
  return [
    duty.duty[context.language],
    (duty.employer ? employerName(duty.employer, context.language) : null) ??
      say(context, 'Alle arbeidsgiverne', 'Alle arbeidsgivarane'),
    dates(context, duty) || say(context, 'ingen registrert', 'ingen registrert'),
    status,
  ];
}

const header = (context: SaksframleggContext) => [
  say(context, 'Plikt', 'Plikt'),
  say(context, 'Arbeidsgiver', 'Arbeidsgivar'),
  say(context, 'Møter (dato)', 'Møte (dato)'),
  say(context, 'Status', 'Status'),
];

function transferBlocks(context: SaksframleggContext, checklist: StaffTransferChecklist): Block[] {
  const model = legalModelById(checklist.modelId)?.name[context.language] ?? checklist.modelId;
  const decided = checklist.decisionDate
    ? formatPlanDate(checklist.decisionDate, context.language)
    : placeholderText(context);
  return [
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            `${localize(checklist.title, context.language)} (modell: ${model}; vedtak: ${decided}).`,
            `${localize(checklist.title, context.language)} (modell: ${model}; vedtak: ${decided}).`,
          ),
        ),
      ],
    },
    {
      kind: 'table',
      caption: say(
        context,
        `Plikter overfor de ansatte: ${localize(checklist.title, context.language)}`,
        `Plikter overfor dei tilsette: ${localize(checklist.title, context.language)}`,
      ),
      header: header(context),
      rows: checklist.duties.map((duty) => dutyRow(context, duty)),
    },
  ];
}

/** No transfer recorded yet: each municipality's § 16-5 duty, with nothing recorded, shown as such. */
function unrecordedBlocks(context: SaksframleggContext): Block[] {
  const none = placeholderText(context);
  return [
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Saken har ennå ikke registrert en planlagt overføring av ansatte for disse områdene, og heller ingen møter med tillitsvalgte om den. Overføring og møter: ',
            'Saka har enno ikkje registrert ei planlagd overføring av tilsette for desse områda, og heller ingen møte med tillitsvalde om henne. Overføring og møte: ',
          ),
        ),
        placeholder(context),
        text('.'),
      ],
    },
    {
      kind: 'table',
      caption: say(
        context,
        'Plikter overfor de ansatte hvis ansatte får ny arbeidsgiver',
        'Plikter overfor dei tilsette om tilsette får ny arbeidsgivar',
      ),
      header: header(context),
      rows: [
        ...context.participants.map((p) => [
          say(
            context,
            'Informasjon og drøfting med tillitsvalgte (aml. § 16-5)',
            'Informasjon og drøfting med tillitsvalde (aml. § 16-5)',
          ),
          p.name,
          say(context, 'ingen registrert', 'ingen registrert'),
          none,
        ]),
        [
          say(
            context,
            'Informasjon til hver ansatt (aml. § 16-6)',
            'Informasjon til kvar tilsett (aml. § 16-6)',
          ),
          say(context, 'Alle arbeidsgiverne', 'Alle arbeidsgivarane'),
          say(context, 'ingen registrert', 'ingen registrert'),
          none,
        ],
      ],
    },
  ];
}

function workingGroupBlocks(context: SaksframleggContext): Block[] {
  const { document } = redactPersonalData(context.document);
  const members = new Set(context.participants.map((p) => p.number));
  const byBody = new Map<string, string[]>();
  for (const warning of workingGroupCoverage(document)) {
    if (warning.code !== 'workingGroupWithoutUnionRepresentative' || !members.has(warning.municipalityNumber))
      continue;
    const name = context.participants.find((p) => p.number === warning.municipalityNumber)?.name ?? '';
    byBody.set(warning.bodyId, [...(byBody.get(warning.bodyId) ?? []), name]);
  }
  if (byBody.size === 0) return [];
  const sentences = [...byBody].map(([bodyId, names]) => {
    const body = document.bodies.find((b) => b.id === bodyId);
    const bodyName = body ? localize(body.name, context.language) : bodyId;
    return say(
      context,
      `${bodyName} har ingen tillitsvalgt fra ${listNames(context, names)}.`,
      `${bodyName} har ingen tillitsvald frå ${listNames(context, names)}.`,
    );
  });
  return [
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Arbeidsgruppene skal ha med en tillitsvalgt fra hver kommune, slik at de ansatte er med i arbeidet. ',
            'Arbeidsgruppene skal ha med ein tillitsvald frå kvar kommune, slik at dei tilsette er med i arbeidet. ',
          ),
        ),
        ...sentences.map((s) => text(`${s} `)),
      ],
    },
  ];
}

export function staffDutyBlocks(context: SaksframleggContext): Block[] {
  const transfers = scenarioTransfers(context);
  return [
    {
      kind: 'heading',
      level: 2,
      text: say(
        context,
        'Medvirkning og plikter overfor de ansatte',
        'Medverknad og plikter overfor dei tilsette',
      ),
    },
    {
      kind: 'paragraph',
      content: [
        text(
          say(
            context,
            'Når ansatte får en ny arbeidsgiver fordi oppgaven flyttes til samarbeidet, gjelder arbeidsmiljøloven (aml.) kapittel 16. Etter § 16-5 skal hver arbeidsgiver, både kommunene de ansatte kommer fra og den nye arbeidsgiveren, informere og drøfte med sine tillitsvalgte (de ansattes valgte representanter) så tidlig som mulig og før vedtaket. Etter § 16-6 skal hver ansatt få informasjon, også om retten til å reservere seg mot å bli overført. Tabellen viser hvilke daterte møter i saken som oppfyller pliktene.',
            'Når tilsette får ein ny arbeidsgivar fordi oppgåva blir flytta til samarbeidet, gjeld arbeidsmiljølova (aml.) kapittel 16. Etter § 16-5 skal kvar arbeidsgivar, både kommunane dei tilsette kjem frå og den nye arbeidsgivaren, informere og drøfte med sine tillitsvalde (dei tilsette sine valde representantar) så tidleg som mogleg og før vedtaket. Etter § 16-6 skal kvar tilsett få informasjon, også om retten til å reservere seg mot å bli overført. Tabellen viser kva daterte møte i saka som oppfyller pliktene.',
          ),
        ),
      ],
    },
    ...(transfers.length ? transfers.flatMap((c) => transferBlocks(context, c)) : unrecordedBlocks(context)),
    ...workingGroupBlocks(context),
  ];
}
