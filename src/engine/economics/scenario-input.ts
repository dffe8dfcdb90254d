/**
 * The scenario as the economics engine reads it: plain data, no validation library. The case document's
 * schema is mapped onto this by the case layer; the engine checks what it needs and names the field when
 * something is wrong.
 *
 * Money is in kroner of the base year (kroneår), real prices. Years are calendar years.
 * @module
 */
import type { KeyChoice, PopulationFigure } from '../cost-sharing/cost-key.ts';
import type { DistributionSpec } from '../statistics/distributions/registry.ts';
import type { DiscountStep } from './discounting.ts';

/** A figure that is either known (a number) or drawn from an uncertain input by its id. */
export type ScenarioValue = number | { inputId: string };

/** An uncertain input: a distribution every simulation draws from once per draw. */
export interface UncertainInput {
  /** Referred to by `{ inputId }` in the scenario, e.g. `savings-lrf`. */
  id: string;
  distribution: DistributionSpec;
}

/** A municipality taking part in the scenario. */
export interface ScenarioMunicipality {
  /** Municipality number, e.g. `5029`. */
  id: string;
  /** Population at one or more reference dates, for the population key. */
  population: readonly PopulationFigure[];
  /** Volume measures valid for every area, e.g. `{ cases: 410 }`; an area's baseline may add its own. */
  volumes?: Readonly<Record<string, number>>;
}

/** One municipality's service in one area today (budget of the base year). */
export interface AreaBaseline {
  municipality: string;
  /** Labour cost incl. social costs, kroner per year. */
  labourCost: number;
  /** Full-time equivalents. */
  fte: number;
  /** Other running costs that move to the joint unit (licences, equipment), kroner per year. @default 0 */
  otherCosts?: number;
  /** Volume measures of this service, e.g. `{ payslips: 14_000 }`, for the volume key. */
  volumes?: Readonly<Record<string, number>>;
}

/** Kinds of recurring new cost of the joint unit. */
export type RecurringCostKind =
  /** Management of the joint unit. */
  | 'management'
  /** Premises (rent, running). */
  | 'premises'
  /** Systems and licences. */
  | 'systems'
  /** Travel between the sites. */
  | 'travel'
  /** Anything else; name it in `id`. */
  | 'other';

/** A new cost each year from `startYear` to `endYear` (inclusive), kroner per year. */
export interface RecurringCost {
  id: string;
  kind: RecurringCostKind;
  amount: ScenarioValue;
  startYear: number;
  /** @default the end of the horizon */
  endYear?: number;
}

/** Kinds of one-off cost of establishing the joint unit. */
export type OneOffCostKind =
  /** Project management. */
  | 'projectManagement'
  /** Harmonising systems and routines. */
  | 'systemHarmonisation'
  /** Moving people and equipment. */
  | 'relocation'
  /** ICT investment. */
  | 'ictInvestment'
  /** Legal work (agreement, transfer of undertakings). */
  | 'legalWork'
  /** Anything else; name it in `id`. */
  | 'other';

/** A cost paid once, in `year`, in kroner. */
export interface OneOffCost {
  id: string;
  kind: OneOffCostKind;
  amount: ScenarioValue;
  year: number;
}

/**
 * A known future cost of going alone (the zero alternative): a system renewal, a vacancy to fill, a
 * statutory change. The municipality pays it without the cooperation; from the joint unit's start it is
 * avoided. Kroner per year from `startYear` to `endYear` (inclusive).
 */
export interface ZeroAlternativeCost {
  id: string;
  municipality: string;
  amount: ScenarioValue;
  startYear: number;
  /** @default the end of the horizon */
  endYear?: number;
}

/**
 * Shares given directly, per municipality id (they need not sum to 1; they are normalised), for an
 * allocation the case layer computed, e.g. the nucleolus of the area's coalition costs.
 */
export interface GivenShares {
  shares: Readonly<Record<string, number>>;
  /** What the shares come from, e.g. `nucleolus`, for the output. */
  methodId: string;
}

/** A cost key from the registry, or shares given directly. */
export type ShareRule = KeyChoice | GivenShares;

/** A service area moved into the joint unit. */
export interface ScenarioServiceArea {
  id: string;
  /** Municipality ids, in the order shares are listed. */
  participants: readonly string[];
  /** Today's cost and staffing per participant. A participant without a row counts as zero (with a warning). */
  baseline: readonly AreaBaseline[];
  /** Share of today's FTE (and so of labour cost) the joint unit saves at full effect, e.g. 0.21. */
  savingsShare: ScenarioValue;
  /** First year of the joint unit. */
  startYear: number;
  /** Years before full effect: the effect is (k + 1)/(rampUpYears + 1) in the unit's year k = 0, 1, …, then 1. */
  rampUpYears: number;
  /** Natural attrition: at most this share of today's FTE can leave per year, so by year k at most (k + 1)·cap. */
  attritionCap?: number;
  recurringCosts: readonly RecurringCost[];
  oneOffCosts: readonly OneOffCost[];
  /** How the joint unit's running cost is shared. */
  costKey: ShareRule;
  /** How the one-off costs are shared. */
  oneOffKey: ShareRule;
  /** The zero alternative's known future costs of going alone. @default none */
  zeroAlternativeCosts?: readonly ZeroAlternativeCost[];
}

/** A grant received by the cooperation, e.g. the county governor's 1 100 000 kr in 2026 (skjønnsmidler). */
export interface ScenarioGrant {
  id: string;
  amount: ScenarioValue;
  year: number;
  /** How the grant is shared. */
  key: KeyChoice;
  /** Municipality ids sharing it. @default every municipality of the scenario */
  participants?: readonly string[];
  /**
   * The one-off costs the grant finances, by area id and cost id. A grant is counted only up to what these
   * cost in total (min(grant, Σ costs)); without them it is not counted at all (`grant_without_cost`), since
   * a grant is never income on its own: it pays for something.
   */
  financedCosts?: readonly { areaId: string; costId: string }[];
}

/** A scenario: who joins what, when, at what cost, with what uncertainty. */
export interface ScenarioInput {
  /** The price year of every amount (kroneår) and year 0 of discounting. */
  baseYear: number;
  /** First year of the cash-flow table. @default baseYear */
  firstYear?: number;
  /** Number of years in the table, from `firstYear`. */
  horizonYears: number;
  municipalities: readonly ScenarioMunicipality[];
  serviceAreas: readonly ScenarioServiceArea[];
  grants: readonly ScenarioGrant[];
  /** Real wage growth per year (0.01 = 1 %), applied to labour costs from the base year. @default 0 */
  realWageGrowth?: ScenarioValue;
  uncertainInputs: readonly UncertainInput[];
  /** @default NORWEGIAN_STATE_DISCOUNT_SCHEDULE (R-109/21) */
  discountSchedule?: readonly DiscountStep[];
}

/** A condition in valid input that the user should know about; it does not stop the computation. */
export interface ScenarioWarning {
  code:
    | 'missing_baseline'
    | 'area_starts_after_horizon'
    | 'cost_outside_horizon'
    | 'grant_outside_horizon'
    | 'attrition_limits_savings'
    | 'grant_without_cost';
  path: readonly (string | number)[];
  /** The year concerned, where there is one. */
  year?: number;
}
