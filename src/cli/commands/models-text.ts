/**
 * The text output of `flokk models`: the matrix model × service area with a procurement column and a
 * staff-transfer column, then why models are not lawful or not suited, the conditions, the procurement
 * checklists and open questions, the § 16-3 reservation right and the duties of each planned transfer.
 * @module
 */
import type { StaffTransferChecklist } from '../../case/staff-transfer/staff-transfer-checklist.ts';
import type { CaseFeasibilityMatrix, MatrixRow } from '../../case/model-choice/feasibility-matrix.ts';
import type { Text } from '../../engine/legal/legal-fact.ts';
import type { Chapter16, Employer, ProcurementRoute } from '../../engine/legal/legal-model.ts';
import { formatReference, type LegalReference } from '../../engine/legal/legal-reference.ts';
import type { ProcurementVerdict } from '../../engine/legal/procurement.ts';
import { RESERVATION_CONSEQUENCE, RESERVATION_DEADLINE } from '../../engine/legal/staff-transfer.ts';
import { employerName } from '../../engine/legal/staff-transfer-duties.ts';
import type { Language } from '../../i18n/language.ts';
import { renderTextTable } from '../text-table.ts';
import { UNCONFIRMED_MARK, VERDICT_WORDS } from './model-choice-input.ts';

/** Marks a procurement verdict that has an open legal question. */
export const OPEN_QUESTION_MARK = '?';

const SECTION: Record<ProcurementRoute, string> = {
  noContract: '',
  notApplicable: '',
  jointControl: '§ 3-2',
  inHouseOrJointControl: '§ 3-2',
  publicCooperation: '§ 3-3',
};

const WORDS = {
  nb: {
    heading: 'Samarbeidsmodeller per tjenesteområde: lovlighet, anskaffelse og ansatte',
    model: 'Modell',
    procurement: 'Anskaffelse',
    staff: 'Ansatte (aml. kap. 16)',
    legend: `${UNCONFIRMED_MARK} = bygger på et punkt i lovgrunnlaget som ikke er bekreftet · ${OPEN_QUESTION_MARK} = et åpent rettslig spørsmål`,
    procurementLegend:
      'Anskaffelse: «vilkår § 3-2/§ 3-3» = uten konkurranse bare om vilkårene i anskaffelsesforskriften holder; ellers konkurranse.',
    barred: 'Hvorfor «ikke lovlig» eller «ikke egnet»:',
    conditions: 'Vilkår:',
    checklist: 'Anskaffelse – vilkårene saken må svare på:',
    open: 'Åpne spørsmål:',
    reservation: 'Reservasjonsrett (aml. § 16-3):',
    transfers: 'Planlagte overføringer av ansatte:',
    noTransfers: 'Ingen planlagte overføringer av ansatte er registrert.',
    met: 'oppfylt',
    answer: { yes: 'ja', no: 'nei', unknown: 'ikke besvart' },
    more: 'Alle begrunnelser, delene av hver tjeneste og paragrafer: --json',
  },
  nn: {
    heading: 'Samarbeidsmodellar per tenesteområde: lovlegheit, anskaffing og tilsette',
    model: 'Modell',
    procurement: 'Anskaffing',
    staff: 'Tilsette (aml. kap. 16)',
    legend: `${UNCONFIRMED_MARK} = byggjer på eit punkt i lovgrunnlaget som ikkje er stadfesta · ${OPEN_QUESTION_MARK} = eit ope rettsleg spørsmål`,
    procurementLegend:
      'Anskaffing: «vilkår § 3-2/§ 3-3» = utan konkurranse berre om vilkåra i anskaffingsforskrifta held; elles konkurranse.',
    barred: 'Kvifor «ikkje lovleg» eller «ikkje eigna»:',
    conditions: 'Vilkår:',
    checklist: 'Anskaffing – vilkåra saka må svare på:',
    open: 'Opne spørsmål:',
    reservation: 'Reservasjonsrett (aml. § 16-3):',
    transfers: 'Planlagde overføringar av tilsette:',
    noTransfers: 'Ingen planlagde overføringar av tilsette er registrerte.',
    met: 'oppfylt',
    answer: { yes: 'ja', no: 'nei', unknown: 'ikkje svara på' },
    more: 'Alle grunngjevingar, delane av kvar teneste og paragrafar: --json',
  },
  en: {
    heading: 'Cooperation models per service area: lawfulness, procurement and staff',
    model: 'Model',
    procurement: 'Procurement',
    staff: 'Staff (WEA ch. 16)',
    legend: `${UNCONFIRMED_MARK} = rests on a point in the legal sources that is not confirmed · ${OPEN_QUESTION_MARK} = an open legal question`,
    procurementLegend:
      'Procurement: “conditions § 3-2/§ 3-3” = no tender only if the conditions of anskaffelsesforskriften hold; otherwise a tender.',
    barred: 'Why “not lawful” or “not suited”:',
    conditions: 'Conditions:',
    checklist: 'Procurement – the conditions the case must answer:',
    open: 'Open questions:',
    reservation: 'Reservation right (WEA § 16-3):',
    transfers: 'Planned transfers of staff:',
    noTransfers: 'No planned transfer of staff is recorded.',
    met: 'met',
    answer: { yes: 'yes', no: 'no', unknown: 'not answered' },
    more: 'Every reason, each service’s parts and the paragraphs: --json',
  },
};

