import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_BUNDLE, FIXTURE_TABLE } from './spreadsheet.fixture.ts';
import { HEADER_ROW } from './table-sheet.ts';
import { uniqueSheetName, xlsxWorkbook } from './xlsx-workbook.ts';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

describe('xlsxWorkbook', () => {
  it('writes real numbers with Norwegian number formats and `..` for missing figures', async () => {
    const workbook = await readBack(await xlsxWorkbook(FIXTURE_BUNDLE));
    const sheet = workbook.getWorksheet('Grunnlag');
    if (!sheet) throw new Error('no sheet Grunnlag');
    expect(sheet.getCell(1, 1).value).toBe(FIXTURE_TABLE.title);
    expect(sheet.getRow(HEADER_ROW).getCell(4).value).toBe('Lønnskostnad (kr)');
    expect(sheet.getRow(HEADER_ROW).getCell(4).font?.bold).toBe(true);

    const first = sheet.getRow(HEADER_ROW + 1);
    const fte = first.getCell(3);
    expect(fte.type).toBe(ExcelJS.ValueType.Number);
    expect(fte.value).toBe(1234.5);
    expect(fte.numFmt).toBe('#,##0.0');
    expect(first.getCell(2).numFmt).toBe('0');
    expect(first.getCell(4).value).toBe(5_300_000);
    expect(first.getCell(4).numFmt).toBe('#,##0');
    expect(first.getCell(5).value).toBe(0.125);
    expect(first.getCell(5).numFmt).toBe('0.0 %');
    expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Date);
    expect((first.getCell(6).value as Date).toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(first.getCell(6).numFmt).toBe('dd.mm.yyyy');

    const missing = sheet.getRow(HEADER_ROW + 2).getCell(3);
    expect(missing.type).toBe(ExcelJS.ValueType.String);
    expect(missing.value).toBe('..');
    expect(missing.alignment?.horizontal).toBe('right');
    expect(sheet.getRow(HEADER_ROW + 2).getCell(4).value).toBe(-250_000);

    // The header row frozen, an autofilter over the table, the note under it.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell(HEADER_ROW + 3 + 2, 1).value).toBe(FIXTURE_TABLE.notes[0]);
  });

  it('stores a text that looks like a formula as plain text, never a formula', async () => {
    const workbook = await readBack(await xlsxWorkbook(FIXTURE_BUNDLE));
    const cell = workbook
      .getWorksheet('Grunnlag')
      ?.getRow(HEADER_ROW + 3)
      .getCell(1);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=HYPERLINK("http://x")');
  });

  it('ends with a «Kilder» sheet stating the revision, dates, placeholders and sources', async () => {
    const workbook = await readBack(await xlsxWorkbook(FIXTURE_BUNDLE));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Grunnlag', 'Kilder']);
    expect(workbook.creator).toBe('Flokk');
    const sheet = workbook.getWorksheet('Kilder');
    if (!sheet) throw new Error('no sheet Kilder');
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push((row.values as unknown[]).filter((v) => v !== undefined).join(' | ')));
    expect(texts).toContain('Revisjon | 7');
    // 09:30 UTC is 10:30 in Oslo in March; the export is dated by its day.
    expect(texts).toContain('Lagret | 01.03.2026, 10:30');
    expect(texts).toContain('Eksportert | 04.12.2026');
    expect(texts.some((t) => t.startsWith('NB: Noen tall bygger på plassholdere'))).toBe(true);
    expect(texts).toContain(
      'Plassholder – ikke fastsatt | Diskonteringsrente | Skal fastsettes av rådmennene | Grunnlag',
    );
    expect(texts).toContain('Kilde | Saksframlegg 2025 | Tabell 2 | Grunnlag');
  });

  it('names the sources sheet in the chosen language', async () => {
    const nn = await readBack(await xlsxWorkbook({ ...FIXTURE_BUNDLE, language: 'nn' }));
    const en = await readBack(
      await xlsxWorkbook({ ...FIXTURE_BUNDLE, language: 'en', usesPlaceholders: false }),
    );
    expect(nn.worksheets.at(-1)?.name).toBe('Kjelder');
    expect(en.worksheets.at(-1)?.name).toBe('Sources');
    expect(en.getWorksheet('Sources')?.getCell(8, 1).value).toBe('No figure rests on a placeholder.');
  });
});

describe('uniqueSheetName', () => {
  it('keeps names Excel accepts and distinct', () => {
    const used = new Set<string>(['kilder']);
    expect(uniqueSheetName('Kilder', used)).toBe('Kilder (2)');
    expect(uniqueSheetName('Kontantstrøm: A/B [2026]?', used)).toBe('Kontantstrøm  A B  2026');
    expect(uniqueSheetName('x'.repeat(40), used)).toHaveLength(31);
    expect(uniqueSheetName('x'.repeat(40), used)).toBe(`${'x'.repeat(27)} (2)`);
  });
});
