/**
 * The key figures in words: the payback year only after an outlay, the internal rate of return only where
 * it means something (else «ikke meningsfull» and why), and amounts rounded as a budget document rounds them.
 * @module
 */
import type { IrrVerdict } from '../../../engine/economics/irr-meaning.ts';
import type { CashFlowFigures } from '../../../engine/economics/scenario-summary.ts';
import { formatMillionNok, formatNok } from '../../../i18n/format.ts';
import { formatPercent } from '../../format/format-percent.ts';
import type { Translate } from '../../i18n/use-t.ts';

/** @example irrText({ kind: 'not_meaningful', reason: 'gain_first' }, t) // → 'ikke meningsfull' */
export function irrText(irr: IrrVerdict, t: Translate): string {
  return irr.kind === 'meaningful' ? formatPercent(irr.rate) : t('irr.notMeaningful');
}

/** Why the IRR is not shown, in a sentence; null when it is. */
export function irrReason(irr: IrrVerdict, t: Translate): string | null {
  return irr.kind === 'meaningful' ? null : t(`irr.reason.${irr.reason}`);
}

/** The payback year, «ikke innen perioden», or «ingen utlegg å tjene inn» (never a year without an outlay). */
export function paybackText(
  figures: Pick<CashFlowFigures, 'paybackStatus' | 'paybackYear'>,
  t: Translate,
): string {
  if (figures.paybackStatus === 'no_outlay') return t('payback.noOutlay');
  if (figures.paybackStatus === 'not_within_horizon' || figures.paybackYear === null)
    return t('payback.none');
  return String(figures.paybackYear);
}

/**
 * An amount as a budget document rounds it: millions with one decimal from 1 million, else thousands.
 * @example roundedNok(-11_744_031) // → '−11,7 mill. kr'
 * @example roundedNok(48_400) // → '48 000 kr'
 */
export function roundedNok(value: number): string {
  if (Math.abs(value) >= 950_000) return formatMillionNok(value);
  return formatNok(Math.round(value / 1000) * 1000 + 0);
}
