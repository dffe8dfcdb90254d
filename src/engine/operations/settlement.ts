/**
 * Settlement (avregning): after the year, each municipality's share of the actual cost, by the same keys and
 * participants as the budget, minus what it paid on account, is invoiced or refunded, after any surplus or
 * deficit has gone to or from the cooperation's fund as the agreement says (NAV Hadeland: «annual
 * settlement of a-konto payments»; IKT Orkidé returned a fund surplus to its members).
 * @module
 */
import type { YearlyShare } from './a-konto.ts';
import { largestRemainder } from '../cost-sharing/largest-remainder.ts';
import {
  allocateBudget,
  chargedFor,
  splitCharged,
  type BudgetInput,
  type ComponentSplit,
} from './budget-component.ts';
import {
  actualCostPerComponent,
  type ActualCosts,
  type LedgerLine,
  type LedgerRule,
} from './ledger-mapping.ts';
import { membershipSegments, splitWithMembership, type MembershipChange } from './membership-change.ts';
import { checkKroner, OperationsError, underPath } from './operations-error.ts';

/** What the agreement says about a surplus. */
export type SurplusPolicy =
  /** The net surplus stays in the fund; a deficit is covered from the fund up to its balance, then invoiced. */
  | 'to-fund'
  /** Every member gets its own surplus refunded and its own deficit invoiced; the fund is not touched. */
  | 'to-members';

/** A year to settle from actual costs per component. */
export interface SettlementInput {
  /** The year's budget: the components (keys, participants, margins) and municipalities with key figures. */
  budget: BudgetInput;
  /** Actual cost per component in whole kroner, in the order of `budget.components`. */
  actualPerComponent: readonly number[];
  /**
   * What each municipality paid on account in the year (whole kroner ≥ 0); several entries for one
   * municipality add up, and a municipality left out paid 0.
   */
  paidOnAccount: readonly YearlyShare[];
  policy: SurplusPolicy;
  /** The fund's balance at the start of the year, whole kroner ≥ 0. */
  fundOpening: number;
  /** Members who joined or left during the year: their months are settled as `allocateWithMembership` splits. */
  changes?: readonly MembershipChange[];
}

/** The settlement of a year. Every list is per municipality in the order of `municipalities`. */
export interface Settlement {
  municipalities: string[];
  /** The actual cost per component, split by the components' keys. */
  components: ComponentSplit[];
  shareOfActual: number[];
  paid: number[];
  /** shareOfActual − paid: each member's own result, before the fund (positive: it owes). */
  resultBeforeFund: number[];
  /** What the fund takes (negative: a surplus put in) or covers (positive: a deficit paid) for each member. */
  fromFund: number[];
  /** resultBeforeFund − fromFund: positive is invoiced, negative refunded. */
  balance: number[];
  fund: { opening: number; paidIn: number; paidOut: number; closing: number };
}

function paidPerMunicipality(budget: BudgetInput, paid: readonly YearlyShare[]): number[] {
  const index = new Map(budget.municipalities.map((m, i) => [m.id, i]));
  const out = budget.municipalities.map(() => 0);
  paid.forEach((p, k) => {
    const i = index.get(p.municipality);
    if (i === undefined)
      throw new OperationsError(
        'unknown_municipality',
        ['paidOnAccount', k, 'municipality'],
        `no «${p.municipality}»`,
      );
    out[i] = (out[i] as number) + checkKroner(p.amount, ['paidOnAccount', k, 'amount']);
  });
  return out;
}

/**
 * How much the fund moves: the whole net surplus goes in (negative), a net deficit is covered up to the
 * fund's balance (positive); split among the members whose own result has the same sign as the net, in
 * proportion to it (largest remainder). So when every member is in surplus, each member's surplus goes in
 * whole and nobody is refunded, and when the fund covers a deficit in part, each member's remaining deficit
 * keeps its proportion.
 */
function fundParts(results: readonly number[], policy: SurplusPolicy, opening: number): number[] {
  const net = results.reduce((a, b) => a + b, 0);
  if (policy === 'to-members' || net === 0) return results.map(() => 0);
  const movement = net < 0 ? net : Math.min(net, opening);
  if (movement === 0) return results.map(() => 0);
  const weights = results.map((r) => Math.max(0, Math.sign(net) * r));
  return largestRemainder(movement, weights);
}

