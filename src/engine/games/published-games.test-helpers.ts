/**
 * Test support (not used by the app): reads example games in the coalition orders their publications use,
 * and turns profit (savings) games into cost games so the cost-game engine can solve them.
 *
 * A profit game v becomes the cost game c(S) = a·|S| − v(S) with a = v(N). An allocation x of c is the
 * allocation y_i = a − x_i of v with the same excesses, x(S) − c(S) = v(S) − y(S), and the same imputations
 * (x_i ≤ c(i) ⟺ y_i ≥ v(i)), so nucleolus, Shapley value and their variants carry over exactly.
 * @module
 */
import { coalitionSize, gameFromCosts, type Coalition, type CostGame } from './game.ts';

export type CoalitionOrder =
  /** {1}, {2}, …, {1,2}, {1,3}, …, N: by size, then lexicographic (R packages CoopGame, GameTheory). */
  | 'by-size'
  /** {1}, {1,2}, {1,2,3}, …, {1,3}, …: depth-first (Churkin's Nucleolus.jl, following Guajardo & Jörnsten). */
  | 'depth-first';

export function coalitionOrder(n: number, order: CoalitionOrder): Coalition[] {
  const out: Coalition[] = [];
  if (order === 'depth-first') {
    const visit = (start: number, mask: Coalition) => {
      for (let i = start; i < n; i++) {
        out.push(mask | (1 << i));
        visit(i + 1, mask | (1 << i));
      }
    };
    visit(0, 0);
    return out;
  }
  for (let mask = 1; mask < 1 << n; mask++) out.push(mask);
  // Lexicographic within a size: compare member lists, which for masks is the reversed-bit order.
  const members = (m: Coalition) => [...Array(n).keys()].filter((i) => (m & (1 << i)) !== 0);
  return out.sort((a, b) => {
    const size = coalitionSize(a) - coalitionSize(b);
    if (size !== 0) return size;
    const ma = members(a);
    const mb = members(b);
    const k = ma.findIndex((v, i) => v !== mb[i]);
    return (ma[k] as number) - (mb[k] as number);
  });
}

export interface PublishedGame {
  game: CostGame;
  /** Converts a cost-game allocation back to the publication's terms (profit shares for a profit game). */
  toPublished(allocation: ArrayLike<number>): number[];
}

/** The game of `values` listed in `order`, as a cost game. */
export function publishedGame(
  values: readonly number[],
  { order, kind }: { order: CoalitionOrder; kind: 'cost' | 'profit' },
): PublishedGame {
  const n = Math.round(Math.log2(values.length + 1));
  const published = new Float64Array(1 << n);
  coalitionOrder(n, order).forEach((mask, k) => (published[mask] = values[k] as number));
  const players = Array.from({ length: n }, (_, i) => String(i + 1));
  if (kind === 'cost') return { game: gameFromCosts(players, published), toPublished: (x) => Array.from(x) };
  const a = published[(1 << n) - 1] as number;
  const costs = published.map((v, mask) => (mask === 0 ? 0 : a * coalitionSize(mask) - v));
  return { game: gameFromCosts(players, costs), toPublished: (x) => Array.from(x, (xi) => a - xi) };
}