const PROCUREMENT_WORDS: Record<Language, Record<ProcurementVerdict, string>> = {
  nb: {
    noTenderNeeded: 'ingen konkurranse',
    onlyIfConditionsHold: 'vilkår',
    tender: 'konkurranse',
    notApplicable: 'ikke aktuelt',
  },
  nn: {
    noTenderNeeded: 'ingen konkurranse',
    onlyIfConditionsHold: 'vilkår',
    tender: 'konkurranse',
    notApplicable: 'ikkje aktuelt',
  },
  en: {
    noTenderNeeded: 'no tender',
    onlyIfConditionsHold: 'conditions',
    tender: 'tender',
    notApplicable: 'not applicable',
  },
};

const CHAPTER16_WORDS: Record<Language, Record<Chapter16, string>> = {
  nb: {
    applies: 'gjelder',
    appliesIfStaffMove: 'gjelder om ansatte flyttes',
    noTransfer: 'ingen overføring',
    notApplicable: 'ikke aktuelt',
  },
  nn: {
    applies: 'gjeld',
    appliesIfStaffMove: 'gjeld om tilsette blir flytta',
    noTransfer: 'inga overføring',
    notApplicable: 'ikkje aktuelt',
  },
  en: {
    applies: 'applies',
    appliesIfStaffMove: 'applies if staff move',
    noTransfer: 'no transfer',
    notApplicable: 'not applicable',
  },
};

const EMPLOYER_WORDS: Record<Language, Record<Employer, string>> = {
  nb: {
    ownEntity: 'selskapet',
    ownEntityOrParticipant: 'fellesskapet eller kontorkommunen',
    hostMunicipality: 'vertskommunen',
    seller: 'selgerkommunen',
    eachMunicipality: 'hver kommune',
    unknown: 'ukjent',
  },
  nn: {
    ownEntity: 'selskapet',
    ownEntityOrParticipant: 'fellesskapet eller kontorkommunen',
    hostMunicipality: 'vertskommunen',
    seller: 'seljarkommunen',
    eachMunicipality: 'kvar kommune',
    unknown: 'ukjend',
  },
  en: {
    ownEntity: 'the company',
    ownEntityOrParticipant: 'the community or office municipality',
    hostMunicipality: 'the host',
    seller: 'the seller',
    eachMunicipality: 'each municipality',
    unknown: 'unknown',
  },
};

const refs = (references: readonly LegalReference[]) =>
  [...new Set(references.map(formatReference))].join('; ');
const line = (text: Text, language: Language, references: readonly LegalReference[] = []) =>
  references.length > 0 ? `${text[language]} (${refs(references)})` : text[language];

function procurementCell(row: MatrixRow, language: Language): string {
  const p = row.procurement;
  const section = p.verdict === 'onlyIfConditionsHold' ? ` ${SECTION[p.route]}` : '';
  const marks = `${p.reason.unconfirmed ? UNCONFIRMED_MARK : ''}${p.openQuestions.length > 0 ? OPEN_QUESTION_MARK : ''}`;
  return `${PROCUREMENT_WORDS[language][p.verdict]}${section}${marks}`;
}

