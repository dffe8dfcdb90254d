/**
 * The host's ledger applied to the case document, in memory: the year's actual cost per budget component
 * through the budget's ledger rules (with any rules the user adds for lines no rule took), the lines still
 * unmapped grouped by account, responsibility, function and project, and the document as it would be saved:
 * the `RecordedSettlement` of that unit and year replaced (fingerprint and totals, never the lines), the
 * column mapping remembered as the unit's, the added rules in the budget. The preview and the save both come
 * from here, so what the user checked is what is stored.
 * @module
 */
import { actualCostPerComponent, type LedgerLine } from '../../engine/operations/ledger-mapping.ts';
import { roundKroner } from '../../engine/operations/budget-component.ts';
import type { LedgerColumns } from '../ledger/ledger-columns.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LedgerRuleInput as Rule, RecordedSettlement } from '../schema/operations.ts';
import type { OperationsViewError } from './budget-view.ts';
import { actualFromLedger, ledgerRulesOf } from './ledger-rules.ts';
import { findBudget } from './operations-inputs.ts';

/** Most unmapped groups listed (the engine lists the first 100 unmatched combinations). */
export const MAX_UNMAPPED_GROUPS = 100;

/** Lines no rule takes that share account, responsibility, function and project. */
export interface UnmappedGroup {
  account: string;
  responsibility: string;
  function: string;
  /** `null` where the lines have no project. */
  project: string | null;
  lines: number;
  /** Whole kroner (summed in øre, rounded once). */
  amount: number;
  /** The file's row of the group's first line, so the user can find it. */
  firstRow: number;
}

export interface LedgerImportInput {
  unitId: string;
  year: number;
  /** The file's lines as the reader gave them (`row` is the file's row). */
  lines: readonly (LedgerLine & { row: number })[];
  columns: LedgerColumns;
  /** SHA-256 of the file's bytes, hex, and its name as uploaded. */
  fingerprint: string;
  fileName?: string | undefined;
  /** The date the settlement is recorded, YYYY-MM-DD (Oslo). */
  recordedOn: string;
  /** Rules the user adds for unmapped groups; tried after the budget's own rules. */
  addRules?: readonly Rule[];
}

export interface LedgerImport {
  ok: true;
  /** The document with the import applied: what the save stores. */
  document: CaseDocument;
  recorded: RecordedSettlement;
  /** The actual cost per component in the budget's order, whole kroner. */
  actual: { componentId: string; name: string; amount: number }[];
  unmapped: {
    lines: number;
    amount: number;
    /** How many distinct groups are unmapped; `groups` lists the first `MAX_UNMAPPED_GROUPS` in file order. */
    groupCount: number;
    groups: UnmappedGroup[];
  };
}

interface Group extends Omit<UnmappedGroup, 'amount'> {
  ore: number;
}

/** The lines summed per (account, responsibility, function, project), in order of first appearance. */
function groupLines(lines: LedgerImportInput['lines']): Group[] {
  const groups = new Map<string, Group>();
  for (const line of lines) {
    const project = line.project ?? '';
    const key = `${line.account}\u0000${line.responsibility}\u0000${line.function}\u0000${project}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        account: line.account,
        responsibility: line.responsibility,
        function: line.function,
        project: project === '' ? null : project,
        lines: 0,
        ore: 0,
        firstRow: line.row,
      };
      groups.set(key, group);
    }
    group.lines += 1;
    group.ore += Math.round(line.amount * 100);
  }
  return [...groups.values()];
}

/** Keeps a rule once: the same pattern sent twice, or already in the budget, is one rule. */
function ruleKey(rule: Rule): string {
  return JSON.stringify([rule.component, rule.account, rule.responsibility, rule.function, rule.project]);
}

/**
 * Applies the ledger to `document` for `unitId`'s `year`, or says which field stops it (no unit or budget; a
 * rule naming no component of the budget, as `operations.budgets[0].ledgerRules[3].component`).
 */
export function applyLedger(
  document: CaseDocument,
  input: LedgerImportInput,
): LedgerImport | OperationsViewError {
  const { unitId, year } = input;
  const found = findBudget(document, unitId, year);
  if ('missing' in found) return { ok: false, code: `no_${found.missing}`, path: 'operations' };
  const { budget, index } = found;
  const known = new Set(budget.ledgerRules.map(ruleKey));
  const added = (input.addRules ?? []).filter((rule) => {
    const key = ruleKey(rule);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  const rules = [...budget.ledgerRules, ...added];
  const missing = rules.findIndex((r) => !budget.components.some((c) => c.id === r.component));
  if (missing >= 0) {
    return {
      ok: false,
      code: 'unknown_component',
      path: `operations.budgets[${index}].ledgerRules[${missing}].component`,
    };
  }
  const withRules = document.operations.budgets.map((b, i) =>
    i === index ? { ...b, ledgerRules: rules } : b,
  );
  const ruled: CaseDocument = { ...document, operations: { ...document.operations, budgets: withRules } };
  const actual = actualFromLedger(ruled, unitId, year, input.lines);
  if (!actual.ok) return actual;

  // One representative line per group through the same rules: the engine says which groups none takes.
  const groups = groupLines(input.lines);
  const componentIds = budget.components.map((c) => c.id);
  const probe = actualCostPerComponent(
    groups.map((g) => ({
      account: g.account,
      responsibility: g.responsibility,
      function: g.function,
      ...(g.project === null ? {} : { project: g.project }),
      amount: 0,
    })),
    ledgerRulesOf(withRules[index] as (typeof withRules)[number]),
    componentIds,
  );
  const unmappedGroups = probe.unmapped.firstLines.slice(0, MAX_UNMAPPED_GROUPS).map((g) => {
    const { ore, ...group } = groups[g] as Group;
    return { ...group, amount: roundKroner(ore / 100) };
  });

  const recorded: RecordedSettlement = {
    unitId,
    year,
    ledger: {
      fingerprint: input.fingerprint,
      ...(input.fileName === undefined ? {} : { fileName: input.fileName }),
      lines: input.lines.length,
    },
    actualPerComponent: componentIds.map((componentId, c) => ({
      componentId,
      amount: actual.perComponent[c] as number,
    })),
    unmapped: { lines: actual.unmapped.lines, amount: actual.unmapped.amount },
    recordedOn: input.recordedOn,
  };
  // A year is settled once: a new import of it replaces the earlier one (the revision history keeps that).
  const settlements = [
    ...document.operations.settlements.filter((s) => !(s.unitId === unitId && s.year === year)),
    recorded,
  ];
  const units = document.operations.units.map((u) =>
    u.id === unitId ? { ...u, ledgerColumns: input.columns } : u,
  );
  return {
    ok: true,
    document: { ...ruled, operations: { ...ruled.operations, units, settlements } },
    recorded,
    actual: budget.components.map((c, i) => ({
      componentId: c.id,
      name: c.name,
      amount: actual.perComponent[i] as number,
    })),
    unmapped: {
      lines: actual.unmapped.lines,
      amount: actual.unmapped.amount,
      groupCount: probe.unmapped.lines,
      groups: unmappedGroups,
    },
  };
}
