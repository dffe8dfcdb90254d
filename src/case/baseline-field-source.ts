/**
 * Where one baseline figure comes from, read the same way by the server's check, the tables, the CLI and the
 * explanations of computed figures: a cited document (and whether the figure still equals what it states),
 * the editor's own value, or nothing.
 * @module
 */
import { diffDocuments } from './diff.ts';
import type {
  AgeInfo,
  BaselineRow,
  FigureSource,
  FigureSourceRef,
  OwnValue,
  SourcedField,
} from './schema/baseline.ts';

/** The sourced fields in the order the tables show them. */
export const SOURCED_FIELDS: readonly SourcedField[] = ['fte', 'headcount', 'labourCost', 'ages'];

/** A figure's value: a number, the ages as given, or `null` where the sources give none. */
export type FigureValue = number | AgeInfo | null;

/** The source or own value recorded for one field of a row; `undefined` when it has none. */
export function fieldProvenance(row: BaselineRow, field: SourcedField): FigureSource | undefined {
  return row.sources[field];
}

export function isOwnValue(source: FigureSource | undefined): source is OwnValue {
  return source !== undefined && 'entered' in source;
}

export function isDocumentSource(source: FigureSource | undefined): source is FigureSourceRef {
  return source !== undefined && 'document' in source;
}

export function figureValue(row: BaselineRow, field: SourcedField): FigureValue {
  return row[field];
}

/** Two values of one figure are the same (ages compared field by field). */
export function sameValue(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  return diffDocuments(a ?? null, b ?? null, 1).length === 0;
}

/**
 * Two document sources cite the same place: same document, place and date. What the source is said to state
 * does not count, so changing only `statedValue` is not a new source.
 */
export function sameDocumentRef(a: FigureSource | undefined, b: FigureSource | undefined): boolean {
  if (!isDocumentSource(a) || !isDocumentSource(b)) return false;
  return a.document === b.document && a.locator === b.locator && a.date === b.date;
}

/**
 * What the cited document states, when the row's figure differs from it; `null` when it agrees, when the
 * source does not say what it states, or when the figure is an own value.
 * @example sourceDeviation({ labourCost: 5_300_000, sources: { labourCost: { document: 'sak', statedValue: 5_200_000 } } }, 'labourCost')
 *   // → { stated: 5_200_000 }
 */
export function sourceDeviation(row: BaselineRow, field: SourcedField): { stated: number | AgeInfo } | null {
  const source = fieldProvenance(row, field);
  if (!isDocumentSource(source) || source.statedValue === undefined) return null;
  return sameValue(figureValue(row, field), source.statedValue) ? null : { stated: source.statedValue };
}
