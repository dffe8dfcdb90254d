import { useCallback, type ComponentType } from 'react';
import { getCase } from '../../api/cases-api.ts';
import type { CaseView } from '../../api/types.ts';
import { useApiResource } from '../../hooks/use-api-resource.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRevisionSave, type RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import { AssumptionsSection } from '../assumptions-section.tsx';
import { ResourceView } from '../resource-view.tsx';

export interface PeopleInputsFormProps {
  caseId: string;
  view: CaseView;
  saver: RevisionSave;
  onSaved: (revision: number) => void;
}

export interface PeopleInputsSectionProps {
  caseId: string;
  /** The forms to show, in order; they share one base revision. */
  forms: readonly ComponentType<PeopleInputsFormProps>[];
  /** Reloads the figures computed from the inputs after a save. */
  onSaved: () => void;
  /** Results first: the forms behind «Endre forutsetninger» (a reader's are text and stay in view). */
  behindToggle?: boolean;
}

function Forms({ caseId, view, forms, onSaved }: PeopleInputsSectionProps & { view: CaseView }) {
  const saver = useRevisionSave(caseId, view.document, view.revision.revision);
  return forms.map((Form, index) => (
    <Form key={index} caseId={caseId} view={view} saver={saver} onSaved={onSaved} />
  ));
}

/**
 * Loads the case for the input forms on its own, so the forms (their base revision and save status) stay
 * mounted while the page's figures reload after a save.
 */
export function PeopleInputsSection(props: PeopleInputsSectionProps) {
  const t = useT();
  const { caseId } = props;
  const resource = useApiResource(useCallback((signal: AbortSignal) => getCase(caseId, signal), [caseId]));
  return (
    <ResourceView resource={resource} loadingLabel={t('loading.case')}>
      {(view) =>
        // Readers get the assumptions as text; editors find the forms below the results, closed until asked for.
        !props.behindToggle || view.role === 'reader' ? (
          <Forms {...props} view={view} />
        ) : (
          <AssumptionsSection>
            <Forms {...props} view={view} />
          </AssumptionsSection>
        )
      }
    </ResourceView>
  );
}
