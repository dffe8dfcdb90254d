import { isApiError } from '../api/api-error.ts';
import { restoreRevision } from '../api/cases-api.ts';
import type { RevisionMeta } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { ConfirmActionButton } from './confirm-action-button.tsx';
import { errorMessage } from './error-state.tsx';

export interface RestoreRevisionButtonProps {
  caseId: string;
  /** The revision to restore. */
  revision: number;
  /** The newest revision on the page: a restore over a newer save is refused (409), never merged. */
  latestRevision: number;
  onRestored: (saved: RevisionMeta) => void;
}

/**
 * «Gjenopprett denne revisjonen» for one older revision, asked again in a modal dialog before anything is
 * saved. The restore is a new revision; saved revisions are never changed. Only shown to editors and owners;
 * the server refuses readers anyway.
 */
export function RestoreRevisionButton({
  caseId,
  revision,
  latestRevision,
  onRestored,
}: RestoreRevisionButtonProps) {
  const t = useT();
  return (
    <ConfirmActionButton
      button={
        <>
          {t('history.restore')} <span className="ds-sr-only">{t('history.restoreWhich', { revision })}</span>
        </>
      }
      title={t('history.restoreTitle', { revision })}
      body={t('history.restoreBody', { revision })}
      failedHeading={t('history.restoreFailed')}
      cancelLabel={t('history.restoreCancel')}
      confirmLabel={t('history.restoreConfirm', { revision })}
      busyLabel={t('history.restoring')}
      titleId={`restore-revision-${revision}-title`}
      action={() => restoreRevision(caseId, revision, latestRevision)}
      onDone={onRestored}
      failureText={(error) =>
        isApiError(error) && error.code === 'conflict'
          ? t('history.restoreConflict', { latest: error.latestRevision ?? latestRevision + 1 })
          : errorMessage(error, t)
      }
    />
  );
}
