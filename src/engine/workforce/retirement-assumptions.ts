/**
 * When people leave: retirement ages and shares and yearly turnover, each an editable assumption with its
 * source, and the probability that a person leaves in a given year.
 * @module
 */

/** The assumptions a departure projection rests on. Ages in years, shares in [0, 1]. */
export interface RetirementAssumptions {
  /** Age at which early retirement under AFP becomes possible. */
  earlyRetirementAge: number;
  /** Share of those reaching `earlyRetirementAge` at work who leave then. */
  earlyRetirementShare: number;
  /** The usual retirement age. */
  ordinaryRetirementAge: number;
  /** Share of those still at work who leave on reaching `ordinaryRetirementAge`; the rest stay to the limit. */
  ordinaryRetirementShare: number;
  /** Age at which everybody still at work leaves. */
  upperAgeLimit: number;
  /** Share of staff who leave each year for other reasons (resignation, moving), in [0, 1]. */
  yearlyTurnover: number;
}

/** The three ages, as defaults. The shares and the turnover have no default: they must come from the case. */
export const RETIREMENT_AGES = {
  earlyRetirementAge: 62,
  ordinaryRetirementAge: 67,
  upperAgeLimit: 72,
} as const satisfies Partial<RetirementAssumptions>;

/** Where each default age comes from; shown beside the figure so that users can check and change it. */
export const RETIREMENT_AGE_SOURCES: Record<keyof typeof RETIREMENT_AGES, string> = {
  earlyRetirementAge:
    'AFP (avtalefestet pensjon) in the public sector can be drawn from 62 (KLP, «AFP i offentlig sektor»; the ' +
    'pension chapter of Hovedtariffavtalen, KS). How many take it is an assumption to set from the employer’s figures.',
  ordinaryRetirementAge:
    'Assumption: 67 is the usual age for drawing public occupational pension (offentlig tjenestepensjon, KLP) ' +
    'and full folketrygd pension without reduction of the AFP supplement.',
  upperAgeLimit:
    'Arbeidsmiljøloven § 15-13 a (1): the employment may be ended when the employee turns 72. ' +
    'An internal limit of 70 is allowed on conditions (§ 15-13 a (2)).',
};

/** Throws RangeError on assumptions no caller should pass (shares outside [0, 1], ages out of order). */
export function checkAssumptions(a: RetirementAssumptions): void {
  for (const key of ['earlyRetirementShare', 'ordinaryRetirementShare', 'yearlyTurnover'] as const) {
    if (!(a[key] >= 0 && a[key] <= 1)) throw new RangeError(`${key} must be in [0, 1], got ${a[key]}`);
  }
  if (!(a.earlyRetirementAge <= a.ordinaryRetirementAge && a.ordinaryRetirementAge <= a.upperAgeLimit)) {
    throw new RangeError('retirement ages must satisfy early ≤ ordinary ≤ upper limit');
  }
}

/**
 * The probability of retiring in the year a person reaches `ageReached`, given that they were `ageNow`
 * at the start and are still at work: 1 at or above the upper limit; the ordinary share at the ordinary
 * age; the early share at the early age; otherwise 0. A person already past an age when the projection
 * starts has made that choice, so only ages still ahead count.
 * @example retirementProbability(62, 61, { ...RETIREMENT_AGES, earlyRetirementShare: 0.3, ordinaryRetirementShare: 1, yearlyTurnover: 0 }) // → 0.3
 */
export function retirementProbability(ageReached: number, ageNow: number, a: RetirementAssumptions): number {
  if (ageReached >= a.upperAgeLimit) return 1;
  if (ageReached === a.ordinaryRetirementAge && ageNow < a.ordinaryRetirementAge)
    return a.ordinaryRetirementShare;
  if (ageReached === a.earlyRetirementAge && ageNow < a.earlyRetirementAge) return a.earlyRetirementShare;
  return 0;
}

/** One year's chances for one person: retiring, or leaving for other reasons. */
export interface YearlyDeparture {
  retirement: number;
  turnover: number;
}

/**
 * Year-by-year probabilities that a person now `ageNow` leaves, for years 1 … `years`: in year y the person
 * reaches ageNow + y; of those still at work, the retirement probability leaves first and turnover takes
 * its share of the rest:  retire_y = S·r,  turnover_y = S·(1 − r)·q,  S ← S − retire_y − turnover_y.
 * Over equally likely ages it is the average. Source: a standard competing-risks survival calculation.
 * @example departureProbabilities([66], 2, { ...RETIREMENT_AGES, earlyRetirementShare: 0, ordinaryRetirementShare: 1, yearlyTurnover: 0.1 }) // → [{ retirement: 1, turnover: 0 }, { retirement: 0, turnover: 0 }]
 */
export function departureProbabilities(
  agesNow: readonly number[],
  years: number,
  a: RetirementAssumptions,
): YearlyDeparture[] {
  const result = Array.from({ length: years }, () => ({ retirement: 0, turnover: 0 }));
  for (const ageNow of agesNow) {
    let atWork = 1;
    for (let y = 1; y <= years; y++) {
      const r = retirementProbability(ageNow + y, ageNow, a);
      const retire = atWork * r;
      const leave = atWork * (1 - r) * a.yearlyTurnover;
      const figures = result[y - 1] as YearlyDeparture;
      figures.retirement += retire / agesNow.length;
      figures.turnover += leave / agesNow.length;
      atWork -= retire + leave;
    }
  }
  return result;
}
