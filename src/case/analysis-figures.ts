/**
 * Every figure an analysis shows, as one flat map from a figure id to its value, so two computations can be
 * compared figure by figure and a stored result can name exactly what moved. Ids are those of the API
 * (`scenario:administrative-tjenester/npv/5028`, `scenario:…/net/5028/2028`,
 * `cost-sharing:administrative-tjenester/package/nucleolus/5028`).
 *
 * The input types are the parts of the API's answers the figures come from, so the map can be taken from the
 * engine's result or from the JSON the server sent (a JSON round trip keeps every finite number exactly).
 * @module
 */
import type { ScenarioAnalysis } from './scenario/analyse-scenario.ts';
import type { CostSharingComparison } from './cost-sharing/compare-allocations.ts';
import type { CostSharingScope } from './cost-sharing/coalition-costs.ts';

/** A figure's value: a number, or null where the analysis shows none (no payback year, no meaningful IRR). */
export type FigureValue = number | null;

/** Figure id → value. */
export type Figures = Record<string, FigureValue>;

/** What the scenario analysis's figures are read from: the engine's result or the API's answer. */
export type ScenarioAnalysisSource = Pick<
  ScenarioAnalysis,
  | 'scenarioId'
  | 'cashFlows'
  | 'summary'
  | 'budget'
  | 'socioEconomic'
  | 'tornado'
  | 'switchingValues'
  | 'monteCarlo'
>;

/** What the cost-sharing figures are read from: `compareAllocations` or the API's `CostSharingView`. */
export interface CostSharingSource {
  scenarioId: string;
  scope: CostSharingScope;
  table: Pick<CostSharingComparison['table'], 'rows'>;
  analysis: {
    leastCoreValue: number | null;
    allocations: readonly { id: string; amounts: readonly number[] }[];
  } | null;
  players: readonly { municipality: string }[];
  netEffect: CostSharingComparison['netEffect'];
}

/** Collects figures under one prefix; years come from the series they index. */
function collector(prefix: string) {
  const figures: Figures = {};
  const put = (id: string, value: FigureValue | undefined) => {
    figures[`${prefix}/${id}`] = value ?? null;
  };
  const series = (id: string, years: readonly number[], values: readonly number[]) =>
    years.forEach((year, i) => put(`${id}/${year}`, values[i]));
  return { figures, put, series };
}

/**
 * The figures of a scenario analysis: net effect, zero alternative and cost with the cooperation per
 * municipality and year; NPV, payback and IRR; the budget and socio-economic views; the tornado, switching
 * values and the Monte Carlo summaries.
 * @example scenarioFigures(analyseScenario(defaultCase(), 'administrative-tjenester')!)['scenario:administrative-tjenester/npv/total']
 */
