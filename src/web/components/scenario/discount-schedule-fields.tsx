import { Button, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { NORWEGIAN_STATE_DISCOUNT_SCHEDULE } from '../../../engine/economics/discounting.ts';
import { focusIndex, focusKey, type Edit } from '../../editing/edit-lens.ts';
import { STATE_DISCOUNT_STEPS, type ScenarioDraft } from '../../editing/scenario/scenario-draft.ts';
import { useT } from '../../i18n/use-t.ts';
import { discountStepsText } from '../../model/scenario/discount-text.ts';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface DiscountScheduleFieldsProps {
  /** Path of the scenario, e.g. `scenarios[0]`. */
  path: string;
  value: Pick<ScenarioDraft, 'customDiscount' | 'discountSteps'>;
  edit: Edit<ScenarioDraft>;
}

/** The real discount rate: R-109/21's steps by default, or the scenario's own steps. */
export function DiscountScheduleFields({ path, value, edit }: DiscountScheduleFieldsProps) {
  const t = useT();
  const { readOnly } = useScenarioForm();
  const editSteps = focusKey(edit, 'discountSteps');
  return (
    <Fieldset className="row-fieldset">
      <Fieldset.Legend>{t('scenarioEdit.discountLegend')}</Fieldset.Legend>
      <Paragraph data-size="sm">
        {t('scenarioEdit.discountDefault', {
          steps: discountStepsText(NORWEGIAN_STATE_DISCOUNT_SCHEDULE, t),
        })}
      </Paragraph>
      <Checkbox
        label={t('scenarioEdit.customDiscount')}
        checked={value.customDiscount}
        disabled={readOnly}
        onChange={(event) => {
          const on = event.target.checked;
          focusKey(edit, 'customDiscount')(`${path}.discountSchedule`, () => on);
        }}
      />
      {value.customDiscount && (
        <>
          {value.discountSteps.map((step, i) => {
            const context = t('scenarioEdit.stepContext', { n: i + 1 });
            const editStep = focusIndex(editSteps, i);
            return (
              <div key={i} className="field-grid discount-step">
                <ScenarioTextField
                  path={`${path}.discountSchedule[${i}].fromYear`}
                  label={{ field: t('scenarioField.discountFromYear'), context }}
                  value={step.fromYear}
                  edit={focusKey(editStep, 'fromYear')}
                  inputMode="numeric"
                  size={4}
                />
                <ScenarioTextField
                  path={`${path}.discountSchedule[${i}].rate`}
                  label={{ field: t('scenarioField.discountRate'), context }}
                  value={step.rate}
                  edit={focusKey(editStep, 'rate')}
                  size={5}
                />
                {!readOnly && value.discountSteps.length > 1 && (
                  <Button
                    variant="tertiary"
                    data-color="danger"
                    data-size="sm"
                    onClick={() =>
                      editSteps(`${path}.discountSchedule-${i}`, (steps) => steps.filter((_, j) => j !== i))
                    }
                  >
                    {t('scenarioEdit.removeStep', { n: i + 1 })}
                  </Button>
                )}
              </div>
            );
          })}
          {!readOnly && (
            <div className="button-row">
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() =>
                  editSteps(`${path}.discountSchedule+${value.discountSteps.length}`, (steps) => [
                    ...steps,
                    { fromYear: '', rate: '' },
                  ])
                }
              >
                {t('scenarioEdit.addStep')}
              </Button>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => editSteps(`${path}.discountSchedule=state`, () => [...STATE_DISCOUNT_STEPS])}
              >
                {t('scenarioEdit.stateSteps')}
              </Button>
            </div>
          )}
        </>
      )}
    </Fieldset>
  );
}
