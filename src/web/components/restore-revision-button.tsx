import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import { restoreRevision } from '../api/cases-api.ts';
import type { RevisionMeta } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
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
 * saved. The restore is a new revision; saved revisions are never changed. Cancel has the focus first, so
 * Enter alone never saves. Only shown to editors and owners; the server refuses readers anyway.
 */
export function RestoreRevisionButton({
  caseId,
  revision,
  latestRevision,
  onRestored,
}: RestoreRevisionButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = `restore-revision-${revision}-title`;
  // React does not write `autofocus`; after the dialog opens, Cancel takes the focus.
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);

  const close = () => {
    if (busy) return;
    setOpen(false);
    setError(null);
  };

  const confirm = () => {
    setBusy(true);
    setError(null);
    restoreRevision(caseId, revision, latestRevision).then(
      (saved) => {
        setBusy(false);
        setOpen(false);
        onRestored(saved);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  const failureText =
    isApiError(error) && error.code === 'conflict'
      ? t('history.restoreConflict', { latest: error.latestRevision ?? latestRevision + 1 })
      : errorMessage(error, t);

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('history.restore')} <span className="ds-sr-only">{t('history.restoreWhich', { revision })}</span>
      </Button>
      <Dialog open={open} closeButton={t('dialog.close')} aria-labelledby={titleId} onClose={close}>
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={titleId}>
            {t('history.restoreTitle', { revision })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{t('history.restoreBody', { revision })}</Paragraph>
          {error !== null && (
            <Alert data-color="danger" className="page-notice">
              <Heading level={3} data-size="2xs">
                {t('history.restoreFailed')}
              </Heading>
              <Paragraph>{failureText}</Paragraph>
            </Alert>
          )}
          <div className="button-row">
            <Button ref={cancel} variant="secondary" onClick={close} disabled={busy}>
              {t('history.restoreCancel')}
            </Button>
            <Button onClick={confirm} aria-busy={busy} disabled={busy}>
              {busy ? t('history.restoring') : t('history.restoreConfirm', { revision })}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
