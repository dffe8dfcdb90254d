/**
 * A ledger export in CSV as rows of cells, bounded. The encoding is detected from the bytes: a UTF-8 byte
 * order mark means UTF-8, a UTF-16 one (Excel's «Unicode text») UTF-16; otherwise the bytes are decoded as
 * strict UTF-8, and if that fails (Æ, Ø and Å as single bytes 0xC6, 0xD8, 0xC5 are never valid UTF-8) as
 * Windows-1252, which older Norwegian accounting systems and Excel's «CSV (semikolonseparert)» write.
 * Fields follow RFC 4180: quoted fields may hold the separator, quotes (doubled) and line breaks.
 * @module
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvDelimiter = ';' | ',' | '\t';

/** The text of a file and the encoding it was read with. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * The separator of the header row (`line`, 1-based): whichever of `;`, tab and `,` occurs most often there
 * outside quotes; on a tie `;` before tab before `,`, since a Norwegian Excel writes `;` (`,` is its decimal
 * sign). A header row with none of them is one column, read with `;`.
 */
export function detectDelimiter(text: string, line: number): CsvDelimiter {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let row = 1;
  let quoted = false;
  for (let i = 0; i < text.length && row <= line; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') row++;
    else if (!quoted && row === line && (ch === ';' || ch === '\t' || ch === ',')) counts[ch]++;
  }
  const order: CsvDelimiter[] = [';', '\t', ','];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';');
}

/** Where reading stopped, when it could not read the whole file. */
export type CsvProblem =
  /** A quoted field never ends: the row it starts on. */
  | { code: 'unclosed_quote'; row: number }
  /** More rows than `maxRows`. */
  | { code: 'too_many_rows'; row: number }
  /** A field longer than `maxCell` characters. */
  | { code: 'cell_too_long'; row: number; column: number };

export interface CsvRows {
  rows: string[][];
  problem: CsvProblem | null;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the unquoted field from `at` ends: at the separator, a line end or the end of the text. */
function fieldEnd(text: string, at: number, separator: number): number {
  // Char codes, not one-character strings: this loop runs once per character of a 100 000-line file.
  let end = at;
  for (let code = text.charCodeAt(end); end < text.length; code = text.charCodeAt(++end)) {
    if (code === separator || code === LF || code === CR) break;
  }
  return end;
}

/**
 * The rows of `text`, each a list of fields as written (quotes removed). Line ends may be CRLF, LF or CR.
 * Stops at the first structural problem, since after an unclosed quote no later row number can be trusted.
 */
export function csvRows(
  text: string,
  delimiter: CsvDelimiter,
  limits: { maxRows: number; maxCell: number },
): CsvRows {
  const separator = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= n) {
    if (rows.length >= limits.maxRows)
      return { rows, problem: { code: 'too_many_rows', row: rows.length + 1 } };
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let out = '';
      let at = i + 1;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) return { rows, problem: { code: 'unclosed_quote', row: rows.length + 1 } };
        out += text.slice(at, close);
        if (text[close + 1] === '"') {
          out += '"';
          at = close + 2;
        } else {
          at = close + 1;
          break;
        }
        if (out.length > limits.maxCell) break;
      }
      // Text after the closing quote up to the separator is kept, as spreadsheet programs do.
      const end = fieldEnd(text, at, separator);
      field = out + text.slice(at, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, separator);
      field = text.slice(i, end);
      i = end;
    }
    if (field.length > limits.maxCell)
      return { rows, problem: { code: 'cell_too_long', row: rows.length + 1, column: row.length + 1 } };
    row.push(field);
    if (i >= n) {
      // A last line without a line end is a row; an empty last line is not.
      if (!(row.length === 1 && row[0] === '')) endRow();
      break;
    }
    const ch = text[i];
    if (ch === delimiter) i++;
    else {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRow();
    }
  }
  return { rows, problem: null };
}
