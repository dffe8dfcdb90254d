/**
 * The import in one call, for the server's compute job, the CLI and the benchmark: .xlsx bytes against the
 * current revision → the changes and the new document, or every problem with its sheet, row and column.
 * @module
 */
import { importWorkbook, type ImportResult } from '../../case/import/import-workbook.ts';
import { importMessage } from '../../case/import/import-messages.ts';
import type { ImportEntry } from '../../case/import/source-cell.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { Language } from '../../i18n/language.ts';
import { readWorkbook } from './read-workbook.ts';
import { MAX_UNPACKED_BYTES } from './zip-guard.ts';

export async function importBaselineWorkbook(
  bytes: Uint8Array,
  base: CaseDocument,
  entry: ImportEntry,
  language: Language,
): Promise<ImportResult> {
  const read = await readWorkbook(bytes);
  if (!read.ok) {
    const message = importMessage(read.code, language, { value: String(MAX_UNPACKED_BYTES / 1024 / 1024) });
    return {
      ok: false,
      issues: [{ sheet: null, row: null, column: null, code: read.code, message, text: message }],
    };
  }
  return importWorkbook(read.sheets, base, entry, language);
}
