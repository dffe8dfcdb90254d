/**
 * Agents needed for a service target when callers hang up (Erlang A), and Erlang A as a `QueueModel`.
 * @module
 */
import { type ErlangAOutcome, erlangA, erlangAAssumptions } from './erlang-a.ts';
import { MAX_AGENTS } from './erlang-c.ts';
import { type CallLoad, trafficIntensity } from './offered-load.ts';
import { checkServiceTarget, interpolateAgents } from './queue-model.ts';
import type { QueueModel, ServiceTarget, StaffingResult } from './queue-model.ts';

/** Calls in an interval, callers' mean patience and the service target. */
export interface ErlangATargetInput extends CallLoad, ServiceTarget {
  /** Mean time a caller is willing to wait, in seconds. */
  meanPatienceSeconds: number;
}

/**
 * The smallest whole number of agents whose Erlang A service level (share of all callers answered within
 * the target time) reaches the target and whose occupancy stays within the cap. Both improve as agents
 * are added, so it doubles N until the target is met and then bisects: O(log N) Erlang A evaluations.
 * The fractional figure interpolates the service level linearly between N − 1 and N (from 0 at 0
 * agents), or is carried traffic / maxOccupancy when the cap binds.
 * @example erlangAAgentsForTarget({ callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180, meanPatienceSeconds: 120, targetServiceLevel: 0.8, targetSeconds: 20 }).agents // → 12 (Erlang C: 14)
 */
export function erlangAAgentsForTarget(input: ErlangATargetInput): StaffingResult {
  checkServiceTarget(input);
  const cap = input.maxOccupancy ?? 1;
  const at = (agents: number): ErlangAOutcome => erlangA({ ...input, agents });
  const meetsServiceLevel = (o: ErlangAOutcome) => (o.serviceLevel ?? 0) >= input.targetServiceLevel;
  const meets = (o: ErlangAOutcome) => meetsServiceLevel(o) && o.occupancy <= cap + 1e-12;
  if (trafficIntensity(input) === 0)
    return { ...at(0), fractionalAgents: 0, bindingConstraint: 'no-traffic' };
  let low = 0;
  let high = Math.max(1, Math.ceil(trafficIntensity(input)));
  let best = at(high);
  while (!meets(best)) {
    if (high >= MAX_AGENTS) {
      best.warnings.push({ code: 'target-unreachable', maxAgents: MAX_AGENTS });
      return { ...best, fractionalAgents: high, bindingConstraint: 'service-level' };
    }
    low = high;
    high = Math.min(MAX_AGENTS, high * 2);
    best = at(high);
  }
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const o = at(mid);
    if (meets(o)) [high, best] = [mid, o];
    else low = mid;
  }
  const below = high > 1 ? at(high - 1) : null;
  const fractional = interpolateAgents(
    { agents: high - 1, value: below?.serviceLevel ?? 0 },
    { agents: high, value: best.serviceLevel ?? 0 },
    input.targetServiceLevel,
  );
  const occupancyBinds = below !== null && meetsServiceLevel(below);
  const carried = best.occupancy * high;
  return {
    ...best,
    fractionalAgents: Math.max(fractional, cap < 1 ? carried / cap : 0),
    bindingConstraint: occupancyBinds ? 'occupancy' : 'service-level',
  };
}

/**
 * Erlang A as a `QueueModel` for callers with the given mean patience in seconds.
 * @example switchboardSizing({ ..., queueModel: erlangAModel(120) })
 */
export function erlangAModel(meanPatienceSeconds: number): QueueModel {
  return {
    id: 'erlang-a',
    assumptions: erlangAAssumptions(meanPatienceSeconds),
    outcome: (load, agents, targetSeconds) =>
      erlangA({ ...load, agents, targetSeconds, meanPatienceSeconds }),
    staffing: (load, target) => erlangAAgentsForTarget({ ...load, ...target, meanPatienceSeconds }),
  };
}
