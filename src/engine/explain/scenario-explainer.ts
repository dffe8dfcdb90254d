/**
 * Explains the figures of a scenario's cash-flow table at the inputs' medians, one figure at a time: the NPV
 * of a municipality, its net effect in a year, the lines that make it (cost today, shares of the joint unit's
 * cost, of one-off costs and of grants), and what those are made of, down to the fields of the input.
 * The numbers come from the same computation as the table (`computeCashFlows`); the explainer only names
 * them and their formulas, and the property test checks the formulas against the numbers.
 *
 * Figure ids, relative to the scenario (the case layer prefixes `scenario:<id>/`):
 * `npv/<m|total>`, `net/<m|total>/<year>`, `payback/<m|total>`, `cost-today/<area>/<m>/<year>`,
 * `joint-share/<area>/<m>/<year>`, `one-off-share/<area>/<m>/<year>`, `grant-share/<grant>/<m>/<year>`,
 * `joint-cost/<area>/<year>`, `one-off/<area>/<year>`, `grant/<grant>`, `reduction/<area>/<year>`,
 * `ramp-up/<area>/<year>`, `attrition-limit/<area>/<year>`, `wage-index/<year>`, `discount-factor/<year>`,
 * `labour-total/<area>`, `other-total/<area>`, `recurring/<area>/<year>`, `extras/<area>/<m>/<year>`;
 * fields of the input: `field/…` (see `fieldInput`).
 * @module
 */
import { compileScenario } from '../economics/compile-scenario.ts';
import type { CompiledScenario } from '../economics/compiled-scenario.ts';
import { NORWEGIAN_STATE_DISCOUNT_SCHEDULE } from '../economics/discounting.ts';
import { computeCashFlows, type CashFlowResult } from '../economics/scenario-cash-flows.ts';
import type { ScenarioInput, ScenarioServiceArea, ScenarioValue } from '../economics/scenario-input.ts';
import { summariseCashFlows, type ScenarioSummary } from '../economics/scenario-summary.ts';
import { quantileDraw } from '../economics/uncertain-inputs.ts';
import { runMonteCarlo, type MonteCarloResult } from '../economics/monte-carlo.ts';
import { asInput, type ExplainedUnit, type Explanation, type ExplanationInput } from './explanation.ts';
import type { Formula, SimulatedStatistic } from './formula.ts';

/** Everything computed once per scenario, from which any figure is explained on request. */
export interface ScenarioExplainer {
  input: ScenarioInput;
  model: CompiledScenario;
  cashFlows: CashFlowResult;
  summary: ScenarioSummary;
  /** The explanation of a figure id, or null when the scenario has no such figure. */
  explain(id: string): Explanation | null;
}

const LINE_KINDS: Record<string, string> = {
  'cost-today': 'costToday',
  'joint-share': 'jointUnitShare',
  'one-off-share': 'oneOffShare',
  'grant-share': 'grantShare',
};

type Node = Omit<Explanation, 'inputs'> & { inputs: ExplanationInput[] };

function node(
  id: string,
  step: string,
  value: number,
  unit: ExplainedUnit,
  symbols: string,
  formula: Formula,
  inputs: ExplanationInput[],
  params: Record<string, string | number> = {},
): Node {
  return { id, step, params, value, unit, symbols, formula, inputs };
}

class Explainer {
  readonly model: CompiledScenario;
  readonly cashFlows: CashFlowResult;
  readonly summary: ScenarioSummary;
  readonly #draw: (inputId: string) => number;
  #monteCarlo: MonteCarloResult | null = null;

