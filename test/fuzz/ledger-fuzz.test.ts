/**
 * Hostile ledger exports at the ledger reader: random bytes, CSV made of separators, quotes, line breaks and
 * hostile values, a real export with bytes flipped or cut short, and an .xlsx whose cells hold hostile values.
 * The reader never throws: it returns lines or placed problems; and every line it returns is one the
 * settlement engine accepts (its mapping never throws on them).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { LedgerColumns } from '../../src/case/ledger/ledger-columns.ts';
import { ledgerCsv } from '../../src/case/ledger/ledger.fixture.ts';
import { readLedgerFile } from '../../src/documents/spreadsheet/read-ledger-file.ts';
import { actualCostPerComponent } from '../../src/engine/operations/ledger-mapping.ts';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hostileNumber, hostileString } from './hostile-values.ts';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT_MS * 2 });

const columns: LedgerColumns = {
  headerRow: 1,
  account: 'Konto',
  responsibility: 'Ansvar',
  function: 'Funksjon',
  project: 'Prosjekt',
  text: 'Tekst',
  period: 'Periode',
  amount: { kind: 'signed', column: 'Beløp' },
  decimal: 'comma',
  thousands: 'space',
  delimiter: 'auto',
};

const HEADER = 'Konto;Ansvar;Funksjon;Prosjekt;Tekst;Periode;Beløp\n';

const real = ledgerCsv(
  Array.from({ length: 30 }, (_, i) => ({
    account: String(10_100 + i),
    responsibility: '1200',
    function: '1200',
    text: `Bilag ${i}; «Åse»`,
    period: '2027-03',
    ore: i * 1_001 - 9_000,
  })),
);

const csvToken = fc.oneof(
  fc.constantFrom(
    ';',
    ',',
    '\t',
    '"',
    '""',
    '\n',
    '\r\n',
    '\r',
    '1 234,50',
    '-0,01',
    '12,3,4',
    '..',
    'P1',
    '13',
  ),
  hostileString,
  hostileNumber.map(String),
);

async function hostileWorkbook(
  cells: { row: number; column: number; value: unknown }[],
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hovedbok');
  sheet.addRow(['Konto', 'Ansvar', 'Funksjon', 'Prosjekt', 'Tekst', 'Periode', 'Beløp']);
  sheet.addRow(['10100', '1200', '1200', null, 'Lønn', '2027-01', 100]);
  for (const cell of cells)
    sheet.getCell(1 + (cell.row % 6), 1 + (cell.column % 8)).value = cell.value as ExcelJS.CellValue;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const file = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Promise.resolve(bytes)),
  fc
    .array(csvToken, { maxLength: 60 })
    .map((tokens) => Promise.resolve(new TextEncoder().encode(HEADER + tokens.join('')))),
  fc
    .tuple(fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { maxLength: 20 }), fc.option(fc.nat()))
    .map(([flips, cut]) => {
      const bytes = new Uint8Array(real);
      for (const flip of flips) bytes[flip.at % bytes.length] = flip.value;
      return Promise.resolve(cut === null ? bytes : bytes.subarray(0, cut % bytes.length));
    }),
  fc
    .array(
      fc.record({
        row: fc.nat(),
        column: fc.nat(),
        value: fc.oneof(
          hostileString,
          hostileNumber,
          fc.constantFrom<unknown>(null, true, { error: '#REF!' }, new Date(0)),
        ),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((cells) => hostileWorkbook(cells)),
);

describe('ledger fuzz', () => {
  it('the reader returns lines or placed problems for any bytes, and the engine takes every line', async () => {
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.constantFrom<LedgerColumns['delimiter']>('auto', 'semicolon', 'comma', 'tab'),
        async (made, delimiter) => {
          const read = await readLedgerFile(await made, { ...columns, delimiter }, 'nb');
          if (!read.ok) {
            expect(read.issues.length).toBeGreaterThan(0);
            for (const issue of read.issues) expect(issue.text.length).toBeGreaterThan(0);
            return;
          }
          const actual = actualCostPerComponent(read.lines, [{ component: 'drift' }], ['drift']);
          const ore = read.lines.reduce((sum, line) => sum + line.ore, 0);
          expect(actual.perComponent[0]).toBe(Math.sign(ore) * Math.floor((Math.abs(ore) + 50) / 100));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
