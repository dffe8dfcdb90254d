/**
 * What a cooperation model means for the employees whose work moves: the employer before and after, whether
 * arbeidsmiljøloven chapter 16 applies and why, pension and collective agreements (from the model's
 * descriptor), and the reservation right of § 16-3: the employee may object in writing to the old employer
 * within a deadline that employer sets, not shorter than 14 days after the § 16-6 information, and whoever
 * objects gets a priority right to new employment with the old employer for one year from the transfer, on
 * further conditions [L9]. Whether the employment then ends is not confirmed [L13].
 * @module
 */
import { fact, unconfirmedFact, type LegalFact, type Text } from './legal-fact.ts';
import type { Chapter16, Employer, LegalModelDescriptor, StaffTransferFacts } from './legal-model.ts';
import { ref } from './legal-reference.ts';

/** The least number of days between the § 16-6 information and the reservation deadline [L9]. */
export const RESERVATION_MIN_DAYS = 14;
/** How long the priority right to re-employment with the old employer lasts, in years from the transfer [L9]. */
export const PRIORITY_RIGHT_YEARS = 1;

export const EMPLOYER_BEFORE: LegalFact<'eachMunicipality'> = fact(
  'eachMunicipality',
  {
    nb: 'Hver kommune er arbeidsgiver for sine ansatte.',
    nn: 'Kvar kommune er arbeidsgivar for sine tilsette.',
    en: 'Each municipality employs its own staff.',
  },
  [ref('arbeidsmiljoloven', '§ 16-1', 'S30a')],
);

export const RESERVATION_DEADLINE: LegalFact<number> = fact(
  RESERVATION_MIN_DAYS,
  {
    nb: 'Den ansatte kan reservere seg mot overføringen ved skriftlig melding til den gamle arbeidsgiveren innen en frist den gamle arbeidsgiveren setter. Fristen kan ikke være kortere enn 14 dager etter at informasjonen etter § 16-6 er gitt.',
    nn: 'Den tilsette kan reservere seg mot overføringa ved skriftleg melding til den gamle arbeidsgivaren innan ein frist den gamle arbeidsgivaren set. Fristen kan ikkje vere kortare enn 14 dagar etter at informasjonen etter § 16-6 er gitt.',
    en: 'The employee may object to the transfer by written notice to the old employer within a deadline the old employer sets. The deadline cannot be shorter than 14 days after the § 16-6 information was given.',
  },
  [ref('arbeidsmiljoloven', '§ 16-3', 'L9')],
);

export const RESERVATION_CONSEQUENCE: LegalFact<'priorityRightOneYear'> = unconfirmedFact(
  'priorityRightOneYear',
  {
    nb: 'Den som reserverer seg, har fortrinnsrett til ny ansettelse hos den gamle arbeidsgiveren i ett år fra overføringen, på nærmere vilkår. Det er ingen lovfestet rett til å velge å bli værende. Om arbeidsforholdet da avsluttes, er ikke bekreftet.',
    nn: 'Den som reserverer seg, har fortrinnsrett til ny tilsetjing hos den gamle arbeidsgivaren i eitt år frå overføringa, på nærare vilkår. Det finst ingen lovfesta rett til å velje å bli verande. Om arbeidsforholdet då tek slutt, er ikkje stadfesta.',
    en: 'Whoever objects has a priority right to new employment with the old employer for one year from the transfer, on further conditions. There is no statutory right to choose to stay. Whether the employment then ends is not confirmed.',
  },
  [ref('arbeidsmiljoloven', '§ 16-3', 'L9'), ref('praksis', null, 'L13')],
);

export interface ModelStaffTransfer {
  modelId: string;
  employerBefore: LegalFact<'eachMunicipality'>;
  employerAfter: LegalFact<Employer>;
  chapter16: LegalFact<Chapter16>;
  pension: StaffTransferFacts['pension'];
  collectiveAgreements: StaffTransferFacts['collectiveAgreements'];
  /** Shown where chapter 16 may apply. */
  reservation: { deadline: LegalFact<number>; consequence: LegalFact<'priorityRightOneYear'> } | null;
}

/**
 * The staff-transfer consequences of a model, for any service area it would take over.
 * @example modelStaffTransfer(vertskommuneAdministrativ).chapter16.value // → 'applies'
 */
export function modelStaffTransfer(model: LegalModelDescriptor): ModelStaffTransfer {
  const { chapter16, pension, collectiveAgreements } = model.staffTransfer;
  const mayTransfer = chapter16.value === 'applies' || chapter16.value === 'appliesIfStaffMove';
  return {
    modelId: model.id,
    employerBefore: EMPLOYER_BEFORE,
    employerAfter: model.employer,
    chapter16,
    pension,
    collectiveAgreements,
    reservation: mayTransfer
      ? { deadline: RESERVATION_DEADLINE, consequence: RESERVATION_CONSEQUENCE }
      : null,
  };
}

/**
 * A calendar date `days` after an ISO date (YYYY-MM-DD), computed in UTC so no time zone shifts the day.
 * @example addDays('2026-03-02', 14) // → '2026-03-16'
 */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export interface ReservationDeadline {
  /** The date of the § 16-6 information to the employees, if recorded. */
  informationDate: string | null;
  /** The earliest lawful deadline: 14 days after the information. */
  earliestDeadline: string | null;
  /** The deadline the old employer has set, if recorded. */
  setDeadline: string | null;
  /** The set deadline is shorter than the law allows. */
  tooShort: boolean;
  text: Text;
}

/**
 * The reservation deadline: at least 14 days after the § 16-6 information [L9].
 * @example reservationDeadline('2026-03-02', '2026-03-10').tooShort // → true (earliest is 2026-03-16)
 */
export function reservationDeadline(
  informationDate: string | null,
  setDeadline: string | null = null,
): ReservationDeadline {
  const earliestDeadline = informationDate === null ? null : addDays(informationDate, RESERVATION_MIN_DAYS);
  const tooShort = earliestDeadline !== null && setDeadline !== null && setDeadline < earliestDeadline;
  return { informationDate, earliestDeadline, setDeadline, tooShort, text: RESERVATION_DEADLINE.text };
}
