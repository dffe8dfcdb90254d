import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';

export interface ConfirmActionButtonProps<T> {
  /** What the button says, with any screen-reader-only words that tell one row's button from the next. */
  button: ReactNode;
  /** The dialog's heading: the question («Slette «…»?»). */
  title: string;
  /** What will happen, in a sentence or two. */
  body: string;
  /** The heading of the alert when the action fails. */
  failedHeading: string;
  cancelLabel: string;
  confirmLabel: string;
  /** The confirm button's text while the action runs. */
  busyLabel: string;
  /** A destructive action gets the danger colour. @default false */
  danger?: boolean;
  /** Unique on the page: the dialog is labelled by its heading. */
  titleId: string;
  action: () => Promise<T>;
  onDone: (result: T) => void;
  /** The failure in words (a conflict with a newer save, the server's sentence …). */
  failureText: (error: unknown) => string;
}

/**
 * A button whose action is asked again in a modal dialog before anything is saved: restoring a revision,
 * deleting a scenario. Cancel has the focus first, so Enter alone never acts; while the action runs the dialog
 * cannot be closed, and a failure is shown in the dialog with the dialog kept open.
 */
export function ConfirmActionButton<T>(props: ConfirmActionButtonProps<T>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = useRef<HTMLButtonElement>(null);
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
    props.action().then(
      (result) => {
        setBusy(false);
        setOpen(false);
        props.onDone(result);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {props.button}
      </Button>
      <Dialog open={open} closeButton={t('dialog.close')} aria-labelledby={props.titleId} onClose={close}>
        <Dialog.Block>
          <Heading level={2} data-size="xs" id={props.titleId}>
            {props.title}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{props.body}</Paragraph>
          {error !== null && (
            <Alert data-color="danger" className="page-notice">
              <Heading level={3} data-size="2xs">
                {props.failedHeading}
              </Heading>
              <Paragraph>{props.failureText(error)}</Paragraph>
            </Alert>
          )}
          <div className="button-row">
            <Button ref={cancel} variant="secondary" onClick={close} disabled={busy}>
              {props.cancelLabel}
            </Button>
            <Button
              {...(props.danger ? { 'data-color': 'danger' as const } : {})}
              onClick={confirm}
              aria-busy={busy}
              disabled={busy}
            >
              {busy ? props.busyLabel : props.confirmLabel}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
    </>
  );
}
