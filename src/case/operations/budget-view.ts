/**
 * A joint unit's budget for a year as the councils read it: per component and municipality in whole kroner,
 * each amount and key marked with where it comes from (a source, a decision or a placeholder), the host, and
 * the population figures the keys read, with the date actually used when 1 January of the budget year is
 * missing. The split is the engine's (`allocateBudget`, or `allocateWithMembership` when members join or leave).
 * @module
 */
import { allocateBudget, type BudgetSplit } from '../../engine/operations/budget-component.ts';
import { allocateWithMembership } from '../../engine/operations/membership-change.ts';
import { OperationsError } from '../../engine/operations/operations-error.ts';
import { formatIssuePath } from '../issue-path.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { UnitBudget } from '../schema/operations.ts';
import { isPlaceholder, type Provenance } from '../schema/provenance.ts';
import {
  findBudget,
  operationsInputs,
  type OperationsInputs,
  type PopulationUsed,
} from './operations-inputs.ts';

/** Where a value comes from, as the views show it. */
export type ProvenanceKind = 'source' | 'decision' | 'placeholder';

export function provenanceKind(provenance: Provenance): ProvenanceKind {
  if ('source' in provenance) return 'source';
  return 'decision' in provenance ? 'decision' : 'placeholder';
}

/** Why a view could not be computed: a code and the field in the document, as validation issues name it. */
export interface OperationsViewError {
  ok: false;
  code: string;
  /** The document path (`operations.budgets[0].components[1].key`), for `fieldLabel`. */
  path: string;
}

export interface BudgetComponentRow {
  id: string;
  name: string;
  kind: string;
  /** The amount as entered (for a service sale, the cost). */
  amount: number;
  /** What is charged: the amount, or cost × (1 + margin) for a service sale. */
  charged: number;
  /** Whole kroner per municipality, in the order of `BudgetView.municipalities`. */
  amounts: number[];
  amountProvenance: ProvenanceKind;
  /** `null` for a direct cost, which has no key. */
  keyProvenance: ProvenanceKind | null;
  phaseIn: { step: number; years: number } | null;
}

export interface BudgetView {
  ok: true;
  unitId: string;
  year: number;
  /** The vertskommune, and whether it is a placeholder; `null` when the case names none. */
  host: { municipality: string; provenance: ProvenanceKind } | null;
  municipalities: { number: string; name: string }[];
  components: BudgetComponentRow[];
  totals: number[];
  total: number;
  /** Per municipality, the population the keys read: `used` differs from `wanted` when that figure is missing. */
  population: PopulationUsed[];
  /** Members who join or leave in the year (their months are split as `allocateWithMembership` does). */
  changes: OperationsInputs['changes'];
  /** True when any amount or key is a placeholder: the budget is then not one anybody has set. */
  hasPlaceholders: boolean;
  /**
   * Every placeholder the budget uses, by document path (for `fieldLabel`), with the role that ought to set it
   * and its note; a key without provenance is listed too, since nobody has set it.
   */
  placeholders: { path: string; toBeSetBy: string | null; note: string | null }[];
}

function phaseOf(inputs: OperationsInputs, componentId: string): BudgetComponentRow['phaseIn'] {
  const found = inputs.phaseIns.find((p) => p.componentId === componentId);
  return found === undefined ? null : { step: found.step, years: found.years };
}

/** The placeholders of one budget, by the path of the provenance or of the value that has none. */
function budgetPlaceholders(budget: UnitBudget, index: number): BudgetView['placeholders'] {
  const out: BudgetView['placeholders'] = [];
  const add = (path: (string | number)[], provenance: Provenance | undefined) => {
    if (provenance !== undefined && !isPlaceholder(provenance)) return;
    const p = provenance?.placeholder;
    out.push({
      path: formatIssuePath(['operations', 'budgets', index, ...path]),
      toBeSetBy: p?.toBeSetBy ?? null,
      note: p?.note ?? null,
    });
  };
  budget.components.forEach((c, k) => {
    const at = ['components', k];
    add([...at, 'amount'], c.provenance);
    if (c.kind !== 'direct') add([...at, 'key'], c.keyProvenance);
    if (c.margin !== undefined) add([...at, 'margin'], c.margin.provenance);
    if (c.phaseIn !== undefined) add([...at, 'phaseIn'], c.phaseIn.provenance);
  });
  return out;
}

/** The engine's error as a view error naming the document's field. */
export function viewError(error: unknown, prefix: (string | number)[]): OperationsViewError {
  if (!(error instanceof OperationsError)) throw error;
  const path = error.path[0] === 'budget' ? error.path.slice(1) : error.path;
  return { ok: false, code: error.code, path: formatIssuePath([...prefix, ...path]) };
}

/** The budget split and the inputs it came from, or the error naming the field. */
export function splitBudget(
  document: CaseDocument,
  unitId: string,
  year: number,
): { inputs: OperationsInputs; split: BudgetSplit; index: number } | OperationsViewError {
  const found = findBudget(document, unitId, year);
  if ('missing' in found) return { ok: false, code: `no_${found.missing}`, path: 'operations' };
  const prefix = ['operations', 'budgets', found.index];
  try {
    const inputs = operationsInputs(document, found.unit, found.budget);
    const split =
      inputs.changes.length > 0
        ? allocateWithMembership(inputs.budget, inputs.changes)
        : allocateBudget(inputs.budget);
    return { inputs, split, index: found.index };
  } catch (error) {
    return viewError(error, prefix);
  }
}

/**
 * The budget of `unitId` for `year`.
 * @example budgetView(defaultCase(), 'administrative-tjenester', 2027).total // → 23 200 000 (the three tables' rows)
 */
export function budgetView(
  document: CaseDocument,
  unitId: string,
  year: number,
): BudgetView | OperationsViewError {
  const result = splitBudget(document, unitId, year);
  if ('ok' in result) return result;
  const { inputs, split, index } = result;
  const unit = document.operations.units.find((u) => u.id === unitId);
  const budget = document.operations.budgets[index];
  if (unit === undefined || budget === undefined) return { ok: false, code: 'no_budget', path: 'operations' };
  const name = (n: string) => document.participants.find((p) => p.municipalityNumber === n)?.name ?? n;
  const components = budget.components.map((c, k): BudgetComponentRow => {
    const row = split.components[k];
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      amount: c.amount,
      charged: row?.charged ?? 0,
      amounts: row?.amounts ?? [],
      amountProvenance: provenanceKind(c.provenance),
      // A key without its own provenance has not been set by anyone.
      keyProvenance: c.kind === 'direct' ? null : provenanceKind(c.keyProvenance ?? { placeholder: {} }),
      phaseIn: phaseOf(inputs, c.id),
    };
  });
  const host = unit.hostMunicipality;
  const placeholders = budgetPlaceholders(budget, index);
  return {
    ok: true,
    unitId,
    year,
    host:
      host === undefined ? null : { municipality: host.value, provenance: provenanceKind(host.provenance) },
    municipalities: split.municipalities.map((n) => ({ number: n, name: name(n) })),
    components,
    totals: split.totals,
    total: split.total,
    population: inputs.population,
    changes: inputs.changes,
    hasPlaceholders: placeholders.length > 0,
    placeholders,
  };
}
