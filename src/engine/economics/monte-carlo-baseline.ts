/**
 * A hand-written, flat typed-array version of the Monte Carlo NPV loop, as the yardstick for
 * `runMonteCarlo`'s speed (the goal: within 3× of this) and as an independent second implementation of
 * the scenario arithmetic: a test checks that both give the same NPV for every draw. It shares only the
 * distributions, the random streams and the key shares with the engine; the cash-flow arithmetic is
 * written out again here, without the compiled model, the kernel or the chunking.
 * @module
 */
import type { KeyInput } from '../cost-sharing/cost-key.ts';
import { keyShares } from '../cost-sharing/registry.ts';
import { independentStreams } from '../random/seeded-random.ts';
import { createDistribution } from '../statistics/distributions/registry.ts';
import { discountFactors, NORWEGIAN_STATE_DISCOUNT_SCHEDULE } from './discounting.ts';
import type { ScenarioInput, ScenarioValue, ShareRule } from './scenario-input.ts';

// Shares by a registry key, or given shares normalised (as `compile-context.ts`).
function sharesOf(inputs: readonly KeyInput[], rule: ShareRule): number[] {
  if (!('shares' in rule)) return keyShares(inputs, rule);
  const raw = inputs.map((p) => rule.shares[p.id] ?? 0);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / sum);
}

/** Every draw's NPV, municipality-major (`npv[m · draws + d]`), of the total, and cumulative cash (`[y · draws + d]`). */
export interface BaselineResult {
  npv: Float64Array;
  total: Float64Array;
  cumulative: Float64Array;
}

// Indexes stay within the arrays by construction in `flatten`, so reads use `!` in the loop.

// Money and shares flattened over (area, participant) pairs; items as parallel arrays.
interface Flat {
  values: Float64Array;
  wageSlot: number;
  pairMunicipality: Int32Array;
  pairLabour: Float64Array;
  pairOther: Float64Array;
  pairCostShare: Float64Array;
  pairOneOffShare: Float64Array;
  areaFirstPair: Int32Array;
  areaLabourSum: Float64Array;
  areaOtherSum: Float64Array;
  areaSavingsSlot: Int32Array;
  areaStart: Int32Array;
  areaRamp: Int32Array;
  areaCap: Float64Array;
  recurringArea: Int32Array;
  recurringSlot: Int32Array;
  recurringFrom: Int32Array;
  recurringTo: Int32Array;
  oneOffArea: Int32Array;
  oneOffSlot: Int32Array;
  oneOffYear: Int32Array;
  grantSlot: Int32Array;
  grantYear: Int32Array;
  grantFirstPair: Int32Array;
  /** Slots of the one-off costs each grant finances; it counts up to their sum. */
  grantCaps: Int32Array[];
  zeroPair: Int32Array;
  zeroSlot: Int32Array;
  zeroFrom: Int32Array;
  zeroTo: Int32Array;
  grantPairMunicipality: Int32Array;
  grantPairShare: Float64Array;
}

