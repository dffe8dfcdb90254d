/**
 * Erlang A (the M/M/N+M queue, Palm 1943): like Erlang C, but each waiting caller hangs up after an
 * exponentially distributed patience with mean 1/θ. Gives the probability of waiting, the abandonment
 * probability, the service level and the average speed of answer, and the agents needed for a target.
 *
 * Method: the number of callers in the system is a birth–death chain. Below N it has the Erlang B shape;
 * with j callers queued its weight relative to state N is w_j = Π_{k=1..j} λ / (Nμ + kθ). A caller who
 * arrives to j queued callers is answered with probability Nμ / (Nμ + (j+1)θ), waits on average
 * (j+1) / (Nμ + (j+1)θ), and is answered within t with probability
 * Nμ / (Nμ + (j+1)θ) · (1 − NB_j), where NB_j is the negative binomial distribution function with
 * shape Nμ/θ + 1 and success probability e^(−θt) at j (the waiting time of an answered caller is a sum of
 * exponential stages with rates Nμ + iθ, i = 1..j+1, whose distribution is that of an order statistic).
 * Everything is summed in log space with a running maximum, so no weight overflows for 2 000 agents.
 * The sum stops once the ratios λ / (Nμ + jθ) fall below 1 and the geometric tail bound
 * w_j·(j+2)·r / (1 − r)² is below 1e-15 of the mass summed so far: a rigorous bound, because the ratios
 * only decrease from there on.
 *
 * Sources: Garnett, Mandelbaum and Reiman (2002), "Designing a call center with impatient customers",
 * Manufacturing & Service Operations Management 4(3), 208–227; Mandelbaum and Zeltyn (2007), "Service
 * engineering in action: the Palm/Erlang-A queue, with applications to call centers".
 * @module
 */
import { logInverseErlangB } from './erlang-b.ts';
import { serviceLevelForAgents } from './erlang-c.ts';
import { type CallLoad, arrivalRatePerSecond } from './offered-load.ts';
import type { QueueAssumption, QueueOutcome, QueueWarning } from './queue-outcome.ts';
import { occupancyWarnings } from './queue-outcome.ts';

/** Erlang A's assumptions for a given mean patience. */
export function erlangAAssumptions(meanPatienceSeconds: number): QueueAssumption[] {
  return [
    { code: 'poisson-arrivals' },
    { code: 'exponential-handling-times' },
    { code: 'exponential-patience', meanPatienceSeconds },
  ];
}

/** Summing stops after this many queued states even if the tail bound is not yet met (then it warns). */
export const MAX_QUEUE_STATES = 10_000_000;
const RELATIVE_TAIL = 1e-15;

/** Calls in an interval, the agents, the callers' mean patience and the target answer time. */
export interface ErlangAInput extends CallLoad {
  agents: number;
  /** Mean time a caller is willing to wait, 1/θ, in seconds; `Infinity` gives Erlang C. */
  meanPatienceSeconds: number;
  targetSeconds: number;
}

/** Erlang A figures: the common outcome plus what abandonment adds. */
export interface ErlangAOutcome extends QueueOutcome {
  /** Share of answered callers answered within the target time. */
  serviceLevelOfAnswered: number | null;
  /** Mean time in queue over all callers, including those who hang up, in seconds. */
  averageWaitSeconds: number | null;
  /** Mean number of callers waiting. */
  expectedQueueLength: number | null;
  /** Queued states summed. */
  queueStates: number;
}

interface Rates {
  lambda: number;
  nMu: number;
  theta: number;
  t: number;
}

/** What an arrival to j queued callers contributes, before weighting by the state's probability. */
interface StateValues {
  mass: number;
  queue: number;
  answered: number;
  answeredInTime: number;
  answeredWait: number;
  wait: number;
}
const SUMMED = ['mass', 'queue', 'answered', 'answeredInTime', 'answeredWait', 'wait'] as const;

/** Weighted sums over the queued states, all scaled by e^(−max) so that no weight overflows. */
interface QueueSums {
  max: number;
  sums: StateValues;
  states: number;
  tailBound: number;
}

/** Adds one state with log weight `ell`; returns its weight on the current scale. */
function accumulate(s: QueueSums, ell: number, values: StateValues): number {
  if (ell > s.max) {
    const f = Math.exp(s.max - ell);
    for (const key of SUMMED) s.sums[key] *= f;
    s.max = ell;
  }
  const w = Math.exp(ell - s.max);
  for (const key of SUMMED) s.sums[key] += w * values[key];
  return w;
}

function sumQueue({ lambda, nMu, theta, t }: Rates): QueueSums {
  const empty = { mass: 0, queue: 0, answered: 0, answeredInTime: 0, answeredWait: 0, wait: 0 };
  const s: QueueSums = { max: 0, sums: empty, states: 0, tailBound: 0 };
  const logLambda = Math.log(lambda);
  const logP = Math.log(-Math.expm1(-theta * t));
  const shape = nMu / theta + 1;
  let ell = 0;
  let logNb = -(nMu + theta) * t;
  let late = Math.exp(logNb);
  let meanStages = 0;
  for (let j = 0; j < MAX_QUEUE_STATES; j++) {
    if (j > 0) {
      ell += logLambda - Math.log(nMu + j * theta);
      logNb += logP + Math.log(shape + j - 1) - Math.log(j);
      late = Math.min(1, late + Math.exp(logNb));
    }
    const rate = nMu + (j + 1) * theta;
    const served = nMu / rate;
    meanStages += 1 / rate;
    const w = accumulate(s, ell, {
      mass: 1,
      queue: j,
      answered: served,
      answeredInTime: served * (1 - late),
      answeredWait: served * meanStages,
      wait: (j + 1) / rate,
    });
    s.states = j + 1;
    const ratio = lambda / rate;
    // From here on every ratio is smaller, so the rest of the sum is at most a geometric tail.
    s.tailBound =
      ratio < 1 ? (w * (j + 2) * ratio) / (1 - ratio) ** 2 / s.sums.mass : Number.POSITIVE_INFINITY;
    if (s.tailBound <= RELATIVE_TAIL) break;
  }
  return s;
}

