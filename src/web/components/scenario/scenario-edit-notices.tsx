import { Paragraph } from '@digdir/designsystemet-react';
import type { ScenarioSave } from '../../editing/scenario/use-scenario-save.ts';
import { useT } from '../../i18n/use-t.ts';
import { ConflictAlert } from '../conflict-alert.tsx';
import { FormErrorSummary } from '../form-error-summary.tsx';
import { SaveFailedAlert } from '../save-failed-alert.tsx';

export interface ScenarioEditNoticesProps {
  caseId: string;
  save: ScenarioSave;
}

/** What saving reported: a conflict with a newer revision, a rebase, another failure, or the form's errors. */
export function ScenarioEditNotices({ caseId, save }: ScenarioEditNoticesProps) {
  const t = useT();
  return (
    <>
      {save.conflict && (
        <ConflictAlert
          caseId={caseId}
          latest={save.conflict.latest}
          base={save.conflict.base}
          rebasing={save.rebasing}
          onRebase={() => void save.rebaseOnLatest()}
        />
      )}
      {save.rebaseNotice !== null && !save.conflict && (
        <Paragraph className="rebase-notice" data-size="sm">
          {save.rebaseNotice}
        </Paragraph>
      )}
      {save.failure !== null && <SaveFailedAlert error={save.failure} />}
      {save.errors.summary.length > 0 && (
        <FormErrorSummary key={save.attempt} heading={t('edit.errorSummary')} errors={save.errors.summary} />
      )}
    </>
  );
}
