/**
 * A cost game: n players (municipalities) and, for every group S of them, the cost c(S) of S solving the
 * task together without the others. Stored as a `Float64Array` of length 2^n indexed by the coalition's
 * bitmask (bit i set when player i is in S), with c(∅) = 0. Costs are in the caller's money unit (kroner
 * in Flokk). Source: Young (1985), "Cost allocation", ch. 1 in H.P. Young (ed.), Cost Allocation:
 * Methods, Principles, Applications, North-Holland; Peleg & Sudhölter (2007), Introduction to the Theory of
 * Cooperative Games, 2nd ed., Springer, ch. 2.
 * @module
 */

/** The most players a game may have: 2^20 coalition costs take 8 MB, and Shapley stays under a second. */
export const MAX_PLAYERS = 20;

/** A coalition as a bitmask over the players of a game: bit i is set when player i is a member. */
export type Coalition = number;

export interface CostGame {
  /** Player ids in bit order: player i is bit i of every coalition mask. */
  readonly players: readonly string[];
  /** c(S) for every coalition S, indexed by its mask; `costs[0]` is c(∅) = 0. Treat as read-only. */
  readonly costs: Float64Array;
}

/** The mask of the grand coalition N of `n` players. */
export function grandCoalition(n: number): Coalition {
  return (1 << n) - 1;
}

/** Number of members of a coalition (population count of the mask). */
export function coalitionSize(mask: Coalition): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Player indices of a coalition, in ascending order. */
export function memberIndices(mask: Coalition): number[] {
  const members: number[] = [];
  for (let m = mask; m !== 0; m &= m - 1) members.push(31 - Math.clz32(m & -m));
  return members;
}

/**
 * Player ids of a coalition, in player order.
 * @example coalitionMembers(game, 0b101) // → ['Melhus', 'Skaun'] when those are players 0 and 2
 */
export function coalitionMembers(game: CostGame, mask: Coalition): string[] {
  return memberIndices(mask).map((i) => game.players[i] as string);
}

/** Number of players n. */
export function playerCount(game: CostGame): number {
  return game.players.length;
}

/** c(N), the cost of all players together. */
export function totalCost(game: CostGame): number {
  return game.costs[grandCoalition(game.players.length)] as number;
}

/**
 * Stand-alone cost c({i}) of player i: what the municipality pays if it solves the task alone.
 * @example standAlone(game, 0) // → c({player 0})
 */
export function standAlone(game: CostGame, player: number): number {
  return game.costs[1 << player] as number;
}

/**
 * Builds a game from a cost function of the coalition mask, called once for every non-empty coalition.
 * Throws `RangeError` for fewer than 1 or more than {@link MAX_PLAYERS} players or duplicate ids, and for a
 * cost that is not a finite number: those are programmer errors (user tables go through `gameFromTable`).
 * @example
 * // Three municipalities sharing one unit with a fixed cost of 10 and 4 per member:
 * gameFromFunction(['A', 'B', 'C'], (mask) => 10 + 4 * coalitionSize(mask));
 */
export function gameFromFunction(players: readonly string[], cost: (mask: Coalition) => number): CostGame {
  checkPlayers(players);
  const size = 1 << players.length;
  const costs = new Float64Array(size);
  for (let mask = 1; mask < size; mask++) {
    const value = cost(mask);
    if (!Number.isFinite(value)) throw new RangeError(`Cost of coalition ${mask} is not a finite number`);
    costs[mask] = value;
  }
  return { players: [...players], costs };
}

/**
 * Wraps a ready array of 2^n coalition costs (c(∅) must be 0). Throws `RangeError` on a wrong length.
 * @example gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11))
 */
export function gameFromCosts(players: readonly string[], costs: Float64Array): CostGame {
  checkPlayers(players);
  if (costs.length !== 1 << players.length) {
    throw new RangeError(`Expected ${1 << players.length} coalition costs, got ${costs.length}`);
  }
  if (costs[0] !== 0) throw new RangeError('The cost of the empty coalition must be 0');
  return { players: [...players], costs };
}

function checkPlayers(players: readonly string[]): void {
  if (players.length < 1 || players.length > MAX_PLAYERS) {
    throw new RangeError(`A game has 1 to ${MAX_PLAYERS} players, not ${players.length}`);
  }
  if (new Set(players).size !== players.length) throw new RangeError('Player ids must be unique');
}

/** The largest absolute coalition cost, or 1 for a game of zero costs: the scale of the game's numbers. */
export function largestCost(game: CostGame): number {
  let largest = 0;
  for (const value of game.costs) largest = Math.max(largest, Math.abs(value));
  return largest === 0 ? 1 : largest;
}

/** Default absolute tolerance for comparisons of costs: 1e-9 of the largest cost, at least 1e-9. */
export function defaultTolerance(game: CostGame): number {
  return 1e-9 * Math.max(1, largestCost(game));
}
