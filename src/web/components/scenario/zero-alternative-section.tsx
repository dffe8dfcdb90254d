import { Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { focusIndex, focusKey, type Edit } from '../../editing/edit-lens.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import {
  areaContext,
  zeroAlternativeCostContext,
  zeroAlternativeCostName,
} from '../../editing/scenario/scenario-field-labels.ts';
import {
  newZeroAlternativeCostDraft,
  type ZeroAlternativeCostDraft,
} from '../../editing/scenario/zero-alternative-draft.ts';
import { useT } from '../../i18n/use-t.ts';
import { QuantityFields } from './quantity-fields.tsx';
import { ScenarioSelectField } from './scenario-select-field.tsx';
import { ScenarioTextField } from './scenario-text-field.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface ZeroAlternativeSectionProps {
  /** Path of the area, e.g. `scenarios[0].areas[0]`. */
  areaPath: string;
  area: string;
  /** The area's participants as the draft has them: the municipalities a cost can belong to. */
  participants: readonly string[];
  value: readonly ZeroAlternativeCostDraft[];
  edit: Edit<ZeroAlternativeCostDraft[]>;
  /** The year a new cost starts in (the area's start year as typed). */
  defaultYear: string;
}

interface RowProps {
  path: string;
  area: string;
  index: number;
  participants: readonly string[];
  value: ZeroAlternativeCostDraft;
  edit: Edit<ZeroAlternativeCostDraft>;
  onRemove: () => void;
}

/** One cost of going on alone: the municipality, the amount per year, the years and the provenance. */
function ZeroAlternativeCostFieldset({ path, area, index, participants, value, edit, onRemove }: RowProps) {
  const t = useT();
  const { readOnly, document } = useScenarioForm();
  const context = zeroAlternativeCostContext(t, index, area);
  const name = (number: string) =>
    document.participants.find((p) => p.municipalityNumber === number)?.name ?? number;
  // A municipality that has left the area stays listed, so the select shows what is saved (and its error).
  const choices = participants.includes(value.municipality)
    ? participants
    : [value.municipality, ...participants];
  return (
    <Fieldset className="row-fieldset">
      <Fieldset.Legend>
        {zeroAlternativeCostName(t, index)}{' '}
        <span className="ds-sr-only">{t('scenarioEdit.areaContext', { area })}</span>
      </Fieldset.Legend>
      <div className="field-grid">
        <ScenarioSelectField
          path={`${path}.municipality`}
          label={{ field: t('scenarioField.municipality'), context }}
          value={value.municipality}
          options={choices.map((number) => ({ value: number, label: name(number) }))}
          onChange={(next) => focusKey(edit, 'municipality')(`${path}.municipality`, () => next)}
        />
        <ScenarioTextField
          path={`${path}.startYear`}
          label={{ field: t('scenarioField.fromYear'), context }}
          value={value.startYear}
          edit={focusKey(edit, 'startYear')}
          inputMode="numeric"
          size={6}
        />
        <ScenarioTextField
          path={`${path}.endYear`}
          label={{ field: t('scenarioField.endYear'), context }}
          value={value.endYear}
          edit={focusKey(edit, 'endYear')}
          inputMode="numeric"
          size={6}
        />
      </div>
      <QuantityFields
        path={`${path}.amount`}
        quantity="annualAmount"
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
          {t('scenarioEdit.removeCost', { cost: zeroAlternativeCostName(t, index).toLocaleLowerCase() })}
          <span className="ds-sr-only"> {t('scenarioEdit.areaContext', { area })}</span>
        </Button>
      )}
    </Fieldset>
  );
}

/**
 * The zero alternative's known future costs of an area (nullalternativet): what each municipality would pay
 * going on alone, avoided once the joint unit runs. The heading carries the list's id for links from the
 * result.
 */
export function ZeroAlternativeSection({
  areaPath,
  area,
  participants,
  value,
  edit,
  defaultYear,
}: ZeroAlternativeSectionProps) {
  const t = useT();
  const { readOnly } = useScenarioForm();
  const listPath = `${areaPath}.zeroAlternativeCosts`;
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
  const first = participants[0];
  const add = () => {
    if (first === undefined) return;
    focusAfterChange.current = fieldIdFor(`${listPath}[${value.length}].municipality`);
    edit(`${listPath}+${value.length}`, (costs) => [
      ...costs,
      newZeroAlternativeCostDraft(
        costs.map((cost) => cost.id),
        first,
        defaultYear,
      ),
    ]);
  };
  return (
    <div className="cost-list">
      <Heading level={4} data-size="2xs" id={fieldIdFor(listPath)} tabIndex={-1}>
        {t('scenarioEdit.zeroAlternativeCosts')}
        <span className="ds-sr-only"> {areaContext(t, area)}</span>
      </Heading>
      <Paragraph data-size="sm">{t('scenarioEdit.zeroAlternativeHint')}</Paragraph>
      {value.length === 0 && <Paragraph data-size="sm">{t('scenarioEdit.noZeroAlternativeCosts')}</Paragraph>}
      {value.map((cost, index) => (
        <ZeroAlternativeCostFieldset
          key={cost.id}
          path={`${listPath}[${index}]`}
          area={area}
          index={index}
          participants={participants}
          value={cost}
          edit={focusIndex(edit, index)}
          onRemove={() => {
            focusAfterChange.current = 'add';
            edit(`${listPath}-${cost.id}`, (costs) => costs.filter((_, i) => i !== index));
          }}
        />
      ))}
      {!readOnly && first !== undefined && (
        <Button ref={addButton} variant="secondary" data-size="sm" onClick={add}>
          {t('scenarioEdit.addZeroAlternativeCost')}
          <span className="ds-sr-only"> {areaContext(t, area)}</span>
        </Button>
      )}
    </div>
  );
}