function flatten(input: ScenarioInput): Flat {
  const ids = input.uncertainInputs.map((u) => u.id);
  const values: number[] = ids.map(() => 0);
  const slot = (value: ScenarioValue) => {
    if (typeof value !== 'number') return ids.indexOf(value.inputId);
    values.push(value);
    return values.length - 1;
  };
  const firstYear = input.firstYear ?? input.baseYear;
  const lastYear = firstYear + input.horizonYears - 1;
  const municipality = (id: string) => input.municipalities.findIndex((m) => m.id === id);
  const pairs = {
    municipality: [] as number[],
    labour: [] as number[],
    other: [] as number[],
    cost: [] as number[],
    oneOff: [] as number[],
  };
  const areaFirstPair: number[] = [];
  const recurring = { area: [] as number[], slot: [] as number[], from: [] as number[], to: [] as number[] };
  const oneOff = { area: [] as number[], slot: [] as number[], year: [] as number[] };
  const zero = { pair: [] as number[], slot: [] as number[], from: [] as number[], to: [] as number[] };
  const oneOffSlotById = new Map<string, number>();
  const wageSlot = slot(input.realWageGrowth ?? 0);
  const areas = input.serviceAreas.map((area, a) => {
    areaFirstPair.push(pairs.municipality.length);
    const keyInputs = area.participants.map((id) => {
      const m = input.municipalities[municipality(id)];
      const row = area.baseline.find((b) => b.municipality === id);
      pairs.municipality.push(municipality(id));
      pairs.labour.push(row?.labourCost ?? 0);
      pairs.other.push(row?.otherCosts ?? 0);
      return { id, population: m?.population ?? [], volumes: { ...m?.volumes, ...row?.volumes } };
    });
    pairs.cost.push(...sharesOf(keyInputs, area.costKey));
    pairs.oneOff.push(...sharesOf(keyInputs, area.oneOffKey));
    for (const cost of area.zeroAlternativeCosts ?? []) {
      zero.pair.push(
        pairs.municipality.length - area.participants.length + area.participants.indexOf(cost.municipality),
      );
      zero.slot.push(slot(cost.amount));
      zero.from.push(cost.startYear - firstYear);
      zero.to.push((cost.endYear ?? lastYear) - firstYear);
    }
    for (const cost of area.recurringCosts) {
      recurring.area.push(a);
      recurring.slot.push(slot(cost.amount));
      recurring.from.push(cost.startYear - firstYear);
      recurring.to.push((cost.endYear ?? lastYear) - firstYear);
    }
    for (const cost of area.oneOffCosts) {
      oneOff.area.push(a);
      oneOff.slot.push(slot(cost.amount));
      oneOff.year.push(cost.year - firstYear);
      oneOffSlotById.set(`${area.id}/${cost.id}`, oneOff.slot[oneOff.slot.length - 1]!);
    }
    let labourSum = 0;
    let otherSum = 0;
    for (const id of area.participants) {
      const row = area.baseline.find((b) => b.municipality === id);
      labourSum += row?.labourCost ?? 0;
      otherSum += row?.otherCosts ?? 0;
    }
    return { labourSum, otherSum, savings: slot(area.savingsShare), start: area.startYear - firstYear, area };
  });
  areaFirstPair.push(pairs.municipality.length);
  const grantFirstPair: number[] = [];
  const grantPairs = { municipality: [] as number[], share: [] as number[] };
  const grantSlot: number[] = [];
  const grantYear: number[] = [];
  const grantCaps: number[][] = [];
  for (const grant of input.grants) {
    grantCaps.push(
      (grant.financedCosts ?? []).map((ref) => oneOffSlotById.get(`${ref.areaId}/${ref.costId}`)!),
    );
    const participants = grant.participants ?? input.municipalities.map((m) => m.id);
    grantFirstPair.push(grantPairs.municipality.length);
    const keyInputs = participants.map((id) => ({ ...input.municipalities[municipality(id)], id }));
    grantPairs.municipality.push(...participants.map(municipality));
    grantPairs.share.push(...keyShares(keyInputs, grant.key));
    grantSlot.push(slot(grant.amount));
    grantYear.push(grant.year - firstYear);
  }
  grantFirstPair.push(grantPairs.municipality.length);
  return {
    values: Float64Array.from(values),
    wageSlot,
    pairMunicipality: Int32Array.from(pairs.municipality),
    pairLabour: Float64Array.from(pairs.labour),
    pairOther: Float64Array.from(pairs.other),
    pairCostShare: Float64Array.from(pairs.cost),
    pairOneOffShare: Float64Array.from(pairs.oneOff),
    areaFirstPair: Int32Array.from(areaFirstPair),
    areaLabourSum: Float64Array.from(areas.map((a) => a.labourSum)),
    areaOtherSum: Float64Array.from(areas.map((a) => a.otherSum)),
    areaSavingsSlot: Int32Array.from(areas.map((a) => a.savings)),
    areaStart: Int32Array.from(areas.map((a) => a.start)),
    areaRamp: Int32Array.from(areas.map((a) => a.area.rampUpYears)),
    areaCap: Float64Array.from(areas.map((a) => a.area.attritionCap ?? Infinity)),
    recurringArea: Int32Array.from(recurring.area),
    recurringSlot: Int32Array.from(recurring.slot),
    recurringFrom: Int32Array.from(recurring.from),
    recurringTo: Int32Array.from(recurring.to),
    oneOffArea: Int32Array.from(oneOff.area),
    oneOffSlot: Int32Array.from(oneOff.slot),
    oneOffYear: Int32Array.from(oneOff.year),
    grantSlot: Int32Array.from(grantSlot),
    grantYear: Int32Array.from(grantYear),
    grantFirstPair: Int32Array.from(grantFirstPair),
    grantCaps: grantCaps.map((caps) => Int32Array.from(caps)),
    zeroPair: Int32Array.from(zero.pair),
    zeroSlot: Int32Array.from(zero.slot),
    zeroFrom: Int32Array.from(zero.from),
    zeroTo: Int32Array.from(zero.to),
    grantPairMunicipality: Int32Array.from(grantPairs.municipality),
    grantPairShare: Float64Array.from(grantPairs.share),
  };
}

