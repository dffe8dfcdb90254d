/**
 * The socio-economic view (samfunnsøkonomisk visning): the cooperation as society sees it, beside the
 * budget view the finance managers read. All three municipalities and the state together, in real prices
 * of the base year, discounted by the scenario's schedule (R-109/21's 4 / 3 / 2 % by default, followed as
 * good practice: a municipal study is not bound by R-109, ECONOMICS.md §0). Differences from the budget view:
 * - a grant is a transfer between public bodies: the state's cost is the municipalities' income, so it
 *   nets out (ECONOMICS.md §4); the cost it finances stays in;
 * - payments between the municipalities net out in the total, so only the resource effect remains;
 * - the tax financing cost (skattefinansieringskostnad): every krone of net public spending costs society
 *   `rate` more (DFØ phase 4, ECONOMICS.md §4; the 20 % commonly used is unconfirmed from R-109's text),
 *   so a fall in spending gains that share too;
 * - a residual value (restverdi, NOU 2012: 16 ch. 6) for the years of the lifetime after the analysis
 *   period: the last analysed year's net effect, continued in real terms and discounted.
 * Distribution (who gains, who pays) is not in this view; DFØ keeps it a separate analysis (§0 point 4).
 * @module
 */
import { discountFactors, NORWEGIAN_STATE_DISCOUNT_SCHEDULE, type DiscountStep } from './discounting.ts';
import type { CashFlowResult } from './scenario-cash-flows.ts';

export interface SocioEconomicOptions {
  schedule?: readonly DiscountStep[];
  /** Tax financing cost per krone of net public spending, e.g. 0.2. @default 0 */
  taxFinancingRate?: number;
  /** Lifetime in years from the table's first year, ≥ the number of years in the table. @default the table's length */
  lifetimeYears?: number;
}

export interface SocioEconomicView {
  years: number[];
  /** Resource effect per year: the total net effect without the grants (transfers). Positive = society saves. */
  resourceEffect: number[];
  /** The grants left out as transfers, per year. */
  transfersLeftOut: number[];
  /** Tax financing effect per year: rate × resource effect (a saving in public spending gains, a cost costs). */
  taxFinancing: number[];
  /** resourceEffect + taxFinancing per year. */
  net: number[];
  /** NPV of `net` over the analysis period, base-year kroner. */
  npvAnalysisPeriod: number;
  /** Its two parts: the resource effect's NPV and the tax financing effect's (rate × the first). */
  npvResource: number;
  npvTaxFinancing: number;
  /** Value of the lifetime's remaining years (the last year's net effect continued), discounted. */
  residualValue: number;
  /** npvAnalysisPeriod + residualValue: the priced result beside the non-priced effects. */
  npv: number;
  convention: {
    prices: 'real';
    baseYear: number;
    schedule: readonly DiscountStep[];
    taxFinancingRate: number;
    analysisPeriodYears: number;
    lifetimeYears: number;
  };
}

/**
 * The socio-economic view of a cash-flow table (see the module comment for the rules).
 * @example socioEconomicView(flows, { taxFinancingRate: 0.2, lifetimeYears: 10 }).npv
 */
export function socioEconomicView(
  cashFlows: CashFlowResult,
  options: SocioEconomicOptions = {},
): SocioEconomicView {
  const schedule = options.schedule ?? NORWEGIAN_STATE_DISCOUNT_SCHEDULE;
  const rate = options.taxFinancingRate ?? 0;
  if (!(Number.isFinite(rate) && rate >= 0 && rate <= 1))
    throw new RangeError(`the tax financing rate must be within 0–1, got ${rate}`);
  const years = cashFlows.years;
  const count = years.length;
  const lifetime = options.lifetimeYears ?? count;
  if (!Number.isInteger(lifetime) || lifetime < count)
    throw new RangeError(`the lifetime must be a whole number of years ≥ ${count}, got ${lifetime}`);
  const transfersLeftOut = years.map(() => 0);
  for (const line of cashFlows.lines) {
    if (line.kind !== 'grantShare') continue;
    line.values.forEach((value, y) => (transfersLeftOut[y] = (transfersLeftOut[y] as number) + value));
  }
  const resourceEffect = cashFlows.total.map((value, y) => value - (transfersLeftOut[y] as number) + 0);
  const taxFinancing = resourceEffect.map((value) => value * rate + 0);
  const net = resourceEffect.map((value, y) => value + (taxFinancing[y] as number));
  const offset = (years[0] ?? cashFlows.baseYear) - cashFlows.baseYear;
  const factors = discountFactors(lifetime, schedule, offset);
  const npvOf = (flows: readonly number[]) =>
    flows.reduce((sum, value, y) => sum + value * (factors[y] as number), 0);
  const npvAnalysisPeriod = npvOf(net);
  const last = net[count - 1] ?? 0;
  let residualValue = 0;
  for (let t = count; t < lifetime; t++) residualValue += last * (factors[t] as number);
  return {
    years: [...years],
    resourceEffect,
    transfersLeftOut,
    taxFinancing,
    net,
    npvAnalysisPeriod,
    npvResource: npvOf(resourceEffect),
    npvTaxFinancing: npvOf(taxFinancing),
    residualValue,
    npv: npvAnalysisPeriod + residualValue,
    convention: {
      prices: 'real',
      baseYear: cashFlows.baseYear,
      schedule,
      taxFinancingRate: rate,
      analysisPeriodYears: count,
      lifetimeYears: lifetime,
    },
  };
}