  constructor(
    readonly input: ScenarioInput,
    readonly simulation: { draws: number; seed: number },
  ) {
    this.model = compileScenario(input);
    this.#draw = quantileDraw(input, 0.5);
    this.cashFlows = computeCashFlows(input, this.#draw);
    this.summary = summariseCashFlows(this.cashFlows, input.discountSchedule);
  }

  yearIndex(year: string | undefined): number {
    const y = this.model.years.indexOf(Number(year));
    return y;
  }

  areaIndex(areaId: string | undefined): number {
    return this.input.serviceAreas.findIndex((a) => a.id === areaId);
  }

  valueOf(value: ScenarioValue): number {
    return typeof value === 'number' ? value : this.#draw(value.inputId);
  }

  /** A field of the input: its value at the median, and how a distribution gives that median. */
  field(
    id: string,
    value: ScenarioValue,
    unit: ExplainedUnit,
    params: Record<string, string | number> = {},
  ): Node {
    const uncertain =
      typeof value === 'number' ? undefined : this.input.uncertainInputs.find((u) => u.id === value.inputId);
    const formula: Formula = uncertain
      ? { op: 'quantile', p: 0.5, distribution: uncertain.distribution }
      : { op: 'given' };
    return node(
      `field/${id}`,
      'field',
      this.valueOf(value),
      unit,
      uncertain ? 'P50' : '',
      formula,
      [],
      params,
    );
  }

  explain(id: string): Explanation | null {
    const [kind, ...rest] = id.split('/');
    switch (kind) {
      case 'npv':
        return this.npv(rest[0]);
      case 'net':
        return this.net(rest[0], rest[1]);
      case 'payback':
        return this.payback(rest[0]);
      case 'cost-today':
        return this.costToday(rest[0], rest[1], rest[2]);
      case 'joint-share':
        return this.share('joint-share', rest[0], rest[1], rest[2]);
      case 'one-off-share':
        return this.share('one-off-share', rest[0], rest[1], rest[2]);
      case 'grant-share':
        return this.grantShare(rest[0], rest[1], rest[2]);
      case 'joint-cost':
        return this.jointCost(rest[0], rest[1]);
      case 'one-off':
        return this.oneOff(rest[0], rest[1]);
      case 'grant':
        return this.grant(rest[0]);
      case 'reduction':
        return this.reduction(rest[0], rest[1]);
      case 'ramp-up':
        return this.rampUp(rest[0], rest[1]);
      case 'attrition-limit':
        return this.attritionLimit(rest[0], rest[1]);
      case 'wage-index':
        return this.wageIndex(rest[0]);
      case 'discount-factor':
        return this.discountFactor(rest[0]);
      case 'labour-total':
      case 'other-total':
        return this.areaTotal(kind, rest[0]);
      case 'recurring':
        return this.recurring(rest[0], rest[1]);
      case 'extras':
        return this.extras(rest[0], rest[1], rest[2]);
      case 'field':
        return this.fieldNode(rest);
      case 'monte-carlo':
        return this.simulated(rest[0], rest[1], rest[2]);
      default:
        return null;
    }
  }

  netSeries(m: string | undefined): number[] | undefined {
    return m === 'total'
      ? this.cashFlows.total
      : m === undefined
        ? undefined
        : this.cashFlows.perMunicipality[m];
  }

  npv(m: string | undefined): Explanation | null {
    const flows = this.netSeries(m);
    if (!flows || m === undefined) return null;
    const figures = m === 'total' ? this.summary.total : this.summary.perMunicipality[m];
    if (!figures) return null;
    const years = this.model.years;
    const inputs = years.flatMap((year) => [
      this.req(`net/${m}/${year}`),
      this.req(`discount-factor/${year}`),
    ]);
    // In pairs (net effect, discount factor), so that both can be opened; summed in the year order the
    // summary uses, so the sum is the same to the last digit.
    return node(`npv/${m}`, 'npv', figures.npv, 'nok', 'NNV = Σₜ Nₜ · dₜ', { op: 'sumOfProducts' }, inputs, {
      municipality: m,
    }) as Explanation;
  }

  req(id: string): ExplanationInput {
    const explained = this.explain(id);
    if (!explained) throw new Error(`explanation: no figure ${id}`);
    return asInput(explained);
  }

  net(m: string | undefined, year: string | undefined): Explanation | null {
    const y = this.yearIndex(year);
    const flows = this.netSeries(m);
    if (!flows || y < 0 || m === undefined) return null;
    if (m === 'total') {
      const ids = this.model.municipalityIds;
      return node(
        `net/total/${year}`,
        'net_total',
        flows[y] as number,
        'nok',
        'N = Σₘ Nₘ',
        { op: 'linear', coefficients: ids.map(() => 1) },
        ids.map((id) => this.req(`net/${id}/${year}`)),
        { year: Number(year) },
      );
    }
    const inputs: ExplanationInput[] = [];
    const coefficients: number[] = [];
    for (const line of this.cashFlows.lines) {
      if (line.municipality !== m) continue;
      const kind = {
        costToday: 'cost-today',
        jointUnitShare: 'joint-share',
        oneOffShare: 'one-off-share',
        grantShare: 'grant-share',
      }[line.kind];
      if (line.kind === 'costToday' && (line.values[y] ?? 0) === 0) continue;
      if (line.kind !== 'costToday' && (line.values[y] ?? 0) === 0) continue;
      inputs.push(this.req(`${kind}/${line.sourceId}/${m}/${year}`));
      coefficients.push(line.kind === 'costToday' || line.kind === 'grantShare' ? 1 : -1);
    }
    return node(
      `net/${m}/${year}`,
      'net',
      flows[y] as number,
      'nok',
      'N = K₀ − Kₑ − Kₑₙ + T',
      { op: 'linear', coefficients },
      inputs,
      { municipality: m, year: Number(year) },
    );
  }

  payback(m: string | undefined): Explanation | null {
    const flows = this.netSeries(m);
    const figures =
      m === 'total' ? this.summary.total : m === undefined ? undefined : this.summary.perMunicipality[m];
    if (!flows || !figures || figures.paybackYear === null) return null;
    const firstYear = this.model.years[0] as number;
    return node(
      `payback/${m}`,
      'payback',
      figures.paybackYear,
      'year',
      'Σₖ≤ₜ Nₖ ≥ 0',
      { op: 'paybackYear', firstYear },
      this.model.years.map((year) => this.req(`net/${m}/${year}`)),
      { municipality: m as string },
    );
  }

  line(kind: string, areaOrGrant: string | undefined, m: string | undefined, year: string | undefined) {
    const y = this.yearIndex(year);
    const lineKind = LINE_KINDS[kind];
    const line = this.cashFlows.lines.find(
      (l) => l.kind === lineKind && l.sourceId === areaOrGrant && l.municipality === m,
    );
    if (!line || y < 0) return null;
    // Lines carry the sign they enter the net effect with; a share of a cost is explained as the amount paid.
    const paid = line.kind === 'jointUnitShare' || line.kind === 'oneOffShare';
    return { y, value: (paid ? -(line.values[y] as number) : (line.values[y] as number)) + 0 };
  }

  costToday(areaId: string | undefined, m: string | undefined, year: string | undefined): Explanation | null {
    const found = this.line('cost-today', areaId, m, year);
    const area = this.model.areas[this.areaIndex(areaId)];
    // Before the unit starts, nothing is avoided: the line is 0 and has no formula to explain.
    if (!found || !area || found.y < area.startIndex) return null;
    const params = { area: areaId as string, municipality: m as string, year: Number(year) };
    const inputs = [
      this.req(`field/serviceAreas/${areaId}/labourCost/${m}`),
      this.req(`wage-index/${year}`),
      this.req(`field/serviceAreas/${areaId}/otherCosts/${m}`),
      this.req(`extras/${areaId}/${m}/${year}`),
    ];
    return node(
      `cost-today/${areaId}/${m}/${year}`,
      'cost_today',
      found.value,
      'nok',
      'K₀ = L · W + A + E',
      { op: 'costToday' },
      inputs,
      params,
    );
  }

  share(
    kind: 'joint-share' | 'one-off-share',
    areaId: string | undefined,
    m: string | undefined,
    year: string | undefined,
  ): Explanation | null {
    const found = this.line(kind, areaId, m, year);
    const a = this.areaIndex(areaId);
    const area = this.model.areas[a];
    if (!found || !area) return null;
    const index = this.input.serviceAreas[a]?.participants.indexOf(m as string) ?? -1;
    const key = kind === 'joint-share' ? 'costShare' : 'oneOffShare';
    const total = this.req(`${kind === 'joint-share' ? 'joint-cost' : 'one-off'}/${areaId}/${year}`);
    const shares = (this.input.serviceAreas[a]?.participants ?? []).map((p) =>
      this.req(`field/serviceAreas/${areaId}/${key}/${p}`),
    );
    return node(
      `${kind}/${areaId}/${m}/${year}`,
      kind === 'joint-share' ? 'joint_share' : 'one_off_share',
      found.value,
      'nok',
      'Kₘ = andel av K etter største rest',
      { op: 'largestRemainder', index },
      [total, ...shares],
      { area: areaId as string, municipality: m as string, year: Number(year) },
    );
  }

  grantShare(
    grantId: string | undefined,
    m: string | undefined,
    year: string | undefined,
  ): Explanation | null {
    const found = this.line('grant-share', grantId, m, year);
    const g = this.model.grants.findIndex((grant) => grant.id === grantId);
    const grant = this.model.grants[g];
    const input = this.input.grants.find((x) => x.id === grantId);
    if (!found || !grant || !input) return null;
    const ids = input.participants ?? this.input.municipalities.map((x) => x.id);
    const shares = ids.map((p) => this.req(`field/grants/${grantId}/share/${p}`));
    return node(
      `grant-share/${grantId}/${m}/${year}`,
      'grant_share',
      found.value,
      'nok',
      'Tₘ = andel av T etter største rest',
      { op: 'largestRemainder', index: ids.indexOf(m as string) },
      [this.req(`grant/${grantId}`), ...shares],
      { grant: grantId as string, municipality: m as string, year: Number(year) },
    );
  }

  grant(grantId: string | undefined): Explanation | null {
    const input = this.input.grants.find((x) => x.id === grantId);
    if (!input) return null;
    const financed = (input.financedCosts ?? []).flatMap((ref) => {
      const area = this.input.serviceAreas.find((a) => a.id === ref.areaId);
      const cost = area?.oneOffCosts.find((c) => c.id === ref.costId);
      return cost ? [this.req(`field/serviceAreas/${ref.areaId}/oneOffCosts/${ref.costId}`)] : [];
    });
    const values = [this.valueOf(input.amount), ...financed.map((f) => f.value)];
    const value = Math.round(
      Math.min(
        values[0] as number,
        financed.reduce((s, f) => s + f.value, 0),
      ),
    );
    return node(
      `grant/${grantId}`,
      'grant',
      value,
      'nok',
      'T = min(tilskudd, Σ kostnadene det finansierer)',
      { op: 'cappedGrant' },
      [this.req(`field/grants/${grantId}/amount`), ...financed],
      { grant: grantId as string },
    );
  }

  jointCost(areaId: string | undefined, year: string | undefined): Explanation | null {
    const a = this.areaIndex(areaId);
    const y = this.yearIndex(year);
    const flows = this.cashFlows.areas[a];
    const area = this.model.areas[a];
    if (!flows || !area || y < 0) return null;
    const running = y >= area.startIndex;
    const inputs = [
      this.req(`recurring/${areaId}/${year}`),
      ...(running
        ? [
            this.req(`labour-total/${areaId}`),
            this.req(`wage-index/${year}`),
            this.req(`reduction/${areaId}/${year}`),
            this.req(`other-total/${areaId}`),
          ]
        : []),
    ];
    const formula: Formula = running
      ? { op: 'jointUnitCost' }
      : { op: 'linear', coefficients: [1], round: true };
    return node(
      `joint-cost/${areaId}/${year}`,
      'joint_cost',
      flows.jointUnitCost[y] as number,
      'nok',
      running ? 'K = R + L · W · (1 − r) + A' : 'K = R',
      formula,
      inputs,
      { area: areaId as string, year: Number(year) },
    );
  }

  oneOff(areaId: string | undefined, year: string | undefined): Explanation | null {
    const a = this.areaIndex(areaId);
    const y = this.yearIndex(year);
    const area = this.input.serviceAreas[a];
    const flows = this.cashFlows.areas[a];
    if (!area || !flows || y < 0) return null;
    const costs = area.oneOffCosts.filter((c) => c.year === Number(year));
    const inputs = costs.map((c) => this.req(`field/serviceAreas/${areaId}/oneOffCosts/${c.id}`));
    return node(
      `one-off/${areaId}/${year}`,
      'one_off',
      flows.oneOffCosts[y] as number,
      'nok',
      'Kₑₙ = Σ engangskostnader i året',
      { op: 'linear', coefficients: inputs.map(() => 1), round: true },
      inputs,
      { area: areaId as string, year: Number(year) },
    );
  }

  recurring(areaId: string | undefined, year: string | undefined): Explanation | null {
    const area = this.input.serviceAreas[this.areaIndex(areaId)];
    if (!area || this.yearIndex(year) < 0) return null;
    const last = this.model.years[this.model.years.length - 1] as number;
    const costs = area.recurringCosts.filter(
      (c) => c.startYear <= Number(year) && Number(year) <= (c.endYear ?? last),
    );
    const inputs = costs.map((c) => this.req(`field/serviceAreas/${areaId}/recurringCosts/${c.id}`));
    const value = inputs.reduce((s, x) => s + x.value, 0);
    return node(
      `recurring/${areaId}/${year}`,
      'recurring',
      value,
      'nok',
      'R = Σ løpende nye kostnader i året',
      { op: 'linear', coefficients: inputs.map(() => 1) },
      inputs,
      { area: areaId as string, year: Number(year) },
    );
  }

  extras(areaId: string | undefined, m: string | undefined, year: string | undefined): Explanation | null {
    const area = this.input.serviceAreas[this.areaIndex(areaId)];
    if (!area || !area.participants.includes(m as string) || this.yearIndex(year) < 0) return null;
    const last = this.model.years[this.model.years.length - 1] as number;
    const costs = (area.zeroAlternativeCosts ?? []).filter(
      (c) => c.municipality === m && c.startYear <= Number(year) && Number(year) <= (c.endYear ?? last),
    );
    const inputs = costs.map((c) => this.req(`field/serviceAreas/${areaId}/zeroAlternativeCosts/${c.id}`));
    const value = inputs.reduce((s, x) => s + x.value, 0);
    return node(
      `extras/${areaId}/${m}/${year}`,
      'extras',
      value,
      'nok',
      'E = Σ kjente ekstrakostnader ved å fortsette alene',
      { op: 'linear', coefficients: inputs.map(() => 1) },
      inputs,
      { area: areaId as string, municipality: m as string, year: Number(year) },
    );
  }

  reduction(areaId: string | undefined, year: string | undefined): Explanation | null {
    const a = this.areaIndex(areaId);
    const y = this.yearIndex(year);
    const area = this.model.areas[a];
    const input = this.input.serviceAreas[a];
    if (!area || !input || y < area.startIndex || y < 0) return null;
    const target = this.valueOf(input.savingsShare) * (area.effect[y] as number);
    const limit = area.attritionLimit[y] as number;
    const inputs = [
      this.req(`field/serviceAreas/${areaId}/savingsShare`),
      this.req(`ramp-up/${areaId}/${year}`),
      ...(Number.isFinite(limit) ? [this.req(`attrition-limit/${areaId}/${year}`)] : []),
    ];
    return node(
      `reduction/${areaId}/${year}`,
      'reduction',
      Math.min(target, limit),
      'share',
      'r = min(s · e, grense)',
      { op: 'reduction' },
      inputs,
      { area: areaId as string, year: Number(year) },
    );
  }

  rampUp(areaId: string | undefined, year: string | undefined): Explanation | null {
    const a = this.areaIndex(areaId);
    const y = this.yearIndex(year);
    const area = this.model.areas[a];
    if (!area || y < area.startIndex || y < 0) return null;
    const k = y - area.startIndex;
    return node(
      `ramp-up/${areaId}/${year}`,
      'ramp_up',
      area.effect[y] as number,
      'share',
      'e = min(1, (k + 1)/(R + 1))',
      { op: 'rampUp', k },
      [this.req(`field/serviceAreas/${areaId}/rampUpYears`)],
      { area: areaId as string, year: Number(year), k },
    );
  }

  attritionLimit(areaId: string | undefined, year: string | undefined): Explanation | null {
    const a = this.areaIndex(areaId);
    const y = this.yearIndex(year);
    const area = this.model.areas[a];
    const input = this.input.serviceAreas[a];
    if (!area || !input || input.attritionCap === undefined || y < area.startIndex || y < 0) return null;
    const k = y - area.startIndex;
    return node(
      `attrition-limit/${areaId}/${year}`,
      'attrition_limit',
      area.attritionLimit[y] as number,
      'share',
      'grense = a · (k + 1)',
      { op: 'linear', coefficients: [k + 1] },
      [this.req(`field/serviceAreas/${areaId}/attritionCap`)],
      { area: areaId as string, year: Number(year), k },
    );
  }

  wageIndex(year: string | undefined): Explanation | null {
    const y = this.yearIndex(year);
    if (y < 0) return null;
    // The kernel multiplies year by year; the same here, so the index is the one it used to the last digit.
    const growth = 1 + this.valueOf(this.input.realWageGrowth ?? 0);
    let wage = Math.pow(growth, this.model.firstOffset);
    for (let k = 1; k <= y; k++) wage *= growth;
    const years = this.model.firstOffset + y;
    return node(
      `wage-index/${year}`,
      'wage_index',
      wage,
      'factor',
      'W = (1 + g)ᵗ',
      { op: 'growthIndex', years },
      [this.req('field/realWageGrowth')],
      { year: Number(year), t: years },
    );
  }

  discountFactor(year: string | undefined): Explanation | null {
    const y = this.yearIndex(year);
    if (y < 0) return null;
    const schedule = this.input.discountSchedule ?? NORWEGIAN_STATE_DISCOUNT_SCHEDULE;
    const t = Number(year) - this.model.baseYear;
    return node(
      `discount-factor/${year}`,
      'discount_factor',
      this.model.discount[y] as number,
      'factor',
      'd = Πₖ₌₁..ₜ 1/(1 + rₖ)',
      { op: 'discountFactor', year: t, fromYears: schedule.map((s) => s.fromYear) },
      schedule.map((_, k) => this.req(`field/discountRate/${k}`)),
      { year: Number(year), t },
    );
  }

  areaTotal(kind: 'labour-total' | 'other-total', areaId: string | undefined): Explanation | null {
    const a = this.areaIndex(areaId);
    const area = this.model.areas[a];
    const input = this.input.serviceAreas[a];
    if (!area || !input) return null;
    const field = kind === 'labour-total' ? 'labourCost' : 'otherCosts';
    const inputs = input.participants.map((m) => this.req(`field/serviceAreas/${areaId}/${field}/${m}`));
    const value = kind === 'labour-total' ? area.labourSum : area.otherSum;
    return node(
      `${kind}/${areaId}`,
      kind === 'labour-total' ? 'labour_total' : 'other_total',
      value,
      'nok',
      'Σₘ',
      { op: 'linear', coefficients: inputs.map(() => 1) },
      inputs,
      { area: areaId as string },
    );
  }

  /**
   * `monte-carlo/npv/<p10|p50|p90|mean>/<m|total>` and `monte-carlo/probability-of-loss/<m|total>`: explained
   * by the distributions drawn from, the seed and the number of draws (the run is made once, on request).
   */
  simulated(kind: string | undefined, a: string | undefined, b: string | undefined): Explanation | null {
    const statistic = (
      kind === 'npv' ? a : kind === 'probability-of-loss' ? 'probabilityOfLoss' : undefined
    ) as SimulatedStatistic | undefined;
    const m = kind === 'npv' ? b : a;
    if (!statistic || (statistic !== 'probabilityOfLoss' && !STATISTICS.has(statistic)) || m === undefined)
      return null;
    this.#monteCarlo ??= runMonteCarlo(this.input, this.simulation) as MonteCarloResult;
    const distribution = m === 'total' ? this.#monteCarlo.total : this.#monteCarlo.perMunicipality[m];
    if (!distribution) return null;
    const value =
      statistic === 'probabilityOfLoss' ? distribution.probabilityOfLoss : distribution.npv[statistic];
    const id = kind === 'npv' ? `monte-carlo/npv/${statistic}/${m}` : `monte-carlo/probability-of-loss/${m}`;
    const { draws, seed } = this.simulation;
    return node(
      id,
      'simulated',
      value,
      statistic === 'probabilityOfLoss' ? 'share' : 'nok',
      statistic === 'probabilityOfLoss' ? 'P(NNV < 0)' : statistic.toUpperCase(),
      { op: 'simulated', statistic, seed, draws },
      uncertainFieldIds(this.input).map((f) => this.req(f)),
      { municipality: m, statistic, draws, seed },
    );
  }

  /** A field of the input (`field/…`): the figures the case layer maps to the document, with provenance. */
  fieldNode(path: string[]): Explanation | null {
    const [head, id, name, m] = path;
    if (head === 'realWageGrowth')
      return this.field('realWageGrowth', this.input.realWageGrowth ?? 0, 'rate');
    if (head === 'discountRate') {
      const schedule = this.input.discountSchedule ?? NORWEGIAN_STATE_DISCOUNT_SCHEDULE;
      const step = schedule[Number(id)];
      return step ? this.field(`discountRate/${id}`, step.rate, 'rate', { fromYear: step.fromYear }) : null;
    }
    if (head === 'grants') return this.grantField(id, name, m);
    if (head !== 'serviceAreas') return null;
    const a = this.areaIndex(id);
    const area = this.input.serviceAreas[a];
    const compiled = this.model.areas[a];
    if (!area || !compiled) return null;
    return this.areaField(area, compiled, name, m);
  }

  areaField(
    area: ScenarioServiceArea,
    compiled: CompiledScenario['areas'][number],
    name: string | undefined,
    m: string | undefined,
  ): Explanation | null {
    const at = `serviceAreas/${area.id}/${name}`;
    const params = { area: area.id, ...(m === undefined ? {} : { municipality: m }) };
    const i = area.participants.indexOf(m as string);
    switch (name) {
      case 'labourCost':
        return i < 0 ? null : this.field(`${at}/${m}`, compiled.labour[i] as number, 'nok', params);
      case 'otherCosts':
        return i < 0 ? null : this.field(`${at}/${m}`, compiled.other[i] as number, 'nok', params);
      case 'costShare':
        return i < 0 ? null : this.field(`${at}/${m}`, compiled.costShares[i] as number, 'share', params);
      case 'oneOffShare':
        return i < 0 ? null : this.field(`${at}/${m}`, compiled.oneOffShares[i] as number, 'share', params);
      case 'savingsShare':
        return this.field(at, area.savingsShare, 'share', params);
      case 'rampUpYears':
        return this.field(at, area.rampUpYears, 'count', params);
      case 'attritionCap':
        return area.attritionCap === undefined ? null : this.field(at, area.attritionCap, 'share', params);
      case 'recurringCosts':
      case 'oneOffCosts':
      case 'zeroAlternativeCosts': {
        const cost = (area[name] ?? []).find((c) => c.id === m);
        return cost ? this.field(`${at}/${m}`, cost.amount, 'nok', { area: area.id, cost: cost.id }) : null;
      }
      default:
        return null;
    }
  }

  grantField(
    grantId: string | undefined,
    name: string | undefined,
    m: string | undefined,
  ): Explanation | null {
    const input = this.input.grants.find((x) => x.id === grantId);
    const compiled = this.model.grants.find((x) => x.id === grantId);
    if (!input) return null;
    if (name === 'amount')
      return this.field(`grants/${grantId}/amount`, input.amount, 'nok', { grant: input.id });
    const ids = input.participants ?? this.input.municipalities.map((x) => x.id);
    const i = ids.indexOf(m as string);
    if (name !== 'share' || i < 0 || !compiled) return null;
    return this.field(`grants/${grantId}/share/${m}`, compiled.shares[i] as number, 'share', {
      grant: input.id,
      municipality: m as string,
    });
  }
}

const STATISTICS: ReadonlySet<string> = new Set(['p10', 'p50', 'p90', 'mean']);

/** The input's fields that are drawn from a distribution, by their figure ids. */
function uncertainFieldIds(input: ScenarioInput): string[] {
  const drawn = (value: ScenarioValue) => typeof value !== 'number';
  const ids = input.serviceAreas.flatMap((area) => [
    ...(drawn(area.savingsShare) ? [`field/serviceAreas/${area.id}/savingsShare`] : []),
    ...(['recurringCosts', 'oneOffCosts', 'zeroAlternativeCosts'] as const).flatMap((name) =>
      (area[name] ?? [])
        .filter((c) => drawn(c.amount))
        .map((c) => `field/serviceAreas/${area.id}/${name}/${c.id}`),
    ),
  ]);
  return drawn(input.realWageGrowth ?? 0) ? [...ids, 'field/realWageGrowth'] : ids;
}

/**
 * Computes the scenario once at the medians and returns an explainer for its figures.
 * @throws EconomicsInputError as `computeCashFlows` does.
 * @example scenarioExplainer(input).explain('npv/5028')?.inputs.length // → 2 × the table's years
 */
export function scenarioExplainer(
  input: ScenarioInput,
  simulation: { draws: number; seed: number } = { draws: 10_000, seed: 20260610 },
): ScenarioExplainer {
  const explainer = new Explainer(input, simulation);
  return {
    input,
    model: explainer.model,
    cashFlows: explainer.cashFlows,
    summary: explainer.summary,
    explain: (id) => explainer.explain(id),
  };
}
