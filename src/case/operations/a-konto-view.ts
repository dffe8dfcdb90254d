/**
 * The a-konto invoices of a joint unit's year: each municipality's yearly share of the budget split over the
 * budget's periods by the engine (`aKontoInvoices`), so each municipality's lines sum exactly to its share and
 * the periods' totals to the budget. As lines the host can post, with the municipality's name.
 * @module
 */
import { aKontoInvoices } from '../../engine/operations/a-konto.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { splitBudget, viewError, type OperationsViewError } from './budget-view.ts';

export interface AKontoLine {
  municipality: string;
  name: string;
  period: string;
  dueDate: string;
  amount: number;
}

export interface AKontoView {
  ok: true;
  unitId: string;
  year: number;
  lines: AKontoLine[];
  periodTotals: number[];
  /** The budget's total, which the lines sum to. */
  total: number;
}

/**
 * The invoice lines of `unitId`'s a-konto plan for `year`; `no_periods` until the budget has periods.
 * @example aKontoView(document, 'adm', 2027).lines.filter((l) => l.municipality === '5028')
 */
export function aKontoView(
  document: CaseDocument,
  unitId: string,
  year: number,
): AKontoView | OperationsViewError {
  const result = splitBudget(document, unitId, year);
  if ('ok' in result) return result;
  const budget = document.operations.budgets[result.index];
  const path = ['operations', 'budgets', result.index];
  if (budget === undefined || budget.aKontoPeriods.length === 0)
    return { ok: false, code: 'no_periods', path: `operations.budgets[${result.index}].aKontoPeriods` };
  const shares = result.split.municipalities.map((municipality, i) => ({
    municipality,
    amount: result.split.totals[i] as number,
  }));
  try {
    const plan = aKontoInvoices(shares, budget.aKontoPeriods);
    const name = (n: string) => document.participants.find((p) => p.municipalityNumber === n)?.name ?? n;
    return {
      ok: true,
      unitId,
      year,
      lines: plan.lines.map((l) => ({ ...l, name: name(l.municipality) })),
      periodTotals: plan.periodTotals,
      total: result.split.total,
    };
  } catch (error) {
    // The engine names `periods[j].dueDate`; the document calls the list `aKontoPeriods`.
    const mapped = viewError(error, path);
    return { ...mapped, path: mapped.path.replace('.periods[', '.aKontoPeriods[') };
  }
}
