/**
 * The export tables, by id: what builds each and whether it needs the LP solver. The API, the CLI and the
 * whole-case workbook iterate this registry; a builder that has nothing to show for a case returns null (the API
 * answers 404). A table is added by its id in EXPORT_TABLE_IDS, its builder module and one line here.
 * @module
 */
import type { CaseDocument } from '../schema/case-document.ts';
import { EXPORT_TABLE_IDS, type ExportTableBuilder, type ExportTableId } from './export-table.ts';
import { baselineTable } from './tables/baseline-table.ts';
import { benchmarkTable } from './tables/benchmark-table.ts';
import { aKontoTable } from './tables/a-konto-table.ts';
import { operationsBudgetTable } from './tables/operations-budget-table.ts';
import { profileTable } from './tables/profile-table.ts';
import { MORE_EXPORT_TABLES } from './tables/scenario-tables.ts';
import { settlementTable } from './tables/settlement-table.ts';

export interface ExportEntry {
  build: ExportTableBuilder;
  /** True when building the table for `scenarioId` needs the LP solver (the caller loads it, once). */
  needsSolver: (document: CaseDocument, scenarioId: string | undefined) => boolean;
  /**
   * The workforce tables are built as the people page is: the projection over every group, then redacted by
   * role (`redactWorkforce`: withheld groups and the totals that would reveal them shown `:`). Given the
   * age-redacted document instead, a withheld group would silently vanish from the table rather than show as
   * withheld, and the export would disagree with the page.
   */
  redactsByRole?: true;
}

const never = () => false;

export const EXPORT_REGISTRY: Record<ExportTableId, ExportEntry> = {
  baseline: { build: baselineTable, needsSolver: never },
  profile: { build: profileTable, needsSolver: never },
  benchmark: { build: benchmarkTable, needsSolver: never },
  ...MORE_EXPORT_TABLES,
  'operations-budget': { build: operationsBudgetTable, needsSolver: never },
  'a-konto': { build: aKontoTable, needsSolver: never },
  settlement: { build: settlementTable, needsSolver: never },
};

/** A registry as the bundle takes it: tests pass one with only the tables they look at. */
export type ExportRegistry = Partial<Record<ExportTableId, ExportEntry>>;

export function isExportTableId(value: unknown): value is ExportTableId {
  return typeof value === 'string' && (EXPORT_TABLE_IDS as readonly string[]).includes(value);
}
