/**
 * The internal rate of return in words: a rate, «ingen» or «flere» (with the rates), never a number that
 * hides that there is no single answer.
 * @module
 */
import type { InternalRateOfReturn } from '../../engine/economics/internal-rate-of-return.ts';
import type { Translate } from '../i18n/use-t.ts';
import { formatPercent } from './format-percent.ts';

/** @example formatIrr({ kind: 'none' }, t) // → 'ingen' */
export function formatIrr(irr: InternalRateOfReturn, t: Translate): string {
  switch (irr.kind) {
    case 'one':
      return formatPercent(irr.rate);
    case 'none':
      return t('irr.none');
    case 'several':
      return t('irr.several', { rates: irr.rates.map((rate) => formatPercent(rate)).join(', ') });
  }
}
