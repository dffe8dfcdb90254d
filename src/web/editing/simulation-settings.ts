/**
 * The simulation form's two fields, read as Norwegians type them: the number of draws (1 to 1 000 000)
 * and the seed (a whole number from 0 to 2³² − 1, as the engine's generator takes).
 * @module
 */
import { parseNumber } from './parse-number.ts';

export const MAX_DRAWS = 1_000_000;
export const MAX_SEED = 2 ** 32 - 1;

/** `invalid` for text that is not a whole number in range. */
export type SettingProblem = 'invalid' | undefined;

export interface SimulationSettings {
  draws: number | null;
  seed: number | null;
  drawsProblem: SettingProblem;
  seedProblem: SettingProblem;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const parsed = parseNumber(text);
  if (!parsed.ok || parsed.value === null) return null;
  const value = parsed.value;
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** @example readSimulationSettings('10 000', '42') // → { draws: 10000, seed: 42, … } */
export function readSimulationSettings(drawsText: string, seedText: string): SimulationSettings {
  const draws = wholeNumber(drawsText, 1, MAX_DRAWS);
  const seed = wholeNumber(seedText, 0, MAX_SEED);
  return {
    draws,
    seed,
    drawsProblem: draws === null ? 'invalid' : undefined,
    seedProblem: seed === null ? 'invalid' : undefined,
  };
}