function staffCell(row: MatrixRow, language: Language): string {
  const s = row.staffTransfer;
  const after =
    s.chapter16.value === 'applies' || s.chapter16.value === 'appliesIfStaffMove'
      ? ` → ${EMPLOYER_WORDS[language][s.employerAfter.value]}`
      : '';
  return `${CHAPTER16_WORDS[language][s.chapter16.value]}${after}`;
}

/** One line per distinct reason with the given effects, per model. */
function reasonLines(
  matrix: CaseFeasibilityMatrix,
  effects: readonly string[],
  language: Language,
): string[] {
  const lines: string[] = [];
  for (const row of matrix.models) {
    const seen = new Set<string>();
    for (const reason of row.cells.flatMap((c) => c.services.flatMap((s) => s.reasons))) {
      const key = `${reason.code}|${reason.text.nb}`;
      if (!effects.includes(reason.effect) || seen.has(key)) continue;
      seen.add(key);
      lines.push(`  ${row.name[language]}: ${line(reason.text, language, reason.references)}`);
    }
  }
  return lines;
}

function procurementLines(matrix: CaseFeasibilityMatrix, language: Language): string[] {
  const t = WORDS[language];
  return matrix.models.flatMap((row) =>
    row.procurement.conditions.length === 0
      ? []
      : [
          `  ${row.name[language]}:`,
          ...row.procurement.conditions.map(
            (c) => `    [${t.answer[c.answer]}] ${line(c.text, language, c.references)}`,
          ),
        ],
  );
}

function openQuestionLines(matrix: CaseFeasibilityMatrix, language: Language): string[] {
  return matrix.models.flatMap((row) =>
    row.procurement.openQuestions.map(
      (q) => `  ${row.name[language]}: ${line(q.text, language, q.references)}`,
    ),
  );
}

function transferLines(transfers: readonly StaffTransferChecklist[], language: Language): string[] {
  const t = WORDS[language];
  if (transfers.length === 0) return [`  ${t.noTransfers}`];
  return transfers.flatMap((transfer) => [
    `  ${transfer.title[language] ?? transfer.title.nb} (${transfer.modelId}):`,
    ...transfer.duties.map((duty) =>
      duty.met
        ? `    ${t.met}: ${duty.duty[language]}${duty.employer ? ` – ${employerName(duty.employer, language)}` : ''} (${duty.meetings.map((m) => m.date).join(', ')})`
        : `    ! ${duty.warning?.[language] ?? ''}`,
    ),
  ]);
}

/** The whole text output. */
export function renderModelsText(
  matrix: CaseFeasibilityMatrix,
  transfers: readonly StaffTransferChecklist[],
  language: Language,
): string {
  const t = WORDS[language];
  const verdicts = VERDICT_WORDS[language];
  const columns = [
    { header: t.model, align: 'left' as const },
    ...matrix.areas.map((a) => ({ header: a.code, align: 'left' as const })),
    { header: t.procurement, align: 'left' as const },
    { header: t.staff, align: 'left' as const },
  ];
  const body = matrix.models.map((row) => [
    row.name[language],
    ...row.cells.map((c) => `${verdicts[c.verdict]}${c.unconfirmed ? UNCONFIRMED_MARK : ''}`),
    procurementCell(row, language),
    staffCell(row, language),
  ]);
  return [
    t.heading,
    '',
    renderTextTable(columns, body, []),
    t.legend,
    t.procurementLegend,
    ...matrix.areas.map((a) => `  ${a.code}: ${a.name[language] ?? a.name.nb}`),
    '',
    t.barred,
    ...reasonLines(matrix, ['bars', 'notSuited'], language),
    '',
    t.conditions,
    ...reasonLines(matrix, ['condition'], language),
    '',
    t.checklist,
    ...procurementLines(matrix, language),
    '',
    t.open,
    ...openQuestionLines(matrix, language),
    '',
    t.reservation,
    `  ${line(RESERVATION_DEADLINE.text, language, RESERVATION_DEADLINE.references)}`,
    `  ${line(RESERVATION_CONSEQUENCE.text, language, RESERVATION_CONSEQUENCE.references)}`,
    '',
    t.transfers,
    ...transferLines(transfers, language),
    '',
    t.more,
    '',
  ].join('\n');
}
