/**
 * The arithmetic of one evaluation of a compiled scenario: the net effect per municipality and year for
 * one set of input values. The cash-flow table, the Monte Carlo loop and the sensitivity analysis all call
 * this one function, so their figures agree to the krone.
 * @module
 */
import { largestRemainderInto } from '../cost-sharing/largest-remainder.ts';
import type { CompiledScenario } from './compiled-scenario.ts';

// Indexes below stay within the typed arrays by construction in compileScenario, so reads use `!` rather
// than checks in the innermost loop.

/** Optional per-line output, filled only for the cash-flow table (arrays indexed [area or grant][i · years + y]). */
export interface KernelDetail {
  /** Municipality i's cost today in area a, avoided from the unit's start (positive). */
  costToday: Float64Array[];
  /** Municipality i's cost of area a in the zero alternative (going alone), every year. */
  zeroCost: Float64Array[];
  /** Municipality i's share of the joint unit's running cost in area a. */
  jointShare: Float64Array[];
  /** Municipality i's share of area a's one-off costs. */
  oneOffShare: Float64Array[];
  /** Municipality i's share of grant g. */
  grantShare: Float64Array[];
  /** Area a's joint-unit running cost per year. */
  jointCost: Float64Array[];
  /** Area a's FTE reduction share actually reached per year (after the attrition cap). */
  reduction: Float64Array[];
  /** 1 where the attrition cap held the reduction below the ramp-up target. */
  attritionBinding: Uint8Array[];
}

/** Scratch buffers for the largest-remainder rounding, sized for the scenario's largest key. */
export interface KernelScratch {
  out: Float64Array;
  remainders: Float64Array;
}

/**
 * Scratch buffers for `evaluateScenario`; allocate once per run.
 * @example const scratch = createKernelScratch(model); // reuse for every draw
 */
export function createKernelScratch(model: CompiledScenario): KernelScratch {
  return {
    out: new Float64Array(model.maxParticipants),
    remainders: new Float64Array(model.maxParticipants),
  };
}

function sumSlots(values: Float64Array, slots: Int32Array, from: number, to: number): number {
  let sum = 0;
  for (let j = from; j < to; j++) sum += values[slots[j]!]!;
  return sum;
}

// Participant i's known extra costs of going alone in year y (the zero alternative's, beyond today's).
function zeroExtras(
  area: CompiledScenario['areas'][number],
  i: number,
  y: number,
  values: Float64Array,
): number {
  const start = area.zeroStart[i]!;
  return sumSlots(values, area.zeroSlots[i]!, start[y]!, start[y + 1]!);
}

// Adds area a's effect in year y to `net`: cost today, minus the shares of joint and one-off costs.
function addArea(
  model: CompiledScenario,
  a: number,
  y: number,
  wage: number,
  values: Float64Array,
  net: Float64Array,
  scratch: KernelScratch,
  detail: KernelDetail | null,
): void {
  const years = model.years.length;
  const area = model.areas[a]!;
  const n = area.count;
  const { out, remainders } = scratch;
  let joint = sumSlots(values, area.recurringSlots, area.recurringStart[y]!, area.recurringStart[y + 1]!);
  if (detail) {
    for (let i = 0; i < n; i++)
      detail.zeroCost[a]![i * years + y] = Math.round(
        area.labour[i]! * wage + area.other[i]! + zeroExtras(area, i, y, values),
      );
  }
  if (y >= area.startIndex) {
    const target = values[area.savingsSlot]! * area.effect[y]!;
    const reduction = Math.min(target, area.attritionLimit[y]!);
    joint += area.labourSum * wage * (1 - reduction) + area.otherSum;
    for (let i = 0; i < n; i++) {
      const today = Math.round(area.labour[i]! * wage + area.other[i]! + zeroExtras(area, i, y, values));
      const k = area.municipalities[i]! * years + y;
      net[k] = net[k]! + today;
      if (detail) detail.costToday[a]![i * years + y] = today;
    }
    if (detail) {
      detail.reduction[a]![y] = reduction;
      detail.attritionBinding[a]![y] = reduction < target ? 1 : 0;
    }
  }
  joint = Math.round(joint);
  if (detail) detail.jointCost[a]![y] = joint;
  if (joint !== 0) {
    largestRemainderInto(joint, area.costShares, n, out, remainders);
    for (let i = 0; i < n; i++) {
      const k = area.municipalities[i]! * years + y;
      net[k] = net[k]! - out[i]!;
      if (detail) detail.jointShare[a]![i * years + y] = out[i]!;
    }
  }
  const oneOff = Math.round(
    sumSlots(values, area.oneOffSlots, area.oneOffStart[y]!, area.oneOffStart[y + 1]!),
  );
  if (oneOff !== 0) {
    largestRemainderInto(oneOff, area.oneOffShares, n, out, remainders);
    for (let i = 0; i < n; i++) {
      const k = area.municipalities[i]! * years + y;
      net[k] = net[k]! - out[i]!;
      if (detail) detail.oneOffShare[a]![i * years + y] = out[i]!;
    }
  }
}