function logAddExp(x: number, y: number): number {
  const hi = Math.max(x, y);
  if (hi === Number.NEGATIVE_INFINITY) return hi;
  return hi + Math.log(Math.exp(x - hi) + Math.exp(y - hi));
}

function fromErlangC(input: ErlangAInput): ErlangAOutcome {
  const c = serviceLevelForAgents(input);
  const wait = c.averageSpeedOfAnswerSeconds;
  return {
    ...c,
    serviceLevelOfAnswered: c.serviceLevel,
    averageWaitSeconds: wait,
    expectedQueueLength: wait === null ? null : wait * arrivalRatePerSecond(input),
    queueStates: 0,
  };
}

function checkInput(input: ErlangAInput): void {
  if (!Number.isInteger(input.agents) || input.agents < 0) {
    throw new RangeError(`agents must be a whole number ≥ 0, got ${input.agents}`);
  }
  if (!(input.meanPatienceSeconds > 0)) {
    throw new RangeError(`meanPatienceSeconds must be > 0, got ${input.meanPatienceSeconds}`);
  }
  if (!(input.targetSeconds >= 0) || !Number.isFinite(input.targetSeconds)) {
    throw new RangeError(`targetSeconds must be a finite number ≥ 0, got ${input.targetSeconds}`);
  }
}

/**
 * Erlang A figures for N agents: probability of waiting P(W > 0) = 1 − P(fewer than N callers),
 * abandonment probability (share of callers who hang up), service level (share of all callers answered
 * within t; those who hang up count as not answered in time), the same among answered callers, ASA
 * (mean wait of answered callers), mean wait of all callers and occupancy (carried traffic / N).
 * With infinite patience it is Erlang C.
 * @example erlangA({ callsPerInterval: 3600, intervalMinutes: 60, ahtSeconds: 1, agents: 1, meanPatienceSeconds: 1, targetSeconds: 0 }).abandonmentProbability // → 1/e ≈ 0.3679
 */
export function erlangA(input: ErlangAInput): ErlangAOutcome {
  checkInput(input);
  if (input.meanPatienceSeconds === Number.POSITIVE_INFINITY) return fromErlangC(input);
  const lambda = arrivalRatePerSecond(input);
  const n = input.agents;
  const trafficErlangs = lambda * input.ahtSeconds;
  if (lambda === 0) {
    const none = { probabilityOfWaiting: 0, abandonmentProbability: 0, occupancy: 0, expectedQueueLength: 0 };
    const perfect = {
      serviceLevel: 1,
      serviceLevelOfAnswered: 1,
      averageSpeedOfAnswerSeconds: 0,
      averageWaitSeconds: 0,
    };
    return { agents: n, trafficErlangs, ...none, ...perfect, warnings: [], queueStates: 0 };
  }
  const rates = {
    lambda,
    nMu: n / input.ahtSeconds,
    theta: 1 / input.meanPatienceSeconds,
    t: input.targetSeconds,
  };
  const s = sumQueue(rates);
  const logInverse = logInverseErlangB(n, trafficErlangs);
  // Σ_{k<N} π_k / π_N = 1/B − 1, kept in log space: log(e^L − 1) = L + log(1 − e^−L).
  const logBelow =
    logInverse === 0 ? Number.NEGATIVE_INFINITY : logInverse + Math.log(-Math.expm1(-logInverse));
  const logTotal = logAddExp(logBelow, s.max + Math.log(s.sums.mass));
  const immediate = Math.exp(logBelow - logTotal);
  const scale = Math.exp(s.max - logTotal);
  const { sums } = s;
  const answered = immediate + scale * sums.answered;
  const serviceLevel = immediate + scale * sums.answeredInTime;
  const busy = n === 0 ? 0 : Math.min(1, (lambda * answered) / rates.nMu);
  const warnings: QueueWarning[] = [];
  if (trafficErlangs >= n) warnings.push({ code: 'traffic-reaches-agents', trafficErlangs, agents: n });
  warnings.push(...occupancyWarnings(busy));
  if (s.tailBound > RELATIVE_TAIL)
    warnings.push({ code: 'queue-truncated', states: s.states, tailBound: s.tailBound });
  return {
    agents: n,
    trafficErlangs,
    probabilityOfWaiting: 1 - immediate,
    serviceLevel,
    averageSpeedOfAnswerSeconds: answered > 0 ? (scale * sums.answeredWait) / answered : null,
    occupancy: busy,
    abandonmentProbability: Math.max(0, 1 - answered),
    warnings,
    serviceLevelOfAnswered: answered > 0 ? serviceLevel / answered : null,
    averageWaitSeconds: scale * sums.wait,
    expectedQueueLength: scale * sums.queue,
    queueStates: s.states,
  };
}
