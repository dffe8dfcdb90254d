import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LedgerColumns } from '../../case/ledger/ledger-columns.ts';
import { ledgerCsv } from '../../case/ledger/ledger.fixture.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const columns: LedgerColumns = {
  headerRow: 2,
  account: 'Art',
  responsibility: 'Ansvar',
  function: 'Funksjon',
  period: 'Dato',
  amount: { kind: 'signed', column: 'Beløp' },
  decimal: 'comma',
  thousands: 'space',
  delimiter: 'auto',
};

/** An export as Unit4 writes one to Excel: a title row, then headers, numbers as real numbers, dates as dates. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hovedbok');
  sheet.addRow(['Hovedbok 2027 – Melhus kommune']);
  sheet.addRow(['Art', 'Ansvar', 'Funksjon', 'Dato', 'Beløp']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readLedgerFile', () => {
  it('reads an .xlsx export: numbers and text as dimensions, dates, real-number and text amounts, formulas', async () => {
    const bytes = await workbook([
      [10100, '1200', 1200, new Date(Date.UTC(2027, 2, 31)), 1234.5],
      ['11500', 1200, '1200', '2027-04', '-1 000,25'],
      [11500, 1200, 1200, null, { formula: '0.1+0.2', result: 0.30000000000000004 }],
    ]);
    expect(await readLedgerFile(bytes, columns, 'nb')).toEqual({
      ok: true,
      lines: [
        {
          row: 3,
          account: '10100',
          responsibility: '1200',
          function: '1200',
          period: '2027-03-31',
          ore: 123_450,
          amount: 1_234.5,
        },
        {
          row: 4,
          account: '11500',
          responsibility: '1200',
          function: '1200',
          period: '2027-04',
          ore: -100_025,
          amount: -1_000.25,
        },
        { row: 5, account: '11500', responsibility: '1200', function: '1200', ore: 30, amount: 0.3 },
      ],
    });
  });

  it('names the sheet, row and column of each bad cell in a workbook', async () => {
    const bytes = await workbook([
      [10100, 1200, 1200, '31.02.2027', 1],
      [10100, 1200, 1200, null, { formula: '1/0', result: { error: '#DIV/0!' } }],
      [10100, 1200, 1200, null, 12.345],
    ]);
    const read = await readLedgerFile(bytes, columns, 'nb');
    expect(read.ok || read.issues.map((i) => i.text)).toEqual([
      'Ark Hovedbok, rad 3, kolonne Dato: Må være en dato som 31.03.2027 eller en periode som 2027-03 eller 3, ikke «31.02.2027»',
      'Ark Hovedbok, rad 4, kolonne Beløp: Formelen i cellen gir feil (#DIV/0!); skriv inn tallet',
      'Ark Hovedbok, rad 5, kolonne Beløp: «12.345» har mer enn to desimaler; sjekk desimaltegn og tusenskille i kolonnevalget',
    ]);
  });

  it('reads anything that is not a zip archive as CSV, and a broken archive as no workbook', async () => {
    const csv = ledgerCsv([{ account: '10100', responsibility: '1200', function: '1200', ore: 5 }]);
    const read = await readLedgerFile(
      csv,
      { ...columns, headerRow: 1, account: 'Konto', period: undefined },
      'nb',
    );
    expect(read.ok && read.lines).toEqual([
      { row: 2, account: '10100', responsibility: '1200', function: '1200', ore: 5, amount: 0.05 },
    ]);
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await readLedgerFile(broken, columns, 'en')).toEqual({
      ok: false,
      issues: [
        {
          sheet: null,
          row: null,
          column: null,
          code: 'not_a_workbook',
          message: 'The file is not a readable Excel workbook (.xlsx)',
          text: 'The file is not a readable Excel workbook (.xlsx)',
        },
      ],
    });
  });
});
