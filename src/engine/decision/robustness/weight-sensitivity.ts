/**
 * One-at-a-time weight sensitivity of the weighted-sum ranking: for each criterion j, the smallest change
 * of its weight that makes another model rank first, with the other weights rescaled proportionally so all
 * still sum to 1 (see `reweight`).
 *
 * Solved analytically, not by search: with w_j = t and the others rescaled, a model's value is linear in t,
 *   V_m(t) = t · s_mj + (1 − t) · R_m,  where R_m = (V_m − w_j · s_mj) / (1 − w_j)
 * is its value on the other criteria alone (with their weights renormalised). The top model a and a rival b
 * tie where V_a(t) = V_b(t), i.e. at t* = ΔR / (ΔR − Δs) with ΔR = R_a − R_b and Δs = s_aj − s_bj. The
 * nearest such t* above the current weight (and below it) within (0, 1) is where the top model changes.
 * Source: one-way sensitivity analysis of an additive value model as described by V. Belton and
 * T. J. Stewart (2002), Multiple Criteria Decision Analysis: An Integrated Approach, Kluwer; the closed form
 * follows from the linearity shown above.
 * @module
 */
import type { DecisionWarning } from '../decision-warning.ts';
import { isTie, rankByWeightedSum, type ScoreTable } from '../scoring/weighted-sum.ts';
import type { Weights } from '../weights/weights.ts';

export interface WeightFlip {
  /** The criterion's weight where the current top model ties with `newTop`; beyond it `newTop` is first. */
  weight: number;
  /** `weight` − the current weight: positive for an increase, negative for a decrease. */
  change: number;
  /** The model that ranks first just beyond `weight` (the first listed, if models with equal scores share it). */
  newTop: string;
}

export interface CriterionSensitivity {
  criterionId: string;
  weight: number;
  /** The flip when the weight is raised, or `null` if the top model stays first up to weight 1. */
  increase: WeightFlip | null;
  /** The flip when the weight is lowered, or `null` if the top model stays first down to weight 0. */
  decrease: WeightFlip | null;
  /** Whichever of the two needs the smaller change. */
  smallest: WeightFlip | null;
}

export interface WeightSensitivity {
  /** Exact solution of the linear tie equation (no bisection). */
  method: 'analyticLinear';
  /** The current top model (the first listed on a tie), or `null` with fewer than two ranked models. */
  top: string | null;
  criteria: CriterionSensitivity[];
  warnings: DecisionWarning[];
}

interface Line {
  id: string;
  /** Score on criterion j. */
  s: number;
  /** Value on the other criteria, renormalised. */
  r: number;
}

function lines(criterionId: string, weights: Weights, scores: ScoreTable, models: readonly string[]): Line[] {
  const w = weights[criterionId] as number;
  const others = Object.keys(weights).filter((id) => id !== criterionId);
  return models.map((id) => {
    const row = scores[id] ?? {};
    const s = row[criterionId] as number;
    // When the criterion holds all the weight, `reweight` shares the rest equally, so R is the plain mean.
    const r =
      w < 1
        ? others.reduce((sum, k) => sum + (weights[k] as number) * (row[k] as number), 0) / (1 - w)
        : others.reduce((sum, k) => sum + (row[k] as number), 0) / others.length;
    return { id, s, r };
  });
}

const EDGE = 1e-12;

/** The value of a line at weight t. */
const at = (line: Line, t: number) => t * line.s + (1 - t) * line.r;

function flipFor(top: Line, rivals: readonly Line[], w: number, direction: 1 | -1): WeightFlip | null {
  const crossings: { t: number; rival: Line }[] = [];
  for (const rival of rivals) {
    const gap = top.r - rival.r;
    const slope = top.s - rival.s - gap;
    if (slope === 0) continue;
    // Tied now: the rival leads at once in the direction where the gap shrinks.
    const t = isTie(at(top, w), at(rival, w)) ? w : gap / -slope;
    const leadsBeyond = direction === 1 ? slope < 0 : slope > 0;
    // A tie exactly at weight 0 or 1 cannot be passed; EDGE keeps float noise (t* = 1e-16 for 0) from counting as inside.
    const inRange = direction === 1 ? t >= w && t < 1 - EDGE : t <= w && t > EDGE;
    if (leadsBeyond && inRange) crossings.push({ t, rival });
  }
  if (crossings.length === 0) return null;
  const first =
    direction === 1 ? Math.min(...crossings.map((c) => c.t)) : Math.max(...crossings.map((c) => c.t));
  // Rivals that cross at the same weight (up to rounding): the one rising fastest leads beyond it, i.e. the best at the end of the range.
  const end = direction === 1 ? 1 : 0;
  const winner = crossings
    .filter((c) => Math.abs(c.t - first) <= EDGE)
    .reduce((best, c) => (at(c.rival, end) > at(best.rival, end) ? c : best));
  return { weight: first, change: first - w, newTop: winner.rival.id };
}

/** The ranked models with a score on every criterion: raising a weight from 0 needs that criterion's score. */
function completeModels(
  ranked: readonly string[],
  criteria: readonly string[],
  scores: ScoreTable,
): string[] {
  return ranked.filter((id) => criteria.every((c) => scores[id]?.[c] !== undefined));
}

/**
 * For each criterion, the weight changes that make another model rank first.
 * @example
 * // A: cost 5, control 1; B: cost 1, control 5; weights 0.6 / 0.4 → A first (3.4 vs 2.6).
 * weightSensitivity(['A', 'B'], { cost: 0.6, control: 0.4 }, { A: { cost: 5, control: 1 }, B: { cost: 1, control: 5 } })
 * // → criteria[0]: { criterionId: 'cost', weight: 0.6, decrease: { weight: 0.5, change: -0.1, newTop: 'B' }, increase: null, … }
 */
export function weightSensitivity(
  alternatives: readonly string[],
  weights: Weights,
  scores: ScoreTable,
): WeightSensitivity {
  const ranking = rankByWeightedSum(alternatives, weights, scores);
  const warnings = [...ranking.warnings];
  const criterionIds = Object.keys(weights);
  const ranked = ranking.ranking.map((r) => r.id);
  const models = completeModels(ranked, criterionIds, scores);
  for (const id of ranked.filter((m) => !models.includes(m))) {
    warnings.push({ code: 'sensitivity_score_missing', path: ['scores', id] });
  }
  const top = ranking.top.find((id) => models.includes(id)) ?? null;
  if (ranking.top.length > 1) {
    warnings.push({ code: 'top_tied', path: [], params: { models: ranking.top.join(', ') } });
  }
  const criteria = Object.entries(weights).map(([criterionId, weight]): CriterionSensitivity => {
    if (top === null || models.length < 2 || criterionIds.length < 2) {
      return { criterionId, weight, increase: null, decrease: null, smallest: null };
    }
    const all = lines(criterionId, weights, scores, models);
    const topLine = all.find((l) => l.id === top) as Line;
    const rivals = all.filter((l) => l.id !== top);
    const increase = flipFor(topLine, rivals, weight, 1);
    const decrease = flipFor(topLine, rivals, weight, -1);
    const smallest =
      increase && decrease
        ? Math.abs(increase.change) <= Math.abs(decrease.change)
          ? increase
          : decrease
        : (increase ?? decrease);
    return { criterionId, weight, increase, decrease, smallest };
  });
  return { method: 'analyticLinear', top, criteria, warnings };
}
