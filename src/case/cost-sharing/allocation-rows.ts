/**
 * The allocations compared side by side: the simple cost keys of `engine/cost-sharing` (population, equal
 * shares, volume where the scenario has volumes, hybrid) and every game-theoretic method of
 * `engine/games/allocation-methods.ts`, each as kroner per municipality, its saving, its share of the total
 * saving, and its core verdict.
 * @module
 */
import type { KeyChoice, KeyInput, KeyOptions } from '../../engine/cost-sharing/cost-key.ts';
import { CostKeyError } from '../../engine/cost-sharing/cost-key-error.ts';
import { costKeyById } from '../../engine/cost-sharing/registry.ts';
import type { AllocationMethodId } from '../../engine/games/allocation-method.ts';
import { ALLOCATION_METHODS, runAllocationMethod } from '../../engine/games/allocation-methods.ts';
import { defaultTolerance, grandCoalition, type CostGame } from '../../engine/games/game.ts';
import type { GameWarning, GameWarningCode } from '../../engine/games/game-warning.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { UnavailableReason } from '../../engine/games/method-unavailable.ts';
import { coreVerdict, type CoreVerdict } from './core-verdict.ts';

/** A method's warning with the coalition and player named by municipality number. */
export interface AllocationWarning {
  code: GameWarningCode;
  members?: string[];
  municipality?: string;
  amount?: number;
}

export interface AllocationRow {
  /** Unique in the comparison: the key or method id, with the measure for volume keys (`volume-payslips`). */
  id: string;
  kind: 'key' | 'method';
  /** The id in its registry: a cost key (`population`) or an allocation method (`shapley`). */
  registryId: string;
  /** Message key of the name, from the registry (`costKey.population.label`, `allocation_method.shapley`). */
  labelKey: string;
  /** The key's options, e.g. `{ measure: 'payslips' }`. */
  options?: KeyOptions;
  /** The publication that defines the method. */
  source?: string;
  /** True for the key the scenario itself uses for the area's running cost. */
  scenarioKey: boolean;
  /** What each municipality pays per year, kroner, in player order. */
  amounts: number[];
  /** c({i}) − x_i: what each saves compared with going alone (negative: pays more than alone). */
  savings: number[];
  /** savings_i / total saving; null when the group saves nothing in all. */
  savingShares: (number | null)[];
  core: CoreVerdict;
  warnings: AllocationWarning[];
}

/** A key that could not be applied, e.g. a volume measure some municipality lacks. */
export interface UnavailableKey {
  id: string;
  keyId: string;
  options?: KeyOptions;
  /** The key's error code, e.g. `missing_volume`. */
  reason: string;
}

/** A game-theoretic method that cannot allocate this game, e.g. the proportional nucleolus with a zero cost. */
export interface UnavailableMethod {
  /** The method id, as a row would have it (`proportional-nucleolus`). */
  id: AllocationMethodId;
  /** Message key of the name, from the registry. */
  labelKey: string;
  /** The publication that defines the method. */
  source: string;
  reason: UnavailableReason;
}

/** The hybrid key compared when the scenario uses another: 30 % in equal parts, 70 % by population. */
export const EXAMPLE_HYBRID: KeyChoice = {
  keyId: 'hybrid',
  options: { fixedShare: 0.3, rest: { keyId: 'population' } },
};

const sameChoice = (a: KeyChoice, b: KeyChoice | null) =>
  b !== null && a.keyId === b.keyId && JSON.stringify(a.options ?? {}) === JSON.stringify(b.options ?? {});

/**
 * The key choices to compare: population and hybrid with the scenario's own options when it uses them,
 * equal shares, and a volume key for every measure all participants have (plus the scenario's own measure).
 */
export function keyChoicesToCompare(scenarioKey: KeyChoice | null, inputs: readonly KeyInput[]): KeyChoice[] {
  const own = (keyId: string, fallback: KeyChoice) => (scenarioKey?.keyId === keyId ? scenarioKey : fallback);
  const measures = new Set(
    Object.keys(inputs[0]?.volumes ?? {}).filter((m) => inputs.every((p) => p.volumes?.[m] !== undefined)),
  );
  if (scenarioKey?.keyId === 'volume' && typeof scenarioKey.options?.['measure'] === 'string') {
    measures.add(scenarioKey.options['measure']);
  }
  return [
    own('population', { keyId: 'population' }),
    { keyId: 'equal' },
    ...[...measures].sort().map((measure) => ({ keyId: 'volume', options: { measure } })),
    own('hybrid', EXAMPLE_HYBRID),
  ];
}

