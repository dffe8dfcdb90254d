/**
 * The coalition costs c(S) of a scenario's service area, or of its package of all areas: for every group S
 * of participating municipalities, what S would pay per year if only its members cooperated.
 *
 * The model, derived from the scenario (every uncertain input at its median, kroner of the base year):
 * - c({i}) = municipality i's own annual cost today: labour cost + other costs, from its baseline rows;
 * - c(S), |S| ≥ 2 = the joint unit's annual running cost at full effect if only S cooperate:
 *   (1 − s) · Σ_{i∈S} labour cost_i + Σ_{i∈S} other costs_i + R, with s the area's savings share and R its
 *   recurring new costs in the first year at full effect (start year + ramp-up years).
 * The savings share applies to labour cost only, as in the scenario engine (`evaluateScenario`), so c(N) is
 * exactly the joint unit's running cost the scenario analysis uses in that year (without real wage growth
 * and a binding attrition cap); where no area has other costs, as in the default case, this is
 * (1 − s) · Σ cost today + R. With a scale curve on the area (`economies-of-scale.ts`), a group of F_S FTE
 * saves s · curve(F_S) / curve(F_N) instead of s, so that a pair can save less than all three; without one,
 * every group saves the same share, an assumption the screens state. A smaller unit carries the same new
 * costs R as the full one.
 * - Package: c(S) = Σ over the areas of c_area(S ∩ participants of the area), each area's table with its own
 *   typed values.
 *
 * A study's own figures (`costGames` in the case document) override the derived values group by group; each
 * value is marked `derived` or `typed`. Source of the approach: Young (1985), "Cost allocation", §1.2, where
 * c(S) is the least cost of serving S alone; the savings range from the case's benchmarks (NIVI 2024:2).
 * @module
 */
import { groupSavingsShare } from '../../engine/economics/economies-of-scale.ts';
import { coalitionSize, gameFromCosts, type CostGame } from '../../engine/games/game.ts';
import { gameWarnings } from '../../engine/games/game-checks.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Provenance } from '../schema/scenario.ts';
import { scenarioCostModels, type AreaCostModel, type ScenarioCostModels } from './area-cost-model.ts';

/** What is shared: one service area of the scenario, or the package of all its areas. */
export type CostSharingScope = { kind: 'area'; areaId: string } | { kind: 'package' };

/** One group's cost, in kroner per year. */
export interface CoalitionCostRow {
  /** Municipality numbers of the group, in player order. */
  members: string[];
  /** The group as a bitmask over `players`. */
  mask: number;
  /** The cost used: typed where typed, else derived; null when neither is known. */
  cost: number | null;
  origin: 'derived' | 'typed';
  /** The value the scenario model gives, also where a typed value overrides it; null when unknown. */
  derived: number | null;
  /** Where the typed value is in the document, e.g. `costGames[0].costs[2]`. */
  typedPath?: string;
}

export type CostTableWarning =
  /** Some group costs more together than in two parts; `members` is the worst group, `amount` the excess. */
  | { code: 'not_subadditive'; members: string[]; amount: number }
  /** A member's extra cost grows with the group (the cost function is not concave); `members` the group. */
  | { code: 'not_convex'; members: string[]; amount: number }
  /** The baseline has no complete cost for this municipality, so groups with it have no derived cost. */
  | { code: 'missing_cost_today'; members: string[] }
  /** `amount` groups have no cost at all, so the game cannot be analysed. */
  | { code: 'missing_coalition_costs'; amount: number };

export interface CoalitionCostTable {
  scenarioId: string;
  scope: CostSharingScope;
  /** Municipality numbers, the players of the game, in the case's participant order. */
  players: string[];
  /** Every non-empty group, smallest first. */
  rows: CoalitionCostRow[];
  /** The area models the derived values come from (one per area of the package). */
  models: AreaCostModel[];
  /** The typed table used, if any. */
  typed: { id: string; provenance: Provenance } | null;
  warnings: CostTableWarning[];
}

const membersOf = (players: readonly string[], mask: number) =>
  players.filter((_, i) => (mask & (1 << i)) !== 0);

/** c(S) of one area by the model, over the area's participants; null when a member's cost today is unknown. */
export function areaCoalitionCost(model: AreaCostModel, mask: number): number | null {
  let labour = 0;
  let other = 0;
  let total = 0;
  let fte = 0;
  let allFte = 0;
  for (let i = 0; i < model.participants.length; i++) {
    const p = model.participants[i] as AreaCostModel['participants'][number];
    allFte += p.fte ?? 0;
    if ((mask & (1 << i)) === 0) continue;
    if (p.total === null || p.labourCost === null || p.otherCosts === null) return null;
    labour += p.labourCost;
    other += p.otherCosts;
    total += p.total;
    fte += p.fte ?? 0;
  }
  if (mask === 0) return 0;
  if (coalitionSize(mask) === 1) return total;
  const share = model.scale
    ? groupSavingsShare(model.savingsShare, model.scale, fte, allFte)
    : model.savingsShare;
  return (1 - share) * labour + other + model.recurringCosts;
}

function orderedMasks(n: number): number[] {
  const masks = Array.from({ length: (1 << n) - 1 }, (_, k) => k + 1);
  return masks.sort((a, b) => coalitionSize(a) - coalitionSize(b) || a - b);
}

