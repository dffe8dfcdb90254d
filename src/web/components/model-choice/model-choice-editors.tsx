import { Heading } from '@digdir/designsystemet-react';
import type { CaseView } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useRevisionSave } from '../../model/model-choice/use-revision-save.ts';
import { ScoringForm } from './scoring-form.tsx';
import { WeightingForm } from './weighting-form.tsx';

export interface ModelChoiceEditorsProps {
  caseId: string;
  /** The revision the page loaded; the user is editor or owner. */
  view: CaseView;
  onSaved: (revision: number) => void;
}

/** The weighting form and the scoring form, sharing one base revision so that each save builds on the last. */
export function ModelChoiceEditors({ caseId, view, onSaved }: ModelChoiceEditorsProps) {
  const t = useT();
  const saver = useRevisionSave(caseId, view.document, view.revision.revision);
  return (
    <>
      <section aria-labelledby="weigh-heading" className="model-choice-section">
        <Heading level={2} data-size="md" id="weigh-heading">
          {t('modelChoice.weighHeading')}
        </Heading>
        <WeightingForm caseId={caseId} saver={saver} document={view.document} onSaved={onSaved} />
      </section>
      <section aria-labelledby="score-heading" className="model-choice-section">
        <Heading level={2} data-size="md" id="score-heading">
          {t('modelChoice.scoreHeading')}
        </Heading>
        <ScoringForm caseId={caseId} saver={saver} document={view.document} onSaved={onSaved} />
      </section>
    </>
  );
}
