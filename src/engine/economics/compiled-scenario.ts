/**
 * The flattened form of a scenario that the kernel evaluates: typed arrays indexed by year, participant
 * and value slot. `compileScenario` builds it.
 * @module
 */
import type { Distribution } from '../statistics/distribution.ts';
import type { ScenarioWarning } from './scenario-input.ts';

/** A service area, flattened. Arrays over participants are indexed i = 0..count−1. */
export interface CompiledArea {
  id: string;
  count: number;
  /** Municipality index of participant i. */
  municipalities: Int32Array;
  labour: Float64Array;
  other: Float64Array;
  fte: Float64Array;
  labourSum: number;
  otherSum: number;
  fteSum: number;
  savingsSlot: number;
  /** Year index of the unit's first year (may be outside 0..years−1). */
  startIndex: number;
  /** Ramp-up effect per year index, 0 before the start. */
  effect: Float64Array;
  /** Largest FTE reduction natural attrition allows per year index; Infinity without a cap. */
  attritionLimit: Float64Array;
  /** Recurring costs in year y: slots recurringSlots[recurringStart[y] .. recurringStart[y + 1]). */
  recurringStart: Int32Array;
  recurringSlots: Int32Array;
  oneOffStart: Int32Array;
  oneOffSlots: Int32Array;
  /** Participant i's zero-alternative extra costs in year y: slots zeroSlots[i][zeroStart[i][y] .. zeroStart[i][y + 1]). */
  zeroStart: Int32Array[];
  zeroSlots: Int32Array[];
  /** The one-off costs' ids and value slots, in the scenario's order (for the grants that finance them). */
  oneOffIds: string[];
  oneOffCostSlots: number[];
  costShares: Float64Array;
  oneOffShares: Float64Array;
}

/** A grant, flattened. */
export interface CompiledGrant {
  id: string;
  yearIndex: number;
  slot: number;
  count: number;
  municipalities: Int32Array;
  shares: Float64Array;
  /** Value slots of the costs the grant finances; the grant counts up to their sum. */
  capSlots: Int32Array;
}

/** The whole scenario, flattened. `values` has one slot per uncertain input, then the constants. */
export interface CompiledScenario {
  baseYear: number;
  years: number[];
  municipalityIds: string[];
  inputIds: string[];
  distributions: Distribution[];
  /** Template of the value slots: uncertain inputs 0..inputIds.length−1 (zero here), then constants. */
  values: Float64Array;
  wageGrowthSlot: number;
  /** firstYear − baseYear: wages have grown this many years by the first year of the table. */
  firstOffset: number;
  discount: Float64Array;
  areas: CompiledArea[];
  grants: CompiledGrant[];
  /** Grants paid in year y: grantsStart[y] .. grantsStart[y + 1] index into grantOrder. */
  grantsStart: Int32Array;
  grantOrder: Int32Array;
  /** The largest participant count, for scratch buffers. */
  maxParticipants: number;
  warnings: ScenarioWarning[];
}