/** Applies the typed table for this scenario and scope, if the case has one. */
function applyTyped(
  document: CaseDocument,
  scenarioId: string,
  areaId: string | undefined,
  players: readonly string[],
  rows: CoalitionCostRow[],
): CoalitionCostTable['typed'] {
  const g = document.costGames.findIndex((t) => t.scenarioId === scenarioId && t.areaId === areaId);
  const table = document.costGames[g];
  if (!table) return null;
  const byMask = new Map(rows.map((row) => [row.mask, row]));
  table.costs.forEach((typed, r) => {
    const indexes = typed.coalition.map((m) => players.indexOf(m));
    // The reference check refuses a municipality outside the area; such a row is skipped, not guessed at.
    if (indexes.some((i) => i < 0)) return;
    const row = byMask.get(indexes.reduce((mask, i) => mask | (1 << i), 0));
    if (!row) return;
    row.cost = typed.cost;
    row.origin = 'typed';
    row.typedPath = `costGames[${g}].costs[${r}]`;
  });
  return { id: table.id, provenance: table.provenance };
}

function tableWarnings(table: Omit<CoalitionCostTable, 'warnings'>): CostTableWarning[] {
  const warnings: CostTableWarning[] = [];
  for (const row of table.rows) {
    if (row.members.length === 1 && row.derived === null) {
      warnings.push({ code: 'missing_cost_today', members: row.members });
    }
  }
  const missing = table.rows.filter((row) => row.cost === null).length;
  if (missing > 0) warnings.push({ code: 'missing_coalition_costs', amount: missing });
  const game = costGameOf(table);
  if (game) {
    for (const warning of gameWarnings(game)) {
      if (warning.code !== 'not_subadditive' && warning.code !== 'not_convex') continue;
      warnings.push({
        code: warning.code,
        members: membersOf(table.players, warning.coalition ?? 0),
        amount: warning.amount ?? 0,
      });
    }
  }
  return warnings;
}

function areaRows(model: AreaCostModel): CoalitionCostRow[] {
  const players = model.participants.map((p) => p.municipality);
  return orderedMasks(players.length).map((mask) => {
    const derived = areaCoalitionCost(model, mask);
    return { members: membersOf(players, mask), mask, cost: derived, origin: 'derived', derived };
  });
}

function packageRows(
  players: readonly string[],
  areaTables: readonly CoalitionCostTable[],
): CoalitionCostRow[] {
  const lookups = areaTables.map((t) => ({
    index: t.players.map((m) => players.indexOf(m)),
    byMask: new Map(t.rows.map((row) => [row.mask, row])),
  }));
  return orderedMasks(players.length).map((mask) => {
    let cost: number | null = 0;
    for (const { index, byMask } of lookups) {
      const areaMask = index.reduce((m, p, i) => ((mask & (1 << p)) !== 0 ? m | (1 << i) : m), 0);
      if (areaMask === 0) continue;
      const part = byMask.get(areaMask)?.cost ?? null;
      cost = cost === null || part === null ? null : cost + part;
    }
    return { members: membersOf(players, mask), mask, cost, origin: 'derived', derived: cost };
  });
}

function areaTable(
  document: CaseDocument,
  models: ScenarioCostModels,
  model: AreaCostModel,
): CoalitionCostTable {
  const players = model.participants.map((p) => p.municipality);
  const rows = areaRows(model);
  const typed = applyTyped(document, models.scenarioId, model.areaId, players, rows);
  const table = {
    scenarioId: models.scenarioId,
    scope: { kind: 'area', areaId: model.areaId } as const,
    players,
    rows,
    models: [model],
    typed,
  };
  return { ...table, warnings: tableWarnings(table) };
}

/**
 * The coalition-cost table of one area of a scenario, or of its package (`{ kind: 'package' }`): every
 * group's cost, derived or typed, and the warnings (not subadditive, not convex, missing figures). `null`
 * when the case has no such scenario or the scenario no such area.
 * @example
 * const table = coalitionCostTable(defaultCase(), 'administrative-tjenester', { kind: 'area', areaId: 'lonn-regnskap-fakturering' });
 * table?.rows[0] // → { members: ['5027'], cost: 5 500 000, origin: 'derived', … }
 */
export function coalitionCostTable(
  document: CaseDocument,
  scenarioId: string,
  scope: CostSharingScope,
): CoalitionCostTable | null {
  const models = scenarioCostModels(document, scenarioId);
  if (!models) return null;
  if (scope.kind === 'area') {
    const model = models.areas.find((a) => a.areaId === scope.areaId);
    return model ? areaTable(document, models, model) : null;
  }
  if (models.areas.length === 0) return null;
  const areaTables = models.areas.map((model) => areaTable(document, models, model));
  const inAnyArea = new Set(areaTables.flatMap((t) => t.players));
  const players = document.participants
    .map((p) => p.municipalityNumber as string)
    .filter((m) => inAnyArea.has(m));
  const rows = packageRows(players, areaTables);
  const typed = applyTyped(document, scenarioId, undefined, players, rows);
  const table = { scenarioId, scope, players, rows, models: models.areas, typed };
  return { ...table, warnings: tableWarnings(table) };
}

/**
 * The game of a table, for the engine; `null` while a group has no cost.
 * @example costGameOf(table)?.costs[0b111] // → c(N)
 */
export function costGameOf(table: Pick<CoalitionCostTable, 'players' | 'rows'>): CostGame | null {
  const costs = new Float64Array(1 << table.players.length);
  for (const row of table.rows) {
    if (row.cost === null) return null;
    costs[row.mask] = row.cost;
  }
  return gameFromCosts(table.players, costs);
}
