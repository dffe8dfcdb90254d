import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { CaseMember } from '../../api/members-api.ts';
import { useT } from '../../i18n/use-t.ts';

export interface ConfirmRemoveDialogProps {
  /** The member waiting to be removed; the dialog is open while it is set. */
  pending: CaseMember | null;
  /** The signed-in user is removing themselves. */
  isSelf: boolean;
  /** The member is the case's only owner (the server will refuse). */
  isLastOwner: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Asks before a member is taken out of the case. A modal dialog: focus stays inside, Escape cancels, and
 * Cancel has the focus first, so Enter alone never removes anyone.
 */
export function ConfirmRemoveDialog({
  pending,
  isSelf,
  isLastOwner,
  onCancel,
  onConfirm,
}: ConfirmRemoveDialogProps) {
  const t = useT();
  const name = pending?.displayName ?? '';
  const cancel = useRef<HTMLButtonElement>(null);
  const open = pending !== null;
  // React does not write `autofocus` into the page, so the browser would focus the close button first. This
  // effect runs after the dialog's own (which opens it), so Cancel ends up with the focus.
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  return (
    <Dialog
      open={open}
      closeButton={t('dialog.close')}
      aria-labelledby="member-remove-title"
      onClose={onCancel}
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="member-remove-title">
          {t('members.removeConfirm.title', { name })}
        </Heading>
      </Dialog.Block>
      {pending && (
        <Dialog.Block>
          <Paragraph>
            {isSelf ? t('members.removeConfirm.self') : t('members.removeConfirm.body', { name })}
          </Paragraph>
          {isLastOwner && <Paragraph>{t('members.confirm.lastOwner', { name })}</Paragraph>}
          <div className="button-row">
            <Button ref={cancel} onClick={onCancel}>
              {t('members.confirm.cancel')}
            </Button>
            <Button variant="secondary" data-color="danger" onClick={onConfirm}>
              {t('members.removeConfirm.proceed')}
            </Button>
          </div>
        </Dialog.Block>
      )}
    </Dialog>
  );
}
