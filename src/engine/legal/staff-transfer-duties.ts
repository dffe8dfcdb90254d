/**
 * The checklist of duties when staff are transferred, read against the dated meetings of the participation
 * record. Each duty shows the meetings that meet it, or a warning naming what is missing and for which employer:
 * - § 16-5: the old *and* the new employer inform and discuss with their union representatives, as early as
 *   possible and before the decision [S30e];
 * - § 16-6: information to each employee, including the reservation right and tariff changes [S30f];
 * - Hovedavtalen: discussion with union representatives before a reorganisation, in each municipality
 *   [S31a][S31b] (the exact clause wording is not confirmed);
 * - AMU: treatment in the working environment committee before the decision, as the project plan says [S34a]
 *   (the statute behind it is not in the legal notes).
 * @module
 */
import type { Text } from './legal-fact.ts';
import { ref, type LegalReference } from './legal-reference.ts';

/** An employer in the transfer: a municipality (by its number) or the new entity. */
export interface TransferEmployer {
  id: string;
  name: string;
  /** The name in each language where it has one (a model's name, when the new employer is the new entity). */
  names?: Text;
  /** old: staff leave it · new: staff join it. */
  role: 'old' | 'new';
  /** Municipalities are bound by Hovedavtalen's duty to discuss reorganisations. */
  isMunicipality: boolean;
}

/** The employer's name in `language`: a municipality's own name, or the model's name in that language. */
export function employerName(employer: TransferEmployer, language: keyof Text): string {
  return employer.names?.[language] ?? employer.name;
}

export type MeetingKind = 'information' | 'discussion' | 'informationAndDiscussion';

/** A dated meeting about the change, as the participation record gives it. */
export interface DutyMeeting {
  id: string;
  date: string;
  kind: MeetingKind;
  /** The employers whose union representatives took part. */
  unionRepresentativeOf: readonly string[];
  /** Employees themselves were informed in the meeting. */
  employeesInformed: boolean;
  /** The meeting was in a working environment committee (AMU). */
  workingEnvironmentCommittee: boolean;
}

export type DutyCode = 'section16_5' | 'section16_6' | 'hovedavtalen' | 'amu';
export type Missing = 'information' | 'discussion' | 'meeting' | 'decisionDate';

export interface DutyResult {
  code: DutyCode;
  /** The employer the duty lies on, where it lies on one. */
  employer: TransferEmployer | null;
  met: boolean;
  /** The meetings that meet the duty, oldest first. */
  meetings: { id: string; date: string; kind: MeetingKind }[];
  missing: Missing[];
  duty: Text;
  timing: Text;
  /** Names what is missing and for which employer; null when the duty is met. */
  warning: Text | null;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}

export interface DutyInput {
  employers: readonly TransferEmployer[];
  meetings: readonly DutyMeeting[];
  /** The first political decision of the change, or null when none is recorded. */
  decisionDate: string | null;
}

const BEFORE_DECISION: Text = {
  nb: 'Så tidlig som mulig og før vedtaket.',
  nn: 'Så tidleg som mogleg og før vedtaket.',
  en: 'As early as possible and before the decision.',
};

const informs = (m: DutyMeeting) => m.kind !== 'discussion';
const discusses = (m: DutyMeeting) => m.kind !== 'information';
const brief = (m: DutyMeeting) => ({ id: m.id, date: m.date, kind: m.kind });

const roleWord = {
  old: { nb: 'gammel arbeidsgiver', nn: 'gamal arbeidsgivar', en: 'old employer' },
  new: { nb: 'ny arbeidsgiver', nn: 'ny arbeidsgivar', en: 'new employer' },
};

const MISSING_WORDS: Record<Missing, Text> = {
  information: { nb: 'datert informasjon', nn: 'datert informasjon', en: 'a dated information meeting' },
  discussion: { nb: 'datert drøfting', nn: 'datert drøfting', en: 'a dated discussion' },
  meeting: { nb: 'et datert møte', nn: 'eit datert møte', en: 'a dated meeting' },
  decisionDate: { nb: 'en vedtaksdato', nn: 'ein vedtaksdato', en: 'a decision date' },
};

function join(missing: readonly Missing[], lang: keyof Text): string {
  const and = { nb: ' og ', nn: ' og ', en: ' and ' }[lang];
  return missing.map((m) => MISSING_WORDS[m][lang]).join(and);
}

function warningText(
  what: Text,
  missing: readonly Missing[],
  employer: TransferEmployer | null,
  decisionDate: string | null,
): Text {
  const who = (lang: keyof Text) =>
    employer
      ? ` ${{ nb: 'for', nn: 'for', en: 'for' }[lang]} ${employerName(employer, lang)} (${roleWord[employer.role][lang]})`
      : '';
  const before = (lang: keyof Text) =>
    decisionDate
      ? ` ${{ nb: 'før vedtaket', nn: 'før vedtaket', en: 'before the decision on' }[lang]} ${decisionDate}`
      : '';
  return {
    nb: `${what.nb}: mangler ${join(missing, 'nb')}${who('nb')}${before('nb')}.`,
    nn: `${what.nn}: manglar ${join(missing, 'nn')}${who('nn')}${before('nn')}.`,
    en: `${what.en}: missing ${join(missing, 'en')}${who('en')}${before('en')}.`,
  };
}

interface DutySpec {
  code: DutyCode;
  duty: Text;
  timing: Text;
  references: readonly LegalReference[];
  unconfirmed: boolean;
}

