import { describe, expect, it } from 'vitest';
import { readLedgerCsv } from './read-ledger.ts';
import type { LedgerColumns } from './ledger-columns.ts';
import { windows1252 } from './ledger.fixture.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const columns: LedgerColumns = {
  headerRow: 1,
  account: 'Konto',
  responsibility: 'Ansvar',
  function: 'Funksjon',
  amount: { kind: 'signed', column: 'Beløp' },
  decimal: 'comma',
  thousands: 'space',
  delimiter: 'auto',
};

describe('readLedgerCsv: files as accounting systems write them', () => {
  it('reads UTF-8 with a byte order mark, decimal comma, quoted fields, dates and periods; skips blank lines', () => {
    const file =
      '\uFEFFBilagsnr;Dato;Konto;Ansvar;Funksjon;Prosjekt;Tekst;Beløp\r\n' +
      '1001;31.01.2027;10100;1200;1200;;Lønn januar;"1 234 567,89"\r\n' +
      '1002;2027-02;11500;1200;1200;P1;Kurs;-500,5\r\n' +
      ';;;;;;;\r\n' +
      '1003;13;10100;1210;1201;;"Reversering; feil";−0,01\r\n';
    const mapping = { ...columns, project: 'Prosjekt', text: 'Tekst', period: 'Dato' };
    const read = readLedgerCsv(utf8(file), mapping, 'nb');
    expect(read).toEqual({
      ok: true,
      reading: { encoding: 'utf-8', delimiter: ';' },
      lines: [
        {
          row: 2,
          account: '10100',
          responsibility: '1200',
          function: '1200',
          ore: 123_456_789,
          amount: 1_234_567.89,
          text: 'Lønn januar',
          period: '2027-01-31',
        },
        {
          row: 3,
          account: '11500',
          responsibility: '1200',
          function: '1200',
          project: 'P1',
          ore: -50_050,
          amount: -500.5,
          text: 'Kurs',
          period: '2027-02',
        },
        {
          row: 5,
          account: '10100',
          responsibility: '1210',
          function: '1201',
          ore: -1,
          amount: -0.01,
          text: 'Reversering; feil',
          period: 'P13',
        },
      ],
    });
  });

  it('reads Windows-1252 (Æ, Ø, Å as single bytes) with a title above the headers', () => {
    const file = windows1252(
      'Hovedbok Melhus kommune 2027\r\n\r\nAnsvar;Funksjon;Art;Beløp;Tekst\r\n1200;1200;10100;100,00;Lønn Åse Ærø\r\n',
    );
    const mapping = { ...columns, headerRow: 3, account: 'Art', text: 'Tekst' };
    expect(readLedgerCsv(file, mapping, 'nb')).toEqual({
      ok: true,
      reading: { encoding: 'windows-1252', delimiter: ';' },
      lines: [
        {
          row: 4,
          account: '10100',
          responsibility: '1200',
          function: '1200',
          ore: 10_000,
          amount: 100,
          text: 'Lønn Åse Ærø',
        },
      ],
    });
  });

  it('reads separate debit and credit columns as debit − credit, an empty cell as 0', () => {
    const file =
      'Konto,Ansvar,Funksjon,Debet,Kredit\n10100,1200,1200,250.00,\n10100,1200,1200,,100.25\n1,2,3,10,2.5\n';
    const mapping: LedgerColumns = {
      ...columns,
      amount: { kind: 'debitCredit', debit: 'Debet', credit: 'Kredit' },
      decimal: 'point',
      thousands: 'none',
    };
    const read = readLedgerCsv(utf8(file), mapping, 'nb');
    expect(read.ok && read.lines.map((l) => [l.row, l.ore])).toEqual([
      [2, 25_000],
      [3, -10_025],
      [4, 750],
    ]);
    expect(read.reading?.delimiter).toBe(',');
  });
});

describe('readLedgerCsv: periods', () => {
  it('reads dates (leap days too), months and period numbers 1–13, and refuses anything else', () => {
    const periods = ['29.02.2028', '202703', '2027-12', '7', '29.02.2027', '2027-13', '14', '0', 'mars'];
    const file = ['Konto;Ansvar;Funksjon;Beløp;Periode', ...periods.map((p) => `1;2;3;1,00;${p}`)].join('\n');
    const mapping = { ...columns, period: 'Periode' };
    const read = readLedgerCsv(utf8(file), mapping, 'nb');
    expect(read.ok || read.issues.map((i) => [i.row, i.code])).toEqual(
      [6, 7, 8, 9, 10].map((row) => [row, 'ledger_not_a_period']),
    );
    const good = readLedgerCsv(utf8(file.split('\n').slice(0, 5).join('\n')), mapping, 'nb');
    expect(good.ok && good.lines.map((l) => l.period)).toEqual(['2028-02-29', '2027-03', '2027-12', 'P7']);
  });
});

