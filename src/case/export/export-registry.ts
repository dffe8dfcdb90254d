/**
 * The export tables Flokk has builders for, by id: what builds each and whether it needs the LP solver. The
 * API, the CLI and the whole-case workbook iterate this registry; an id without an entry is not exported
 * (the API answers 404), so a table is added by its builder module and one line here.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import { EXPORT_TABLE_IDS, type ExportTableBuilder, type ExportTableId } from './export-table.ts';
import { baselineTable } from './tables/baseline-table.ts';

export interface ExportEntry {
  build: ExportTableBuilder;
  /** True when building the table for `scenarioId` needs the LP solver (the caller loads it, once). */
  needsSolver: (document: CaseDocument, scenarioId: string | undefined) => boolean;
}

const never = () => false;

export const EXPORT_REGISTRY: Partial<Record<ExportTableId, ExportEntry>> = {
  baseline: { build: baselineTable, needsSolver: never },
};

export type ExportRegistry = typeof EXPORT_REGISTRY;

export function isExportTableId(value: unknown): value is ExportTableId {
  return typeof value === 'string' && (EXPORT_TABLE_IDS as readonly string[]).includes(value);
}
