/**
 * The discount convention in words: «4 % år 0–40, 3 % år 41–75, 2 % deretter», and the sentence that
 * states how NPV was computed.
 * @module
 */
import type { DiscountConvention } from '../../../engine/economics/scenario-summary.ts';
import type { DiscountStep } from '../../../engine/economics/discounting.ts';
import { formatPercent } from '../../format/format-percent.ts';
import type { Translate } from '../../i18n/use-t.ts';

/** @example discountStepsText(NORWEGIAN_STATE_DISCOUNT_SCHEDULE, t) // → '4 % år 0–40, 3 % år 41–75, 2 % deretter' */
export function discountStepsText(schedule: readonly DiscountStep[], t: Translate): string {
  if (schedule.length === 1 && schedule[0])
    return t('discount.stepAll', { rate: formatPercent(schedule[0].rate, 2) });
  return schedule
    .map((step, i) => {
      const rate = formatPercent(step.rate, 2);
      const next = schedule[i + 1];
      if (!next) return t('discount.stepRest', { rate });
      return t('discount.stepRange', { rate, from: step.fromYear, to: next.fromYear - 1 });
    })
    .join(', ');
}

/** The sentence stated beside every NPV. */
export function conventionText(convention: DiscountConvention, t: Translate): string {
  const steps = discountStepsText(convention.schedule, t);
  return t(convention.isStateConvention ? 'discount.conventionState' : 'discount.conventionCustom', {
    baseYear: convention.baseYear,
    steps,
  });
}
