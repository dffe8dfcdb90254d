/**
 * The baseline template and its import: the template's address (a download), the preview and the confirm.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { request } from './http-client.ts';

/** One change the import would make, in words (as `src/case/import/import-changes.ts` gives it). */
export interface ImportChange {
  kind: 'added' | 'removed' | 'changed';
  sheet: 'baseline' | 'volumes' | 'calls';
  row: string;
  field: string | null;
  path: string;
  beforeText: string;
  afterText: string;
  sourceText?: string;
}

/** One problem in the workbook, placed: «Ark Grunnlag, rad 7, kolonne Årsverk: …» is `text`. */
export interface ImportIssue {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
  text: string;
}

export interface ImportPreview {
  baseRevision: number;
  changes: ImportChange[];
  errors: ImportIssue[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/import`;

/** The template of the newest revision with headers in `language`. */
export function templateUrl(caseId: string, language: Language): string {
  return `${base(caseId)}/baseline-template.xlsx?language=${language}&lang=${language}`;
}

function asWorkbook(file: Blob): Blob {
  return new Blob([file], { type: XLSX });
}

export function previewImport(caseId: string, file: Blob, fileName: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ fileName: fileName.slice(0, 200) });
  return request<ImportPreview>(`${base(caseId)}/baseline/preview?${query.toString()}`, {
    method: 'POST',
    body: asWorkbook(file),
    signal,
  });
}

export function confirmImport(caseId: string, file: Blob, fileName: string, baseRevision: number) {
  const query = new URLSearchParams({ baseRevision: String(baseRevision), fileName: fileName.slice(0, 200) });
  return request<{ revision: { revision: number } }>(`${base(caseId)}/baseline?${query.toString()}`, {
    method: 'POST',
    body: asWorkbook(file),
  });
}