function rowId(choice: KeyChoice): string {
  const measure = choice.options?.['measure'];
  return typeof measure === 'string' ? `${choice.keyId}-${measure}` : choice.keyId;
}

function savingsOf(game: CostGame, amounts: readonly number[]) {
  const n = game.players.length;
  const savings = amounts.map((x, i) => (game.costs[1 << i] as number) - x);
  const total = savings.reduce((sum, s) => sum + s, 0);
  // A saving within rounding of zero has no meaningful shares.
  const shares = total > defaultTolerance(game) * n ? savings.map((s) => s / total) : savings.map(() => null);
  return { savings, savingShares: shares };
}

function warningView(game: CostGame, warning: GameWarning): AllocationWarning {
  return {
    code: warning.code,
    ...(warning.coalition === undefined
      ? {}
      : { members: game.players.filter((_, i) => ((warning.coalition as number) & (1 << i)) !== 0) }),
    ...(warning.player === undefined ? {} : { municipality: game.players[warning.player] as string }),
    ...(warning.amount === undefined ? {} : { amount: warning.amount }),
  };
}

/**
 * One row per key choice, each key's shares applied to c(N) (unrounded, so the core check judges the key and
 * not the rounding); keys that cannot be applied are listed apart with the reason.
 * @example keyRows(game, [{ keyId: 'equal' }], inputs, null).rows[0]?.amounts // → [c(N)/3, c(N)/3, c(N)/3]
 */
export function keyRows(
  game: CostGame,
  choices: readonly KeyChoice[],
  inputs: readonly KeyInput[],
  scenarioKey: KeyChoice | null,
): { rows: AllocationRow[]; unavailable: UnavailableKey[] } {
  const total = game.costs[grandCoalition(game.players.length)] as number;
  const rows: AllocationRow[] = [];
  const unavailable: UnavailableKey[] = [];
  for (const choice of choices) {
    const key = costKeyById(choice.keyId);
    const options = choice.options ?? {};
    let shares: number[];
    try {
      shares = key.shares(inputs, options);
    } catch (error) {
      if (!(error instanceof CostKeyError)) throw error;
      unavailable.push({
        id: rowId(choice),
        keyId: choice.keyId,
        ...(choice.options ? { options } : {}),
        reason: error.code,
      });
      continue;
    }
    const amounts = shares.map((share) => share * total);
    rows.push({
      id: rowId(choice),
      kind: 'key',
      registryId: key.id,
      labelKey: key.labelKey,
      ...(choice.options ? { options } : {}),
      scenarioKey: sameChoice(choice, scenarioKey),
      amounts,
      ...savingsOf(game, amounts),
      core: coreVerdict(game, amounts),
      warnings: [],
    });
  }
  return { rows, unavailable };
}

/**
 * One row per registered allocation method (Shapley, nucleolus and its variants, least core, SCRB, EPM);
 * a method that cannot allocate this game is listed apart with the reason, each method on its own.
 * @example methodRows(game, solver).rows.map((row) => row.id) // → ['shapley', 'nucleolus', …]
 */
export function methodRows(
  game: CostGame,
  solver: LpSolver,
  scenarioKey: KeyChoice | null = null,
): { rows: AllocationRow[]; unavailable: UnavailableMethod[] } {
  const rows: AllocationRow[] = [];
  const unavailable: UnavailableMethod[] = [];
  for (const method of ALLOCATION_METHODS) {
    const outcome = runAllocationMethod(method, game, solver);
    if (!outcome.available) {
      unavailable.push({
        id: method.id,
        labelKey: method.labelKey,
        source: method.source,
        reason: outcome.reason,
      });
      continue;
    }
    const amounts = Array.from(outcome.allocation);
    rows.push({
      id: method.id,
      kind: 'method',
      registryId: method.id satisfies AllocationMethodId,
      labelKey: method.labelKey,
      source: method.source,
      scenarioKey: scenarioKey?.keyId === method.id,
      amounts,
      ...savingsOf(game, amounts),
      core: coreVerdict(game, amounts),
      warnings: outcome.warnings.map((w) => warningView(game, w)),
    });
  }
  return { rows, unavailable };
}
