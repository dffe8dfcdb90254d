import { Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import type { FieldLabel } from '../../editing/scenario/scenario-field-labels.ts';
import { DraftFieldLabel } from '../draft-field-label.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

/** One choice of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

export interface ScenarioSelectFieldProps {
  /** The field's path in the case document; gives the select's id and its error. */
  path: string;
  label: FieldLabel;
  value: string;
  options: readonly SelectOption[];
  /** Called with the chosen value. */
  onChange: (value: string) => void;
  /** A line under the label that explains the choice made. */
  description?: string;
}

/** A choice in the scenario editor (distribution, cost key, kind), disabled for readers. */
export function ScenarioSelectField({
  path,
  label,
  value,
  options,
  onChange,
  description,
}: ScenarioSelectFieldProps) {
  const { readOnly, errorAt } = useScenarioForm();
  const error = errorAt(path);
  const descriptionId = `${fieldIdFor(path)}-description`;
  const field = (
    <Field className={description ? undefined : 'draft-field'}>
      <Label>
        <DraftFieldLabel field={label.field} context={label.context} />
      </Label>
      <Select
        id={fieldIdFor(path)}
        aria-describedby={description ? descriptionId : undefined}
        value={value}
        width="auto"
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
  if (!description) return field;
  // Outside the Field: a disabled Field dims its contents below the contrast readers need.
  return (
    <div className="draft-field">
      {field}
      <Paragraph data-size="sm" id={descriptionId} className="select-description">
        {description}
      </Paragraph>
    </div>
  );
}
