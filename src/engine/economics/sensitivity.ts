/**
 * Sensitivity of NPV to each uncertain input: a tornado of one-at-a-time changes, and the switching
 * value at which NPV turns zero. Every other input stays at its median, the base case of the cash-flow
 * table.
 * @module
 */
import { createDistribution } from '../statistics/distributions/registry.ts';
import { compileScenario } from './compile-scenario.ts';
import type { CompiledScenario } from './compiled-scenario.ts';
import { EconomicsInputError } from './economics-error.ts';
import { createKernelScratch, evaluateScenario, netPresentValues } from './scenario-kernel.ts';
import type { ScenarioInput } from './scenario-input.ts';
import { inputValues, quantileDraw } from './uncertain-inputs.ts';

/** How far each input is moved. */
export type TornadoMode =
  /** To base · (1 − change) and base · (1 + change); change 0.2 is ±20 %. */
  | { kind: 'relative'; change: number }
  /** To the input's own quantiles, e.g. P10 and P90. */
  | { kind: 'quantiles'; low: number; high: number };

/**
 * ±20 %, the default.
 * @example tornado(input, DEFAULT_TORNADO_MODE)
 */
export const DEFAULT_TORNADO_MODE: TornadoMode = { kind: 'relative', change: 0.2 };

/** NPV with one input moved, in base-year kroner. */
export interface TornadoEnd {
  value: number;
  npv: number;
  perMunicipality: Record<string, number>;
}

export interface TornadoBar {
  inputId: string;
  /** The input's base value (its median). */
  base: number;
  low: TornadoEnd;
  high: TornadoEnd;
  /** |NPV(high) − NPV(low)| of the total, the bar's length. */
  swing: number;
}

export interface Tornado {
  mode: TornadoMode;
  /** Total NPV with every input at its median. */
  baseNpv: number;
  /** Bars sorted by swing, largest first (ties in input order). */
  bars: TornadoBar[];
}

// Evaluates total and per-municipality NPV for value slots, reusing buffers.
function evaluator(model: CompiledScenario) {
  const net = new Float64Array(model.municipalityIds.length * model.years.length);
  const perMunicipality = new Float64Array(model.municipalityIds.length);
  const scratch = createKernelScratch(model);
  return (values: Float64Array) => {
    evaluateScenario(model, values, net, scratch, null);
    const total = netPresentValues(model, net, perMunicipality);
    return {
      total,
      perMunicipality: Object.fromEntries(
        model.municipalityIds.map((id, m) => [id, perMunicipality[m] as number]),
      ),
    };
  };
}

function inputIndex(model: CompiledScenario, inputId: string): number {
  const k = model.inputIds.indexOf(inputId);
  if (k < 0) throw new EconomicsInputError('invalid_scenario', ['uncertainInputs'], `no input «${inputId}»`);
  return k;
}

/**
 * One-at-a-time sensitivity: for each uncertain input, total NPV with that input at its low and high
 * value and every other input at its median; low/high are base · (1 ∓ change) (default ±20 %) or the
 * input's own quantiles (e.g. P10/P90). Bars are sorted by swing |NPV(high) − NPV(low)|.
 * Source: DFØ, Veileder i samfunnsøkonomiske analyser (sensitivity analysis); issue 4 item 6.
 * @example tornado(input).bars[0] // → { inputId: 'savings-lrf', low: { value: 0.166, npv: … }, high: { value: 0.249, … }, swing: … }
 */
export function tornado(input: ScenarioInput, mode: TornadoMode = DEFAULT_TORNADO_MODE): Tornado {
  const model = compileScenario(input);
  const npv = evaluator(model);
  const base = inputValues(model, quantileDraw(input, 0.5));
  const baseNpv = npv(base).total;
  const bars = model.inputIds.map((inputId, k) => {
    const distribution = model.distributions[k]!;
    const centre = base[k] as number;
    const [lowValue, highValue] =
      mode.kind === 'relative'
        ? [centre * (1 - mode.change), centre * (1 + mode.change)]
        : [distribution.quantile(mode.low), distribution.quantile(mode.high)];
    const at = (value: number): TornadoEnd => {
      const values = base.slice();
      values[k] = value;
      const result = npv(values);
      return { value, npv: result.total, perMunicipality: result.perMunicipality };
    };
    const low = at(lowValue);
    const high = at(highValue);
    return { inputId, base: centre, low, high, swing: Math.abs(high.npv - low.npv) };
  });
  // Array.prototype.sort is stable, so equal swings keep the input order.
  bars.sort((a, b) => b.swing - a.swing);
  return { mode, baseNpv, bars };
}