function result(
  spec: DutySpec,
  employer: TransferEmployer | null,
  meetings: DutyMeeting[],
  missing: Missing[],
  decisionDate: string | null,
): DutyResult {
  const met = missing.length === 0;
  return {
    ...spec,
    employer,
    met,
    meetings: meetings.sort((a, b) => a.date.localeCompare(b.date)).map(brief),
    missing,
    warning: met ? null : warningText(spec.duty, missing, employer, decisionDate),
  };
}

const SECTION16_5: DutySpec = {
  code: 'section16_5',
  duty: {
    nb: 'Informasjon og drøfting med tillitsvalgte (aml. § 16-5)',
    nn: 'Informasjon og drøfting med tillitsvalde (aml. § 16-5)',
    en: 'Information and discussion with union representatives (Working Environment Act § 16-5)',
  },
  timing: BEFORE_DECISION,
  references: [ref('arbeidsmiljoloven', '§ 16-5', 'S30e')],
  unconfirmed: false,
};

const SECTION16_6: DutySpec = {
  code: 'section16_6',
  duty: {
    nb: 'Informasjon til hver ansatt, også om reservasjonsretten og endringer i tariffavtaler (aml. § 16-6)',
    nn: 'Informasjon til kvar tilsett, også om reservasjonsretten og endringar i tariffavtalar (aml. § 16-6)',
    en: 'Information to each employee, including the reservation right and changes in collective agreements (§ 16-6)',
  },
  timing: {
    nb: 'Så tidlig som mulig; fristen for å reservere seg regnes fra denne informasjonen.',
    nn: 'Så tidleg som mogleg; fristen for å reservere seg blir rekna frå denne informasjonen.',
    en: 'As early as possible; the deadline for objecting runs from this information.',
  },
  references: [ref('arbeidsmiljoloven', '§ 16-6', 'S30f'), ref('arbeidsmiljoloven', '§ 16-3', 'L9')],
  unconfirmed: false,
};

const HOVEDAVTALEN: DutySpec = {
  code: 'hovedavtalen',
  duty: {
    nb: 'Drøfting med tillitsvalgte før omorganiseringen (Hovedavtalen; ordlyden i del B er ikke bekreftet)',
    nn: 'Drøfting med tillitsvalde før omorganiseringa (Hovudavtalen; ordlyden i del B er ikkje stadfesta)',
    en: 'Discussion with union representatives before the reorganisation (Hovedavtalen; the wording of part B is not confirmed)',
  },
  timing: BEFORE_DECISION,
  references: [ref('hovedavtalen', 'del B', 'S31a', 'S31b')],
  unconfirmed: true,
};

const AMU: DutySpec = {
  code: 'amu',
  duty: {
    nb: 'Behandling i arbeidsmiljøutvalget (AMU), som prosjektplanen sier; lovgrunnlaget er ikke i lovnotatene (ikke bekreftet)',
    nn: 'Handsaming i arbeidsmiljøutvalet (AMU), som prosjektplanen seier; lovgrunnlaget er ikkje i lovnotata (ikkje stadfesta)',
    en: 'Treatment in the working environment committee (AMU), as the project plan says; the legal basis is not in the legal notes (not confirmed)',
  },
  timing: BEFORE_DECISION,
  references: [ref('saksdokument', null, 'S34a')],
  unconfirmed: true,
};

function beforeDecision(meetings: readonly DutyMeeting[], decisionDate: string | null): DutyMeeting[] {
  return decisionDate === null ? [] : meetings.filter((m) => m.date < decisionDate);
}

function unionDuty(spec: DutySpec, employer: TransferEmployer, input: DutyInput, needInformation: boolean) {
  const own = beforeDecision(input.meetings, input.decisionDate).filter((m) =>
    m.unionRepresentativeOf.includes(employer.id),
  );
  const missing: Missing[] = [];
  if (input.decisionDate === null) missing.push('decisionDate');
  else {
    if (needInformation && !own.some(informs)) missing.push('information');
    if (!own.some(discusses)) missing.push('discussion');
  }
  const meeting = own.filter((m) => (needInformation && informs(m)) || discusses(m));
  return result(spec, employer, meeting, missing, input.decisionDate);
}

/**
 * The duties and whether the record meets them. A § 16-5 duty is met for an employer only by meetings before
 * the decision where that employer's union representatives took part, one informing and one discussing (or one
 * doing both); a meeting with another employer's representatives does not count.
 * @example transferDuties({ employers, meetings: [], decisionDate: '2026-06-18' }).filter((d) => !d.met).length
 */
export function transferDuties(input: DutyInput): DutyResult[] {
  const section16_5 = input.employers.map((employer) => unionDuty(SECTION16_5, employer, input, true));
  const informed = input.meetings.filter((m) => m.employeesInformed && informs(m));
  const section16_6 = result(SECTION16_6, null, informed, informed.length > 0 ? [] : ['meeting'], null);
  const hovedavtalen = input.employers
    .filter((employer) => employer.isMunicipality)
    .map((employer) => unionDuty(HOVEDAVTALEN, employer, input, false));
  const amuMeetings = beforeDecision(input.meetings, input.decisionDate).filter(
    (m) => m.workingEnvironmentCommittee,
  );
  const amuMissing: Missing[] =
    input.decisionDate === null ? ['decisionDate'] : amuMeetings.length > 0 ? [] : ['meeting'];
  const amu = result(AMU, null, amuMeetings, amuMissing, input.decisionDate);
  return [...section16_5, section16_6, ...hovedavtalen, amu];
}
