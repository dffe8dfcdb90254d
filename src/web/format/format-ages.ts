/**
 * Ages as the sources give them: `30–60 år`, `51 år`, or counts per band.
 * @module
 */
import type { AgeInfo } from '../../case/schema/baseline.ts';
import { MISSING } from '../../i18n/format.ts';
import type { Translate } from '../i18n/use-t.ts';

export function formatAges(ages: AgeInfo | null | undefined, t: Translate): string {
  if (ages === null || ages === undefined) return MISSING;
  switch (ages.kind) {
    case 'range':
      return t('age.range', { min: ages.min, max: ages.max });
    case 'single':
      return t('age.single', { value: ages.value });
    case 'bands':
      return ages.bands.map((band) => t('age.band', band)).join('; ');
  }
}
