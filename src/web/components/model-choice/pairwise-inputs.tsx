import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import type { PersonResult } from '../../../case/model-choice/person-weights.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import { criterionPairs, pairKey, SAATY_STEPS } from '../../model/model-choice/weighting-draft.ts';

export interface PairwiseInputsProps {
  criteria: readonly { id: string; name: string }[];
  steps: Readonly<Record<string, number>>;
  live: PersonResult;
  onChange: (key: string, step: number | undefined) => void;
}

/** One select per pair of criteria on Saaty's 1–9 scale, and the live consistency ratio with its random index. */
export function PairwiseInputs({ criteria, steps, live, onChange }: PairwiseInputsProps) {
  const t = useT();
  const { language } = useLanguage();
  const name = new Map(criteria.map((c) => [c.id, c.name]));
  const pairs = criterionPairs(criteria.map((c) => c.id));
  const ahp = live.ahp;
  return (
    <>
      <Paragraph data-size="sm">
        {t('modelChoice.pairwiseHint', { count: criteria.length, pairs: pairs.length })}
      </Paragraph>
      <ol className="weight-rows">
        {pairs.map(([a, b], index) => {
          const key = pairKey(a, b);
          const id = `pair-${index}`;
          return (
            <li key={key}>
              <Field>
                <Label htmlFor={id}>
                  {t('modelChoice.pair', { a: name.get(a) ?? a, b: name.get(b) ?? b })}
                </Label>
                <Select
                  id={id}
                  value={steps[key] === undefined ? '' : String(steps[key])}
                  onChange={(event) =>
                    onChange(key, event.target.value === '' ? undefined : Number(event.target.value))
                  }
                >
                  <Select.Option value="">–</Select.Option>
                  {SAATY_STEPS.map((step) => (
                    <Select.Option key={step} value={String(step)}>
                      {step === 0
                        ? t('modelChoice.pairEqual')
                        : t('modelChoice.pairA', {
                            criterion: (step > 0 ? name.get(a) : name.get(b)) ?? '',
                            value: Math.abs(step) + 1,
                          })}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            </li>
          );
        })}
      </ol>
      {ahp && (
        <div role="status" aria-live="polite" className="consistency">
          {ahp.consistencyRatio === null || ahp.randomIndex === null ? (
            <Paragraph>{t('modelChoice.consistencyNone')}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t('modelChoice.consistency', {
                  cr: formatNumber(ahp.consistencyRatio, 3, language),
                  lambda: formatNumber(ahp.lambdaMax, 3, language),
                  ci: formatNumber(ahp.consistencyIndex, 3, language),
                  ri: formatNumber(ahp.randomIndex.value, 2, language),
                  n: criteria.length,
                  source: ahp.randomIndex.source,
                })}
              </Paragraph>
              <Paragraph data-size="sm">
                {ahp.acceptable ? t('modelChoice.consistencyOk') : t('modelChoice.consistencyHigh')}
                {ahp.randomIndex.unconfirmed && ` ${t('modelChoice.riUnconfirmed')}`}
              </Paragraph>
            </>
          )}
        </div>
      )}
    </>
  );
}
