/**
 * A joint unit's yearly budget as components, each shared by its own key among its own participants:
 * mandatory operations (all members, by the agreed key), opt-in projects (only those who joined, as IKT
 * Orkidé does), direct costs of one municipality (100 % to it) and services sold at cost plus a margin
 * (Røros/Os/Holtålen price pure service sales at the host's wage cost + 20 %).
 * @module
 */
import type { KeyChoice, KeyInput } from '../cost-sharing/cost-key.ts';
import { apportionShares } from '../cost-sharing/largest-remainder.ts';
import { keySharesInBudgetYear } from './key-reference-date.ts';
import { checkKroner, checkUnique, OperationsError } from './operations-error.ts';

/** What kind of cost a component is; it decides who may take part and how the amount is charged. */
export type BudgetComponentKind =
  /** Mandatory operations: shared by the key among the participants (normally every member). */
  | 'mandatory'
  /** An opt-in project: shared by its key among the municipalities that take part only. */
  | 'optIn'
  /** A direct cost of one municipality: 100 % to it, no key. */
  | 'direct'
  /** A service sold at cost plus a margin: price = cost × (1 + margin), shared by the key among buyers. */
  | 'serviceSale';

/** One component of the budget. */
export interface BudgetComponent {
  /** Unique within the budget, e.g. `drift`, `prosjekt-esak`. */
  id: string;
  kind: BudgetComponentKind;
  /** Cost in whole kroner (≥ 0); for a service sale, the cost the price is built on. */
  amount: number;
  /** The registry's key; required except for `direct`. Population is read at 1 January of the budget year. */
  key?: KeyChoice;
  /** Municipality ids that share this component, in any order; exactly one for `direct`. */
  participants: readonly string[];
  /** Service sales only: the margin on cost, 0.2 for + 20 % (0 to 10). */
  margin?: number;
}

/** A year's budget. */
export interface BudgetInput {
  budgetYear: number;
  /** Everyone who pays anything (members and buyers), with the figures the keys read. */
  municipalities: readonly KeyInput[];
  components: readonly BudgetComponent[];
}

/** One component split between the municipalities. */
export interface ComponentSplit {
  componentId: string;
  /** What is charged in whole kroner: the amount, or the price of a service sale. */
  charged: number;
  /** Whole kroner per municipality, in the order of `BudgetInput.municipalities`; 0 for non-participants. */
  amounts: number[];
}

/** The budget split: per component and municipality, and per municipality in total. */
export interface BudgetSplit {
  municipalities: string[];
  components: ComponentSplit[];
  /** Per municipality, the sum over components. */
  totals: number[];
  /** The sum of everything charged. */
  total: number;
}

/** Rounds to whole kroner, halves away from zero, so a cost and a refund of the same size mirror each other. */
export function roundKroner(value: number): number {
  return (value < 0 ? -Math.round(-value) : Math.round(value)) + 0;
}

/**
 * What a component charges for `cost`: the cost itself, or for a service sale cost × (1 + margin) rounded to
 * whole kroner (the margin part rounded half away from zero).
 * @example chargedFor({ id: 's', kind: 'serviceSale', amount: 0, participants: ['3430'], margin: 0.2 }, 845_000) // → 1014000
 */
export function chargedFor(component: BudgetComponent, cost: number): number {
  if (component.kind !== 'serviceSale') return cost;
  // Adding the rounded margin to the exact cost keeps 845 000 · 1.2 from becoming 1 013 999.999….
  return cost + roundKroner(cost * (component.margin ?? 0));
}

