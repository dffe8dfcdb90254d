import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Blocker } from 'react-router';
import { useT } from '../i18n/use-t.ts';

export interface UnsavedChangesDialogProps {
  /** The router's blocker; the dialog is open while it is `blocked`. */
  blocker: Blocker;
}

/** Asks whether to leave the page and lose unsaved changes. Staying is the default. */
export function UnsavedChangesDialog({ blocker }: UnsavedChangesDialogProps) {
  const t = useT();
  const open = blocker.state === 'blocked';
  return (
    <Dialog
      open={open}
      closeButton={t('dialog.close')}
      aria-labelledby="unsaved-changes-title"
      onClose={() => {
        if (blocker.state === 'blocked') blocker.reset();
      }}
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="unsaved-changes-title">
          {t('edit.unsavedTitle')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{t('edit.unsavedBody')}</Paragraph>
        <div className="button-row">
          <Button autoFocus onClick={() => blocker.reset?.()}>
            {t('edit.stay')}
          </Button>
          <Button variant="secondary" data-color="danger" onClick={() => blocker.proceed?.()}>
            {t('edit.leave')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
