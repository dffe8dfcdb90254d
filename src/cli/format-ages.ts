/**
 * Ages as the sources give them, in Norwegian style: `30–60`, `51`, or bands `20–29: 3; 30–39: 2`.
 * @module
 */
import type { AgeInfo } from '../case/schema/baseline.ts';
import { MISSING, SUPPRESSED } from '../i18n/format.ts';

/**
 * Formats ages for a table cell: ":" when withheld to protect persons, ".." when the sources give none.
 * @example formatAges({ kind: 'range', min: 30, max: 60 }, false) // → '30–60'
 */
export function formatAges(ages: AgeInfo | null, suppressed: boolean): string {
  if (suppressed) return SUPPRESSED;
  if (ages === null) return MISSING;
  switch (ages.kind) {
    case 'range':
      return `${ages.min}–${ages.max}`;
    case 'single':
      return String(ages.value);
    case 'bands':
      return ages.bands.map((band) => `${band.from}–${band.to}: ${band.count}`).join('; ');
  }
}
