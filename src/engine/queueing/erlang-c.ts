/**
 * Erlang C (the M/M/N queue): calls arrive at random, wait in one queue for as long as it takes, and are
 * answered by N agents. Gives the probability of waiting, service level, average speed of answer and
 * occupancy, and the agents needed for a service target.
 *
 * Numerics: C is computed from the Erlang B recursion, never from A^N / N!, so it is stable and exact to
 * double precision for thousands of agents (tested at N = 2 000). The recursion starts about 9·√A below the
 * traffic A, not at 0 (`erlangBStart`, with a proved relative error bound of 1e-16), so an evaluation takes
 * about N − A + 9·√A steps.
 *
 * Published example used in the tests: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy
 * Worked Example" (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls per
 * 30 minutes, AHT 180 s, 80 % in 20 s → 10 Erlangs, 14 agents, 20 after 30 % shrinkage.
 * @module
 */
import { erlangB, erlangBStart, nextInverseErlangB } from './erlang-b.ts';
import { type CallLoad, trafficIntensity } from './offered-load.ts';
import { checkServiceTarget, interpolateAgents } from './queue-model.ts';
import type { QueueModel, ServiceTarget, StaffingResult } from './queue-model.ts';
import {
  type QueueAssumption,
  type QueueOutcome,
  type QueueWarning,
  occupancyWarnings,
} from './queue-outcome.ts';

/** What Erlang C assumes; shown with every result. */
export const ERLANG_C_ASSUMPTIONS: readonly QueueAssumption[] = [
  { code: 'poisson-arrivals' },
  { code: 'exponential-handling-times' },
  { code: 'callers-never-abandon' },
];

/** Beyond this many agents `agentsForTarget` gives up and warns `target-unreachable`. */
export const MAX_AGENTS = 100_000;

function fromBlocking(agents: number, trafficErlangs: number, blocking: number): number {
  if (trafficErlangs === 0) return 0;
  if (trafficErlangs >= agents) return 1;
  return (agents * blocking) / (agents - trafficErlangs * (1 - blocking));
}

/**
 * Erlang C probability of waiting: C(N, A) = N·B / (N − A·(1 − B)), where B is Erlang B for the same N
 * and A. It is 1 when A ≥ N (every caller waits; the queue grows without limit) and 0 when A = 0.
 * Source: Cooper, "Introduction to Queueing Theory" (2nd ed., 1981), ch. 3, Erlang's delay formula,
 * with B from the recursion in `erlangB`.
 * @param agents N, whole, ≥ 0.
 * @param trafficErlangs A ≥ 0, in Erlangs.
 * @example erlangC(14, 10) // → 0.1741 (Call Centre Helper example)
 */
export function erlangC(agents: number, trafficErlangs: number): number {
  return fromBlocking(agents, trafficErlangs, erlangB(agents, trafficErlangs));
}

/** The inputs of the service-level and speed-of-answer formulas. */
export interface ErlangCFigures {
  agents: number;
  trafficErlangs: number;
  /** Erlang C for these agents and traffic; see `erlangC`. */
  probabilityOfWaiting: number;
  ahtSeconds: number;
}

/**
 * Service level SL(t) = 1 − C·e^(−(N − A)·t / AHT): the share of calls answered within t seconds.
 * `null` when A ≥ N, where no service level exists. Source: Cooper (1981) ch. 3 (waiting-time
 * distribution of the delay system); the Call Centre Helper worked example uses the same formula.
 * @example erlangCServiceLevel({ agents: 14, trafficErlangs: 10, probabilityOfWaiting: 0.1741, ahtSeconds: 180 }, 20) // → 0.8884
 */
export function erlangCServiceLevel(figures: ErlangCFigures, targetSeconds: number): number | null {
  const { agents, trafficErlangs, probabilityOfWaiting, ahtSeconds } = figures;
  if (trafficErlangs === 0) return 1;
  if (trafficErlangs >= agents) return null;
  return 1 - probabilityOfWaiting * Math.exp((-(agents - trafficErlangs) * targetSeconds) / ahtSeconds);
}

/**
 * Average speed of answer ASA = C·AHT / (N − A) in seconds, over all calls (those answered at once count
 * as 0). `null` when A ≥ N. Source: Cooper (1981) ch. 3 (mean waiting time of the delay system).
 * @example averageSpeedOfAnswer({ agents: 14, trafficErlangs: 10, probabilityOfWaiting: 0.1741, ahtSeconds: 180 }) // → 7.84
 */
export function averageSpeedOfAnswer(figures: ErlangCFigures): number | null {
  const { agents, trafficErlangs, probabilityOfWaiting, ahtSeconds } = figures;
  if (trafficErlangs === 0) return 0;
  if (trafficErlangs >= agents) return null;
  return (probabilityOfWaiting * ahtSeconds) / (agents - trafficErlangs);
}

/**
 * Occupancy = A / N, the share of agents' time spent on calls; capped at 1 because when A ≥ N agents are
 * simply always busy.
 * @example occupancy(14, 10) // → 0.714
 */
export function occupancy(agents: number, trafficErlangs: number): number {
  if (agents === 0) return trafficErlangs > 0 ? 1 : 0;
  return Math.min(1, trafficErlangs / agents);
}

