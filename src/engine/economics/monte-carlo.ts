/**
 * Monte Carlo simulation of a scenario: NPV per municipality and in total with P10 / P50 / P90, the
 * probability of a loss, and a fan chart of cumulative cash. It runs in chunks so a Web Worker can report
 * progress and stop when asked, and the same seed gives the same result wherever it runs.
 * @module
 */
import { independentStreams, type SeededRandom } from '../random/seeded-random.ts';
import { quantileSorted, summary, type Summary } from '../statistics/summary.ts';
import { compileScenario } from './compile-scenario.ts';
import { createKernelScratch, evaluateScenario, netPresentValues } from './scenario-kernel.ts';
import type { ScenarioInput } from './scenario-input.ts';
import { discountConvention, type DiscountConvention } from './scenario-summary.ts';

export interface MonteCarloOptions {
  /** Number of draws, a whole number ≥ 1. */
  draws: number;
  /** Seed, an integer from 0 to 2^32 − 1. */
  seed: number;
  /** Draws per chunk between progress reports and cancel checks. @default 2000 */
  chunkSize?: number;
  /** Called after each chunk with the draws done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Asked before each chunk; returning true stops the run. */
  shouldCancel?: () => boolean;
  /** Return every draw's NPV as well (for tests and exports). @default false */
  keepDraws?: boolean;
}

/** The distribution of one NPV over the draws, in base-year kroner. */
export interface NpvDistribution {
  npv: Summary;
  /** Share of draws with NPV < 0. */
  probabilityOfLoss: number;
}

/** One year of the fan chart: quantiles of cumulative undiscounted net cash (total), real kroner. */
export interface FanPoint {
  year: number;
  p10: number;
  p50: number;
  p90: number;
}

/** A finished run. */
export interface MonteCarloResult {
  status: 'done';
  draws: number;
  seed: number;
  perMunicipality: Record<string, NpvDistribution>;
  total: NpvDistribution;
  cumulativeCashFan: FanPoint[];
  convention: DiscountConvention;
  /** Every draw's NPV, when `keepDraws` was set. */
  npvByDraw?: { perMunicipality: Record<string, Float64Array>; total: Float64Array };
}

/** A run stopped by `shouldCancel`. */
export interface MonteCarloCancelled {
  status: 'cancelled';
  done: number;
  draws: number;
}

export type MonteCarloOutcome = MonteCarloResult | MonteCarloCancelled;

/** A run in progress, advanced chunk by chunk by its caller. */
export interface MonteCarloRun {
  readonly draws: number;
  readonly done: number;
  /** Runs up to `maxDraws` more draws; returns true when all are done. */
  step(maxDraws: number): boolean;
  /** The summaries; only once every draw is done. */
  result(): MonteCarloResult;
}

function distributionOf(values: Float64Array): NpvDistribution {
  let losses = 0;
  for (let d = 0; d < values.length; d++) if ((values[d] as number) < 0) losses++;
  return { npv: summary(values), probabilityOfLoss: losses / values.length };
}

/**
 * Starts a run that its caller advances with `step`, for a Web Worker that yields between chunks so that
 * a cancel message can arrive. Everything that does not depend on the draw is compiled once; the loop
 * writes into preallocated typed arrays. Each uncertain input draws from its own stream (the seed's
 * stream jumped 2^64 steps per input, in the order the inputs are listed), so results do not depend on
 * chunk sizes and an input's draws do not change when another input is added.
 * @throws RangeError for a bad number of draws or seed; EconomicsInputError for a bad scenario.
 * @example
 * const run = startMonteCarlo(input, { draws: 100_000, seed: 42 });
 * while (!run.step(5_000)) postMessage({ done: run.done });
 * const result = run.result();
 */
