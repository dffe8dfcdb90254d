/**
 * From the case document's operations part to the inputs of the operations engine (`engine/operations/`):
 * the budget (municipalities with the figures the keys read, components), the members who join or leave,
 * and the phase-ins. Every rule (keys, rounding, phase-in steps, notice) is the engine's; this module only
 * looks figures up and says, as a result field, where a figure was not there for the date the key reads.
 * @module
 */
import type { KeyChoice, KeyInput } from '../../engine/cost-sharing/cost-key.ts';
import type { BudgetComponent, BudgetInput } from '../../engine/operations/budget-component.ts';
import {
  keySharesInBudgetYear,
  referenceDateOfBudgetYear,
} from '../../engine/operations/key-reference-date.ts';
import {
  STATUTORY_NOTICE_MONTHS,
  exitDate,
  type MembershipChange,
} from '../../engine/operations/membership-change.ts';
import { phaseInShares } from '../../engine/operations/phase-in.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { JointUnit, UnitBudget } from '../schema/operations.ts';

/**
 * The population figure a key reads at 1 January of the budget year (`wanted`), and the figure used: the
 * one at that date, else the latest before it (`used` is then its date), else none (`used: null`).
 */
export interface PopulationUsed {
  municipality: string;
  wanted: string;
  used: string | null;
  value: number | null;
}

/** The engine's inputs for one budget, with what was looked up. */
export interface OperationsInputs {
  budget: BudgetInput;
  /** Members joining or leaving, with exit dates after notice (kommuneloven § 20-8 unless the unit says otherwise). */
  changes: MembershipChange[];
  /** Per municipality in the budget, the population figure its keys read. */
  population: PopulationUsed[];
  /** Per phased component: the step of the phase-in this year (0 = still the old split) and its years. */
  phaseIns: { componentId: string; step: number; years: number }[];
}

/**
 * The figure at 1 January of `year`, or the latest before it. Figures dated by month only (`2024-08`) sort
 * before every day of that month, so they count as earlier.
 */
export function populationAt(document: CaseDocument, municipality: string, year: number): PopulationUsed {
  const wanted = referenceDateOfBudgetYear(year);
  const figures = document.participants.find((p) => p.municipalityNumber === municipality)?.population ?? [];
  const latest = figures
    .filter((f) => f.referenceDate <= wanted)
    .reduce<(typeof figures)[number] | undefined>(
      (best, f) => (best === undefined || f.referenceDate > best.referenceDate ? f : best),
      undefined,
    );
  return { municipality, wanted, used: latest?.referenceDate ?? null, value: latest?.value ?? null };
}

/** The unit's members who join or leave, with the exit date after notice where only notice is recorded. */
export function membershipChanges(unit: JointUnit): MembershipChange[] {
  const notice = unit.noticeMonths?.value ?? STATUTORY_NOTICE_MONTHS;
  return unit.members.flatMap((m) => {
    const leaves = m.leaves ?? (m.noticeGiven === undefined ? undefined : exitDate(m.noticeGiven, notice));
    if (m.joins === undefined && leaves === undefined) return [];
    return [
      {
        municipality: m.municipality,
        ...(m.joins === undefined ? {} : { joins: m.joins }),
        ...(leaves === undefined ? {} : { leaves }),
      },
    ];
  });
}

/** Everyone who pays anything under the budget, members first, in the case's order of participants. */
function payers(document: CaseDocument, unit: JointUnit, budget: UnitBudget): string[] {
  const named = new Set([
    ...unit.members.map((m) => m.municipality),
    ...budget.components.flatMap((c) => c.participants),
  ]);
  return document.participants.map((p) => p.municipalityNumber).filter((n) => named.has(n));
}

/** The schema's key as the engine's `KeyChoice` (an absent `options` left out, not `undefined`). */
function keyChoice(key: NonNullable<UnitBudget['components'][number]['key']>): KeyChoice {
  return { keyId: key.keyId, ...(key.options === undefined ? {} : { options: key.options }) };
}

/** A phase-in's name for the volume measure that carries its shares (never a measure a person could type). */
const phaseMeasure = (componentId: string) => `phase-in:${componentId}`;

/**
 * Builds the engine's inputs for `budget`. The population at 1 January of the budget year is given to the
 * key at that date even when the case has only an earlier figure, and `population` says which date was used.
 * A phased component is passed to the engine as a volume key whose volumes are this year's phased shares
 * (`phaseInShares` of the old split and the component's key at 1 January), so the budget, the a-konto plan and
 * the settlement all split it the same way through one code path.
 * @throws OperationsError from the engine when a key cannot be evaluated for the phase-in.
 */
export function operationsInputs(
  document: CaseDocument,
  unit: JointUnit,
  budget: UnitBudget,
): OperationsInputs {
  const wanted = referenceDateOfBudgetYear(budget.year);
  const ids = payers(document, unit, budget);
  const population = ids.map((id) => populationAt(document, id, budget.year));
  const municipalities: KeyInput[] = ids.map((id, i) => {
    const found = population[i] as PopulationUsed;
    const volumes: Record<string, number> = {};
    for (const v of budget.volumes) if (v.municipality === id) volumes[v.measure] = v.value;
    return {
      id,
      ...(found.value === null ? {} : { population: [{ referenceDate: wanted, value: found.value }] }),
      volumes,
    };
  });
  const phaseIns: OperationsInputs['phaseIns'] = [];
  const components = budget.components.map((c, k): BudgetComponent => {
    const base: BudgetComponent = {
      id: c.id,
      kind: c.kind,
      amount: c.amount,
      participants: c.participants,
      ...(c.key === undefined ? {} : { key: keyChoice(c.key) }),
      ...(c.margin === undefined ? {} : { margin: c.margin.value }),
    };
    if (c.phaseIn === undefined || c.key === undefined) return base;
    const participants = new Set<string>(c.participants);
    const taking = municipalities.filter((m) => participants.has(m.id));
    const newShares = keySharesInBudgetYear(taking, keyChoice(c.key), budget.year, ['components', k, 'key']);
    const oldShares = taking.map(
      (m) => c.phaseIn?.oldShares.find((s) => s.municipality === m.id)?.share ?? 0,
    );
    const step = Math.max(0, budget.year - c.phaseIn.startYear + 1);
    const shares = phaseInShares({ oldShares, newShares, years: c.phaseIn.years }, step);
    taking.forEach(
      (m, i) => ((m.volumes as Record<string, number>)[phaseMeasure(c.id)] = shares[i] as number),
    );
    phaseIns.push({ componentId: c.id, step: Math.min(step, c.phaseIn.years), years: c.phaseIn.years });
    return { ...base, key: { keyId: 'volume', options: { measure: phaseMeasure(c.id) } } };
  });
  return {
    budget: { budgetYear: budget.year, municipalities, components },
    changes: membershipChanges(unit),
    population,
    phaseIns,
  };
}

/** The unit and its budget for `year`, or which is missing. */
export function findBudget(
  document: CaseDocument,
  unitId: string,
  year: number,
): { unit: JointUnit; budget: UnitBudget; index: number } | { missing: 'unit' | 'budget' } {
  const unit = document.operations.units.find((u) => u.id === unitId);
  if (unit === undefined) return { missing: 'unit' };
  const index = document.operations.budgets.findIndex((b) => b.unitId === unitId && b.year === year);
  const budget = document.operations.budgets[index];
  return budget === undefined ? { missing: 'budget' } : { unit, budget, index };
}
