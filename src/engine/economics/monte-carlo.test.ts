import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCENARIO } from './example-scenario.ts';
import { monteCarloBaseline } from './monte-carlo-baseline.ts';
import {
  runMonteCarlo,
  startMonteCarlo,
  type MonteCarloOutcome,
  type MonteCarloResult,
} from './monte-carlo.ts';
import { computeCashFlows } from './scenario-cash-flows.ts';
import type { ScenarioInput } from './scenario-input.ts';
import { summariseCashFlows } from './scenario-summary.ts';

function done(outcome: MonteCarloOutcome): MonteCarloResult {
  if (outcome.status !== 'done') throw new Error('the run was cancelled');
  return outcome;
}

describe('runMonteCarlo', () => {
  it('gives identical results for the same seed, whatever the chunk size (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 300 }),
        (seed, chunkSize) => {
          const a = runMonteCarlo(EXAMPLE_SCENARIO, { draws: 300, seed });
          const b = runMonteCarlo(EXAMPLE_SCENARIO, { draws: 300, seed, chunkSize });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('gives different results for different seeds', () => {
    const a = done(runMonteCarlo(EXAMPLE_SCENARIO, { draws: 500, seed: 1 }));
    const b = done(runMonteCarlo(EXAMPLE_SCENARIO, { draws: 500, seed: 2 }));
    expect(a.total.npv.mean).not.toBe(b.total.npv.mean);
  });

  it('with fixed inputs, every draw equals the cash-flow table’s NPV', () => {
    const values: Record<string, number> = {
      'savings-lrf': 0.21,
      'savings-sb': 0.15,
      'savings-ap': 0.1,
      'harmonisation-lrf': 700_000,
      'management-lrf': 300_000,
      'wage-growth': 0.01,
    };
    const fixed: ScenarioInput = {
      ...EXAMPLE_SCENARIO,
      uncertainInputs: EXAMPLE_SCENARIO.uncertainInputs.map((u) => ({
        id: u.id,
        distribution: { kind: 'fixed', value: values[u.id] as number },
      })),
    };
    const table = summariseCashFlows(computeCashFlows(fixed, (id) => values[id] as number));
    const result = done(runMonteCarlo(fixed, { draws: 10, seed: 3 }));
    const npv = table.total.npv;
    expect(result.total.npv).toEqual({ mean: npv, p10: npv, p50: npv, p90: npv, min: npv, max: npv });
    for (const [id, figures] of Object.entries(table.perMunicipality)) {
      expect(result.perMunicipality[id]?.npv.p50).toBe(figures.npv);
    }
    expect(result.total.probabilityOfLoss).toBe(npv < 0 ? 1 : 0);
  });

  it('reports progress per chunk and stops when cancelled', () => {
    const progress: number[] = [];
    const outcome = runMonteCarlo(EXAMPLE_SCENARIO, {
      draws: 1000,
      seed: 4,
      chunkSize: 300,
      onProgress: (count) => progress.push(count),
      shouldCancel: () => progress.length === 2,
    });
    expect(progress).toEqual([300, 600]);
    expect(outcome).toEqual({ status: 'cancelled', done: 600, draws: 1000 });
    const full: number[] = [];
    runMonteCarlo(EXAMPLE_SCENARIO, {
      draws: 1000,
      seed: 4,
      chunkSize: 300,
      onProgress: (count) => full.push(count),
    });
    expect(full).toEqual([300, 600, 900, 1000]);
  });

  it('summarises NPV per municipality, probability of loss and the fan chart', () => {
    const result = done(runMonteCarlo(EXAMPLE_SCENARIO, { draws: 2000, seed: 5 }));
    expect(Object.keys(result.perMunicipality)).toEqual(['5027', '5028', '5029']);
    for (const figures of [...Object.values(result.perMunicipality), result.total]) {
      const { npv, probabilityOfLoss } = figures;
      expect(npv.min).toBeLessThanOrEqual(npv.p10);
      expect(npv.p10).toBeLessThanOrEqual(npv.p50);
      expect(npv.p50).toBeLessThanOrEqual(npv.p90);
      expect(npv.p90).toBeLessThanOrEqual(npv.max);
      expect(probabilityOfLoss).toBeGreaterThanOrEqual(0);
      expect(probabilityOfLoss).toBeLessThanOrEqual(1);
    }
    expect(result.cumulativeCashFan.map((p) => p.year)).toEqual([
      2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035,
    ]);
    for (const point of result.cumulativeCashFan) {
      expect(point.p10).toBeLessThanOrEqual(point.p50);
      expect(point.p50).toBeLessThanOrEqual(point.p90);
    }
    expect(result.convention).toMatchObject({ prices: 'real', baseYear: 2025, isStateConvention: true });
  });

  it('refuses a bad number of draws or seed', () => {
    expect(() => runMonteCarlo(EXAMPLE_SCENARIO, { draws: 0, seed: 1 })).toThrow(RangeError);
    expect(() => runMonteCarlo(EXAMPLE_SCENARIO, { draws: 10, seed: -1 })).toThrow(RangeError);
    expect(() => startMonteCarlo(EXAMPLE_SCENARIO, { draws: 10, seed: 1 }).result()).toThrow(/0 of 10/);
  });
});

describe('monteCarloBaseline', () => {
  it('gives the same NPV as runMonteCarlo for every draw', () => {
    const draws = 3000;
    const engine = done(runMonteCarlo(EXAMPLE_SCENARIO, { draws, seed: 42, keepDraws: true }));
    const baseline = monteCarloBaseline(EXAMPLE_SCENARIO, draws, 42);
    expect(baseline.total).toEqual(engine.npvByDraw?.total);
    EXAMPLE_SCENARIO.municipalities.forEach((m, i) => {
      expect(baseline.npv.subarray(i * draws, (i + 1) * draws)).toEqual(
        engine.npvByDraw?.perMunicipality[m.id],
      );
    });
  });

  it('gives the same cumulative cash as the fan chart', () => {
    const draws = 500;
    const engine = done(runMonteCarlo(EXAMPLE_SCENARIO, { draws, seed: 8 }));
    const baseline = monteCarloBaseline(EXAMPLE_SCENARIO, draws, 8);
    const p50 = engine.cumulativeCashFan.map((_, y) => {
      const sorted = baseline.cumulative.slice(y * draws, (y + 1) * draws).sort();
      return ((sorted[249] as number) + (sorted[250] as number)) / 2; // type 7 median of 500 values
    });
    expect(engine.cumulativeCashFan.map((p) => p.p50)).toEqual(p50);
  });
});
