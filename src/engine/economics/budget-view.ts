/**
 * The budget view: the net effect in nominal kroner over the four years of the økonomiplan, which is how
 * the municipalities' finance departments will read it.
 * @module
 */
import type { CashFlowResult } from './scenario-cash-flows.ts';

export interface BudgetViewOptions {
  /** Expected price and wage growth per year (the municipal deflator), e.g. 0.03. */
  inflation: number;
  /** First budget year. @default the base year + 1 */
  firstYear?: number;
  /** Number of years. @default 4 (the økonomiplan period, kommuneloven § 14-4) */
  years?: number;
}

/** Nominal net effect per municipality and in total, whole kroner. */
export interface BudgetView {
  years: number[];
  perMunicipality: Record<string, number[]>;
  total: number[];
  inflation: number;
  /** Budget years outside the cash-flow table, left out. */
  missingYears: number[];
}

/**
 * Converts the real net effect to nominal kroner: nominal_y = round(real_y · (1 + inflation)^(y − base
 * year)), for each budget year in the table. The total is the sum of the rounded municipal figures, so
 * the table adds up.
 * Source: kommuneloven § 14-4 (økonomiplan for at least the next four years).
 * @example budgetView(flows, { inflation: 0.03 }) // base year 2025 → years 2026–2029, × 1.03, 1.03², …
 */
export function budgetView(cashFlows: CashFlowResult, options: BudgetViewOptions): BudgetView {
  if (!(Number.isFinite(options.inflation) && options.inflation > -1)) {
    throw new RangeError(`inflation must be a finite rate above −100 %, got ${options.inflation}`);
  }
  const firstYear = options.firstYear ?? cashFlows.baseYear + 1;
  const wanted = Array.from({ length: options.years ?? 4 }, (_, i) => firstYear + i);
  const years = wanted.filter((year) => cashFlows.years.includes(year));
  const nominal = (real: readonly number[]) =>
    years.map((year) => {
      const value = real[cashFlows.years.indexOf(year)] ?? 0;
      return Math.round(value * Math.pow(1 + options.inflation, year - cashFlows.baseYear)) + 0;
    });
  const perMunicipality: Record<string, number[]> = {};
  for (const [id, flows] of Object.entries(cashFlows.perMunicipality)) perMunicipality[id] = nominal(flows);
  const total = years.map((_, i) =>
    Object.values(perMunicipality).reduce((sum, flows) => sum + (flows[i] ?? 0), 0),
  );
  return {
    years,
    perMunicipality,
    total,
    inflation: options.inflation,
    missingYears: wanted.filter((year) => !years.includes(year)),
  };
}
