import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { SCENARIO_COMMENT_ID } from '../../editing/scenario/scenario-field-id.ts';
import { useT } from '../../i18n/use-t.ts';

export interface ScenarioSaveSectionProps {
  comment: string;
  onCommentChange: (comment: string) => void;
  /** Shown at the comment field when it is missing. */
  commentError: string | undefined;
  /** Fields that differ from the saved revision. */
  changeCount: number;
  canUndo: boolean;
  saving: boolean;
  onUndo: () => void;
  onReset: () => void;
  /** The polite status line: saving, saved, undone, conflict. */
  status: string;
}

/** The end of the scenario form: the revision comment (required), save, undo and reset. */
export function ScenarioSaveSection(props: ScenarioSaveSectionProps) {
  const t = useT();
  return (
    <section aria-labelledby="scenario-save-heading" className="editor-save">
      <Heading level={3} data-size="sm" id="scenario-save-heading">
        {t('edit.saveHeading')}
      </Heading>
      <Textfield
        id={SCENARIO_COMMENT_ID}
        label={t('edit.comment')}
        description={t('scenarioEdit.commentHint')}
        multiline
        rows={3}
        required
        value={props.comment}
        onChange={(event) => props.onCommentChange(event.target.value)}
        error={props.commentError}
      />
      <Paragraph data-size="sm">
        {props.changeCount > 0 ? t('edit.dirty', { count: props.changeCount }) : t('edit.clean')}
      </Paragraph>
      <div className="button-row">
        <Button type="submit" loading={props.saving}>
          {t('edit.save')}
        </Button>
        <Button variant="secondary" disabled={!props.canUndo} onClick={props.onUndo}>
          {t('edit.undo')}
        </Button>
        <Button variant="tertiary" disabled={props.changeCount === 0} onClick={props.onReset}>
          {t('edit.reset')}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="save-status">
        {props.status}
      </p>
    </section>
  );
}