/** Checks a component's fields against the municipalities. @throws OperationsError naming the field. */
export function checkComponent(
  component: BudgetComponent,
  ids: ReadonlySet<string>,
  path: (string | number)[],
) {
  checkKroner(component.amount, [...path, 'amount']);
  if (component.participants.length === 0) {
    throw new OperationsError('no_participants', [...path, 'participants'], 'nobody shares this component');
  }
  checkUnique(component.participants, [...path, 'participants']);
  component.participants.forEach((id, i) => {
    if (!ids.has(id))
      throw new OperationsError('unknown_municipality', [...path, 'participants', i], `no «${id}»`);
  });
  if (component.kind === 'direct' && component.participants.length !== 1) {
    throw new OperationsError(
      'invalid_option',
      [...path, 'participants'],
      'a direct cost has one municipality',
    );
  }
  if (component.kind !== 'direct' && component.key === undefined) {
    throw new OperationsError('invalid_key', [...path, 'key'], 'a key is required');
  }
  const margin = component.margin;
  if (component.kind === 'serviceSale' && !(typeof margin === 'number' && margin >= 0 && margin <= 10)) {
    throw new OperationsError('invalid_option', [...path, 'margin'], 'must be a number from 0 to 10');
  }
  if (component.kind !== 'serviceSale' && margin !== undefined) {
    throw new OperationsError('invalid_option', [...path, 'margin'], 'only a service sale has a margin');
  }
}

/**
 * Splits `charged` kroner of one component among `participants` (ids, a subset of the component's own, so a
 * membership change can narrow them) by the component's key at 1 January of `budgetYear`, into whole kroner
 * summing exactly to `charged` (largest remainder, ties to the participant listed first in `municipalities`).
 * @returns whole kroner per municipality in the order of `municipalities`.
 */
export function splitCharged(
  component: BudgetComponent,
  charged: number,
  participants: readonly string[],
  municipalities: readonly KeyInput[],
  budgetYear: number,
  path: (string | number)[],
): number[] {
  const amounts = municipalities.map(() => 0);
  // Key inputs in the order of `municipalities`, so that ties break the same way in every component.
  const taking = new Set(participants);
  const indexes = municipalities.flatMap((m, i) => (taking.has(m.id) ? [i] : []));
  if (indexes.length === 0)
    throw new OperationsError('no_participants', [...path, 'participants'], 'nobody left');
  const shares =
    component.kind === 'direct'
      ? [1]
      : keySharesInBudgetYear(
          indexes.map((i) => municipalities[i] as KeyInput),
          component.key as KeyChoice,
          budgetYear,
          [...path, 'key'],
        );
  apportionShares(charged, shares).forEach((amount, k) => (amounts[indexes[k] as number] = amount));
  return amounts;
}

/**
 * Splits a year's budget: each component's charge (its amount, or cost × (1 + margin) for a service sale)
 * goes to its participants by its key with population at 1 January of the budget year, in whole kroner
 * summing exactly to the component; a municipality's total is the sum of its component amounts.
 * Source: kommuneloven § 20-4 (the agreement states how costs are shared); issue 19's published examples.
 * @throws OperationsError naming the component field (amount, participants, key, margin).
 * @example allocateBudget({ budgetYear: 2027, municipalities, components: [{ id: 'drift', kind: 'mandatory', amount: 900, key: { keyId: 'equal' }, participants: ['a', 'b', 'c'] }] }).totals // → [300, 300, 300]
 */
export function allocateBudget(input: BudgetInput): BudgetSplit {
  checkUnique(
    input.municipalities.map((m) => m.id),
    ['municipalities'],
  );
  checkUnique(
    input.components.map((c) => c.id),
    ['components'],
  );
  const ids = new Set(input.municipalities.map((m) => m.id));
  const totals = input.municipalities.map(() => 0);
  const components = input.components.map((component, c) => {
    const path = ['components', c];
    checkComponent(component, ids, path);
    const charged = chargedFor(component, component.amount);
    const amounts = splitCharged(
      component,
      charged,
      component.participants,
      input.municipalities,
      input.budgetYear,
      path,
    );
    amounts.forEach((amount, i) => (totals[i] = (totals[i] as number) + amount));
    return { componentId: component.id, charged, amounts };
  });
  return {
    municipalities: input.municipalities.map((m) => m.id),
    components,
    totals,
    total: components.reduce((sum, c) => sum + c.charged, 0),
  };
}
