import { Textfield } from '@digdir/designsystemet-react';
import type { Edit } from '../../editing/edit-lens.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import type { FieldLabel } from '../../editing/scenario/scenario-field-labels.ts';
import { DraftFieldLabel } from '../draft-field-label.tsx';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface ScenarioTextFieldProps {
  /** The field's path in the case document; gives the input's id and its error. */
  path: string;
  label: FieldLabel;
  value: string;
  /** Sets the text; the path is the undo step. */
  edit: Edit<string>;
  /**
   * Keyboard on touch devices and the width in characters.
   * @default 'decimal'
   */
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** @default 8 */
  size?: number;
  /** Help below the label. */
  description?: string;
}

/** One typed field of the scenario editor, named with its context for screen readers. */
export function ScenarioTextField({
  path,
  label,
  value,
  edit,
  inputMode = 'decimal',
  size = 8,
  description,
}: ScenarioTextFieldProps) {
  const { readOnly, errorAt } = useScenarioForm();
  return (
    <Textfield
      id={fieldIdFor(path)}
      className="draft-field"
      label={<DraftFieldLabel field={label.field} context={label.context} />}
      description={description}
      inputMode={inputMode}
      autoComplete="off"
      size={size}
      value={value}
      readOnly={readOnly}
      onChange={(event) => {
        const text = event.target.value;
        edit(path, () => text);
      }}
      error={errorAt(path)}
    />
  );
}
