import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useT } from '../i18n/use-t.ts';

export interface RevisionSaveSectionProps {
  /** Id of the section's heading (each form on a page needs its own). */
  headingId: string;
  /** @default 2 */
  headingLevel?: 2 | 3;
  /** Id of the comment field, which error summaries link to. */
  commentId: string;
  comment: string;
  onComment: (comment: string) => void;
  commentError?: string | undefined;
  /** Number of changed fields; when given, the section says how many are unsaved. */
  changeCount?: number;
  saving: boolean;
  /** @default the general "Lagre ny revisjon" */
  saveLabel?: string;
  /** @default the general "Angre siste endring" */
  undoLabel?: string;
  canUndo: boolean;
  onUndo: () => void;
  /** Back to the saved revision; the button is left out when absent. */
  onReset?: () => void;
  /** Text for the polite live region (saved, undone, reset). */
  status: string;
}

/** The end of every revision-saving form: heading, required comment, save, undo, reset and a live status. */
export function RevisionSaveSection(props: RevisionSaveSectionProps) {
  const t = useT();
  const { headingId, changeCount, onReset } = props;
  return (
    <section aria-labelledby={headingId} className="editor-save">
      <Heading level={props.headingLevel ?? 2} data-size="sm" id={headingId}>
        {t('edit.saveHeading')}
      </Heading>
      <Textfield
        id={props.commentId}
        label={t('edit.comment')}
        description={t('edit.commentHint')}
        multiline
        rows={3}
        required
        value={props.comment}
        onChange={(event) => props.onComment(event.target.value)}
        error={props.commentError}
      />
      {changeCount === undefined ? null : (
        <Paragraph data-size="sm">
          {changeCount > 0 ? t('edit.dirty', { count: changeCount }) : t('edit.clean')}
        </Paragraph>
      )}
      <div className="button-row">
        <Button type="submit" loading={props.saving}>
          {props.saveLabel ?? t('edit.save')}
        </Button>
        <Button variant="secondary" disabled={!props.canUndo} onClick={props.onUndo}>
          {props.undoLabel ?? t('edit.undo')}
        </Button>
        {onReset ? (
          <Button variant="tertiary" disabled={changeCount === 0} onClick={onReset}>
            {t('edit.reset')}
          </Button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="save-status">
        {props.status}
      </p>
    </section>
  );
}
