/**
 * The `export` job: one table or the whole case as XLSX or CSV, built in a worker from the document as the
 * requester's role may see it (redacted before any table is derived). The bytes travel as base64 JSON, like
 * a generated document's.
 * @module
 */
import { exportBundle, exportNeedsSolver, type ExportSelection } from '../../case/export/export-bundle.ts';
import type { ReferenceDataset } from '../../case/reference/reference-data.ts';
import type { ViewerRole } from '../../case/people/redact-workforce.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { csvTable } from '../../documents/spreadsheet/csv-table.ts';
import { XLSX_CONTENT_TYPE, xlsxWorkbook } from '../../documents/spreadsheet/xlsx-workbook.ts';
import type { Language } from '../../i18n/language.ts';
import { sharedLpSolver } from '../shared-lp-solver.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFileFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportJob {
  kind: 'export';
  document: CaseDocument;
  revision: number;
  caseId: string;
  /** When the revision was saved; the «Kilder» sheet states it. */
  savedAt: string;
  /** When the export was asked for (the server's clock, read by the route). */
  exportedAt: string;
  table: ExportSelection;
  format: ExportFileFormat;
  scenarioId: string | undefined;
  /** The joint unit and budget year of the operations tables. */
  unitId?: string | undefined;
  year?: number | undefined;
  role: ViewerRole;
  language: Language;
  /**
   * The server's reference dataset (`referenceDataOf`), so the profile and benchmark tables show what the
   * comparison page shows; set only when the selection has those tables. Absent: the shipped dataset.
   */
  referenceData?: ReferenceDataset | undefined;
}

/** A file as it crosses the worker boundary. */
export interface ExportJobResult {
  fileName: string;
  contentType: string;
  base64: string;
}

/** `flokk-<caseId>-r<rev>-<table>.xlsx`. */
export function exportFileName(
  caseId: string,
  revision: number,
  table: ExportSelection,
  format: ExportFileFormat,
) {
  return `flokk-${caseId}-r${revision}-${table}.${format}`;
}

/** The file, or `null` when there is nothing to export (no builder, or nothing in the case for the table). */
export async function exportJob(job: ExportJob): Promise<string | null> {
  const request = {
    table: job.table,
    language: job.language,
    role: job.role,
    scenarioId: job.scenarioId,
    unitId: job.unitId,
    year: job.year,
    referenceData: job.referenceData,
  };
  const solver = exportNeedsSolver(job.document, request) ? await sharedLpSolver() : undefined;
  const stamp = {
    caseId: job.caseId,
    revision: job.revision,
    savedAt: job.savedAt,
    exportedAt: job.exportedAt,
  };
  const bundle = exportBundle(job.document, request, stamp, solver);
  if (!bundle) return null;
  const fileName = exportFileName(job.caseId, job.revision, job.table, job.format);
  let bytes: Uint8Array;
  let contentType: string;
  if (job.format === 'xlsx') {
    bytes = await xlsxWorkbook(bundle);
    contentType = XLSX_CONTENT_TYPE;
  } else {
    // One table per CSV file: the route refuses `all` with csv before a job is queued.
    const [table] = bundle.tables;
    if (!table || bundle.tables.length !== 1) return null;
    bytes = new TextEncoder().encode(csvTable(table));
    contentType = 'text/csv; charset=utf-8';
  }
  const result: ExportJobResult = { fileName, contentType, base64: Buffer.from(bytes).toString('base64') };
  return JSON.stringify(result);
}
