import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { toScenarioInput } from '../../src/case/scenario/to-scenario-input.ts';
import { monteCarloBaseline } from '../../src/engine/economics/monte-carlo-baseline.ts';
import { runMonteCarlo } from '../../src/engine/economics/monte-carlo.ts';
import type { Figure } from '../harness.ts';

/** The full default scenario: all three administrative areas, three municipalities, ten years. */
function defaultScenario() {
  const mapped = toScenarioInput(defaultCase(), 'administrative-tjenester');
  if (!mapped) throw new Error('The default case has no scenario administrative-tjenester');
  return mapped.input;
}

const DRAWS = 100_000;

/** Issue 4's goal: under 1 s, and within 3× of the hand-written typed-array loop below. */
export const monteCarlo100k: Figure = {
  name: 'Monte Carlo, default scenario, 100 000 draws',
  iterations: 5,
  warmup: 1,
  prepare() {
    const input = defaultScenario();
    return () => runMonteCarlo(input, { draws: DRAWS, seed: 42 });
  },
};

export const monteCarloBaseline100k: Figure = {
  name: 'Same arithmetic, hand-written typed-array loop',
  iterations: 5,
  warmup: 1,
  prepare() {
    const input = defaultScenario();
    return () => monteCarloBaseline(input, DRAWS, 42);
  },
};