// Adds the shares of the grants paid in year y to `net`.
function addGrants(
  model: CompiledScenario,
  y: number,
  values: Float64Array,
  net: Float64Array,
  scratch: KernelScratch,
  detail: KernelDetail | null,
): void {
  const years = model.years.length;
  for (let j = model.grantsStart[y]!; j < model.grantsStart[y + 1]!; j++) {
    const g = model.grantOrder[j]!;
    const grant = model.grants[g]!;
    // A grant counts only up to the costs it finances (none listed: not at all).
    const financed = sumSlots(values, grant.capSlots, 0, grant.capSlots.length);
    const amount = Math.round(Math.min(values[grant.slot]!, financed));
    if (amount <= 0) continue;
    largestRemainderInto(amount, grant.shares, grant.count, scratch.out, scratch.remainders);
    for (let i = 0; i < grant.count; i++) {
      const k = grant.municipalities[i]! * years + y;
      net[k] = net[k]! + scratch.out[i]!;
      if (detail) detail.grantShare[g]![i * years + y] = scratch.out[i]!;
    }
  }
}

/**
 * Fills `net` (municipality m, year y at m · years + y) with whole kroner, for the input values in
 * `values` (the compiled scenario's slots). For each area and year from the unit's start:
 * - cost today_i = round(labour_i · W_y + other_i + zero-alternative extras_i,y), with W_y = (1 + g)^(y − baseYear)
 *   the real wage index: what the municipality pays going alone (the zero alternative), avoided from the start;
 * - reduction = min(savings share · ramp-up effect_y, attrition limit_y);
 * - joint cost = round(recurring_y + Σlabour · W_y · (1 − reduction) + Σother), recurring costs counting
 *   from their own start year even before the unit starts;
 * - one-off costs = round(Σ one-off amounts of the year);
 * - a grant = round(min(grant, Σ the one-off costs it finances)), nothing when it finances none.
 * Shares of joint cost, one-off costs and grants are whole kroner by the largest-remainder method.
 * Net effect = cost today − share of joint cost − share of one-off costs + share of grants (the issue's
 * definition). All money is real, in base-year kroner.
 * @example
 * const model = compileScenario(input);
 * const net = new Float64Array(model.municipalityIds.length * model.years.length);
 * evaluateScenario(model, model.values, net, createKernelScratch(model), null);
 */
export function evaluateScenario(
  model: CompiledScenario,
  values: Float64Array,
  net: Float64Array,
  scratch: KernelScratch,
  detail: KernelDetail | null,
): void {
  net.fill(0);
  const growth = 1 + values[model.wageGrowthSlot]!;
  let wage = Math.pow(growth, model.firstOffset);
  for (let y = 0; y < model.years.length; y++) {
    if (y > 0) wage *= growth;
    for (let a = 0; a < model.areas.length; a++) addArea(model, a, y, wage, values, net, scratch, detail);
    addGrants(model, y, values, net, scratch, detail);
  }
}

/**
 * Net present value per municipality (into `perMunicipality`) and of the total, from `net` as filled by
 * `evaluateScenario`: NPV_m = Σ_y d_y · net_{m,y} with d the compiled discount factors; the total is the
 * NPV of the yearly sums over municipalities.
 * @example const total = netPresentValues(model, net, new Float64Array(model.municipalityIds.length));
 */
export function netPresentValues(
  model: CompiledScenario,
  net: Float64Array,
  perMunicipality: Float64Array,
): number {
  const years = model.years.length;
  const count = model.municipalityIds.length;
  let total = 0;
  for (let y = 0; y < years; y++) {
    let sum = 0;
    for (let m = 0; m < count; m++) sum += net[m * years + y]!;
    total += model.discount[y]! * sum;
  }
  for (let m = 0; m < count; m++) {
    let npv = 0;
    for (let y = 0; y < years; y++) npv += model.discount[y]! * net[m * years + y]!;
    perMunicipality[m] = npv;
  }
  return total;
}
