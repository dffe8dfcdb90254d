/**
 * The settlement of a joint unit's year: each municipality's share of the actual cost by the budget's keys,
 * minus what it paid on account, moved to or from the fund as the unit's surplus policy says, and the balance
 * to invoice or refund. The rules are the engine's (`settleActual`); this module finds the figures: the
 * actual cost per component (given, or recorded from the imported ledger), what was paid (recorded, else the
 * a-konto plan, which sums to the budget), and the fund's opening balance carried from the years before.
 * @module
 */
import { settleActual, type Settlement } from '../../engine/operations/settlement.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { splitBudget, viewError, type OperationsViewError } from './budget-view.ts';

export interface SettlementView extends Settlement {
  ok: true;
  unitId: string;
  year: number;
  names: string[];
  policy: 'to-fund' | 'to-members';
  /** Where the actual costs come from: passed in, or the recorded import (with its fingerprint). */
  actualFrom: { kind: 'given' } | { kind: 'recorded'; fingerprint: string; unmappedLines: number };
  /** Where the payments come from: recorded, or the budget (what the a-konto plan invoiced). */
  paidFrom: 'recorded' | 'budget';
  /** False when the unit has no opening fund balance: the fund is then not shown (policy to-members only). */
  fundKnown: boolean;
}

type Result = SettlementView | OperationsViewError;

/** The recorded actual cost per component, in the budget's component order (0 for one not recorded). */
function recordedActual(document: CaseDocument, unitId: string, year: number, componentIds: string[]) {
  const recorded = document.operations.settlements.find((s) => s.unitId === unitId && s.year === year);
  if (recorded === undefined) return undefined;
  const actual = componentIds.map(
    (id) => recorded.actualPerComponent.find((a) => a.componentId === id)?.amount ?? 0,
  );
  return { recorded, actual };
}

function settle(
  document: CaseDocument,
  unitId: string,
  year: number,
  given: readonly number[] | undefined,
  depth: number,
): Result {
  const u = document.operations.units.findIndex((x) => x.id === unitId);
  const unit = document.operations.units[u];
  if (unit === undefined) return { ok: false, code: 'no_unit', path: 'operations' };
  const result = splitBudget(document, unitId, year);
  if ('ok' in result) return result;
  const { inputs, index } = result;
  const policy = unit.surplusPolicy?.value;
  if (policy === undefined)
    return { ok: false, code: 'no_surplus_policy', path: `operations.units[${u}].surplusPolicy` };
  const ids = inputs.budget.components.map((c) => c.id);
  const found = recordedActual(document, unitId, year, ids);
  const actual = given ?? found?.actual;
  if (actual === undefined) return { ok: false, code: 'no_settlement', path: 'operations.settlements' };

  // The fund's opening balance: the unit's opening in its first year, else the year before's closing.
  const opening = unit.fundOpening;
  let fundOpening = 0;
  if (opening !== undefined && year > opening.year && depth < 100) {
    const before = settle(document, unitId, year - 1, undefined, depth + 1);
    if (!before.ok) return before;
    fundOpening = before.fund.closing;
  } else if (opening !== undefined && year === opening.year) {
    fundOpening = opening.amount;
  } else if (policy === 'to-fund') {
    return { ok: false, code: 'no_fund_opening', path: `operations.units[${u}].fundOpening` };
  }

  const paid = found?.recorded.paidOnAccount;
  try {
    const settled = settleActual({
      budget: inputs.budget,
      actualPerComponent: actual,
      paidOnAccount:
        paid ??
        result.split.municipalities.map((m, i) => ({
          municipality: m,
          amount: result.split.totals[i] as number,
        })),
      policy,
      fundOpening,
      ...(inputs.changes.length > 0 ? { changes: inputs.changes } : {}),
    });
    const name = (n: string) => document.participants.find((p) => p.municipalityNumber === n)?.name ?? n;
    return {
      ok: true,
      unitId,
      year,
      names: settled.municipalities.map(name),
      policy,
      ...settled,
      actualFrom:
        given !== undefined || found === undefined
          ? { kind: 'given' }
          : {
              kind: 'recorded',
              fingerprint: found.recorded.ledger.fingerprint,
              unmappedLines: found.recorded.unmapped.lines,
            },
      paidFrom: paid === undefined ? 'budget' : 'recorded',
      fundKnown: opening !== undefined && year >= opening.year,
    };
  } catch (error) {
    const mapped = viewError(error, ['operations', 'budgets', index]);
    // What was paid is recorded with the settlement, not in the budget.
    const s = document.operations.settlements.findIndex((x) => x.unitId === unitId && x.year === year);
    return mapped.path.includes('.paidOnAccount[')
      ? {
          ...mapped,
          path: mapped.path.replace(/^operations\.budgets\[\d+\]/, `operations.settlements[${s}]`),
        }
      : mapped;
  }
}

/**
 * Settles `unitId`'s `year`. `actualPerComponent` (whole kroner per component, in the budget's order) is the
 * year's actual cost; without it the recorded import of that year is used. Earlier years are settled from
 * their recorded imports to carry the fund's balance forward.
 * @example settlementView(document, 'adm', 2027, [23_000_000, 2_000_000]).balance
 */
export function settlementView(
  document: CaseDocument,
  unitId: string,
  year: number,
  actualPerComponent?: readonly number[],
): Result {
  return settle(document, unitId, year, actualPerComponent, 0);
}