describe('readLedgerCsv: errors', () => {
  it('names each of four bad cells by row and column, and returns no lines', () => {
    const file = [
      'Konto;Ansvar;Funksjon;Beløp',
      '10100;1200;1200;100,00',
      '10100;;1200;5,00',
      '10100;1200;1200;12,3,4',
      '10100;1200;1200;1,005',
      `${'1'.repeat(65)};1200;1200;1,00`,
      '10100;1200;1200;2,00',
    ].join('\n');
    const read = readLedgerCsv(utf8(file), { ...columns, thousands: 'none' }, 'nb');
    expect(read.ok).toBe(false);
    expect(read.ok || read.issues.map((i) => i.text)).toEqual([
      'Rad 3, kolonne Ansvar: Må fylles ut',
      'Rad 4, kolonne Beløp: Må være et tall, ikke «12,3,4»',
      'Rad 5, kolonne Beløp: «1,005» har mer enn to desimaler; sjekk desimaltegn og tusenskille i kolonnevalget',
      'Rad 6, kolonne Konto: Teksten er lengre enn 64 tegn',
    ]);
    const english = readLedgerCsv(utf8(file), { ...columns, thousands: 'none' }, 'en');
    expect(english.ok || english.issues[1]?.text).toBe('Row 4, column Beløp: Must be a number, not “12,3,4”');
    const nynorsk = readLedgerCsv(utf8(file), { ...columns, thousands: 'none' }, 'nn');
    expect(nynorsk.ok || nynorsk.issues[0]).toEqual({
      sheet: null,
      row: 3,
      column: 'Ansvar',
      code: 'ledger_required',
      message: 'Må fyllast ut',
      text: 'Rad 3, kolonne Ansvar: Må fyllast ut',
    });
  });

  it('names a mapped column the header row lacks, and a debit/credit row with neither', () => {
    const missing = readLedgerCsv(utf8('Konto;Ansvar;Funksjon;Belop\n1;2;3;4\n'), columns, 'nb');
    expect(missing.ok || missing.issues.map((i) => i.text)).toEqual([
      'Rad 1, kolonne Beløp: Fant ikke kolonnen i rad 1; velg kolonnene på nytt eller rett raden med overskrifter',
    ]);
    const twice = readLedgerCsv(utf8('Konto;Ansvar;Funksjon;Beløp;Ansvar\n1;2;3;4;5\n'), columns, 'nb');
    expect(twice.ok || twice.issues.map((i) => i.text)).toEqual([
      'Rad 1, kolonne Ansvar: Kolonnen står to ganger',
    ]);
    // Matched without regard to case; a problem names the column as the file writes it.
    const lower = readLedgerCsv(utf8('KONTO;ansvar;Funksjon;beløp\n1;2;3;x\n'), columns, 'nb');
    expect(lower.ok || lower.issues.map((i) => i.text)).toEqual([
      'Rad 2, kolonne beløp: Må være et tall, ikke «x»',
    ]);
    const mapping: LedgerColumns = {
      ...columns,
      amount: { kind: 'debitCredit', debit: 'Debet', credit: 'Kredit' },
    };
    const neither = readLedgerCsv(utf8('Konto;Ansvar;Funksjon;Debet;Kredit\n1;2;3;;\n'), mapping, 'nb');
    expect(neither.ok || neither.issues.map((i) => i.text)).toEqual([
      'Rad 2, kolonne Debet: Fyll ut debet eller kredit',
    ]);
  });

  it('refuses text no person could have typed, in a dimension and in the line’s text', () => {
    const file =
      'Konto;Ansvar;Funksjon;Beløp;Tekst\n10100;12\u000700;1200;1,00;Lønn\n10100;1200;1200;1,00;\u202Egnp.exe\n';
    const read = readLedgerCsv(utf8(file), { ...columns, text: 'Tekst' }, 'nb');
    expect(read.ok || read.issues.map((i) => i.text)).toEqual([
      'Rad 2, kolonne Ansvar: Teksten inneholder et styretegn som ikke kan lagres',
      'Rad 3, kolonne Tekst: Teksten inneholder tegn som snur skriveretningen; fjern dem',
    ]);
  });

  it('takes 200 000 lines and refuses one more; refuses a CSV cell over 2 000 characters', () => {
    const header = 'Konto;Ansvar;Funksjon;Beløp\n';
    const full = readLedgerCsv(utf8(header + '1;2;3;1\n'.repeat(200_000)), columns, 'nb');
    expect(full.ok && full.lines.length).toBe(200_000);
    const over = readLedgerCsv(utf8(header + '1;2;3;1\n'.repeat(200_001)), columns, 'nb');
    expect(over.ok || over.issues.map((i) => i.text.replace(/\s/g, ' '))).toEqual([
      'Filen har flere enn 200 000 regnskapslinjer',
    ]);
    const long = readLedgerCsv(utf8(`${header}1;2;3;1\n1;2;${'x'.repeat(2_001)};1\n`), columns, 'nb');
    expect(long.ok || long.issues.map((i) => i.text.replace(/\s/g, ' '))).toEqual([
      'Rad 3, kolonne Funksjon: Teksten er lengre enn 2 000 tegn',
    ]);
  });

  it('refuses an unclosed quote, a file with no lines, and a header row the file does not have', () => {
    const quote = readLedgerCsv(utf8('Konto;Ansvar;Funksjon;Beløp\n1;2;3;"4\n'), columns, 'nb');
    expect(quote.ok || quote.issues.map((i) => i.text)).toEqual([
      'Rad 2: Et felt i anførselstegn slutter aldri; sjekk filen fra denne raden',
    ]);
    const empty = readLedgerCsv(utf8('Konto;Ansvar;Funksjon;Beløp\r\n'), columns, 'nb');
    expect(empty.ok || empty.issues.map((i) => i.code)).toEqual(['ledger_no_lines']);
    const short = readLedgerCsv(utf8('Konto;Ansvar'), { ...columns, headerRow: 5 }, 'nb');
    expect(short.ok || short.issues.map((i) => i.text)).toEqual([
      'Filen har ikke rad 5, der overskriftene skal stå',
    ]);
  });
});
