import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { PersonResult } from '../../../case/model-choice/person-weights.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';

export interface PointsInputsProps {
  criteria: readonly { id: string; name: string }[];
  points: Readonly<Record<string, string>>;
  live: PersonResult;
  /** Errors of the points fields, shown under the field they are about. */
  errors?: readonly FormError[];
  onChange: (criterionId: string, text: string) => void;
}

/** One criterion per row: a points field and the weight it gives, updated as the user types. */
export function PointsInputs({ criteria, points, live, errors = [], onChange }: PointsInputsProps) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <>
      <Paragraph data-size="sm">{t('modelChoice.pointsHint')}</Paragraph>
      <ol className="weight-rows">
        {criteria.map((c, index) => {
          const weight = live.weights?.[c.id];
          const error = errors.find((e) => e.fieldId === `points-${index}`)?.message;
          return (
            <li key={c.id}>
              <Textfield
                id={`points-${index}`}
                label={t('modelChoice.points', { criterion: c.name })}
                inputMode="decimal"
                autoComplete="off"
                value={points[c.id] ?? ''}
                onChange={(event) => onChange(c.id, event.target.value)}
                error={error}
                {...(weight === undefined
                  ? {}
                  : {
                      description: t('modelChoice.weightShare', {
                        percent: `${formatNumber(weight * 100, 1, language)} %`,
                      }),
                    })}
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
