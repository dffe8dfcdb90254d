import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';

export interface ConflictAlertProps {
  caseId: string;
  /** The newer revision someone else saved. */
  latest: number;
  /** The revision the draft was based on. */
  base: number;
  /** Carries the draft over to the newer revision. */
  onRebase: () => void;
  /**
   * True while the newer revision loads.
   * @default false
   */
  rebasing?: boolean;
}

/** A save was refused because someone saved a newer revision. The draft is kept; nothing was merged. */
export function ConflictAlert({ caseId, latest, base, onRebase, rebasing = false }: ConflictAlertProps) {
  const t = useT();
  return (
    <Alert data-color="warning" className="page-notice conflict-alert">
      <Heading level={2} data-size="xs">
        {t('edit.conflictHeading')}
      </Heading>
      <Paragraph>{t('edit.conflict', { latest, base })}</Paragraph>
      <div className="button-row">
        <Link href={casePaths(caseId).revision(latest)} target="_blank" rel="noopener">
          {t('edit.conflictOpen', { latest })}
        </Link>
        <Button variant="secondary" data-size="sm" onClick={onRebase} loading={rebasing}>
          {t('edit.conflictRebase', { latest })}
        </Button>
      </div>
    </Alert>
  );
}
