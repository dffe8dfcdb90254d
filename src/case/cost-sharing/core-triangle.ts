/**
 * The core of a three-municipality cost game drawn in the triangle of savings. Every allocation x of c(N)
 * divides the total saving Σ c({i}) − c(N) among the three; its barycentric coordinates are the shares of the
 * saving, b_i = (c({i}) − x_i) / Σ saving, summing to 1. The corners are "municipality i gets the whole
 * saving", and the triangle itself is the imputation set (nobody pays more than alone, b_i ≥ 0). A pair
 * {i, j} pays at most c({i, j}) exactly when b_i + b_j ≥ v(ij) / Σ saving, with v(ij) = c({i}) + c({j}) −
 * c({i, j}) the pair's own saving; as b_i + b_j = 1 − b_k, the core is the triangle cut by b_k ≤ 1 −
 * v(ij) / Σ saving for each k (Young 1985, "Cost allocation", §1.4, fig. 1.2).
 * @module
 */
import type { CostGame } from '../../engine/games/game.ts';

/** Barycentric coordinates: shares of the total saving, one per municipality, summing to 1. */
export type Barycentric = [number, number, number];

export interface CoreTriangle {
  /** The three municipality numbers; corner i belongs to player i. */
  players: string[];
  /** Σ c({i}) − c(N), kroner per year; the triangle's scale. */
  totalSaving: number;
  /** Corners of the core polygon, in order around it; empty when the core is empty. */
  core: Barycentric[];
  /** Each allocation as a point. */
  points: { id: string; at: Barycentric; inCore: boolean }[];
}

type Constraint = { k: number; bound: number };

/** Sutherland–Hodgman: keeps the part of `polygon` with b_k ≤ bound. */
function clip(polygon: Barycentric[], { k, bound }: Constraint): Barycentric[] {
  const out: Barycentric[] = [];
  const at = (p: Barycentric) => p[k] as number;
  const inside = (p: Barycentric) => at(p) <= bound + 1e-12;
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length] as Barycentric;
    if (inside(current) !== inside(previous)) {
      const t = (bound - at(previous)) / (at(current) - at(previous));
      out.push(previous.map((v, j) => v + t * ((current[j] as number) - v)) as Barycentric);
    }
    if (inside(current)) out.push(current);
  });
  return out;
}

const same = (a: Barycentric, b: Barycentric) => a.every((v, j) => Math.abs(v - (b[j] as number)) < 1e-9);

/** Drops corners that repeat the one before (a cut through a corner, or a core of one point). */
function withoutRepeats(polygon: Barycentric[]): Barycentric[] {
  const out = polygon.filter((p, i) => i === 0 || !same(p, polygon[i - 1] as Barycentric));
  while (out.length > 1 && same(out[0] as Barycentric, out.at(-1) as Barycentric)) out.pop();
  return out;
}

/**
 * The triangle for a game of exactly three players; null for other sizes or when the group saves nothing
 * (then there is no triangle to draw). `points` takes each allocation's amounts in player order.
 * @example
 * // Alone 5.5, 5.2 and 4.1 million; every pair and all three save 20 %: the core is the part where no
 * // municipality gets more than 1 − (pair saving)/(total saving) of the saving.
 * coreTriangle(game, [{ id: 'equal', amounts: [x, x, x], inCore: false }])
 */
export function coreTriangle(
  game: CostGame,
  allocations: readonly { id: string; amounts: readonly number[]; inCore: boolean }[],
): CoreTriangle | null {
  if (game.players.length !== 3) return null;
  const c = (mask: number) => game.costs[mask] as number;
  const totalSaving = c(1) + c(2) + c(4) - c(7);
  if (!(totalSaving > 1e-9 * Math.max(1, c(7)))) return null;
  let core: Barycentric[] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  for (let k = 0; k < 3; k++) {
    const pair = 7 ^ (1 << k);
    const pairSaving = c(pair & -pair) + c(pair & (pair - 1)) - c(pair);
    core = clip(core, { k, bound: 1 - pairSaving / totalSaving });
    if (core.length === 0) break;
  }
  core = withoutRepeats(core);
  const at = (amounts: readonly number[]): Barycentric =>
    [0, 1, 2].map((i) => (c(1 << i) - (amounts[i] as number)) / totalSaving) as Barycentric;
  return {
    players: [...game.players],
    totalSaving,
    core,
    points: allocations.map((a) => ({ id: a.id, at: at(a.amounts), inCore: a.inCore })),
  };
}
