import { Button, Fieldset } from '@digdir/designsystemet-react';
import { focusKey, type Edit } from '../../editing/edit-lens.ts';
import {
  ONE_OFF_KINDS,
  RECURRING_KINDS,
  type CostDraft,
  type CostList,
} from '../../editing/scenario/cost-draft.ts';
import { costContext, costName } from '../../editing/scenario/scenario-field-labels.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import { useT } from '../../i18n/use-t.ts';
import { QuantityFields } from './quantity-fields.tsx';
import { ScenarioSelectField } from './scenario-select-field.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface CostRowFieldsetProps {
  /** Path of the area, e.g. `scenarios[0].areas[0]`. */
  areaPath: string;
  area: string;
  list: CostList;
  index: number;
  value: CostDraft;
  edit: Edit<CostDraft>;
  onRemove: () => void;
}

/** One one-off or recurring cost: its kind, amount as an uncertain quantity, year(s) and provenance. */
export function CostRowFieldset({
  areaPath,
  area,
  list,
  index,
  value,
  edit,
  onRemove,
}: CostRowFieldsetProps) {
  const t = useT();
  const { readOnly } = useScenarioForm();
  const path = `${areaPath}.${list}[${index}]`;
  const context = costContext(t, list, index, area);
  const kinds = list === 'oneOffCosts' ? ONE_OFF_KINDS : RECURRING_KINDS;
  const recurring = list === 'recurringCosts';
  return (
    <Fieldset className="row-fieldset">
      <Fieldset.Legend>
        {costName(t, list, index)}{' '}
        <span className="ds-sr-only">{t('scenarioEdit.areaContext', { area })}</span>
      </Fieldset.Legend>
      <div className="field-grid">
        <ScenarioSelectField
          path={`${path}.kind`}
          label={{ field: t('scenarioField.costKind'), context }}
          value={value.kind}
          options={kinds.map((kind) => ({
            value: kind,
            label: t(messageKeyOr(`costKind.${kind}`, 'costKind.other')),
          }))}
          onChange={(next) => focusKey(edit, 'kind')(`${path}.kind`, () => next)}
        />
        <ScenarioTextField
          path={`${path}.${recurring ? 'startYear' : 'year'}`}
          label={{ field: t(recurring ? 'scenarioField.fromYear' : 'scenarioField.year'), context }}
          value={value.year}
          edit={focusKey(edit, 'year')}
          inputMode="numeric"
          size={6}
        />
        {recurring && (
          <ScenarioTextField
            path={`${path}.endYear`}
            label={{ field: t('scenarioField.endYear'), context }}
            value={value.endYear}
            edit={focusKey(edit, 'endYear')}
            inputMode="numeric"
            size={6}
          />
        )}
      </div>
      <QuantityFields
        path={`${path}.amount`}
        quantity={recurring ? 'annualAmount' : 'amount'}
        unit="kroner"
        context={context}
        value={{ distribution: value.amount, provenance: value.provenance }}
        edit={(field, recipe) =>
          edit(field, (cost) => {
            const next = recipe({ distribution: cost.amount, provenance: cost.provenance });
            return { ...cost, amount: next.distribution, provenance: next.provenance };
          })
        }
      />
      {!readOnly && (
        <Button variant="tertiary" data-color="danger" data-size="sm" onClick={onRemove}>
          {t('scenarioEdit.removeCost', { cost: costName(t, list, index).toLocaleLowerCase() })}
          <span className="ds-sr-only"> {t('scenarioEdit.areaContext', { area })}</span>
        </Button>
      )}
    </Fieldset>
  );
}
