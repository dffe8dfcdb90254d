/**
 * Turning uncertain inputs into numbers for one evaluation: a draw function for the cash-flow table
 * (the median of each input) and the filling of the compiled value slots.
 * @module
 */
import { createDistribution } from '../statistics/distributions/registry.ts';
import type { CompiledScenario } from './compiled-scenario.ts';
import { EconomicsInputError } from './economics-error.ts';
import type { ScenarioInput } from './scenario-input.ts';

/** A value for each uncertain input, by id. */
export type Draw = (inputId: string) => number;

/**
 * The draw that gives every uncertain input its quantile p (0.5: the median, the base case of the
 * cash-flow table and of the tornado). The median is used rather than the mode because every kind has
 * one, and it is the P50 the Monte Carlo summary reports.
 * @example quantileDraw(input, 0.5)('savings-lrf') // → 0.2075… for PERT(0.10, 0.21, 0.30)
 */
export function quantileDraw(input: ScenarioInput, p: number): Draw {
  const values = new Map(
    input.uncertainInputs.map((u) => [u.id, createDistribution(u.distribution).quantile(p)]),
  );
  return (inputId) => {
    const value = values.get(inputId);
    if (value === undefined)
      throw new EconomicsInputError('invalid_scenario', ['uncertainInputs'], `no input «${inputId}»`);
    return value;
  };
}

/**
 * The compiled value slots with each uncertain input set by `draw` (constants as compiled).
 * @throws EconomicsInputError when a drawn value is not a finite number.
 * @example inputValues(model, quantileDraw(input, 0.5))
 */
export function inputValues(model: CompiledScenario, draw: Draw): Float64Array {
  const values = model.values.slice();
  model.inputIds.forEach((id, k) => {
    const value = draw(id);
    if (!Number.isFinite(value)) {
      throw new EconomicsInputError(
        'invalid_scenario',
        ['uncertainInputs', k],
        `draw gave ${value} for «${id}»`,
      );
    }
    values[k] = value;
  });
  return values;
}
