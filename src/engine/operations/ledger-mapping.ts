/**
 * From the host's accounts to the budget's components: ledger lines (account, responsibility, function,
 * project, amount) are summed per distinct combination of those fields first, and each combination is mapped
 * to a component once, so that 100 000 lines cost one pass and a few hundred rule look-ups.
 * @module
 */
import { MAX_KRONER, OperationsError } from './operations-error.ts';
import { roundKroner } from './budget-component.ts';

/** One line of the host's accounts for the unit (kontoklasse/art, ansvar, funksjon, prosjekt). */
export interface LedgerLine {
  account: string;
  responsibility: string;
  function: string;
  project?: string;
  /** Kroner, with øre as decimals; negative for income and reversals. */
  amount: number;
}

/**
 * A mapping rule: lines whose fields match go to `component`. A field left out matches anything; a value
 * ending in `*` matches by prefix (`10*` is every account starting 10). The first matching rule wins.
 */
export interface LedgerRule {
  component: string;
  account?: string;
  responsibility?: string;
  function?: string;
  project?: string;
}

/** The actual cost per component and what no rule took. */
export interface ActualCosts {
  /** Whole kroner per component, in the order of the component ids given (each summed in øre, then rounded). */
  perComponent: number[];
  /**
   * Lines no rule matched: how many, their sum in whole kroner, and the first line of each unmatched
   * combination of fields (in line order, at most 100), so the user can find them.
   */
  unmapped: { lines: number; amount: number; firstLines: number[] };
}

const FIELDS = ['account', 'responsibility', 'function', 'project'] as const;
const MAX_FIELD_LENGTH = 64;
const MAX_LISTED = 100;

function fieldMatches(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined) return true;
  return pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern;
}

function checkText(value: unknown, path: (string | number)[], optional: boolean): void {
  if (value === undefined && optional) return;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (typeof value !== 'string' || value.length > MAX_FIELD_LENGTH || /[\u0000-\u001f]/.test(value)) {
    throw new OperationsError(
      'invalid_field',
      path,
      `must be text of at most ${MAX_FIELD_LENGTH} characters`,
    );
  }
}

function checkRules(rules: readonly LedgerRule[], componentIds: readonly string[]): number[] {
  return rules.map((rule, r) => {
    for (const field of FIELDS) checkText(rule[field], ['mapping', r, field], true);
    const index = componentIds.indexOf(rule.component);
    if (index < 0) {
      throw new OperationsError(
        'unknown_component',
        ['mapping', r, 'component'],
        `no component «${rule.component}»`,
      );
    }
    return index;
  });
}

/** The lines of one distinct (account, responsibility, function, project), summed in øre. */
interface Combination {
  fields: readonly [string, string, string, string];
  ore: number;
  first: number;
  count: number;
}

type Level<T> = Map<string, T>;

/** Finds or adds the entry for `key` in one level of the nested maps. */
function child<T>(level: Level<T>, key: string, make: () => T): T {
  let found = level.get(key);
  if (found === undefined) level.set(key, (found = make()));
  return found;
}

/** Checks a line's fields. @throws OperationsError naming the line's field. */
function checkLine(line: LedgerLine, i: number): void {
  checkText(line.account, ['ledger', i, 'account'], false);
  checkText(line.responsibility, ['ledger', i, 'responsibility'], false);
  checkText(line.function, ['ledger', i, 'function'], false);
  checkText(line.project, ['ledger', i, 'project'], true);
  const amount = line.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || Math.abs(amount) > MAX_KRONER) {
    throw new OperationsError('invalid_amount', ['ledger', i, 'amount'], 'must be kroner within ±100 mrd.');
  }
}

/**
 * Sums the lines in øre per distinct (account, responsibility, function, project), in order of first
 * appearance. Nested maps, one per field, because building a joined key string per line costs several
 * times more than four look-ups of strings that are already there.
 */
function sumPerCombination(lines: readonly LedgerLine[]): Combination[] {
  const root: Level<Level<Level<Level<Combination>>>> = new Map();
  const combinations: Combination[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LedgerLine;
    checkLine(line, i);
    const { account, responsibility, function: fn } = line;
    const project = line.project ?? '';
    const byFunction = child(
      child(root, account, () => new Map()),
      responsibility,
      () => new Map(),
    );
    const combination = child(
      child(byFunction, fn, () => new Map()),
      project,
      () => {
        const made: Combination = {
          fields: [account, responsibility, fn, project],
          ore: 0,
          first: i,
          count: 0,
        };
        combinations.push(made);
        return made;
      },
    );
    // Øre as integers, so that the sum of 100 000 lines has no floating-point drift.
    combination.ore += Math.round(line.amount * 100);
    combination.count += 1;
  }
  return combinations;
}

/**
 * The actual cost of each component: the sum of the ledger lines mapped to it by the first matching rule,
 * in whole kroner (summed in øre, rounded half away from zero once per component). Lines no rule takes are
 * reported, not guessed at.
 * @throws OperationsError naming the line or rule field (`['ledger', 41, 'amount']`, `['mapping', 2, 'component']`).
 * @example actualCostPerComponent([{ account: '10100', responsibility: '1200', function: '1200', amount: 500.4 }], [{ component: 'drift' }], ['drift']).perComponent // → [500]
 */
export function actualCostPerComponent(
  lines: readonly LedgerLine[],
  rules: readonly LedgerRule[],
  componentIds: readonly string[],
): ActualCosts {
  const ruleTargets = checkRules(rules, componentIds);
  const ore = componentIds.map(() => 0);
  const unmapped = { lines: 0, ore: 0, firstLines: [] as number[] };
  for (const sum of sumPerCombination(lines)) {
    const [account, responsibility, fn, project] = sum.fields;
    const r = rules.findIndex(
      (rule) =>
        fieldMatches(rule.account, account) &&
        fieldMatches(rule.responsibility, responsibility) &&
        fieldMatches(rule.function, fn) &&
        fieldMatches(rule.project, project),
    );
    if (r >= 0) {
      const c = ruleTargets[r] as number;
      ore[c] = (ore[c] as number) + sum.ore;
    } else {
      unmapped.lines += sum.count;
      unmapped.ore += sum.ore;
      if (unmapped.firstLines.length < MAX_LISTED) unmapped.firstLines.push(sum.first);
    }
  }
  const perComponent = ore.map((value, c) => {
    const kroner = roundKroner(value / 100);
    if (Math.abs(kroner) > MAX_KRONER) {
      throw new OperationsError(
        'invalid_amount',
        ['ledger'],
        `component ${componentIds[c]} sums beyond 100 mrd. kr`,
      );
    }
    return kroner;
  });
  return {
    perComponent,
    unmapped: {
      lines: unmapped.lines,
      amount: roundKroner(unmapped.ore / 100),
      firstLines: unmapped.firstLines,
    },
  };
}
