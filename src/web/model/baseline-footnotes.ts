/**
 * The sources of one baseline table as numbered footnotes: each distinct source once (a document and place,
 * or one editor's own value at one time), with the fields it backs, and for each row the numbers of its sources.
 * @module
 */
import { isOwnValue } from '../../case/baseline-field-source.ts';
import type { FigureSource } from '../../case/schema/baseline.ts';
import type { IndexedRow } from './baseline-tables.ts';

export type SourcedField = 'fte' | 'headcount' | 'labourCost' | 'ages';

const FIELD_ORDER: readonly SourcedField[] = ['fte', 'headcount', 'labourCost', 'ages'];

export interface Footnote {
  number: number;
  ref: FigureSource;
  fields: SourcedField[];
}

export interface TableFootnotes {
  footnotes: Footnote[];
  /** Footnote numbers per row, by the row's index in the document. */
  numbersByRow: Map<number, number[]>;
}

// What a document states for each figure differs per figure, so it is not part of the key.
const refKey = (ref: FigureSource) =>
  isOwnValue(ref)
    ? `entered\u0000${ref.entered.by}\u0000${ref.entered.at}\u0000${ref.note ?? ''}`
    : `${ref.document}\u0000${ref.locator ?? ''}\u0000${ref.date ?? ''}`;

export function baselineFootnotes(rows: readonly IndexedRow[]): TableFootnotes {
  const byKey = new Map<string, Footnote>();
  const numbersByRow = new Map<number, number[]>();
  for (const { row, index } of rows) {
    const numbers: number[] = [];
    for (const field of FIELD_ORDER) {
      const ref = row.sources[field];
      if (!ref) continue;
      const key = refKey(ref);
      let footnote = byKey.get(key);
      if (!footnote) {
        footnote = { number: byKey.size + 1, ref, fields: [] };
        byKey.set(key, footnote);
      }
      if (!footnote.fields.includes(field)) footnote.fields.push(field);
      if (!numbers.includes(footnote.number)) numbers.push(footnote.number);
    }
    numbersByRow.set(index, numbers);
  }
  for (const footnote of byKey.values()) {
    footnote.fields.sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
  }
  return { footnotes: [...byKey.values()], numbersByRow };
}