function outcomeFrom(
  agents: number,
  trafficErlangs: number,
  blocking: number,
  load: CallLoad,
  targetSeconds: number,
) {
  const figures = {
    agents,
    trafficErlangs,
    probabilityOfWaiting: fromBlocking(agents, trafficErlangs, blocking),
    ahtSeconds: load.ahtSeconds,
  };
  const busy = occupancy(agents, trafficErlangs);
  const warnings: QueueWarning[] = [];
  if (trafficErlangs > 0 && trafficErlangs >= agents) {
    warnings.push({ code: 'traffic-reaches-agents', trafficErlangs, agents });
  } else {
    warnings.push(...occupancyWarnings(busy));
  }
  return {
    agents,
    trafficErlangs,
    probabilityOfWaiting: figures.probabilityOfWaiting,
    serviceLevel: erlangCServiceLevel(figures, targetSeconds),
    averageSpeedOfAnswerSeconds: averageSpeedOfAnswer(figures),
    occupancy: busy,
    abandonmentProbability: 0,
    warnings,
  } satisfies QueueOutcome;
}

/** Calls in an interval, the agents answering them and the target answer time. */
export interface AgentsInput extends CallLoad {
  agents: number;
  targetSeconds: number;
}

/**
 * The reverse question: given N agents, what service level, speed of answer and occupancy the calls get.
 * Warns `traffic-reaches-agents` when A ≥ N (service level and ASA are then `null`) and `high-occupancy`
 * above 90 %.
 * @example serviceLevelForAgents({ callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180, agents: 14, targetSeconds: 20 }).serviceLevel // → 0.8884
 */
export function serviceLevelForAgents(input: AgentsInput): QueueOutcome {
  if (!(input.targetSeconds >= 0))
    throw new RangeError(`targetSeconds must be ≥ 0, got ${input.targetSeconds}`);
  const trafficErlangs = trafficIntensity(input);
  return outcomeFrom(
    input.agents,
    trafficErlangs,
    erlangB(input.agents, trafficErlangs),
    input,
    input.targetSeconds,
  );
}

/** Calls in an interval and the service target to staff them for. */
export interface TargetInput extends CallLoad, ServiceTarget {
  /** @default MAX_AGENTS */
  maxAgents?: number;
}

/**
 * The smallest whole number of agents N with A < N, SL(N) ≥ target and A / N ≤ maxOccupancy, found by
 * stepping the Erlang B recursion upward in one pass, from `erlangBStart` (about 9·√A below A, where the
 * terms dropped below it change B by at most 1e-16 relative for every N above A) to N. Also gives a fractional N: linear
 * interpolation of the service level between N − 1 and N (from the point (A, 0) when N − 1 ≤ A, since
 * SL falls to 0 as agents fall to A), or A / maxOccupancy when the cap binds, whichever is larger.
 * @example agentsForTarget({ callsPerInterval: 100, intervalMinutes: 30, ahtSeconds: 180, targetServiceLevel: 0.8, targetSeconds: 20 }).agents // → 14
 */
export function agentsForTarget(input: TargetInput): StaffingResult {
  checkServiceTarget(input);
  const a = trafficIntensity(input);
  const cap = input.maxOccupancy ?? 1;
  const maxAgents = input.maxAgents ?? MAX_AGENTS;
  if (a === 0) {
    return {
      ...outcomeFrom(0, 0, 1, input, input.targetSeconds),
      fractionalAgents: 0,
      bindingConstraint: 'no-traffic',
    };
  }
  // Ratios like 8.5 / 0.85 come out as 10.000000000000002; that is 10 agents, not 11.
  const forOccupancy = Math.max(Math.floor(a) + 1, Math.ceil(a / cap - 1e-9));
  let inverse = 1;
  let b = 1;
  let lower = { agents: a, value: 0 };
  let forServiceLevel = 0;
  let serviceLevelAt = 0;
  // At most maxAgents and below A, so B is only read where the bound holds (n > A, or n = maxAgents).
  let n = erlangBStart(maxAgents, a);
  while (n < maxAgents && (forServiceLevel === 0 || n < forOccupancy)) {
    n++;
    inverse = nextInverseErlangB(inverse, n, a);
    b = 1 / inverse;
    if (forServiceLevel > 0 || n <= a) continue;
    const sl = erlangCServiceLevel(
      {
        agents: n,
        trafficErlangs: a,
        probabilityOfWaiting: fromBlocking(n, a, b),
        ahtSeconds: input.ahtSeconds,
      },
      input.targetSeconds,
    ) as number;
    if (sl >= input.targetServiceLevel) {
      forServiceLevel = n;
      serviceLevelAt = sl;
    } else {
      lower = { agents: n, value: sl };
    }
  }
  const outcome = outcomeFrom(n, a, b, input, input.targetSeconds);
  if (forServiceLevel === 0 || n < forOccupancy) {
    outcome.warnings.push({ code: 'target-unreachable', maxAgents });
    return { ...outcome, fractionalAgents: n, bindingConstraint: 'service-level' };
  }
  const fractional = interpolateAgents(
    lower,
    { agents: forServiceLevel, value: serviceLevelAt },
    input.targetServiceLevel,
  );
  return {
    ...outcome,
    fractionalAgents: Math.max(fractional, cap < 1 ? a / cap : 0),
    bindingConstraint: forOccupancy > forServiceLevel ? 'occupancy' : 'service-level',
  };
}

/** Erlang C as a `QueueModel`, for switchboard sizing. */
export const erlangCModel: QueueModel = {
  id: 'erlang-c',
  assumptions: ERLANG_C_ASSUMPTIONS,
  outcome: (load, agents, targetSeconds) => serviceLevelForAgents({ ...load, agents, targetSeconds }),
  staffing: (load, target) => agentsForTarget({ ...load, ...target }),
};