// Largest remainder of `total` by shares[from .. from + n), written to out[0 .. n), as in the engine.
function apportion(
  total: number,
  shares: Float64Array,
  from: number,
  n: number,
  out: Float64Array,
  rest: Float64Array,
) {
  const sign = total < 0 ? -1 : 1;
  const magnitude = total * sign;
  let assigned = 0;
  for (let j = 0; j < n; j++) {
    const share = shares[from + j]!;
    const quota = magnitude * share;
    const whole = Math.floor(quota);
    out[j] = whole;
    rest[j] = share > 0 ? quota - whole : -1;
    assigned += whole;
  }
  for (let left = magnitude - assigned; left > 0; left--) {
    let best = 0;
    for (let j = 1; j < n; j++) if (rest[j]! > rest[best]!) best = j;
    out[best] = out[best]! + 1;
    rest[best] = -1;
  }
  if (sign < 0) for (let j = 0; j < n; j++) out[j] = -out[j]! + 0;
}

/**
 * Every draw's NPV per municipality and in total, by one flat loop over typed arrays. The arithmetic is
 * the engine's (see `evaluateScenario`): cost today = round(labour · W + other); joint cost =
 * round(recurring + Σlabour · W · (1 − min(s · effect, cap · (k + 1))) + Σother); one-off costs and grants
 * rounded per year; shares by the largest-remainder method; NPV with the scenario's discount factors.
 * The scenario is assumed valid (run `compileScenario` first to check it).
 * @example monteCarloBaseline(EXAMPLE_SCENARIO, 100_000, 42).total // → Float64Array of 100 000 NPVs
 */
