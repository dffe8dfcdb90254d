/**
 * What one download holds: one table, or the whole case (every table the case has, in `EXPORT_TABLE_IDS`
 * order, scenario tables for the chosen scenario), built from the document as the reader's role may see it,
 * with the facts the «Kilder» sheet states. Pure: the export time and the LP solver are passed in.
 * @module
 */
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { Language } from '../../i18n/language.ts';
import type { ViewerRole } from '../people/redact-workforce.ts';
import { ValidationError } from '../../common/errors.ts';
import type { ReferenceDataset } from '../reference/reference-data.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { EXPORT_REGISTRY, type ExportRegistry } from './export-registry.ts';
import { EXPORT_TABLE_IDS, type ExportBundle, type ExportTable, type ExportTableId } from './export-table.ts';
import { redactForRole } from './redact-for-export.ts';

/** `all`: the whole-case workbook. */
export type ExportSelection = ExportTableId | 'all';

export interface ExportRequest {
  table: ExportSelection;
  language: Language;
  role: ViewerRole;
  scenarioId?: string | undefined;
  /** The joint unit and budget year of the operations tables (`operations-budget`, `a-konto`). */
  unitId?: string | undefined;
  year?: number | undefined;
  /** The SSB/Kartverket figures of the profile and benchmark tables; absent: the shipped dataset. */
  referenceData?: ReferenceDataset | undefined;
}

/** The revision the bundle is from, and when it is exported (the caller's clock, never read here). */
export interface ExportStamp {
  caseId: string;
  revision: number;
  savedAt: string;
  exportedAt: string;
}

function selectedIds(table: ExportSelection): readonly ExportTableId[] {
  return table === 'all' ? EXPORT_TABLE_IDS : [table];
}

/** The tables built from the reference dataset (SSB, Kartverket) rather than from the case alone. */
const REFERENCE_TABLES: readonly ExportTableId[] = ['profile', 'benchmark'];

/**
 * True when the selection includes a table built from the reference dataset: only then does the caller pass
 * the dataset along (it is large, and a job crosses a worker boundary by copy).
 */
export function exportUsesReferenceData(table: ExportSelection): boolean {
  return selectedIds(table).some((id) => REFERENCE_TABLES.includes(id));
}

/** True when any selected table needs the LP solver for this document and scenario. */
export function exportNeedsSolver(
  document: CaseDocument,
  request: Pick<ExportRequest, 'table' | 'scenarioId'>,
  registry: ExportRegistry = EXPORT_REGISTRY,
): boolean {
  return selectedIds(request.table).some(
    (id) => registry[id]?.needsSolver(document, request.scenarioId) ?? false,
  );
}

/**
 * The bundle, or `null` when there is nothing to export: a table without a builder yet, one the case has
 * nothing for (no scenario, no baseline), or a whole case with no table at all.
 */
export function exportBundle(
  document: CaseDocument,
  request: ExportRequest,
  stamp: ExportStamp,
  solver?: LpSolver,
  registry: ExportRegistry = EXPORT_REGISTRY,
): ExportBundle | null {
  // Redacted once, before any table is derived, so no builder can see what the role may not.
  const { document: shown, withheld } = redactForRole(document, request.role);
  const context = {
    language: request.language,
    role: request.role,
    scenarioId: request.scenarioId,
    unitId: request.unitId,
    year: request.year,
    solver,
    withheld,
    referenceData: request.referenceData,
  };
  const tables: ExportTable[] = [];
  const omitted: { id: ExportTableId; reason: string }[] = [];
  for (const id of selectedIds(request.table)) {
    try {
      const entry = registry[id];
      const table = entry?.build(entry.redactsByRole ? document : shown, context);
      if (table) tables.push(table);
    } catch (error) {
      // One table asked for: its error is the answer. The whole case: the rest is still worth having, and
      // the «Kilder» sheet says which table is left out and why.
      if (request.table !== 'all' || !(error instanceof ValidationError)) throw error;
      omitted.push({ id, reason: error.issues.map((issue) => issue.message).join(' ') || error.message });
    }
  }
  if (tables.length === 0) return null;
  const title = document.title;
  return {
    ...stamp,
    caseTitle: title[request.language] ?? title.nb,
    language: request.language,
    tables,
    usesPlaceholders: tables.some((table) => table.sources.some((source) => source.kind === 'placeholder')),
    ...(omitted.length > 0 ? { omitted } : {}),
  };
}
