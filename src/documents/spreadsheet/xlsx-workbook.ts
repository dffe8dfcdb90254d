/**
 * An export bundle as an XLSX workbook, written with exceljs (a well-kept library; no hand-written XML): one
 * sheet per table, then the «Kilder» sheet («Kjelder», «Sources») with the case, revision, dates and every
 * source and placeholder behind the figures.
 * @module
 */
import ExcelJS from 'exceljs';
import type { ExportBundle } from '../../case/export/export-table.ts';
import { writeSourcesSheet } from './sources-sheet.ts';
import { writeTableSheet } from './table-sheet.ts';
import { workbookWords } from './workbook-words.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts (at most 31 characters, none of `[]:*?/\`, not blank) and not yet used, compared
 * without case as Excel does.
 */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '') || 'Ark';
  let name = clean.slice(0, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

/** The workbook's bytes. Dated by the revision (created) and the export (modified), never by the clock here. */
export async function xlsxWorkbook(bundle: ExportBundle): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Flokk';
  workbook.lastModifiedBy = 'Flokk';
  workbook.title =
    bundle.tables.length === 1 ? (bundle.tables[0]?.title ?? bundle.caseTitle) : bundle.caseTitle;
  workbook.subject = `${bundle.caseTitle}, revisjon ${bundle.revision}`;
  workbook.created = new Date(bundle.savedAt);
  workbook.modified = new Date(bundle.exportedAt);

  const used = new Set<string>();
  const sourcesName = workbookWords(bundle.language).sourcesSheet;
  // The «Kilder» sheet's name is taken first, so no table can take it.
  used.add(sourcesName.toLowerCase());
  const sheetNames = bundle.tables.map((table) => uniqueSheetName(table.sheetName, used));
  bundle.tables.forEach((table, index) => {
    writeTableSheet(workbook.addWorksheet(sheetNames[index]), table);
  });
  writeSourcesSheet(workbook.addWorksheet(sourcesName), bundle, sheetNames);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
