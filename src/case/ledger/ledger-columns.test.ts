import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  guessMappingInRows,
  parseLedgerColumns,
  type LedgerColumns,
} from './ledger-columns.ts';

const base: LedgerColumns = {
  headerRow: 1,
  account: 'Konto',
  responsibility: 'Ansvar',
  function: 'Funksjon',
  amount: { kind: 'signed', column: 'Beløp' },
  decimal: 'comma',
  thousands: 'none',
  delimiter: 'auto',
};

describe('guessMapping', () => {
  it('proposes a Visma-style export with one amount column, keeping the headers as written', () => {
    const guess = guessMapping([
      'Bilagsnr',
      'Dato',
      'Konto',
      'Ansvar',
      'Funksjon',
      'Prosjekt',
      'Tekst',
      ' Beløp ',
    ]);
    expect(guess.columns).toEqual({
      ...base,
      project: 'Prosjekt',
      text: 'Tekst',
      period: 'Dato',
      amount: { kind: 'signed', column: 'Beløp' },
    });
    expect(guess.missing).toEqual([]);
  });

  it('knows Unit4’s «Art» and «Tjeneste», and headers with a unit or a point: «Beløp (NOK)», «Ansvar-nr.»', () => {
    const guess = guessMapping(
      ['Art', 'Ansvar-nr.', 'Tjeneste', 'Periode', 'Beløp (NOK)', 'Prosjektnummer'],
      3,
    );
    expect(guess.columns).toMatchObject({
      headerRow: 3,
      account: 'Art',
      responsibility: 'Ansvar-nr.',
      function: 'Tjeneste',
      period: 'Periode',
      project: 'Prosjektnummer',
      amount: { kind: 'signed', column: 'Beløp (NOK)' },
    });
  });

  it('proposes separate debit and credit columns when there is no amount column (Xledger-style)', () => {
    const guess = guessMapping(['Konto', 'Ansvar', 'Funksjon', 'Debet', 'Kredit', 'Tekst']);
    expect(guess.columns?.amount).toEqual({ kind: 'debitCredit', debit: 'Debet', credit: 'Kredit' });
  });

  it('proposes nothing to confirm while a required column is unknown, and says which', () => {
    const guess = guessMapping(['Konto', 'Kolonne 2', 42, null, 'Debet']);
    expect(guess.columns).toBeNull();
    expect(guess.found).toEqual({ account: 'Konto', debit: 'Debet' });
    expect(guess.missing).toEqual(['responsibility', 'function', 'amount']);
  });
});

describe('guessMappingInRows', () => {
  it('finds the header row below title lines, or reports the best row it saw', () => {
    const rows = [
      ['Hovedbok 2027 – Melhus kommune'],
      [],
      ['Periode: 1–12', null],
      ['Konto', 'Ansvar', 'Funksjon', 'Beløp'],
    ];
    expect(guessMappingInRows(rows).columns).toEqual({ ...base, headerRow: 4 });
    const partial = guessMappingInRows([['Rapport'], ['Konto', 'Beløp'], ['1', '2']]);
    expect([partial.columns, partial.found]).toEqual([null, { account: 'Konto', amount: 'Beløp' }]);
  });
});

describe('parseLedgerColumns', () => {
  it('accepts a complete mapping', () => {
    expect(parseLedgerColumns(base)).toEqual({ success: true, data: base });
  });

  it('names the field of each problem, in the language asked for', () => {
    const result = parseLedgerColumns(
      { ...base, headerRow: 0, function: 'konto ', thousands: 'comma', extra: 1 },
      'nb',
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(['', 'function', 'headerRow', 'thousands']);
    expect(byPath['']?.code).toBe('unrecognized_keys');
    const refined = parseLedgerColumns({ ...base, function: 'konto ', thousands: 'comma' }, 'nn');
    expect(refined).toEqual({
      success: false,
      issues: [
        {
          path: 'thousands',
          code: 'ledger_separators_same',
          message: 'Tusenskilje og desimalteikn kan ikkje vere same teikn',
        },
        { path: 'function', code: 'ledger_column_twice', message: 'Kolonnen er alt vald for eit anna felt' },
      ],
    });
  });

  it('refuses a header no person could have typed, and one over 200 characters', () => {
    const control = parseLedgerColumns({ ...base, account: 'Konto\u0007' });
    const long = parseLedgerColumns({ ...base, amount: { kind: 'signed', column: 'B'.repeat(201) } });
    expect(control.success || control.issues.map((i) => [i.path, i.code])).toEqual([
      ['account', 'text_control_character'],
    ]);
    expect(long.success || long.issues.map((i) => [i.path, i.code])).toEqual([['amount.column', 'too_big']]);
  });
});
