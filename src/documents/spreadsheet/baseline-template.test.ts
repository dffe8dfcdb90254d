import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { baselineTemplate } from './baseline-template.ts';
import { importBaselineWorkbook } from './import-baseline-workbook.ts';

const entry = { by: 'Kari Nordmann', at: '2026-03-01T10:00:00.000Z', fileName: 'grunnlag.xlsx' };

async function edit(bytes: Uint8Array, change: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The cell of the default case's row for `municipality` and `area` in the column headed `header`. */
function cellOf(book: ExcelJS.Workbook, municipality: string, area: string, header: string): ExcelJS.Cell {
  const sheet = book.getWorksheet('Grunnlag');
  if (!sheet) throw new Error('no Grunnlag sheet');
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const column = headers.indexOf(header);
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (
      row.getCell(1).value === municipality &&
      row.getCell(3).value === area &&
      row.getCell(5).value === 'sentralt'
    )
      return row.getCell(column);
  }
  throw new Error(`no row ${municipality} ${area}`);
}

describe('the baseline template', () => {
  it('reads back unchanged: an untouched template of the default case changes nothing', async () => {
    const base = defaultCase();
    for (const language of ['nb', 'nn', 'en'] as const) {
      const result = await importBaselineWorkbook(await baselineTemplate(base, language), base, entry, 'nb');
      expect(result).toMatchObject({ ok: true, changes: [] });
      if (result.ok) expect(result.document).toEqual(base);
    }
  });

  it('round trip: three cells changed with exceljs give exactly those three changes', async () => {
    const base = defaultCase();
    const bytes = await edit(await baselineTemplate(base, 'nb'), (book) => {
      // Melhus (5028) finance: 6,4 → 7,0 FTE; Skaun (5029) switchboard: 640 000 → 700 000 kr; Midtre Gauldal
      // (5027) archive: headcount .. → 2.
      cellOf(book, '5028', 'lonn-regnskap-fakturering', 'Årsverk').value = 7;
      cellOf(book, '5029', 'sentralbord', 'Lønnskostnad (kr)').value = 700_000;
      cellOf(book, '5027', 'arkiv-postmottak', 'Antall personer').value = 2;
    });
    const result = await importBaselineWorkbook(bytes, base, entry, 'nb');
    if (!result.ok) throw new Error(result.issues.map((i) => i.text).join('\n'));
    // Norwegian figures use a no-break space between thousands.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(
      result.changes.map((c) => [c.kind, c.row, c.field, plain(c.beforeText), plain(c.afterText)]),
    ).toEqual([
      ['changed', 'Melhus, Lønn, regnskap og fakturering', 'årsverk', '6,4', '7,0'],
      ['changed', 'Skaun, Sentralbord', 'lønnskostnad', '640 000 kr', '700 000 kr'],
      ['changed', 'Midtre Gauldal, Arkiv og postmottak', 'antall personer', '..', '2'],
    ]);
    // The sourced figures changed while their source cells did not: they become the importer's own values.
    expect(result.changes[0]?.sourceText).toBe('Egen verdi – importert av Kari Nordmann');
    const row = result.ok
      ? result.document.baseline.find(
          (r) =>
            r.municipalityNumber === '5028' &&
            r.areaId === 'lonn-regnskap-fakturering' &&
            r.scope === 'central',
        )
      : undefined;
    expect(row?.fte).toBe(7);
    expect(row?.sources.fte).toEqual({
      entered: { by: 'Kari Nordmann', at: '2026-03-01T10:00:00.000Z' },
      note: 'Importert fra regnearket «grunnlag.xlsx»',
    });
    // Unchanged figures keep their sources exactly.
    expect(row?.sources.labourCost).toEqual(
      base.baseline.find((r) => r === base.baseline[1])?.sources.labourCost,
    );
  });

  it('five bad cells: five messages naming sheet, row and column, and no document', async () => {
    const base = defaultCase();
    const bytes = await edit(await baselineTemplate(base, 'nb'), (book) => {
      cellOf(book, '5028', 'lonn-regnskap-fakturering', 'Årsverk').value = 'sju';
      cellOf(book, '5029', 'sentralbord', 'Årsverk').value = -1;
      cellOf(book, '5027', 'sentralbord', 'Lønnskostnad (kr)').value = {
        formula: '1/0',
        result: { error: '#DIV/0!' },
      };
      cellOf(book, '5028', 'arkiv-postmottak', 'Omfang (nøkkel)').value = 'overalt';
      cellOf(book, '5029', 'arkiv-postmottak', 'Kilde for årsverk').value = 'ukjent-kilde: side 3';
    });
    const result = await importBaselineWorkbook(bytes, base, entry, 'nb');
    expect(result.ok).toBe(false);
    const texts = result.ok ? [] : result.issues.map((issue) => issue.text);
    expect(texts).toHaveLength(5);
    // The default case's rows in sheet order: finance 2–5, switchboard 6–8, archive 9–11.
    expect(texts).toEqual([
      'Ark Grunnlag, rad 3, kolonne Årsverk: Må være et tall, ikke «sju»',
      'Ark Grunnlag, rad 6, kolonne Lønnskostnad (kr): Formelen i cellen gir feil (#DIV/0!); skriv inn tallet',
      'Ark Grunnlag, rad 8, kolonne Årsverk: Må være minst 0',
      'Ark Grunnlag, rad 10, kolonne Omfang (nøkkel): Ukjent verdi «overalt»; bruk en av: sentralt, desentralt',
      'Ark Grunnlag, rad 11, kolonne Kilde for årsverk: Saken har ingen kilde med id «ukjent-kilde»; se listen på arket «Slik fyller du ut»',
    ]);
  });

  it('a deleted row is listed as removed', async () => {
    const base = defaultCase();
    const bytes = await edit(await baselineTemplate(base, 'en'), (book) => {
      book.getWorksheet('Baseline')?.spliceRows(2, 1);
    });
    const result = await importBaselineWorkbook(bytes, base, entry, 'en');
    if (!result.ok) throw new Error(result.issues.map((i) => i.text).join('\n'));
    expect(result.changes.map((c) => [c.kind, c.row])).toEqual([
      ['removed', 'Midtre Gauldal, Payroll, accounting and invoicing'],
    ]);
    expect(result.document.baseline).toHaveLength(base.baseline.length - 1);
  });

  it('refuses bytes that are no workbook, and a zip bomb, without throwing', async () => {
    const base = defaultCase();
    const garbage = await importBaselineWorkbook(new Uint8Array([80, 75, 3, 4, 1, 2, 3]), base, entry, 'nb');
    expect(garbage).toMatchObject({ ok: false, issues: [{ code: 'not_a_workbook' }] });
    const empty = await importBaselineWorkbook(new Uint8Array(0), base, entry, 'nb');
    expect(empty).toMatchObject({ ok: false, issues: [{ code: 'not_a_workbook' }] });
  });
});
