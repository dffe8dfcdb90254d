/**
 * The procurement verdict for a cooperation model: no tender needed (and why), a tender unless the conditions
 * of anskaffelsesforskriften § 3-2 (extended in-house provision under joint control) or § 3-3 (cooperation
 * between contracting authorities) hold, or not applicable. The conditions are a checklist the case answers:
 * all answered yes gives "no tender needed", any no gives "tender", otherwise "only if the conditions hold".
 * Open legal questions (a paid host arrangement as organisation of public tasks) are listed as open, never
 * decided [L1][L3][L4].
 * @module
 */
import type { Text } from './legal-fact.ts';
import type { LegalModelDescriptor, OpenQuestion, ProcurementRoute } from './legal-model.ts';
import { ref, type LegalReference } from './legal-reference.ts';

/** noTenderNeeded: outside procurement law, or every condition answered yes · onlyIfConditionsHold: a condition is unanswered · tender: a condition fails · notApplicable: nothing is bought. */
export type ProcurementVerdict = 'noTenderNeeded' | 'onlyIfConditionsHold' | 'tender' | 'notApplicable';

/** yes: the condition holds · no: it does not · unknown: not yet assessed. */
export type ConditionAnswer = 'yes' | 'no' | 'unknown';

export interface ProcurementCondition {
  /** Stable id the case's answers refer to, e.g. `joint-control`. */
  id: string;
  text: Text;
  references: readonly LegalReference[];
  /** The statute's wording was not read: the condition is the notes' best reading. */
  unconfirmed: boolean;
}

export interface AnsweredCondition extends ProcurementCondition {
  answer: ConditionAnswer;
}

export interface ProcurementAssessment {
  modelId: string;
  verdict: ProcurementVerdict;
  route: ProcurementRoute;
  /** Why: the model's procurement fact. */
  reason: { text: Text; references: readonly LegalReference[]; unconfirmed: boolean };
  conditions: AnsweredCondition[];
  openQuestions: readonly OpenQuestion[];
}

const statuteNotRead = ' (Ordlyden i forskriften er ikke lest.)';

// The three cumulative conditions were seen in a public decision tree only; the statute's wording is not read [L4].
const JOINT_CONTROL: readonly ProcurementCondition[] = [
  {
    id: 'joint-control',
    text: {
      nb: 'Kommunene har sammen kontroll over leverandøren som over sin egen virksomhet: avgjørende innflytelse over både strategiske mål og viktige beslutninger.',
      nn: 'Kommunane har saman kontroll over leverandøren som over si eiga verksemd: avgjerande innverknad på både strategiske mål og viktige avgjerder.',
      en: 'The municipalities together control the supplier as they control their own activity: decisive influence over both strategic objectives and significant decisions.',
    },
    references: [ref('anskaffelsesforskriften', '§ 3-2', 'L3', 'L4')],
    unconfirmed: false,
  },
  {
    id: 'activity-over-80',
    text: {
      nb: `Mer enn 80 % av leverandørens virksomhet utføres for de kontrollerende kommunene.${statuteNotRead}`,
      nn: 'Meir enn 80 % av verksemda til leverandøren blir utført for dei kontrollerande kommunane. (Ordlyden i forskrifta er ikkje lesen.)',
      en: 'More than 80 % of the supplier’s activity is performed for the controlling municipalities. (The regulation’s wording has not been read.)',
    },
    references: [ref('anskaffelsesforskriften', '§ 3-2', 'L4')],
    unconfirmed: true,
  },
  {
    id: 'no-private-capital',
    text: {
      nb: `Ingen direkte privat kapital i leverandøren.${statuteNotRead}`,
      nn: 'Ingen direkte privat kapital i leverandøren. (Ordlyden i forskrifta er ikkje lesen.)',
      en: 'No direct private capital in the supplier. (The regulation’s wording has not been read.)',
    },
    references: [ref('anskaffelsesforskriften', '§ 3-2', 'L4')],
    unconfirmed: true,
  },
];

