/**
 * The «Kilder» sheet: which case and revision the workbook is from, when that revision was saved and when it
 * was exported, whether any figure rests on a placeholder, then one row per source, decision, placeholder and
 * own value behind the tables, with the sheets it is used in.
 * @module
 */
import type { Worksheet } from 'exceljs';
import type { ExportBundle, ExportSource } from '../../case/export/export-table.ts';
import { formatTimestamp, formatTimestampDay } from '../../i18n/format.ts';
import { workbookWords } from './workbook-words.ts';

/** The same source named by several tables is one row, used in all their sheets. */
export function mergedSources(bundle: ExportBundle, sheetNames: readonly string[]): ExportSource[] {
  const merged = new Map<string, ExportSource>();
  bundle.tables.forEach((table, index) => {
    const sheetName = sheetNames[index] ?? table.sheetName;
    for (const source of table.sources) {
      const key = `${source.kind}\u0000${source.label}\u0000${source.detail}`;
      const known = merged.get(key);
      const usedIn = [...(known?.usedIn ?? []), ...source.usedIn, sheetName];
      merged.set(key, { ...source, usedIn: [...new Set(usedIn)] });
    }
  });
  return [...merged.values()];
}

const KIND_ORDER: Record<ExportSource['kind'], number> = {
  placeholder: 0,
  decision: 1,
  source: 2,
  'reference-data': 3,
  'own-value': 4,
};

export function writeSourcesSheet(
  sheet: Worksheet,
  bundle: ExportBundle,
  sheetNames: readonly string[],
): void {
  const words = workbookWords(bundle.language);
  const title = sheet.getCell(1, 1);
  title.value = words.sourcesTitle(bundle.caseTitle);
  title.font = { bold: true, size: 13 };

  const facts: [string, string | number][] = [
    [words.caseLabel, `${bundle.caseTitle} (${bundle.caseId})`],
    // Revision 0: made from a case file (the CLI), which has no revision and no saved time.
    [words.revisionLabel, bundle.revision === 0 ? words.fromFile : bundle.revision],
    [words.savedLabel, bundle.revision === 0 ? words.fromFile : formatTimestamp(bundle.savedAt)],
    // The day only: a file is cached per revision and day, so a time of day could be the first download's.
    [words.exportedLabel, formatTimestampDay(bundle.exportedAt)],
  ];
  facts.forEach(([label, value], index) => {
    const row = sheet.getRow(3 + index);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { horizontal: 'left' };
  });

  const warning = sheet.getCell(8, 1);
  warning.value = bundle.usesPlaceholders ? words.placeholderWarning : words.noPlaceholders;
  warning.font = { bold: bundle.usesPlaceholders };
  sheet.getCell(9, 1).value = words.missingMeaning;

  const headerRow = 11;
  const header = sheet.getRow(headerRow);
  [words.kindHeader, words.labelHeader, words.detailHeader, words.usedInHeader].forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  const sources = mergedSources(bundle, sheetNames).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  if (sources.length === 0) sheet.getCell(headerRow + 1, 1).value = words.noSources;
  sources.forEach((source, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.getCell(1).value = words.kinds[source.kind];
    row.getCell(2).value = source.label;
    row.getCell(3).value = source.detail;
    row.getCell(4).value = source.usedIn.join(', ');
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  writeOmitted(sheet, bundle, headerRow + Math.max(sources.length, 1) + 2);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 45;
  sheet.getColumn(3).width = 60;
  sheet.getColumn(4).width = 30;
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}

/** The whole-case tables that could not be computed, each with why, under the sources. */
function writeOmitted(sheet: Worksheet, bundle: ExportBundle, firstRow: number): void {
  const omitted = bundle.omitted ?? [];
  if (omitted.length === 0) return;
  const words = workbookWords(bundle.language);
  const heading = sheet.getCell(firstRow, 1);
  heading.value = words.omittedTitle;
  heading.font = { bold: true };
  omitted.forEach(({ id, reason }, index) => {
    const row = sheet.getRow(firstRow + 1 + index);
    row.getCell(1).value = words.tableNames[id];
    row.getCell(2).value = reason;
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}
