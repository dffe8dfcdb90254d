import { describe, expect, it } from 'vitest';
import { csvRows, decodeCsv, detectDelimiter } from './csv-rows.ts';
import { windows1252 } from './ledger.fixture.ts';

const limits = { maxRows: 100, maxCell: 50 };

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte order mark, UTF-16 with one, and Windows-1252 when UTF-8 fails', () => {
    const utf8 = new TextEncoder().encode('Beløp;Ansvar');
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'Beløp;Ansvar',
      encoding: 'utf-8',
    });
    expect(decodeCsv(utf8)).toEqual({ text: 'Beløp;Ansvar', encoding: 'utf-8' });
    expect(decodeCsv(windows1252('ÆØÅ;Beløp;æøå'))).toEqual({
      text: 'ÆØÅ;Beløp;æøå',
      encoding: 'windows-1252',
    });
    expect(decodeCsv(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0xd8, 0]))).toEqual({
      text: 'AØ',
      encoding: 'utf-16le',
    });
  });
});

describe('detectDelimiter', () => {
  it('takes the commonest separator of the header row outside quotes, `;` on a tie', () => {
    expect(detectDelimiter('Konto;Ansvar;Beløp\n1,2,3,4,5', 1)).toBe(';');
    expect(detectDelimiter('Konto\tAnsvar\tBeløp', 1)).toBe('\t');
    expect(detectDelimiter('Konto,Ansvar,"Beløp; i kr"', 1)).toBe(',');
    expect(detectDelimiter('Hovedbok 2027, Melhus\n\nKonto;Ansvar', 3)).toBe(';');
    expect(detectDelimiter('Konto', 1)).toBe(';');
  });
});

describe('csvRows', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and any line end', () => {
    const text = 'a;"b;c";"sa ""hei"""\r\n1;"to\nlinjer";3\r4;;\n';
    expect(csvRows(text, ';', limits)).toEqual({
      rows: [
        ['a', 'b;c', 'sa "hei"'],
        ['1', 'to\nlinjer', '3'],
        ['4', '', ''],
      ],
      problem: null,
    });
    expect(csvRows('x,y', ',', limits).rows).toEqual([['x', 'y']]);
    expect(csvRows('', ';', limits).rows).toEqual([]);
  });

  it('stops at an unclosed quote, a cell too long, or one row past the limit, naming the row', () => {
    expect(csvRows('a;b\n1;"2\n3;4\n', ';', limits)).toEqual({
      rows: [['a', 'b']],
      problem: { code: 'unclosed_quote', row: 2 },
    });
    expect(csvRows(`a;b\n1;${'x'.repeat(51)}\n`, ';', limits).problem).toEqual({
      code: 'cell_too_long',
      row: 2,
      column: 2,
    });
    expect(csvRows('1\n2\n3\n', ';', { maxRows: 2, maxCell: 5 }).problem).toEqual({
      code: 'too_many_rows',
      row: 3,
    });
  });
});