export function scenarioFigures(analysis: ScenarioAnalysisSource): Figures {
  const { figures, put, series } = collector(`scenario:${analysis.scenarioId}`);
  const { cashFlows, summary, budget, socioEconomic, monteCarlo } = analysis;
  for (const [m, flows] of Object.entries(cashFlows.perMunicipality))
    series(`net/${m}`, cashFlows.years, flows);
  series('net/total', cashFlows.years, cashFlows.total);
  for (const [m, flows] of Object.entries(cashFlows.zeroAlternative)) {
    series(`zero-alternative/${m}`, cashFlows.years, flows);
  }
  for (const [m, flows] of Object.entries(cashFlows.withCooperation)) {
    series(`with-cooperation/${m}`, cashFlows.years, flows);
  }
  const cashFlowFigures = Object.entries(summary.perMunicipality).concat([['total', summary.total]]);
  for (const [who, f] of cashFlowFigures) {
    put(`npv/${who}`, f.npv);
    put(`payback-year/${who}`, f.paybackYear);
    put(`payback-period/${who}`, f.paybackPeriod);
    put(`irr/${who}`, f.irr.kind === 'meaningful' ? f.irr.rate : null);
  }
  for (const [m, flows] of Object.entries(budget.perMunicipality)) series(`budget/${m}`, budget.years, flows);
  series('budget/total', budget.years, budget.total);
  series('socio-economic/resource-effect', socioEconomic.years, socioEconomic.resourceEffect);
  series('socio-economic/transfers-left-out', socioEconomic.years, socioEconomic.transfersLeftOut);
  series('socio-economic/tax-financing', socioEconomic.years, socioEconomic.taxFinancing);
  series('socio-economic/net', socioEconomic.years, socioEconomic.net);
  put('socio-economic/npv-analysis-period', socioEconomic.npvAnalysisPeriod);
  put('socio-economic/npv-resource', socioEconomic.npvResource);
  put('socio-economic/npv-tax-financing', socioEconomic.npvTaxFinancing);
  put('socio-economic/residual-value', socioEconomic.residualValue);
  put('socio-economic/npv', socioEconomic.npv);
  put('tornado/base-npv', analysis.tornado.baseNpv);
  for (const bar of analysis.tornado.bars) {
    for (const end of ['low', 'high'] as const) {
      put(`tornado/${bar.inputId}/${end}/value`, bar[end].value);
      put(`tornado/${bar.inputId}/${end}/npv/total`, bar[end].npv);
      for (const [m, npv] of Object.entries(bar[end].perMunicipality)) {
        put(`tornado/${bar.inputId}/${end}/npv/${m}`, npv);
      }
    }
  }
  for (const switching of analysis.switchingValues) {
    put(`switching-value/${switching.inputId}/total`, switching.value);
    for (const [m, value] of Object.entries(switching.perMunicipality)) {
      put(`switching-value/${switching.inputId}/${m}`, value);
    }
  }
  if (monteCarlo.status === 'done') {
    const distributions = Object.entries(monteCarlo.perMunicipality).concat([['total', monteCarlo.total]]);
    for (const [who, d] of distributions) {
      for (const stat of ['mean', 'p10', 'p50', 'p90', 'min', 'max'] as const) {
        put(`monte-carlo/npv/${stat}/${who}`, d.npv[stat]);
      }
      put(`monte-carlo/probability-of-loss/${who}`, d.probabilityOfLoss);
    }
    for (const point of monteCarlo.cumulativeCashFan) {
      for (const q of ['p10', 'p50', 'p90'] as const) put(`monte-carlo/fan/${q}/${point.year}`, point[q]);
    }
  }
  return figures;
}

/** `lonn-regnskap-fakturering` for an area, `package` for all of a scenario's areas. */
export function scopeId(scope: CostSharingScope): string {
  return scope.kind === 'area' ? scope.areaId : 'package';
}

/**
 * The figures of a cost-sharing comparison: each group's cost, the least-core value, what each municipality
 * pays under each key and method, and its net effect per year under each.
 * @example costSharingFigures(view)['cost-sharing:administrative-tjenester/package/nucleolus/5028']
 */
export function costSharingFigures(comparison: CostSharingSource): Figures {
  const { figures, put, series } = collector(
    `cost-sharing:${comparison.scenarioId}/${scopeId(comparison.scope)}`,
  );
  for (const row of comparison.table.rows) put(`coalition/${row.members.join('+')}`, row.cost);
  if (comparison.analysis) {
    put('least-core', comparison.analysis.leastCoreValue);
    for (const row of comparison.analysis.allocations) {
      comparison.players.forEach((p, i) => put(`${row.id}/${p.municipality}`, row.amounts[i]));
    }
  }
  const net = comparison.netEffect;
  for (const [rowId, perMunicipality] of Object.entries(net?.perAllocation ?? {})) {
    for (const [m, flows] of Object.entries(perMunicipality))
      series(`${rowId}/net/${m}`, net?.years ?? [], flows);
  }
  return figures;
}
