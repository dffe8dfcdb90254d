/**
 * The contract every queueing model (Erlang C, Erlang A) fulfils, so that switchboard sizing takes a model
 * as a value instead of switching on its name.
 * @module
 */
import type { CallLoad } from './offered-load.ts';
import type { QueueAssumption, QueueOutcome } from './queue-outcome.ts';

/** The service target an interval is staffed for, e.g. 80 % of calls answered within 20 seconds. */
export interface ServiceTarget {
  /** Share of calls to answer within `targetSeconds`, in [0, 1). */
  targetServiceLevel: number;
  /** Target answer time in seconds. */
  targetSeconds: number;
  /**
   * Highest acceptable occupancy, in (0, 1].
   * @default 1 (no cap beyond the model's own)
   */
  maxOccupancy?: number;
}

/** The staffing found for a target. */
export interface StaffingResult extends QueueOutcome {
  /**
   * Agents as a decimal figure, for comparing options and converting to FTE: the point between the two
   * whole numbers around the target where the linearly interpolated service level meets the target, or
   * A / maxOccupancy when the occupancy cap binds.
   */
  fractionalAgents: number;
  /** Which requirement set the whole number: the service level, the occupancy cap, or no traffic at all. */
  bindingConstraint: 'service-level' | 'occupancy' | 'no-traffic';
}

/** A queueing model: its assumptions, the outcome for given agents, and the staffing for a target. */
export interface QueueModel {
  /** Stable identifier, e.g. `erlang-c`. */
  id: string;
  assumptions: readonly QueueAssumption[];
  outcome(load: CallLoad, agents: number, targetSeconds: number): QueueOutcome;
  staffing(load: CallLoad, target: ServiceTarget): StaffingResult;
}

/** Checks a service target; throws RangeError on values no caller should pass. */
export function checkServiceTarget(target: ServiceTarget): void {
  const { targetServiceLevel, targetSeconds, maxOccupancy } = target;
  if (!(targetServiceLevel >= 0 && targetServiceLevel < 1)) {
    throw new RangeError(`targetServiceLevel must be in [0, 1), got ${targetServiceLevel}`);
  }
  if (!(targetSeconds >= 0) || !Number.isFinite(targetSeconds)) {
    throw new RangeError(`targetSeconds must be a finite number ≥ 0, got ${targetSeconds}`);
  }
  if (maxOccupancy !== undefined && !(maxOccupancy > 0 && maxOccupancy <= 1)) {
    throw new RangeError(`maxOccupancy must be in (0, 1], got ${maxOccupancy}`);
  }
}

/**
 * Linear interpolation of a rising quantity (such as service level) between two agent counts: the agent
 * figure at which it reaches `target`, clamped to [lower.agents, upper.agents].
 * @example interpolateAgents({ agents: 13, value: 0.7956 }, { agents: 14, value: 0.8884 }, 0.8) // → 13.05
 */
export function interpolateAgents(
  lower: { agents: number; value: number },
  upper: { agents: number; value: number },
  target: number,
): number {
  const rise = upper.value - lower.value;
  if (!(rise > 0)) return upper.agents;
  const share = Math.min(1, Math.max(0, (target - lower.value) / rise));
  return lower.agents + share * (upper.agents - lower.agents);
}
