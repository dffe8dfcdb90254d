/**
 * Withholds ages of small groups before a case leaves the server for someone who did not enter the data
 * (readers and the public). The document keeps its shape; the withheld fields are listed by path so the
 * interface shows ":" there and never mistakes them for missing figures ("..").
 * @module
 */
import { mustSuppressTraits } from '../engine/privacy/small-groups.ts';
import type { BaselineRow } from './schema/baseline.ts';
import type { CaseDocument } from './schema/case-document.ts';

export interface RedactedCase {
  document: CaseDocument;
  /** Paths of withheld fields, e.g. `baseline[4].ages`. */
  suppressed: string[];
}

/** A row's sources without the ages its source states: they are the withheld ages themselves. */
function withoutStatedAges(sources: BaselineRow['sources']): BaselineRow['sources'] {
  const ages = sources.ages;
  if (ages === undefined || !('statedValue' in ages)) return sources;
  const rest = { ...ages };
  delete rest.statedValue;
  return { ...sources, ages: rest };
}

export function redactPersonalData(document: CaseDocument): RedactedCase {
  const suppressed: string[] = [];
  const baseline = document.baseline.map((row, index) => {
    if (row.ages === null || !mustSuppressTraits(row)) return row;
    suppressed.push(`baseline[${index}].ages`);
    return { ...row, ages: null, sources: withoutStatedAges(row.sources) };
  });
  return { document: { ...document, baseline }, suppressed };
}

/** SSB's symbol for a withheld (confidential) figure. */
export const WITHHELD = ':';

/**
 * The redacted document with every withheld field set to `WITHHELD` instead of `null`, for comparisons and
 * exports that show values: a withheld age then reads ":" (confidential), never ".." (missing).
 */
export function markWithheld({ document, suppressed }: RedactedCase): unknown {
  const withheld = new Set(suppressed);
  return {
    ...document,
    baseline: document.baseline.map((row, index) =>
      withheld.has(`baseline[${index}].ages`) ? { ...row, ages: WITHHELD } : row,
    ),
  };
}
