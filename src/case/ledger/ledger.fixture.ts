/**
 * Ledger exports for the tests, the fuzz suite and the benchmark: lines written as CSV the way an accounting
 * system writes them, independently of the reader (amounts formatted from whole øre as digits, never through
 * a float), and Windows-1252 bytes of Latin-1 text.
 * @module
 */
import type { LedgerColumns } from './ledger-columns.ts';

/** One line to write: the dimensions, the amount in whole øre, and the optional fields. */
export interface FixtureLine {
  account: string;
  responsibility: string;
  function: string;
  project?: string;
  text?: string;
  period?: string;
  ore: number;
}

/** Whole øre as «-1234,05» (or with `.`): digits only, so the text is exact at any size. */
export function oreText(ore: number, decimal: ',' | '.' = ','): string {
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The lines as a CSV export with the headers «Konto;Ansvar;Funksjon;Prosjekt;Tekst;Periode;Beløp», UTF-8 with
 * a byte order mark and CRLF line ends, decimal comma.
 */
export function ledgerCsv(lines: readonly FixtureLine[], delimiter: ';' | ',' | '\t' = ';'): Uint8Array {
  const header = ['Konto', 'Ansvar', 'Funksjon', 'Prosjekt', 'Tekst', 'Periode', 'Beløp'];
  const rows = lines.map((line) =>
    [
      line.account,
      line.responsibility,
      line.function,
      line.project ?? '',
      line.text ?? '',
      line.period ?? '',
      oreText(line.ore),
    ]
      .map((text) => field(text, delimiter))
      .join(delimiter),
  );
  return new TextEncoder().encode(`\uFEFF${[header.join(delimiter), ...rows].join('\r\n')}\r\n`);
}

/** Windows-1252 bytes of Latin-1 text (Æ, Ø and Å are the single bytes C6, D8 and C5). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => ch.charCodeAt(0) & 0xff));
}

/** The column mapping of `ledgerCsv`'s files: its headers, a signed amount with decimal comma. */
export const FIXTURE_COLUMNS: LedgerColumns = {
  headerRow: 1,
  account: 'Konto',
  responsibility: 'Ansvar',
  function: 'Funksjon',
  project: 'Prosjekt',
  text: 'Tekst',
  period: 'Periode',
  amount: { kind: 'signed', column: 'Beløp' },
  decimal: 'comma',
  thousands: 'none',
  delimiter: 'auto',
};
