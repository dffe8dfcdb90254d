import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { focusIndex, type Edit } from '../../editing/edit-lens.ts';
import { newCostDraft, type CostDraft, type CostList } from '../../editing/scenario/cost-draft.ts';
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
  const add = () =>
    edit(`${areaPath}.${list}+${value.length}`, (costs) => [
      ...costs,
      newCostDraft(
        oneOff ? 'projectManagement' : 'management',
        costs.map((cost) => cost.id),
        defaultYear,
      ),
    ]);
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
          onRemove={() =>
            edit(`${areaPath}.${list}-${cost.id}`, (costs) => costs.filter((_, i) => i !== index))
          }
        />
      ))}
      {!readOnly && (
        <Button variant="secondary" data-size="sm" onClick={add}>
          {t(oneOff ? 'scenarioEdit.addOneOffCost' : 'scenarioEdit.addRecurringCost')}
          <span className="ds-sr-only"> {t('scenarioEdit.areaContext', { area })}</span>
        </Button>
      )}
    </div>
  );
}
