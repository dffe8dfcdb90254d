/**
 * People and capacity: the assumptions behind the workforce projection (retirement ages and shares, yearly
 * turnover), absence rates per service area and municipality, and the switchboard's call inputs. Every
 * figure is `null` until someone enters it with a source, a decision or as a placeholder; nothing is
 * invented. The retirement ages default to the statutory and tariff ages, marked as placeholders to confirm.
 * @module
 */
import { z } from 'zod';
import { Id, LIST_LIMITS, MAX_PERSONS, MunicipalityNumber, list } from './common.ts';
import { Provenance, placeholder } from './provenance.ts';

/** A figure with where it comes from; `value: null` while nobody has entered it. */
function sourced<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value: value.nullable().default(null), provenance: Provenance.optional() })
    .superRefine((field, ctx) => {
      if (field.value !== null && field.provenance === undefined) {
        ctx.addIssue({ code: 'custom', path: ['provenance'], message: 'provenance_required' });
      }
    });
}

const share = z.number().min(0).max(1);
const age = z.number().int().min(50).max(80);

const defaultAge = (value: number, note: string) => ({
  value,
  // The ages are the statutory and tariff ages, but nobody in the case has chosen them for the projection.
  provenance: placeholder(undefined, note),
});

/** Retirement and turnover assumptions for the projection of departures. */
export const WorkforceAssumptions = z.strictObject({
  /** Age at which AFP (early retirement) can be drawn. */
  earlyRetirementAge: sourced(age).prefault(
    defaultAge(62, 'AFP i offentlig sektor kan tas ut fra 62 år (KLP; Hovedtariffavtalen, KS).'),
  ),
  /** Share of those reaching the AFP age at work who leave then. The seeds give none. */
  earlyRetirementShare: sourced(share).prefault({}),
  ordinaryRetirementAge: sourced(age).prefault(
    defaultAge(67, 'Vanlig uttaksalder for offentlig tjenestepensjon (KLP).'),
  ),
  /** Share of those still at work who leave at the ordinary age. The seeds give none. */
  ordinaryRetirementShare: sourced(share).prefault({}),
  upperAgeLimit: sourced(age).prefault(
    defaultAge(72, 'Arbeidsmiljøloven § 15-13 a (1): stillingen kan avsluttes ved 72 år.'),
  ),
  /** Share of staff leaving each year for other reasons. The seeds give none. */
  yearlyTurnover: sourced(share).prefault({}),
});
export type WorkforceAssumptions = z.infer<typeof WorkforceAssumptions>;

/** Absence as shares of working days for one service area in one municipality (unit averages, never a person's). */
export const AbsenceRate = z.strictObject({
  areaId: Id,
  municipalityNumber: MunicipalityNumber,
  sickLeave: share,
  holidays: share,
  other: share.default(0),
  provenance: Provenance,
});
export type AbsenceRate = z.infer<typeof AbsenceRate>;

const Weekday = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
]);
const Minute = z.number().int().min(0).max(1440);
/** One entry per weekday and quarter of an hour at most (the shortest interval): 7 × 96. */
const MAX_WEEK_ENTRIES = 7 * 96;

/** One municipality's calls by weekday × interval and its opening hours; `null` until entered. */
export const SwitchboardMunicipalityInput = z.strictObject({
  municipalityNumber: MunicipalityNumber,
  calls: list(
    z.strictObject({
      weekday: Weekday,
      startMinute: Minute,
      calls: z.number().nonnegative().max(MAX_PERSONS),
    }),
    MAX_WEEK_ENTRIES,
  )
    .nullable()
    .default(null),
  openingHours: list(
    z.strictObject({ weekday: Weekday, opensMinute: Minute, closesMinute: Minute }),
    MAX_WEEK_ENTRIES,
  )
    .nullable()
    .default(null),
  provenance: Provenance.optional(),
});

/** Inputs for sizing the switchboard with Erlang C (or Erlang A when patience is given). */
export const SwitchboardInputs = z.strictObject({
  intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(60),
  ahtSeconds: sourced(z.number().positive().max(7200)).prefault({}),
  targetServiceLevel: sourced(z.number().gt(0).lt(1)).prefault({}),
  targetSeconds: sourced(z.number().int().nonnegative().max(3600)).prefault({}),
  maxOccupancy: sourced(z.number().gt(0).max(1)).prefault({}),
  shrinkage: sourced(z.number().min(0).lt(1)).prefault({}),
  patienceSeconds: sourced(z.number().positive().max(7200)).prefault({}),
  openWeeksPerYear: sourced(z.number().min(1).max(53)).prefault({}),
  municipalities: list(SwitchboardMunicipalityInput).default([]),
});
export type SwitchboardInputs = z.infer<typeof SwitchboardInputs>;

export const People = z.strictObject({
  workforce: WorkforceAssumptions.prefault({}),
  absenceRates: list(AbsenceRate, LIST_LIMITS.baseline).default([]),
  switchboard: SwitchboardInputs.prefault({}),
});
export type People = z.infer<typeof People>;
