import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { setArchived } from '../../api/cases-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { errorMessage } from '../error-state.tsx';

export interface ArchiveCaseButtonProps {
  caseId: string;
  /** The case's title as the list shows it, read out with the button. */
  title: string;
  /** True in the archived list: the button takes the case back into use. */
  archived: boolean;
  onDone: () => void;
}

/**
 * «Arkiver» (or «Ta i bruk igjen») for one case, owners only. Nothing is deleted and it can be undone at
 * once, so it is not asked again in a dialog.
 */
export function ArchiveCaseButton({ caseId, title, archived, onDone }: ArchiveCaseButtonProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const click = () => {
    setBusy(true);
    setError(null);
    setArchived(caseId, !archived).then(
      () => {
        setBusy(false);
        onDone();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={click} aria-disabled={busy || undefined}>
        {archived ? t('caseArchive.restore') : t('caseArchive.archive')}{' '}
        <span className="ds-sr-only">{title}</span>
      </Button>
      {error !== null && <ValidationMessage role="alert">{errorMessage(error, t)}</ValidationMessage>}
    </>
  );
}
