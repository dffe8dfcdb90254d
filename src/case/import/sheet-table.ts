/**
 * One data sheet of an uploaded workbook, read as a table: its header row matched to Flokk's columns (in any
 * of the three languages), its data rows with their row numbers, and every problem collected with the sheet,
 * row and column it is in, so that a person can find the cell.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { isBlank, type CellValue, type SheetGrid } from './cells.ts';
import { importMessage, placeWords } from './import-messages.ts';
import { SHEET_COLUMNS, columnForHeader, type ColumnDef, type SheetId } from './sheet-layout.ts';

/** A problem in the workbook, placed where a person finds it. */
export interface ImportIssue {
  /** The sheet's name as the workbook has it; `null` for the workbook as a whole. */
  sheet: string | null;
  /** The row number as Excel shows it (1 is the header); `null` for the whole sheet. */
  row: number | null;
  /** The column's header as the workbook has it; `null` for a whole row. */
  column: string | null;
  code: string;
  message: string;
  /** The whole sentence: «Ark Grunnlag, rad 7, kolonne Årsverk: Må være et tall, ikke «sju»». */
  text: string;
}

/** The most problems reported for one workbook; the rest are summed up in one last line. */
export const MAX_ISSUES = 500;

/** Collects problems, each placed; stops keeping them past {@link MAX_ISSUES}. */
export class IssueList {
  readonly items: ImportIssue[] = [];
  #dropped = 0;
  constructor(readonly language: Language) {}

  add(
    place: { sheet: string | null; row: number | null; column: string | null },
    code: string,
    message: string,
  ) {
    if (this.items.length >= MAX_ISSUES) {
      this.#dropped++;
      return;
    }
    const where = placeWords(place, this.language);
    this.items.push({ ...place, code, message, text: where === '' ? message : `${where}: ${message}` });
  }

  /** The issues, with a last line saying more were found when some were dropped. */
  all(): ImportIssue[] {
    if (this.#dropped === 0) return this.items;
    const message = importMessage('too_many_issues', this.language, { value: String(MAX_ISSUES) });
    return [
      ...this.items,
      { sheet: null, row: null, column: null, code: 'too_many_issues', message, text: message },
    ];
  }
}

/** A data row: its row number in the sheet and a reader of its cells by column id. */
export interface TableRow {
  row: number;
  cell(columnId: string): CellValue | undefined;
}

export interface SheetTable {
  sheet: SheetId;
  /** The sheet's name as the workbook has it. */
  name: string;
  rows: TableRow[];
  /** The header a column has in this workbook (for messages), by column id. */
  header(columnId: string): string;
}

/**
 * The sheet as a table, or `null` when its header row lacks a column the import needs (each missing or
 * doubled column is reported). Columns Flokk does not know are left alone, so a person may add their own.
 */
export function readSheetTable(
  grid: SheetGrid,
  sheet: SheetId,
  issues: IssueList,
  maxRows: number,
): SheetTable | null {
  const language = issues.language;
  const headerRow = grid.rows[0] ?? [];
  const positions = new Map<string, number>();
  const headers = new Map<string, string>();
  headerRow.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const column = columnForHeader(sheet, cell);
    if (!column) return;
    if (positions.has(column.id)) {
      issues.add(
        { sheet: grid.name, row: 1, column: cell.trim() },
        'duplicate_column',
        importMessage('duplicate_column', language),
      );
      return;
    }
    positions.set(column.id, index);
    headers.set(column.id, cell.trim());
  });
  const missing = SHEET_COLUMNS[sheet].filter(
    (column: ColumnDef) => !column.info && !positions.has(column.id),
  );
  for (const column of missing) {
    issues.add(
      { sheet: grid.name, row: 1, column: column.header[language] },
      'missing_column',
      importMessage('missing_column', language),
    );
  }
  if (missing.length > 0 || issues.items.some((i) => i.sheet === grid.name && i.code === 'duplicate_column'))
    return null;
  const data = grid.rows.slice(1);
  const rows: TableRow[] = [];
  data.forEach((cells, index) => {
    // A row with nothing in the columns Flokk reads is a gap, not a row.
    if ([...positions.values()].every((position) => isBlank(cells[position]))) return;
    rows.push({
      row: index + 2,
      cell: (id) => {
        const at = positions.get(id);
        return at === undefined ? undefined : cells[at];
      },
    });
  });
  if (rows.length > maxRows) {
    issues.add(
      { sheet: grid.name, row: null, column: null },
      'too_many_rows',
      importMessage('too_many_rows', language, { value: maxRows.toLocaleString('nb-NO') }),
    );
    return null;
  }
  return {
    sheet,
    name: grid.name,
    rows,
    header: (id) => headers.get(id) ?? SHEET_COLUMNS[sheet].find((c) => c.id === id)?.header[language] ?? id,
  };
}
