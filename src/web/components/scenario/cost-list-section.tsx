import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { focusIndex, type Edit } from '../../editing/edit-lens.ts';
import { newCostDraft, type CostDraft, type CostList } from '../../editing/scenario/cost-draft.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import { useT } from '../../i18n/use-t.ts';
import { CostRowFieldset } from './cost-row-fieldset.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface CostListSectionProps {
  /** Path of the area, e.g. `scenarios[0].areas[0]`. */
  areaPath: string;
  area: string;
  list: CostList;
  value: readonly CostDraft[];
  edit: Edit<CostDraft[]>;
  /** The year a new cost starts in (the area's start year as typed). */
  defaultYear: string;
}

/** An area's one-off or recurring costs, with rows to add and remove. */
export function CostListSection({ areaPath, area, list, value, edit, defaultYear }: CostListSectionProps) {
  const t = useT();
  const { readOnly } = useScenarioForm();
  const oneOff = list === 'oneOffCosts';
  const addButton = useRef<HTMLButtonElement>(null);
  // After a row is added focus moves to its first field; after one is removed, to the add button.
  const focusAfterChange = useRef<string | null>(null);
  useEffect(() => {
    const target = focusAfterChange.current;
    if (target === null) return;
    focusAfterChange.current = null;
    const element = target === 'add' ? addButton.current : document.getElementById(target);
    element?.focus();
  }, [value.length]);
  const add = () => {
    focusAfterChange.current = fieldIdFor(`${areaPath}.${list}[${value.length}].kind`);
    edit(`${areaPath}.${list}+${value.length}`, (costs) => [
      ...costs,
      newCostDraft(
        oneOff ? 'projectManagement' : 'management',
        costs.map((cost) => cost.id),
        defaultYear,
      ),
    ]);
  };
  return (
    <div className="cost-list">
      <Heading level={4} data-size="2xs">
        {t(oneOff ? 'scenarioEdit.oneOffCosts' : 'scenarioEdit.recurringCosts')}
      </Heading>
      {value.length === 0 && (
        <Paragraph data-size="sm">
          {t(oneOff ? 'scenarioEdit.noOneOffCosts' : 'scenarioEdit.noRecurringCosts')}
        </Paragraph>
      )}
      {value.map((cost, index) => (
        <CostRowFieldset
          key={cost.id}
          areaPath={areaPath}
          area={area}
          list={list}
          index={index}
          value={cost}
          edit={focusIndex(edit, index)}
          onRemove={() => {
            focusAfterChange.current = 'add';
            edit(`${areaPath}.${list}-${cost.id}`, (costs) => costs.filter((_, i) => i !== index));
          }}
        />
      ))}
      {!readOnly && (
        <Button ref={addButton} variant="secondary" data-size="sm" onClick={add}>
          {t(oneOff ? 'scenarioEdit.addOneOffCost' : 'scenarioEdit.addRecurringCost')}
          <span className="ds-sr-only"> {t('scenarioEdit.areaContext', { area })}</span>
        </Button>
      )}
    </div>
  );
}
