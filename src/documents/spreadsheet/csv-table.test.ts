import { describe, expect, it } from 'vitest';
import { csvTable } from './csv-table.ts';
import { FIXTURE_TABLE } from './spreadsheet.fixture.ts';

/** A small RFC 4180 reader with `;`: what Norwegian Excel does when it opens the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

/** Norwegian Excel's reading of a cell: decimal comma, no grouping. */
const asNumber = (text: string | undefined) => Number((text ?? '').replace(',', '.'));

describe('csvTable', () => {
  const csv = csvTable(FIXTURE_TABLE);

  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFKommune;År;Årsverk;Lønnskostnad (kr);Andel (%);Dato\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/);
  });

  it('writes numbers with a decimal comma and no thousands separator, `..` for missing', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).toEqual(['Skaun', '2025', '1234,5', '5300000', '12,5', '2026-02-03']);
    expect(asNumber(rows[1]?.[2])).toBe(1234.5);
    expect(asNumber(rows[1]?.[3])).toBe(5_300_000);
    expect(rows[2]?.slice(1)).toEqual(['2025', '..', '-250000', '..', '..']);
  });

  it('quotes fields with the separator or quotes, doubling the quotes', () => {
    expect(csv).toContain('"Melhus; «sentralt» ""A""";2025');
    expect(parseCsv(csv.slice(1))[2]?.[0]).toBe('Melhus; «sentralt» "A"');
  });

  it('puts an apostrophe before a text Excel would run as a formula', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[3]?.[0]).toBe('\'=HYPERLINK("http://x")');
    const guarded = csvTable({
      ...FIXTURE_TABLE,
      columns: [{ header: 'Tekst', format: 'text' }],
      rows: [['+1'], ['-2'], ['@SUM(A1)'], ['\t=1'], ['vanlig']],
    });
    expect(parseCsv(guarded.slice(1)).map((row) => row[0])).toEqual([
      'Tekst',
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\t=1",
      'vanlig',
    ]);
  });

  it('never writes an exponent or a non-finite number', () => {
    const tiny = csvTable({
      ...FIXTURE_TABLE,
      columns: [{ header: 'Tall', format: 'decimal2' }],
      rows: [[0.0000001], [Number.NaN], [12_345_678_901.25]],
    });
    expect(parseCsv(tiny.slice(1)).map((row) => row[0])).toEqual([
      'Tall',
      '0,0000001',
      '..',
      '12345678901,25',
    ]);
  });
});