export interface SwitchingValueOptions {
  /** The interval searched. @default the input's P0.1–P99.9 (or its bounds), widened by its width each side, not below 0 for a non-negative input */
  range?: readonly [number, number];
  /** Whose NPV: a municipality id, or the total. @default the total */
  municipality?: string;
  /** Grid intervals scanned for a sign change. @default 200 */
  gridIntervals?: number;
}

function defaultRange(input: ScenarioInput, k: number): [number, number] {
  const distribution = createDistribution(input.uncertainInputs[k]!.distribution);
  const support = [distribution.quantile(0), distribution.quantile(1)];
  const lo = Number.isFinite(support[0]) ? (support[0] as number) : distribution.quantile(0.001);
  const hi = Number.isFinite(support[1]) ? (support[1] as number) : distribution.quantile(0.999);
  const width = hi - lo > 0 ? hi - lo : Math.abs(lo) || 1;
  const nonNegative = (support[0] as number) >= 0;
  return [nonNegative ? Math.max(0, lo - width) : lo - width, hi + width];
}

/**
 * The value of one uncertain input at which NPV (total, or one municipality's) is zero, with every other
 * input at its median: NPV is evaluated on a grid over the range, the sign change nearest the median is
 * bracketed and refined by bisection. NPV moves in whole-krone steps (cash is rounded to kroner), so the
 * value is exact to about one krone of NPV.
 * @returns null when NPV does not change sign in the range.
 * @example switchingValue(input, 'savings-lrf') // → 0.07…: below 7 % savings the cooperation loses money
 */
export function switchingValue(
  input: ScenarioInput,
  inputId: string,
  options: SwitchingValueOptions = {},
): number | null {
  const model = compileScenario(input);
  const k = inputIndex(model, inputId);
  const npv = evaluator(model);
  const values = inputValues(model, quantileDraw(input, 0.5));
  const centre = values[k] as number;
  const target = options.municipality;
  if (target !== undefined && !model.municipalityIds.includes(target)) {
    throw new EconomicsInputError('invalid_scenario', ['municipality'], `no municipality «${target}»`);
  }
  const f = (value: number) => {
    values[k] = value;
    const result = npv(values);
    return target === undefined ? result.total : (result.perMunicipality[target] as number);
  };
  const [lo, hi] = options.range ?? defaultRange(input, k);
  const intervals = options.gridIntervals ?? 200;
  if (!(hi > lo)) throw new RangeError(`range must be increasing, got [${lo}, ${hi}]`);
  let best: [number, number] | null = null;
  let previous = lo;
  let previousValue = f(lo);
  if (previousValue === 0) best = [lo, lo];
  for (let i = 1; i <= intervals; i++) {
    const x = lo + ((hi - lo) * i) / intervals;
    const value = f(x);
    const crosses = value === 0 || (previousValue !== 0 && Math.sign(value) !== Math.sign(previousValue));
    const nearer = (a: number, b: number) => Math.abs((a + b) / 2 - centre);
    if (crosses && (best === null || nearer(previous, x) < nearer(best[0], best[1]))) best = [previous, x];
    previous = x;
    previousValue = value;
  }
  if (best === null) return null;
  let [a, b] = best;
  if (f(b) === 0) return b;
  const signA = Math.sign(f(a));
  for (let i = 0; i < 200 && b - a > 1e-12 * Math.max(1, Math.abs(a)); i++) {
    const mid = (a + b) / 2;
    const value = f(mid);
    if (value === 0) return mid;
    if (Math.sign(value) === signA) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}
