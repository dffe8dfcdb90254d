/**
 * The lines behind each municipality's net effect, for the expandable rows of the cash-flow table: cost
 * today, share of the joint unit, share of one-off costs and share of grants, per area or grant.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { CashFlowLineKind, CashFlowResult } from '../../../engine/economics/scenario-cash-flows.ts';
import type { Language } from '../../../i18n/language.ts';
import { localized } from '../../i18n/localized-text.ts';
import { areaName } from './warning-messages.ts';

export interface CashFlowRow {
  key: string;
  kind: CashFlowLineKind;
  /** The area's or grant's name. */
  source: string;
  values: readonly number[];
  /** Sum over the years, undiscounted. */
  sum: number;
}

const KIND_ORDER: readonly CashFlowLineKind[] = ['costToday', 'jointUnitShare', 'oneOffShare', 'grantShare'];

export const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

function sourceName(document: CaseDocument, kind: CashFlowLineKind, id: string, language: Language): string {
  if (kind !== 'grantShare') return areaName(document, id, language);
  const grant = document.grants.find((candidate) => candidate.id === id);
  return grant ? localized(grant.name, language) : id;
}

/** One municipality's lines, by kind (cost today first), then in the scenario's order of areas. */
export function cashFlowRows(
  cashFlows: CashFlowResult,
  municipality: string,
  document: CaseDocument,
  language: Language,
): CashFlowRow[] {
  return cashFlows.lines
    .filter((line) => line.municipality === municipality)
    .map((line, order) => ({ line, order }))
    .sort((a, b) => KIND_ORDER.indexOf(a.line.kind) - KIND_ORDER.indexOf(b.line.kind) || a.order - b.order)
    .map(({ line }) => ({
      key: `${line.kind}-${line.sourceId}`,
      kind: line.kind,
      source: sourceName(document, line.kind, line.sourceId, language),
      values: line.values,
      sum: sumOf(line.values),
    }));
}
