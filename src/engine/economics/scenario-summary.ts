/**
 * The figures the councils read off a cash-flow table: net present value, payback and internal rate of
 * return per municipality and in total, with the discounting convention stated.
 * @module
 */
import { NORWEGIAN_STATE_DISCOUNT_SCHEDULE, netPresentValue, type DiscountStep } from './discounting.ts';
import { irrVerdict, type IrrVerdict } from './irr-meaning.ts';
import { paybackPeriod, paybackYear } from './payback-year.ts';
import type { CashFlowResult } from './scenario-cash-flows.ts';

/** The discounting convention, to be stated beside every NPV. */
export interface DiscountConvention {
  /** Cash flows are in real kroner of `baseYear`. */
  prices: 'real';
  baseYear: number;
  schedule: readonly DiscountStep[];
  /** True when the schedule is R-109/21's 4 / 3 / 2 %. */
  isStateConvention: boolean;
}

/**
 * Whether there is anything to earn back: `paid_back` in `paybackYear`; `not_within_horizon` when the
 * cumulative is still negative in the last year; `no_outlay` when it is never negative (no cost comes
 * before the gains, so no payback year is shown: not even the table's first year).
 */
export type PaybackStatus = 'paid_back' | 'not_within_horizon' | 'no_outlay';

/** NPV, payback and IRR of one cash flow. */
export interface CashFlowFigures {
  /** Net present value in base-year kroner. */
  npv: number;
  /** Calendar year from which the cumulative net effect stays ≥ 0 after an outlay; null otherwise. */
  paybackYear: number | null;
  /** Years after the start of the first year of the table, interpolated (`paybackPeriod`); null without a payback year. */
  paybackPeriod: number | null;
  paybackStatus: PaybackStatus;
  /** The IRR where it means something (an outlay first, one sign change), else why not. */
  irr: IrrVerdict;
}

/** The figures per municipality and in total. */
export interface ScenarioSummary {
  perMunicipality: Record<string, CashFlowFigures>;
  total: CashFlowFigures;
  convention: DiscountConvention;
}

/**
 * The convention statement for a base year and schedule.
 * @example discountConvention(2025) // → { prices: 'real', baseYear: 2025, schedule: [4 %, 3 %, 2 % steps], isStateConvention: true }
 */
export function discountConvention(
  baseYear: number,
  schedule: readonly DiscountStep[] = NORWEGIAN_STATE_DISCOUNT_SCHEDULE,
): DiscountConvention {
  const isStateConvention =
    schedule.length === NORWEGIAN_STATE_DISCOUNT_SCHEDULE.length &&
    schedule.every(
      (step, i) =>
        step.fromYear === NORWEGIAN_STATE_DISCOUNT_SCHEDULE[i]?.fromYear &&
        step.rate === NORWEGIAN_STATE_DISCOUNT_SCHEDULE[i]?.rate,
    );
  return { prices: 'real', baseYear, schedule, isStateConvention };
}

function figures(
  flows: readonly number[],
  firstYear: number,
  offset: number,
  schedule: readonly DiscountStep[],
) {
  // Discounting counts from the base year; the table may start later, so pad the years before it.
  const fromBaseYear = [...Array.from({ length: offset }, () => 0), ...flows];
  const payback = paybackYear(flows);
  let cumulative = 0;
  const hasOutlay = flows.some((x) => (cumulative += x) < 0);
  const paybackStatus: PaybackStatus = !hasOutlay
    ? 'no_outlay'
    : payback === null
      ? 'not_within_horizon'
      : 'paid_back';
  return {
    npv: netPresentValue(fromBaseYear, schedule),
    paybackYear: paybackStatus === 'paid_back' && payback !== null ? firstYear + payback : null,
    paybackPeriod: paybackStatus === 'paid_back' ? paybackPeriod(flows) : null,
    paybackStatus,
    irr: irrVerdict(flows),
  };
}

/**
 * NPV (Σ_t d(t) · net_t with t counted from the base year and d by the schedule; R-109/21 by default),
 * payback year and IRR of each municipality's net effect and of the total.
 * Source: Finansdepartementet, rundskriv R-109/21; DFØ, Veileder i samfunnsøkonomiske analyser.
 * @example summariseCashFlows(computeCashFlows(input, quantileDraw(input, 0.5))).total.npv // → kroner
 */
export function summariseCashFlows(
  cashFlows: CashFlowResult,
  schedule: readonly DiscountStep[] = NORWEGIAN_STATE_DISCOUNT_SCHEDULE,
): ScenarioSummary {
  const firstYear = cashFlows.years[0] ?? cashFlows.baseYear;
  const offset = firstYear - cashFlows.baseYear;
  const perMunicipality: Record<string, CashFlowFigures> = {};
  for (const [id, flows] of Object.entries(cashFlows.perMunicipality)) {
    perMunicipality[id] = figures(flows, firstYear, offset, schedule);
  }
  return {
    perMunicipality,
    total: figures(cashFlows.total, firstYear, offset, schedule),
    convention: discountConvention(cashFlows.baseYear, schedule),
  };
}
