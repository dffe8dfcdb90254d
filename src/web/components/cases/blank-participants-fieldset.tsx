import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useCallback, useEffect } from 'react';
import { getCase } from '../../api/cases-api.ts';
import { useApiResource } from '../../hooks/use-api-resource.ts';
import { useT } from '../../i18n/use-t.ts';
import { ResourceView } from '../resource-view.tsx';

export interface BlankParticipantsFieldsetProps {
  /** The case the municipalities are taken from. */
  from: string;
  /** Id of the first box, so the error summary can move focus to the list. */
  id: string;
  /** Chosen kommunenummer, or `null` until the source case has loaded. */
  value: readonly string[] | null;
  onChange: (next: string[]) => void;
  error?: string | undefined;
}

/**
 * «Kommuner i saken» for a blank case: one checkbox per municipality of the source case, all chosen at first,
 * since a new study most often has the same municipalities.
 */
export function BlankParticipantsFieldset({
  from,
  id,
  value,
  onChange,
  error,
}: BlankParticipantsFieldsetProps) {
  const t = useT();
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(from, signal), [from]));
  const loaded = resource.state.status === 'success' ? resource.state.data.document.participants : null;
  useEffect(() => {
    if (loaded && value === null) onChange(loaded.map((p) => p.municipalityNumber));
  }, [loaded, value, onChange]);
  return (
    <ResourceView resource={resource} loadingLabel={t('caseNew.municipalitiesLoading')} errorHeadingLevel={3}>
      {({ document }) => {
        const order: string[] = document.participants.map((p) => p.municipalityNumber);
        const chosen = value ?? order;
        return (
          <Fieldset>
            <Fieldset.Legend>{t('caseNew.municipalities')}</Fieldset.Legend>
            <Fieldset.Description>{t('caseNew.municipalitiesHelp')}</Fieldset.Description>
            <div className="button-row">
              {document.participants.map((participant, index) => {
                const number: string = participant.municipalityNumber;
                return (
                  <Checkbox
                    key={number}
                    id={index === 0 ? id : `${id}-${number}`}
                    label={participant.name}
                    value={number}
                    checked={chosen.includes(number)}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => {
                      const on = event.target.checked;
                      onChange(order.filter((m) => (m === number ? on : chosen.includes(m))));
                    }}
                  />
                );
              })}
            </div>
            {error && <ValidationMessage>{error}</ValidationMessage>}
          </Fieldset>
        );
      }}
    </ResourceView>
  );
}
