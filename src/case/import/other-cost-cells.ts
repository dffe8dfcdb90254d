/**
 * The other-cost columns (one per kind: systems, premises, travel, other) against the row's list of costs.
 * The list may hold several costs of one kind, each with a description and a source; a column holds one
 * amount. A column whose amount is what the template wrote keeps the list's costs exactly; a changed amount
 * replaces the one cost of its kind (its description kept, its source dropped, since the source gave the old
 * amount); a changed amount over several costs of one kind is refused, to be changed in the form instead.
 * @module
 */
import type { BaselineRow } from '../schema/baseline.ts';
import type { OtherCostCell } from './baseline-cells.ts';
import { OTHER_COST_KINDS, type OtherCostKind } from './sheet-layout.ts';

type OtherCost = BaselineRow['otherCosts'][number];

/** A cost as the schema will check it: an amount read from a cell is not yet known to be whole kroner. */
export type OtherCostDraft = { kind: OtherCostKind; amount: number | null; description?: string } | OtherCost;

/** What the template writes for the costs of one kind: none, one amount (`null`: `..`), or their sum. */
export function otherCostCell(costs: readonly OtherCost[], kind: OtherCostKind): OtherCostCell {
  const ofKind = costs.filter((cost) => cost.kind === kind);
  if (ofKind.length === 0) return { kind: 'none' };
  if (ofKind.some((cost) => cost.amount === null)) return { kind: 'amount', amount: null };
  return { kind: 'amount', amount: ofKind.reduce((sum, cost) => sum + (cost.amount ?? 0), 0) };
}

function sameCell(a: OtherCostCell, b: OtherCostCell): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  return a.amount === b.amount;
}

/** The row's new list of costs, and the kinds whose change cannot be made in a sheet. */
export function mergeOtherCosts(
  cells: Record<OtherCostKind, OtherCostCell>,
  before: readonly OtherCost[],
): { costs: OtherCostDraft[]; several: OtherCostKind[] } {
  const several: OtherCostKind[] = [];
  const unchanged = new Set<OtherCostKind>();
  const replaced = new Map<OtherCostKind, OtherCostDraft>();
  for (const kind of OTHER_COST_KINDS) {
    const cell = cells[kind];
    if (sameCell(cell, otherCostCell(before, kind))) {
      unchanged.add(kind);
      continue;
    }
    const ofKind = before.filter((cost) => cost.kind === kind);
    if (cell.kind === 'none') continue;
    if (ofKind.length > 1) {
      several.push(kind);
      continue;
    }
    const old = ofKind[0];
    replaced.set(kind, {
      kind,
      amount: cell.amount,
      ...(old?.description === undefined ? {} : { description: old.description }),
    });
  }
  const costs: OtherCostDraft[] = [];
  const placed = new Set<OtherCostKind>();
  for (const cost of before) {
    if (unchanged.has(cost.kind)) costs.push(cost);
    else if (replaced.has(cost.kind) && !placed.has(cost.kind)) {
      const replacement = replaced.get(cost.kind);
      if (replacement) costs.push(replacement);
      placed.add(cost.kind);
    }
  }
  for (const kind of OTHER_COST_KINDS) {
    const replacement = replaced.get(kind);
    if (replacement && !placed.has(kind)) costs.push(replacement);
  }
  return { costs, several };
}
