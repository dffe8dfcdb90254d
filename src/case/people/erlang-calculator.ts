/**
 * The Erlang calculator behind `flokk erlang`, `GET /api/erlang` and the switchboard screen: calls in one
 * interval, handling time and a service target in; agents (whole and fractional), service level, average
 * speed of answer, occupancy and the staff to schedule after shrinkage out, with the model's warnings and
 * assumptions (Poisson arrivals). Erlang A is used when the callers' mean patience is given.
 * @module
 */
import { z } from 'zod';
import { erlangAAgentsForTarget } from '../../engine/queueing/erlang-a-staffing.ts';
import { agentsForTarget, ERLANG_C_ASSUMPTIONS } from '../../engine/queueing/erlang-c.ts';
import { erlangAAssumptions } from '../../engine/queueing/erlang-a.ts';
import type { QueueAssumption, QueueWarning } from '../../engine/queueing/queue-outcome.ts';
import { staffForAgents, wholeStaffForAgents } from '../../engine/queueing/shrinkage.ts';

/** The calculator's inputs; the same field names in the CLI (as options), the API query and the form. */
export const ErlangQuery = z.strictObject({
  calls: z.coerce.number().nonnegative().max(1_000_000),
  interval: z.coerce.number().positive().max(1440),
  aht: z.coerce.number().positive().max(7200),
  serviceLevel: z.coerce.number().gt(0).lt(1),
  targetSeconds: z.coerce.number().nonnegative().max(3600),
  shrinkage: z.coerce.number().min(0).lt(1).optional(),
  maxOccupancy: z.coerce.number().gt(0).max(1).optional(),
  patience: z.coerce.number().positive().max(7200).optional(),
});
export type ErlangQuery = z.infer<typeof ErlangQuery>;

export interface ErlangCalculation {
  model: 'erlang-c' | 'erlang-a';
  trafficErlangs: number;
  agents: number;
  fractionalAgents: number;
  probabilityOfWaiting: number;
  serviceLevel: number | null;
  averageSpeedOfAnswerSeconds: number | null;
  occupancy: number;
  abandonmentProbability: number;
  shrinkage: number;
  /** Staff to schedule: agents / (1 − shrinkage), whole and fractional. */
  staff: number;
  fractionalStaff: number;
  warnings: QueueWarning[];
  assumptions: readonly QueueAssumption[];
}

/**
 * Agents and figures for one interval.
 * @example erlangCalculation({ calls: 100, interval: 30, aht: 180, serviceLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 }).staff // → 20
 */
export function erlangCalculation(q: ErlangQuery): ErlangCalculation {
  const load = { callsPerInterval: q.calls, intervalMinutes: q.interval, ahtSeconds: q.aht };
  const target = {
    targetServiceLevel: q.serviceLevel,
    targetSeconds: q.targetSeconds,
    ...(q.maxOccupancy === undefined ? {} : { maxOccupancy: q.maxOccupancy }),
  };
  const result =
    q.patience === undefined
      ? agentsForTarget({ ...load, ...target })
      : erlangAAgentsForTarget({ ...load, ...target, meanPatienceSeconds: q.patience });
  const shrinkage = q.shrinkage ?? 0;
  return {
    model: q.patience === undefined ? 'erlang-c' : 'erlang-a',
    trafficErlangs: result.trafficErlangs,
    agents: result.agents,
    fractionalAgents: result.fractionalAgents,
    probabilityOfWaiting: result.probabilityOfWaiting,
    serviceLevel: result.serviceLevel,
    averageSpeedOfAnswerSeconds: result.averageSpeedOfAnswerSeconds,
    occupancy: result.occupancy,
    abandonmentProbability: result.abandonmentProbability,
    shrinkage,
    staff: wholeStaffForAgents(result.agents, shrinkage),
    fractionalStaff: staffForAgents(result.fractionalAgents, shrinkage),
    warnings: result.warnings,
    assumptions: q.patience === undefined ? ERLANG_C_ASSUMPTIONS : erlangAAssumptions(q.patience),
  };
}
