/**
 * Separable costs, remaining benefits (SCRB), the method of the US water agencies since the 1930s (TVA) and
 * the 1950 "Green Book". Each player pays its separable cost s_i = c(N) − c(N∖{i}), the extra cost of
 * including it last, and the non-separable remainder c(N) − Σ s_j is shared in proportion to the remaining
 * benefits r_i = c(i) − s_i, what each saves beyond its separable cost by not going alone:
 * x_i = s_i + r_i / Σ r_j · (c(N) − Σ s_j).
 * Sources: Young, Okada & Hashimoto (1982), "Cost allocation in water resources development", Water
 * Resources Research 18(3), 463–475, §2; Young (1985), "Cost allocation", in Cost Allocation: Methods,
 * Principles, Applications, North-Holland, §1.5. The benefit cap of the original (min of benefit and
 * alternative cost) is the stand-alone cost here: the municipalities must solve the task either way.
 * @module
 */
import { grandCoalition, type CostGame } from './game.ts';
import type { GameWarning } from './game-warning.ts';
import type { AllocationMethod } from './allocation-method.ts';

export interface ScrbResult {
  allocation: Float64Array;
  /** s_i = c(N) − c(N∖{i}). */
  separable: Float64Array;
  /** r_i = max(0, c(i) − s_i). */
  remaining: Float64Array;
  warnings: GameWarning[];
}

/**
 * SCRB allocation. A negative remaining benefit (separable cost above stand-alone cost, possible only when
 * the game is not subadditive) is taken as 0 with a warning; if no player has a remaining benefit the
 * non-separable cost is split equally.
 * @example
 * // The cost game of Young (1985), IJGT 14(2), p. 68: c(1) = 15, c(2) = 20, c(3) = 55, c(12) = 35,
 * // c(13) = 61, c(23) = 65, c(N) = 78.
 * // s = (13, 17, 43), r = (2, 3, 12), non-separable 5 → x = (13 + 10/17, 17 + 15/17, 43 + 60/17)
 * scrb(game).allocation
 */
export function scrb(game: CostGame): ScrbResult {
  const n = game.players.length;
  const full = grandCoalition(n);
  const total = game.costs[full] as number;
  const separable = new Float64Array(n);
  const remaining = new Float64Array(n);
  const warnings: GameWarning[] = [];
  for (let i = 0; i < n; i++) {
    separable[i] = total - (game.costs[full ^ (1 << i)] as number);
    const benefit = (game.costs[1 << i] as number) - (separable[i] as number);
    if (benefit < 0) warnings.push({ code: 'negative_remaining_benefit', player: i, amount: benefit });
    remaining[i] = Math.max(0, benefit);
  }
  const nonSeparable = total - separable.reduce((sum, s) => sum + s, 0);
  const benefits = remaining.reduce((sum, r) => sum + r, 0);
  if (benefits <= 0 && nonSeparable !== 0) warnings.push({ code: 'no_remaining_benefit' });
  const allocation = separable.map((s, i) =>
    benefits > 0 ? s + ((remaining[i] as number) / benefits) * nonSeparable : s + nonSeparable / n,
  );
  return { allocation, separable, remaining, warnings };
}

/** Registry descriptor of SCRB. */
export const scrbMethod: AllocationMethod = {
  id: 'scrb',
  labelKey: 'allocation_method.scrb',
  source: 'Young, Okada & Hashimoto (1982), Cost allocation in water resources development, WRR 18(3)',
  needsSolver: false,
  allocate: (game) => {
    const { allocation, warnings } = scrb(game);
    return { allocation, warnings };
  },
};
