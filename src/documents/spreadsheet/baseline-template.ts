/**
 * The baseline template as an Excel workbook (exceljs): «Grunnlag», «Volum» and «Anrop» filled from one
 * revision, and «Slik fyller du ut». Numbers are real numbers with Norwegian formats, key columns are shaded
 * and say «(nøkkel)», choice columns offer their words as a list, the header row stays in view. It is a form
 * to fill in and read back with `readWorkbook` + `importWorkbook`, not a report.
 * @module
 */
import ExcelJS from 'exceljs';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { templateInstructions } from '../../case/import/template-instructions.ts';
import { templateRows } from '../../case/import/template-rows.ts';
import {
  CHOICES,
  INSTRUCTIONS_SHEET,
  SHEET_COLUMNS,
  SHEET_IDS,
  SHEET_NAMES,
  type ColumnDef,
  type ColumnFormat,
} from '../../case/import/sheet-layout.ts';
import type { Language } from '../../i18n/language.ts';

/** Excel's number formats; Excel shows them with the reader's own separators (space and comma in Norway). */
const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: '@',
  integer: '0',
  decimal2: '0.00',
  nok: '#,##0',
  year: '0',
  time: '@',
};

/** Empty rows below the data that still offer the choice lists, for rows a person adds. */
const SPARE_ROWS = 200;

const KEY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const INFO_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF555555' }, italic: true };

/** The date a template says it was made: fixed, so the same revision gives the same workbook content. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

function addDataSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnDef[],
  rows: (string | number | boolean | null | { error: string })[][],
  language: Language,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header[language],
    key: column.id,
    width: column.width,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    if (column.key) cell.fill = KEY_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  for (const cells of rows) {
    sheet.addRow(cells.map((cell) => (cell !== null && typeof cell === 'object' ? null : cell)));
  }
  const last = rows.length + 1 + SPARE_ROWS;
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const format = NUMBER_FORMATS[column.format];
    if (format) sheetColumn.numFmt = format;
    if (column.info) sheetColumn.font = INFO_FONT;
    const choices = column.choices;
    if (!choices) return;
    const words = Object.values(CHOICES[choices]).map((word) => word[language]);
    for (let row = 2; row <= last; row++) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${words.join(',')}"`],
        showErrorMessage: true,
      };
    }
  });
}

/** The template of `document` (already redacted for the requester's role) in `language`, as .xlsx bytes. */
export async function baselineTemplate(document: CaseDocument, language: Language): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Flokk';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const rows = templateRows(document, language);
  for (const sheet of SHEET_IDS) {
    addDataSheet(workbook, SHEET_NAMES[sheet][language], SHEET_COLUMNS[sheet], rows[sheet], language);
  }
  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET[language]);
  help.getColumn(1).width = 40;
  help.getColumn(2).width = 80;
  templateInstructions(document, language).forEach((cells) => help.addRow(cells));
  help.getRow(1).font = { bold: true, size: 14 };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** The file name of a template: «grunnlag-skaun-melhus-midtre-gauldal-r3.xlsx». */
export function templateFileName(caseId: string, revision: number | null, language: Language): string {
  const word = { nb: 'grunnlag', nn: 'grunnlag', en: 'baseline' }[language];
  return revision === null ? `${word}-${caseId}.xlsx` : `${word}-${caseId}-r${revision}.xlsx`;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