export function monteCarloBaseline(input: ScenarioInput, draws: number, seed: number): BaselineResult {
  const f = flatten(input);
  const distributions = input.uncertainInputs.map((u) => createDistribution(u.distribution));
  const inputs = distributions.length;
  const streams = independentStreams(seed, inputs);
  const municipalities = input.municipalities.length;
  const years = input.horizonYears;
  const offset = (input.firstYear ?? input.baseYear) - input.baseYear;
  const schedule = input.discountSchedule ?? NORWEGIAN_STATE_DISCOUNT_SCHEDULE;
  const discount = Float64Array.from(discountFactors(years, schedule, offset));
  const areas = f.areaStart.length;
  const widest = Math.max(1, f.pairMunicipality.length, f.grantPairMunicipality.length);
  const values = f.values.slice();
  const net = new Float64Array(municipalities * years);
  const out = new Float64Array(widest);
  const rest = new Float64Array(widest);
  const npv = new Float64Array(municipalities * draws);
  const total = new Float64Array(draws);
  const cumulative = new Float64Array(years * draws);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < inputs; k++) values[k] = distributions[k]!.sample(streams[k]!);
    net.fill(0);
    const growth = 1 + values[f.wageSlot]!;
    let wage = Math.pow(growth, offset);
    for (let y = 0; y < years; y++) {
      if (y > 0) wage *= growth;
      for (let a = 0; a < areas; a++) {
        const first = f.areaFirstPair[a]!;
        const n = f.areaFirstPair[a + 1]! - first;
        let joint = 0;
        for (let r = 0; r < f.recurringArea.length; r++) {
          if (f.recurringArea[r] === a && f.recurringFrom[r]! <= y && y <= f.recurringTo[r]!) {
            joint += values[f.recurringSlot[r]!]!;
          }
        }
        const k = y - f.areaStart[a]!;
        if (k >= 0) {
          const target = values[f.areaSavingsSlot[a]!]! * Math.min(1, (k + 1) / (f.areaRamp[a]! + 1));
          const reduction = Math.min(target, f.areaCap[a]! * (k + 1));
          joint += f.areaLabourSum[a]! * wage * (1 - reduction) + f.areaOtherSum[a]!;
          for (let j = 0; j < n; j++) {
            let extra = 0;
            for (let z = 0; z < f.zeroPair.length; z++) {
              if (f.zeroPair[z] === first + j && f.zeroFrom[z]! <= y && y <= f.zeroTo[z]!)
                extra += values[f.zeroSlot[z]!]!;
            }
            const cell = f.pairMunicipality[first + j]! * years + y;
            net[cell] =
              net[cell]! + Math.round(f.pairLabour[first + j]! * wage + f.pairOther[first + j]! + extra);
          }
        }
        joint = Math.round(joint);
        if (joint !== 0) {
          apportion(joint, f.pairCostShare, first, n, out, rest);
          for (let j = 0; j < n; j++) {
            const cell = f.pairMunicipality[first + j]! * years + y;
            net[cell] = net[cell]! - out[j]!;
          }
        }
        let oneOff = 0;
        for (let o = 0; o < f.oneOffArea.length; o++) {
          if (f.oneOffArea[o] === a && f.oneOffYear[o] === y) oneOff += values[f.oneOffSlot[o]!]!;
        }
        oneOff = Math.round(oneOff);
        if (oneOff !== 0) {
          apportion(oneOff, f.pairOneOffShare, first, n, out, rest);
          for (let j = 0; j < n; j++) {
            const cell = f.pairMunicipality[first + j]! * years + y;
            net[cell] = net[cell]! - out[j]!;
          }
        }
      }
      for (let g = 0; g < f.grantYear.length; g++) {
        if (f.grantYear[g] !== y) continue;
        let financed = 0;
        for (const capSlot of f.grantCaps[g]!) financed += values[capSlot]!;
        const amount = Math.round(Math.min(values[f.grantSlot[g]!]!, financed));
        if (amount <= 0) continue;
        const first = f.grantFirstPair[g]!;
        const n = f.grantFirstPair[g + 1]! - first;
        apportion(amount, f.grantPairShare, first, n, out, rest);
        for (let j = 0; j < n; j++) {
          const cell = f.grantPairMunicipality[first + j]! * years + y;
          net[cell] = net[cell]! + out[j]!;
        }
      }
    }
    let sum = 0;
    let cash = 0;
    for (let y = 0; y < years; y++) {
      let year = 0;
      for (let m = 0; m < municipalities; m++) year += net[m * years + y]!;
      sum += discount[y]! * year;
      cash += year;
      cumulative[y * draws + d] = cash;
    }
    total[d] = sum;
    for (let m = 0; m < municipalities; m++) {
      let value = 0;
      for (let y = 0; y < years; y++) value += discount[y]! * net[m * years + y]!;
      npv[m * draws + d] = value;
    }
  }
  return { npv, total, cumulative };
}
