/**
 * The budget's mapping from the host's accounts to its components, as the engine reads it: the budget's own
 * ledger rules first, then each component's account lines in component order (the first matching rule wins,
 * `engine/operations/ledger-mapping.ts`), and the year's actual cost per component from ledger lines.
 * @module
 */
import {
  actualCostPerComponent,
  type ActualCosts,
  type LedgerLine,
  type LedgerRule,
} from '../../engine/operations/ledger-mapping.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { UnitBudget } from '../schema/operations.ts';
import { viewError, type OperationsViewError } from './budget-view.ts';
import { findBudget } from './operations-inputs.ts';

type Pattern = {
  account?: string | undefined;
  responsibility?: string | undefined;
  function?: string | undefined;
  project?: string | undefined;
};

/** A rule for `component` with only the fields the pattern gives (the engine treats a field left out as «any»). */
function rule(component: string, pattern: Pattern): LedgerRule {
  const out: LedgerRule = { component };
  for (const field of ['account', 'responsibility', 'function', 'project'] as const) {
    const value = pattern[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * The rules in the order they are tried: the budget's ledger rules, then the components' account lines.
 * @example ledgerRulesOf(budget) // → [{ component: 'drift', account: '10*' }, …]
 */
export function ledgerRulesOf(budget: UnitBudget): LedgerRule[] {
  return [
    ...budget.ledgerRules.map((r) => rule(r.component, r)),
    ...budget.components.flatMap((c) => c.accountLines.map((line) => rule(c.id, line))),
  ];
}

/**
 * The actual cost per component (whole kroner, in the budget's component order) of `lines` from the host's
 * ledger, and the lines no rule takes; or the error naming the line or rule.
 */
export function actualFromLedger(
  document: CaseDocument,
  unitId: string,
  year: number,
  lines: readonly LedgerLine[],
): (ActualCosts & { ok: true }) | OperationsViewError {
  const found = findBudget(document, unitId, year);
  if ('missing' in found) return { ok: false, code: `no_${found.missing}`, path: 'operations' };
  try {
    const actual = actualCostPerComponent(
      lines,
      ledgerRulesOf(found.budget),
      found.budget.components.map((c) => c.id),
    );
    return { ok: true, ...actual };
  } catch (error) {
    // A ledger line's path (`ledger[41].amount`) names the imported file's line, not a field of the document.
    return viewError(error, []);
  }
}
