import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/use-t.ts';

export interface AreaChoiceProps {
  /** Every service area of the case, with its name in the reader's language. */
  areas: readonly { id: string; name: string }[];
  /** The areas ticked. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

/**
 * «Hvilke tjenesteområder skal rangeringen gjelde?»: one checkbox per area. With none ticked, the ranking
 * cannot be computed, and the fieldset says so in words instead of asking the server.
 */
export function AreaChoice({ areas, chosen, onChange }: AreaChoiceProps) {
  const t = useT();
  const ticked = new Set(chosen);
  return (
    // A view choice: it picks what the ranking shows and changes nothing in the case, so readers get it too.
    <Fieldset className="area-choice" data-view-choice>
      <Fieldset.Legend>{t('modelChoice.areasLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('modelChoice.areasHint')}</Fieldset.Description>
      {areas.map((area) => (
        <Checkbox
          key={area.id}
          label={area.name}
          value={area.id}
          checked={ticked.has(area.id)}
          onChange={(event) =>
            onChange(
              areas.map((a) => a.id).filter((id) => (id === area.id ? event.target.checked : ticked.has(id))),
            )
          }
        />
      ))}
      {chosen.length === 0 && <ValidationMessage>{t('modelChoice.areasNone')}</ValidationMessage>}
    </Fieldset>
  );
}
