import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CaseMember } from '../../api/members-api.ts';
import type { CaseRole } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';

export interface ConfirmRoleDialogProps {
  /** The change waiting for confirmation; the dialog is open while it is set. */
  pending: { member: CaseMember; role: CaseRole } | null;
  /** The signed-in user is changing their own role. */
  isSelf: boolean;
  /** The member is the case's only owner. */
  isLastOwner: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before an owner steps down or the last owner is demoted. Cancelling is the default. */
export function ConfirmRoleDialog({
  pending,
  isSelf,
  isLastOwner,
  onCancel,
  onConfirm,
}: ConfirmRoleDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={pending !== null}
      closeButton={t('dialog.close')}
      aria-labelledby="member-confirm-title"
      onClose={onCancel}
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="member-confirm-title">
          {t('members.confirm.title')}
        </Heading>
      </Dialog.Block>
      {pending && (
        <Dialog.Block>
          {isSelf && <Paragraph>{t('members.confirm.self', { role: t(`role.${pending.role}`) })}</Paragraph>}
          {isLastOwner && (
            <Paragraph>{t('members.confirm.lastOwner', { name: pending.member.displayName })}</Paragraph>
          )}
          <div className="button-row">
            <Button autoFocus onClick={onCancel}>
              {t('members.confirm.cancel')}
            </Button>
            <Button variant="secondary" data-color="danger" onClick={onConfirm}>
              {t('members.confirm.proceed')}
            </Button>
          </div>
        </Dialog.Block>
      )}
    </Dialog>
  );
}