export function startMonteCarlo(
  input: ScenarioInput,
  options: Pick<MonteCarloOptions, 'draws' | 'seed' | 'keepDraws'>,
): MonteCarloRun {
  const { draws, seed } = options;
  if (!Number.isInteger(draws) || draws < 1)
    throw new RangeError(`draws must be a whole number ≥ 1, got ${draws}`);
  const model = compileScenario(input);
  const years = model.years.length;
  const count = model.municipalityIds.length;
  const inputs = model.distributions.length;
  const streams: SeededRandom[] = independentStreams(seed, inputs);
  const values = model.values.slice();
  const net = new Float64Array(count * years);
  const npv = new Float64Array(count);
  const scratch = createKernelScratch(model);
  const perMunicipality = model.municipalityIds.map(() => new Float64Array(draws));
  const total = new Float64Array(draws);
  // Year-major, so each year's draws are one contiguous slice to sort for the fan chart.
  const cumulative = new Float64Array(years * draws);
  let done = 0;

  function drawOnce(d: number): void {
    for (let k = 0; k < inputs; k++) values[k] = model.distributions[k]!.sample(streams[k]!);
    evaluateScenario(model, values, net, scratch, null);
    total[d] = netPresentValues(model, net, npv);
    for (let m = 0; m < count; m++) perMunicipality[m]![d] = npv[m]!;
    let cash = 0;
    for (let y = 0; y < years; y++) {
      for (let m = 0; m < count; m++) cash += net[m * years + y]!;
      cumulative[y * draws + d] = cash;
    }
  }

  return {
    draws,
    get done() {
      return done;
    },
    step(maxDraws) {
      const end = Math.min(draws, done + Math.max(1, Math.floor(maxDraws)));
      for (let d = done; d < end; d++) drawOnce(d);
      done = end;
      return done === draws;
    },
    result() {
      if (done < draws) throw new Error(`the run has done ${done} of ${draws} draws`);
      const fan = model.years.map((year, y) => {
        const slice = cumulative.subarray(y * draws, (y + 1) * draws).sort();
        return {
          year,
          p10: quantileSorted(slice, 0.1),
          p50: quantileSorted(slice, 0.5),
          p90: quantileSorted(slice, 0.9),
        };
      });
      const byId = <T>(f: (values: Float64Array) => T) =>
        Object.fromEntries(model.municipalityIds.map((id, m) => [id, f(perMunicipality[m]!)]));
      return {
        status: 'done',
        draws,
        seed,
        perMunicipality: byId(distributionOf),
        total: distributionOf(total),
        cumulativeCashFan: fan,
        convention: discountConvention(model.baseYear, input.discountSchedule),
        ...(options.keepDraws ? { npvByDraw: { perMunicipality: byId((v) => v), total } } : {}),
      };
    },
  };
}

/**
 * Runs a whole simulation synchronously in chunks, reporting progress after each chunk and checking
 * `shouldCancel` before each. Each draw evaluates the scenario (`evaluateScenario`) with every uncertain
 * input drawn from its distribution and takes NPV by the scenario's discount schedule (R-109/21 by
 * default); the summaries use type 7 quantiles. The same input, seed and draws give identical results.
 * Source: issue 4 (Monte Carlo with a seeded generator, P10 / P50 / P90, probability of loss, fan chart).
 * @example
 * const outcome = runMonteCarlo(input, { draws: 100_000, seed: 42, onProgress: (done, total) => report(done / total) });
 * if (outcome.status === 'done') outcome.total.npv.p50; // → kroner
 */
export function runMonteCarlo(input: ScenarioInput, options: MonteCarloOptions): MonteCarloOutcome {
  const chunkSize = options.chunkSize ?? 2000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError(`chunkSize must be ≥ 1, got ${chunkSize}`);
  const run = startMonteCarlo(input, options);
  while (run.done < run.draws) {
    if (options.shouldCancel?.()) return { status: 'cancelled', done: run.done, draws: run.draws };
    run.step(chunkSize);
    options.onProgress?.(run.done, run.draws);
  }
  return run.result();
}
