import { describe, expect, it } from 'vitest';
import { NORWEGIAN_STATE_DISCOUNT_SCHEDULE } from '../../../engine/economics/discounting.ts';
import { discountConvention } from '../../../engine/economics/scenario-summary.ts';
import { CATALOGUES, translate } from '../../i18n/all-catalogues.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { conventionText, discountStepsText } from './discount-text.ts';

const t: Translate = (key, params) => translate(CATALOGUES.nb, key, params);

describe('discount convention in words', () => {
  it('states R-109/21 as 4 / 3 / 2 %', () => {
    expect(discountStepsText(NORWEGIAN_STATE_DISCOUNT_SCHEDULE, t)).toBe(
      '4\u00a0% år 0–40, 3\u00a0% år 41–75, 2\u00a0% deretter',
    );
    expect(conventionText(discountConvention(2025), t)).toContain('R-109/21');
  });

  it('states a single rate and a custom schedule', () => {
    expect(discountStepsText([{ fromYear: 0, rate: 0.035 }], t)).toBe('3,5\u00a0% alle år');
    expect(conventionText(discountConvention(2025, [{ fromYear: 0, rate: 0.05 }]), t)).toContain('egen');
  });
});