// § 3-3: consistent in substance with [L3]; the statute text itself was not read.
const PUBLIC_COOPERATION: readonly ProcurementCondition[] = [
  {
    id: 'common-public-objectives',
    text: {
      nb: `Samarbeidet skal sikre at offentlige tjenester kommunene skal utføre, blir ytt for å nå felles mål.${statuteNotRead}`,
      nn: 'Samarbeidet skal sikre at offentlege tenester kommunane skal utføre, blir ytte for å nå felles mål. (Ordlyden i forskrifta er ikkje lesen.)',
      en: 'The cooperation ensures that public services the municipalities must perform are provided to achieve common objectives. (The regulation’s wording has not been read.)',
    },
    references: [ref('anskaffelsesforskriften', '§ 3-3', 'L3')],
    unconfirmed: true,
  },
  {
    id: 'public-interest-only',
    text: {
      nb: 'Samarbeidet gjelder bare offentlige oppgaver og styres bare av hensynet til allmennhetens interesser.',
      nn: 'Samarbeidet gjeld berre offentlege oppgåver og blir styrt berre av omsynet til interessene til allmenta.',
      en: 'The cooperation concerns public tasks only and is governed only by considerations of the public interest.',
    },
    references: [ref('anskaffelsesforskriften', '§ 3-3', 'L3')],
    unconfirmed: false,
  },
  {
    id: 'market-under-20',
    text: {
      nb: `Mindre enn 20 % av aktiviteten som samarbeidet gjelder, utføres i det åpne markedet.${statuteNotRead}`,
      nn: 'Mindre enn 20 % av aktiviteten som samarbeidet gjeld, blir utført i den opne marknaden. (Ordlyden i forskrifta er ikkje lesen.)',
      en: 'Less than 20 % of the activity concerned by the cooperation is performed on the open market. (The regulation’s wording has not been read.)',
    },
    references: [ref('anskaffelsesforskriften', '§ 3-3', 'L3')],
    unconfirmed: true,
  },
];

/** The conditions the case must answer for each route. */
export const PROCUREMENT_CONDITIONS: Readonly<Record<ProcurementRoute, readonly ProcurementCondition[]>> = {
  noContract: [],
  notApplicable: [],
  jointControl: JOINT_CONTROL,
  inHouseOrJointControl: JOINT_CONTROL,
  publicCooperation: PUBLIC_COOPERATION,
};

/** The verdict from the answers: every condition yes → no tender; any no → tender; otherwise only if they hold. */
function verdictFrom(route: ProcurementRoute, answers: readonly ConditionAnswer[]): ProcurementVerdict {
  if (route === 'notApplicable') return 'notApplicable';
  if (answers.length === 0) return 'noTenderNeeded';
  if (answers.includes('no')) return 'tender';
  return answers.every((answer) => answer === 'yes') ? 'noTenderNeeded' : 'onlyIfConditionsHold';
}

/**
 * The procurement verdict for a model, given the case's answers to the conditions (condition id → answer).
 * @example procurementAssessment(kjopAvTjenester, {}).verdict // → 'onlyIfConditionsHold' (§ 3-3 conditions unanswered)
 */
export function procurementAssessment(
  model: LegalModelDescriptor,
  answers: Readonly<Record<string, ConditionAnswer>> = {},
): ProcurementAssessment {
  const route = model.procurement.value;
  const conditions = PROCUREMENT_CONDITIONS[route].map((condition) => ({
    ...condition,
    answer: answers[condition.id] ?? 'unknown',
  }));
  return {
    modelId: model.id,
    verdict: verdictFrom(
      route,
      conditions.map((c) => c.answer),
    ),
    route,
    reason: {
      text: model.procurement.text,
      references: model.procurement.references,
      unconfirmed: model.procurement.unconfirmed,
    },
    conditions,
    openQuestions: model.procurementOpenQuestions,
  };
}
