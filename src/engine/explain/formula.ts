/**
 * The operations an explained value can be made by, each something the program evaluates again over the
 * inputs' values (`evaluateFormula`). A property test walks every explained figure and checks that its
 * formula over its inputs gives its value, so an explanation cannot drift from the computation it explains.
 * Each operation names its inputs by position; the order is documented beside it.
 * @module
 */
import { largestRemainderInto } from '../cost-sharing/largest-remainder.ts';
import { discountFactor } from '../economics/discounting.ts';
import { paybackYear } from '../economics/payback-year.ts';
import type { AllocationMethodId } from '../games/allocation-method.ts';
import { allocationMethod } from '../games/allocation-methods.ts';
import { gameFromCosts } from '../games/game.ts';
import type { LpSolver } from '../games/lp-solver.ts';
import { createDistribution, type DistributionSpec } from '../statistics/distributions/registry.ts';
import { evaluateChoiceFormula, type ChoiceFormula } from './choice-formulas.ts';
import { evaluateStaffingFormula, type StaffingFormula } from './staffing-formulas.ts';

export type Formula =
  /** People and model-choice figures' operations: see staffing-formulas.ts and choice-formulas.ts. */
  | StaffingFormula
  | ChoiceFormula
  /** A value typed into the case: no inputs. */
  | { op: 'given' }
  /** Σ cᵢ · xᵢ, rounded to whole kroner when `round`. */
  | { op: 'linear'; coefficients: readonly number[]; round?: boolean }
  /** Σ x₂ₖ · x₂ₖ₊₁: inputs in pairs, e.g. each year's net effect and its discount factor. */
  | { op: 'sumOfProducts' }
  /** x₀ / Σ x (a key's share): the first input over the sum of all. */
  | { op: 'ratio' }
  /** min(1, (k + 1)/(R + 1)): the ramp-up effect in the unit's year k; input R, the ramp-up years. */
  | { op: 'rampUp'; k: number }
  /** (1 + g)^years: the real wage index; input g. */
  | { op: 'growthIndex'; years: number }
  /** Π over years 1..year of 1/(1 + r): inputs the rates of the schedule's steps, starting `fromYears`. */
  | { op: 'discountFactor'; year: number; fromYears: readonly number[] }
  /** min(s · e, limit): inputs savings share s, ramp-up effect e, and the attrition limit when there is one. */
  | { op: 'reduction' }
  /** round(L · W + O + E): inputs labour cost L, wage index W, other costs O, going-alone extras E. */
  | { op: 'costToday' }
  /** round(R + L · W · (1 − r) + O): inputs recurring R, labour L, wage index W, reduction r, other O. */
  | { op: 'jointUnitCost' }
  /** Participant `index`'s whole-kroner part of input 0 by the shares in inputs 1.. (largest remainder). */
  | { op: 'largestRemainder'; index: number }
  /** round(min(grant, Σ financed costs)): input 0 the grant, the rest the costs it finances. */
  | { op: 'cappedGrant' }
  /**
   * (1 − s) · ΣL + ΣO + R for a group of `members`: inputs s, R, then the members' labour costs L, then their
   * other costs O (summed in that order, as `areaCoalitionCost` does).
   */
  | { op: 'coalitionCost'; members: number }
  /** s · c(F_S) / c(F_N), or s where c(F_N) = 0: a group's savings share by the scale curve; input s. */
  | { op: 'scaledSavings'; groupCurve: number; wholeCurve: number }
  /** The calendar year from which the cumulative of the inputs (yearly net effects) stays ≥ 0. */
  | { op: 'paybackYear'; firstYear: number }
  /** Player `player`'s amount by `method` of the cost game whose inputs are c(S) for masks 1 … 2ⁿ − 1. */
  | { op: 'allocation'; method: AllocationMethodId; player: number; players: number }
  /** The `p` quantile of the distribution: how an uncertain figure enters the table (the median). */
  | { op: 'quantile'; p: number; distribution: DistributionSpec }
  /**
   * A Monte Carlo figure: `statistic` (a quantile, the mean or the share of draws with a loss) of `draws`
   * draws from `seed`. It is reproduced by running the simulation again with the same seed, not from its
   * inputs (the distributions) alone: 100 000 traces would explain nothing.
   */
  | { op: 'simulated'; statistic: SimulatedStatistic; seed: number; draws: number };

