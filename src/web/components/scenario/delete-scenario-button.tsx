import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { deleteScenario } from '../../api/scenarios-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { errorMessage } from '../error-state.tsx';

export interface DeleteScenarioButtonProps {
  caseId: string;
  scenarioId: string;
  /** The scenario's name as the page shows it. */
  name: string;
  /** The newest revision on the page: a delete over a newer save is refused (409), never merged. */
  latestRevision: number;
  onDeleted: () => void;
}

/**
 * «Slett» for one scenario, asked again in a modal dialog. The delete is a new revision, so the scenario can
 * be got back from the history. Cancel has the focus first, so Enter alone never deletes.
 */
export function DeleteScenarioButton({
  caseId,
  scenarioId,
  name,
  latestRevision,
  onDeleted,
}: DeleteScenarioButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = `delete-scenario-${scenarioId}-title`;
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
    deleteScenario(caseId, scenarioId, latestRevision).then(
      () => {
        setBusy(false);
        setOpen(false);
        onDeleted();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  // The server's sentence names what refers to the scenario; a conflict says to reload.
  const failureText = !isApiError(error)
    ? errorMessage(error, t)
    : error.code === 'conflict'
      ? t('scenarioDelete.conflict')
      : error.code === 'validation' && error.issues[0]
        ? error.issues[0].message
        : errorMessage(error, t);

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('scenarioDelete.button')} <span className="ds-sr-only">{name}</span>
      </Button>
      <Dialog open={open} closeButton={t('dialog.close')} aria-labelledby={titleId} onClose={close}>
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={titleId}>
            {t('scenarioDelete.title', { name })}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{t('scenarioDelete.body')}</Paragraph>
          {error !== null && (
            <Alert data-color="danger" className="page-notice">
              <Heading level={3} data-size="2xs">
                {t('scenarioDelete.failed')}
              </Heading>
              <Paragraph>{failureText}</Paragraph>
            </Alert>
          )}
          <div className="button-row">
            <Button ref={cancel} variant="secondary" onClick={close} disabled={busy}>
              {t('scenarioDelete.cancel')}
            </Button>
            <Button data-color="danger" onClick={confirm} aria-busy={busy} disabled={busy}>
              {busy ? t('scenarioDelete.deleting') : t('scenarioDelete.confirm')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