/**
 * Settles a year from actual costs per component: each component's actual cost (for a service sale,
 * cost × (1 + margin)) is split by its key among its participants as in the budget; each member's result is
 * its share of actual minus what it paid on account; the surplus policy then moves the net result to or
 * from the fund, and the rest is each member's balance to invoice or refund.
 * Invariants: resultBeforeFund + paid = shareOfActual; Σ balance = Σ resultBeforeFund − (paidOut − paidIn);
 * closing = opening + paidIn − paidOut ≥ 0.
 * Source: kommuneloven § 20-4 (the agreement says how costs are settled); issue 19.
 * @throws OperationsError naming the field; the budget's own errors (keys, participants).
 */
export function settleActual(input: SettlementInput): Settlement {
  const { budget, actualPerComponent, policy } = input;
  const opening = checkKroner(input.fundOpening, ['fundOpening']);
  if (policy !== 'to-fund' && policy !== 'to-members') {
    throw new OperationsError('invalid_option', ['policy'], 'must be to-fund or to-members');
  }
  if (actualPerComponent.length !== budget.components.length) {
    throw new OperationsError('invalid_amount', ['actualPerComponent'], 'one actual cost per component');
  }
  actualPerComponent.forEach((a, c) => checkKroner(a, ['actualPerComponent', c], true));
  // Checks the budget's components, keys and 1 January figures once; the actual year reuses them as they are.
  const split = underPath(['budget'], () => allocateBudget(budget));
  // Splitting the actual cost directly (not via the budget's `amount`) lets a component with net income
  // (negative actual) be split by the same key, mirrored, as largest remainder does for a saving.
  const segments = input.changes?.length ? membershipSegments(budget, input.changes) : undefined;
  const components = budget.components.map((component, c) => {
    const charged = chargedFor(component, actualPerComponent[c] as number);
    if (segments !== undefined) {
      return {
        componentId: component.id,
        charged,
        amounts: splitWithMembership(budget, segments, c, charged),
      };
    }
    const amounts = splitCharged(
      component,
      charged,
      component.participants,
      budget.municipalities,
      budget.budgetYear,
      ['budget', 'components', c],
    );
    return { componentId: component.id, charged, amounts };
  });
  const shareOfActual = budget.municipalities.map((_, i) =>
    components.reduce((sum, s) => sum + (s.amounts[i] as number), 0),
  );
  const paid = paidPerMunicipality(budget, input.paidOnAccount);
  const resultBeforeFund = shareOfActual.map((share, i) => share - (paid[i] as number));
  const fromFund = fundParts(resultBeforeFund, policy, opening);
  const moved = fromFund.reduce((a, b) => a + b, 0);
  return {
    municipalities: split.municipalities,
    components,
    shareOfActual,
    paid,
    resultBeforeFund,
    fromFund,
    balance: resultBeforeFund.map((r, i) => r - (fromFund[i] as number)),
    fund: { opening, paidIn: Math.max(0, -moved), paidOut: Math.max(0, moved), closing: opening - moved },
  };
}

/** A year to settle from the host's ledger. */
export interface LedgerSettlementInput extends Omit<SettlementInput, 'actualPerComponent'> {
  ledger: readonly LedgerLine[];
  mapping: readonly LedgerRule[];
}

/**
 * Settles a year from the host's ledger lines: sums them per component through the mapping (one pass, see
 * `actualCostPerComponent`), then `settleActual`. Unmapped lines are returned, not settled.
 * @throws OperationsError naming the ledger line, mapping rule or budget field.
 */
export function settleLedger(
  input: LedgerSettlementInput,
): Settlement & { unmapped: ActualCosts['unmapped'] } {
  const { ledger, mapping, ...rest } = input;
  const actual = actualCostPerComponent(
    ledger,
    mapping,
    input.budget.components.map((c) => c.id),
  );
  return { ...settleActual({ ...rest, actualPerComponent: actual.perComponent }), unmapped: actual.unmapped };
}

/**
 * Settles several years in order, the fund's closing balance of one year being the next year's opening.
 * @example settleYears(years, 0).map((s) => s.fund.closing)
 */
export function settleYears(
  years: readonly Omit<SettlementInput, 'fundOpening'>[],
  fundOpening: number,
): Settlement[] {
  const out: Settlement[] = [];
  let fund = fundOpening;
  for (const year of years) {
    const settled = settleActual({ ...year, fundOpening: fund });
    out.push(settled);
    fund = settled.fund.closing;
  }
  return out;
}