/** What a Monte Carlo figure is of the simulated NPVs. */
export type SimulatedStatistic = 'p10' | 'p50' | 'p90' | 'mean' | 'probabilityOfLoss';

export interface EvaluateOptions {
  /** Needed for the LP-based allocation methods. */
  solver?: LpSolver;
}

const at = (values: readonly number[], i: number) => values[i] as number;

function linear(coefficients: readonly number[], values: readonly number[], round?: boolean) {
  const sum = coefficients.reduce((s, c, i) => s + c * at(values, i), 0);
  return round ? Math.round(sum) : sum;
}

function largestRemainder(index: number, values: readonly number[]): number {
  const shares = values.slice(1);
  const out = new Float64Array(shares.length);
  largestRemainderInto(at(values, 0), shares, shares.length, out, new Float64Array(shares.length));
  return at(Array.from(out), index);
}

function allocation(
  formula: Extract<Formula, { op: 'allocation' }>,
  values: readonly number[],
  solver?: LpSolver,
) {
  const costs = new Float64Array(1 << formula.players);
  values.forEach((v, k) => (costs[k + 1] = v));
  const players = Array.from({ length: formula.players }, (_, i) => `p${i}`);
  const outcome = allocationMethod(formula.method).allocate(gameFromCosts(players, costs), solver);
  return at(Array.from(outcome.allocation), formula.player);
}

/**
 * The value `formula` gives over `values` (the inputs' values, in order); null for a simulated figure,
 * which only a new run with the same seed reproduces.
 * @example evaluateFormula({ op: 'linear', coefficients: [1, -1] }, [10, 4]) // → 6
 */
export function evaluateFormula(
  formula: Formula,
  values: readonly number[],
  options: EvaluateOptions = {},
): number | null {
  switch (formula.op) {
    case 'given':
      return null;
    case 'linear':
      return linear(formula.coefficients, values, formula.round);
    case 'sumOfProducts': {
      let sum = 0;
      for (let k = 0; k + 1 < values.length; k += 2) sum += at(values, k) * at(values, k + 1);
      return sum;
    }
    case 'ratio':
      return at(values, 0) / values.reduce((s, v) => s + v, 0);
    case 'rampUp':
      return Math.min(1, (formula.k + 1) / (at(values, 0) + 1));
    case 'growthIndex':
      return Math.pow(1 + at(values, 0), formula.years);
    case 'discountFactor':
      return discountFactor(
        formula.year,
        formula.fromYears.map((fromYear, i) => ({ fromYear, rate: at(values, i) })),
      );
    case 'reduction':
      return Math.min(at(values, 0) * at(values, 1), values.length > 2 ? at(values, 2) : Infinity);
    case 'costToday':
      return Math.round(at(values, 0) * at(values, 1) + at(values, 2) + at(values, 3));
    case 'jointUnitCost':
      // In the kernel's order: R + (L · W · (1 − r) + O), so the sum is the same to the last digit.
      return Math.round(
        at(values, 0) + (at(values, 1) * at(values, 2) * (1 - at(values, 3)) + at(values, 4)),
      );
    case 'largestRemainder':
      return largestRemainder(formula.index, values);
    case 'cappedGrant':
      return Math.round(
        Math.min(
          at(values, 0),
          values.slice(1).reduce((s, v) => s + v, 0),
        ),
      );
    case 'coalitionCost': {
      let labour = 0;
      let other = 0;
      for (let k = 0; k < formula.members; k++) {
        labour += at(values, 2 + k);
        other += at(values, 2 + formula.members + k);
      }
      return (1 - at(values, 0)) * labour + other + at(values, 1);
    }
    case 'scaledSavings':
      return formula.wholeCurve === 0
        ? at(values, 0)
        : (at(values, 0) * formula.groupCurve) / formula.wholeCurve;
    case 'paybackYear': {
      const year = paybackYear(values);
      return year === null ? null : formula.firstYear + year;
    }
    case 'allocation':
      return allocation(formula, values, options.solver);
    case 'quantile':
      return createDistribution(formula.distribution).quantile(formula.p);
    case 'simulated':
      return null;
    case 'rank':
    case 'ahpWeight':
      return evaluateChoiceFormula(formula, values);
    default:
      return evaluateStaffingFormula(formula, values);
  }
}
