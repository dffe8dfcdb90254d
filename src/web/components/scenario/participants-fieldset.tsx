import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { Edit } from '../../editing/edit-lens.ts';
import { fieldIdFor } from '../../editing/scenario/scenario-field-id.ts';
import { useT } from '../../i18n/use-t.ts';
import { useScenarioForm } from './scenario-form-context.tsx';

export interface ParticipantsFieldsetProps {
  /** Path of the area's participants, e.g. `scenarios[0].areas[0].participants`. */
  path: string;
  /** The area's name, for the legend. */
  area: string;
  value: readonly string[];
  edit: Edit<string[]>;
}

/** Which municipalities join the area: one checkbox per municipality of the case, in the case's order. */
export function ParticipantsFieldset({ path, area, value, edit }: ParticipantsFieldsetProps) {
  const t = useT();
  const { readOnly, document, errorAt } = useScenarioForm();
  const order: string[] = document.participants.map((p) => p.municipalityNumber);
  const error = errorAt(path);
  return (
    <Fieldset className="participants-fieldset">
      <Fieldset.Legend>
        {t('scenarioField.participants')}{' '}
        <span className="ds-sr-only">{t('scenarioEdit.areaContext', { area })}</span>
      </Fieldset.Legend>
      <div className="button-row">
        {document.participants.map((participant, index) => {
          const number: string = participant.municipalityNumber;
          return (
            <Checkbox
              key={number}
              // The first box carries the list's id, so the error summary can move focus to the list.
              id={index === 0 ? fieldIdFor(path) : fieldIdFor(`${path}.${number}`)}
              label={participant.name}
              value={number}
              checked={value.includes(number)}
              disabled={readOnly}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                const on = event.target.checked;
                edit(`${path}.${number}`, (current) =>
                  order.filter((m) => (m === number ? on : current.includes(m))),
                );
              }}
            />
          );
        })}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
