import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/use-t.ts';
import type { RevisionSave } from '../../model/model-choice/use-revision-save.ts';
import { ConflictAlert } from '../conflict-alert.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { SaveFailedAlert } from '../save-failed-alert.tsx';

export interface SaveNoticesProps {
  caseId: string;
  saver: RevisionSave;
  /** This form's name in `saver.owner`. */
  form: string;
  /** The form's own errors, listed with the server's. */
  errors: readonly FormError[];
  /** Changes on every submit, so the summary takes focus again. */
  attempt: number;
}

/** What a model-choice form shows above its fields: the base revision, a conflict, a failure, the errors. */
export function SaveNotices({ caseId, saver, form, errors, attempt }: SaveNoticesProps) {
  const t = useT();
  const mine = saver.owner === form;
  const all = [...errors, ...(mine ? saver.serverErrors : [])];
  return (
    <>
      <Paragraph data-size="sm">{t('edit.basedOn', { revision: saver.baseRevision })}</Paragraph>
      {mine && saver.conflict && (
        <ConflictAlert
          caseId={caseId}
          latest={saver.conflict.latest}
          base={saver.conflict.base}
          rebasing={saver.rebasing}
          onRebase={() => void saver.rebase()}
        />
      )}
      {mine && saver.failure !== null && <SaveFailedAlert error={saver.failure} />}
      {all.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('modelChoice.errorSummary')} errors={all} />
      )}
    </>
  );
}
