/**
 * A-konto: what each municipality pays on account during the year, period by period (months or quarters),
 * from its yearly share of the budget, as invoice lines the host can post. Settled against the actual
 * accounts after the year (see `settlement.ts`).
 * @module
 */
import { largestRemainder } from '../cost-sharing/largest-remainder.ts';
import { parseIsoDate } from './iso-date.ts';
import { checkKroner, checkUnique, OperationsError } from './operations-error.ts';

/** One payment period with its due date, from the host's invoicing calendar (passed in, never computed). */
export interface PaymentPeriod {
  /** E.g. `2027-01` or `2027-K1`. */
  id: string;
  /** ISO date the invoice falls due. */
  dueDate: string;
}

/** A municipality's yearly share of the budget, in whole kroner ≥ 0. */
export interface YearlyShare {
  municipality: string;
  amount: number;
}

/** One invoice line for the host to post. */
export interface InvoiceLine {
  municipality: string;
  period: string;
  dueDate: string;
  /** Whole kroner. */
  amount: number;
}

/** The a-konto plan: the invoice lines (municipality by municipality, period by period) and period totals. */
export interface AKontoPlan {
  lines: InvoiceLine[];
  /** Per period, all municipalities together: the budget split over the periods by largest remainder. */
  periodTotals: number[];
}

function checkInput(shares: readonly YearlyShare[], periods: readonly PaymentPeriod[]): void {
  if (shares.length === 0) throw new OperationsError('no_participants', ['yearlyShares'], 'nobody pays');
  if (periods.length === 0) throw new OperationsError('no_participants', ['periods'], 'no periods');
  if (periods.length > 366) throw new OperationsError('invalid_option', ['periods'], 'at most 366 periods');
  checkUnique(
    shares.map((s) => s.municipality),
    ['yearlyShares'],
  );
  checkUnique(
    periods.map((p) => p.id),
    ['periods'],
  );
  shares.forEach((s, i) => checkKroner(s.amount, ['yearlyShares', i, 'amount']));
  let previous = -Infinity;
  periods.forEach((p, j) => {
    const { dayNumber } = parseIsoDate(p.dueDate, ['periods', j, 'dueDate']);
    if (dayNumber < previous) {
      throw new OperationsError('invalid_date', ['periods', j, 'dueDate'], 'periods must be in date order');
    }
    previous = dayNumber;
  });
}

/**
 * Splits each municipality's yearly share into equal payments per period, in whole kroner, so that rounding
 * holds in both directions:
 * - each municipality's payments sum exactly to its yearly share: every period gets ⌊share / n⌋ and the
 *   share mod n kroner left over go one each to distinct periods;
 * - each period's total over all municipalities is the budget split over the periods by largest remainder
 *   (all remainders are equal, so the earlier periods get the extra krone).
 * Ties break by a turning pointer: the first municipality's leftover kroner go to the first periods, the next
 * municipality's continue where it stopped, wrapping round after the last period. That spreads the leftover
 * kroner evenly over the periods, which is what makes the period totals come out as the budget's own split.
 * @throws OperationsError naming the field (amount, period, due date).
 * @example aKontoInvoices([{ municipality: 'a', amount: 10 }, { municipality: 'b', amount: 5 }], quarters).periodTotals // → [4, 4, 4, 3]
 */
export function aKontoInvoices(
  shares: readonly YearlyShare[],
  periods: readonly PaymentPeriod[],
): AKontoPlan {
  checkInput(shares, periods);
  const n = periods.length;
  const lines: InvoiceLine[] = [];
  const periodTotals = periods.map(() => 0);
  let pointer = 0;
  for (const { municipality, amount } of shares) {
    const base = Math.floor(amount / n);
    const left = amount - base * n;
    for (let j = 0; j < n; j++) {
      // Period j is among this municipality's `left` periods from the pointer on, counting round the year.
      const extra = (j - pointer + n) % n < left ? 1 : 0;
      const period = periods[j] as PaymentPeriod;
      lines.push({ municipality, period: period.id, dueDate: period.dueDate, amount: base + extra });
      periodTotals[j] = (periodTotals[j] as number) + base + extra;
    }
    pointer = (pointer + left) % n;
  }
  return { lines, periodTotals };
}

/**
 * The budget's own split over `n` equal periods by largest remainder, which `aKontoInvoices`'s period totals
 * equal; exported so that callers and tests can check a plan against it.
 * @example budgetPerPeriod(15, 4) // → [4, 4, 4, 3]
 */
export function budgetPerPeriod(budget: number, n: number): number[] {
  return largestRemainder(
    budget,
    Array.from({ length: n }, () => 1),
  );
}
