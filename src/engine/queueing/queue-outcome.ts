/**
 * What a queueing model says about one interval, and the warnings and assumptions that come with it.
 * Shared by Erlang C and Erlang A so that switchboard sizing can use either.
 * @module
 */

/** Occupancy above this share is flagged: agents at more than 90 % busy burn out and queues become erratic. */
export const HIGH_OCCUPANCY = 0.9;

/** A condition the reader should see beside the figures. */
export type QueueWarning =
  /** Agents are busy more than 90 % of the time. */
  | { code: 'high-occupancy'; occupancy: number; threshold: number }
  /** Traffic A reaches the number of agents N: without abandonment the queue grows without limit. */
  | { code: 'traffic-reaches-agents'; trafficErlangs: number; agents: number }
  /** No number of agents up to `maxAgents` meets the target. */
  | { code: 'target-unreachable'; maxAgents: number }
  /** Erlang A stopped summing the queue at `states` waiting callers; the remainder is at most `tailBound`. */
  | { code: 'queue-truncated'; states: number; tailBound: number };

/** A modelling assumption the figures rest on, stated with them. */
export type QueueAssumption =
  /** Calls arrive independently at a steady rate within the interval (a Poisson process). */
  | { code: 'poisson-arrivals' }
  /** Handling times are exponentially distributed around the average. */
  | { code: 'exponential-handling-times' }
  /** Every caller waits as long as it takes (Erlang C). */
  | { code: 'callers-never-abandon' }
  /** Callers hang up after an exponentially distributed patience with this mean (Erlang A). */
  | { code: 'exponential-patience'; meanPatienceSeconds: number };

/** The figures for one interval with a given number of agents. */
export interface QueueOutcome {
  /** Agents N answering calls (after shrinkage has been taken out). */
  agents: number;
  /** Offered traffic A in Erlangs. */
  trafficErlangs: number;
  /** Probability that a caller has to wait at all, in [0, 1]. */
  probabilityOfWaiting: number;
  /** Share of callers answered within the target time; `null` where undefined (A ≥ N in Erlang C). */
  serviceLevel: number | null;
  /** Average speed of answer in seconds; `null` where the queue grows without limit. */
  averageSpeedOfAnswerSeconds: number | null;
  /** Share of agents' time spent handling calls, in [0, 1]. */
  occupancy: number;
  /** Share of callers who hang up before being answered (0 in Erlang C). */
  abandonmentProbability: number;
  warnings: QueueWarning[];
}

/** The `high-occupancy` warning when occupancy exceeds 90 %, otherwise nothing. */
export function occupancyWarnings(occupancy: number): QueueWarning[] {
  return occupancy > HIGH_OCCUPANCY ? [{ code: 'high-occupancy', occupancy, threshold: HIGH_OCCUPANCY }] : [];
}
