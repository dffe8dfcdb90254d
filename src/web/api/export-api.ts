/**
 * Where a table or the whole case is downloaded from as XLSX or CSV. Plain links: the browser sends the session
 * cookie with them, and the server answers with the file as an attachment.
 * @module
 */
import type { ExportTableId } from '../../case/export/export-table.ts';
import type { Language } from '../../i18n/language.ts';

export interface ExportLink {
  table: ExportTableId | 'all';
  format: 'xlsx' | 'csv';
  language: Language;
  scenarioId?: string | undefined;
  /** The joint unit and budget year of the operations tables. */
  unitId?: string | undefined;
  year?: number | undefined;
  /** Omitted: the newest revision. */
  revision?: number | undefined;
}

export function exportUrl(caseId: string, link: ExportLink): string {
  const search = new URLSearchParams({ table: link.table, format: link.format, language: link.language });
  if (link.scenarioId !== undefined) search.set('scenario', link.scenarioId);
  if (link.unitId !== undefined) search.set('unit', link.unitId);
  if (link.year !== undefined) search.set('year', String(link.year));
  if (link.revision !== undefined) search.set('revision', String(link.revision));
  return `/api/cases/${encodeURIComponent(caseId)}/export?${search.toString()}`;
}
