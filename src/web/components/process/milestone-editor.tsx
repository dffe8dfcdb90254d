import { Field, Fieldset, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { MilestoneStatus } from '../../../case/schema/process.ts';
import { isApiError } from '../../api/api-error.ts';
import { getCase, saveRevision } from '../../api/cases-api.ts';
import { useUndoableDraft } from '../../editing/use-undoable-draft.ts';
import { COMMENT_FIELD_ID } from '../../editing/field-paths.ts';
import { useUnsavedChangesGuard } from '../../hooks/use-unsaved-changes-guard.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { localized } from '../../i18n/localized-text.ts';
import { useT } from '../../i18n/use-t.ts';
import { ConflictAlert } from '../conflict-alert.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { SaveFailedAlert } from '../save-failed-alert.tsx';
import { UnsavedChangesDialog } from '../unsaved-changes-dialog.tsx';
import { RevisionSaveSection } from '../revision-save-section.tsx';
import {
  applyMilestoneDrafts,
  countChanges,
  milestoneDrafts,
  milestoneFieldId,
  validateMilestoneDrafts,
  type MilestoneDraft,
  type MilestoneField,
} from './milestone-draft.ts';

export interface MilestoneEditorProps {
  caseId: string;
  document: CaseDocument;
  revision: number;
  /** Called with the new revision number after a save. */
  onSaved: (revision: number) => void;
}

/** Edits the milestones' title, date and status with undo; saves a new revision with a comment. */
export function MilestoneEditor({ caseId, document, revision, onSaved }: MilestoneEditorProps) {
  const t = useT();
  const [baseDocument, setBaseDocument] = useState(document);
  const [baseRevision, setBaseRevision] = useState(revision);
  const draft = useUndoableDraft<MilestoneDraft[]>(milestoneDrafts(document.milestones));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<{ latest: number; base: number } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [rebasing, setRebasing] = useState(false);
  const [status, setStatus] = useState('');
  const changeCount = countChanges(draft.saved, draft.draft);
  const guard = useUnsavedChangesGuard(changeCount > 0 || comment.trim() !== '');
  const { language } = useLanguage();
  /** The saved title with its track, so that two milestones of the same name are told apart. */
  const titleOf = (id: string) => {
    const title = draft.saved.find((d) => d.id === id)?.title ?? id;
    const trackId = baseDocument.milestones.find((m) => m.id === id)?.trackId;
    const track = baseDocument.tracks.find((tr) => tr.id === trackId);
    return track ? `${title} (${localized(track.name, language)})` : title;
  };

  const fieldError = (id: string, field: MilestoneField | 'comment') =>
    errors.find((e) => e.fieldId === (field === 'comment' ? COMMENT_FIELD_ID : milestoneFieldId(id, field)))
      ?.message;

  const setField = (index: number, field: keyof Omit<MilestoneDraft, 'id'>, value: string) =>
    draft.update(`${index}.${field}`, (rows) =>
      rows.map((row, i) => (i === index ? ({ ...row, [field]: value } as MilestoneDraft) : row)),
    );

  function showErrors(found: FormError[]) {
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (changeCount === 0) return showErrors([{ message: t('edit.noChanges') }]);
    const found: FormError[] = validateMilestoneDrafts(draft.draft).map((e) => ({
      fieldId: milestoneFieldId(e.id, e.field),
      message: t(e.kind === 'emptyTitle' ? 'process.edit.emptyTitle' : 'process.edit.invalidDate', {
        title: titleOf(e.id),
      }),
    }));
    if (comment.trim() === '')
      found.push({
        fieldId: COMMENT_FIELD_ID,
        message: `${t('edit.comment')}: ${t('edit.commentRequired')}`,
      });
    if (found.length > 0) return showErrors(found);
    setErrors([]);
    setConflict(null);
    setFailure(null);
    setSaving(true);
    setStatus(t('edit.saving'));
    try {
      const saved = await saveRevision(caseId, {
        baseRevision,
        comment: comment.trim(),
        document: applyMilestoneDrafts(baseDocument, draft.draft),
      });
      setStatus(t('process.edit.saved', { revision: saved.revision }));
      guard.allowNextNavigation();
      onSaved(saved.revision);
    } catch (error) {
      setSaving(false);
      if (isApiError(error) && error.code === 'conflict') {
        const latest = error.latestRevision ?? baseRevision + 1;
        setConflict({ latest, base: baseRevision });
        setStatus(t('edit.conflictStatus', { latest }));
      } else {
        setFailure(error);
        setStatus(t('edit.saveFailedStatus'));
      }
    }
  }

  async function rebaseOnLatest() {
    setRebasing(true);
    try {
      const latest = await getCase(caseId);
      const saved = milestoneDrafts(latest.document.milestones);
      const changed = new Map(
        draft.draft.filter((d, i) => countChanges([draft.saved[i] ?? d], [d]) > 0).map((d) => [d.id, d]),
      );
      draft.rebase(
        saved,
        saved.map((d) => changed.get(d.id) ?? d),
      );
      setBaseDocument(latest.document);
      setBaseRevision(latest.revision.revision);
      setConflict(null);
      setStatus(t('edit.rebased', { revision: latest.revision.revision }));
    } catch (error) {
      setFailure(error);
    } finally {
      setRebasing(false);
    }
  }

  return (
    <section aria-labelledby="milestone-edit-heading" className="overview-section">
      <Heading level={2} data-size="md" id="milestone-edit-heading">
        {t('process.edit.heading')}
      </Heading>
      <Paragraph>{t('process.edit.intro')}</Paragraph>
      <Paragraph data-size="sm">{t('edit.basedOn', { revision: baseRevision })}</Paragraph>
      {conflict && (
        <ConflictAlert
          caseId={caseId}
          latest={conflict.latest}
          base={conflict.base}
          rebasing={rebasing}
          onRebase={() => void rebaseOnLatest()}
        />
      )}
      {failure !== null && <SaveFailedAlert error={failure} />}
      {errors.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('edit.errorSummary')} errors={errors} />
      )}
      <form noValidate onSubmit={(event) => void submit(event)} className="milestone-form">
        {draft.draft.map((row, index) => {
          const original = titleOf(row.id);
          return (
            <Fieldset key={row.id} className="row-fieldset">
              <Fieldset.Legend>{original}</Fieldset.Legend>
              <div className="row-fieldset__grid">
                <Textfield
                  id={milestoneFieldId(row.id, 'title')}
                  className="draft-field draft-field--wide"
                  label={t('process.edit.titleLabel', { title: original })}
                  value={row.title}
                  onChange={(event) => setField(index, 'title', event.target.value)}
                  error={fieldError(row.id, 'title')}
                />
                <Textfield
                  id={milestoneFieldId(row.id, 'date')}
                  className="draft-field"
                  label={t('process.edit.dateLabel', { title: original })}
                  description={t('process.edit.dateHint')}
                  autoComplete="off"
                  size={10}
                  value={row.date}
                  onChange={(event) => setField(index, 'date', event.target.value)}
                  error={fieldError(row.id, 'date')}
                />
                <Textfield
                  id={milestoneFieldId(row.id, 'endDate')}
                  className="draft-field"
                  label={`${t('process.column.endDate')} (${original})`}
                  description={t('process.edit.dateHint')}
                  autoComplete="off"
                  size={10}
                  value={row.endDate}
                  onChange={(event) => setField(index, 'endDate', event.target.value)}
                  error={fieldError(row.id, 'endDate')}
                />
                <Field className="draft-field">
                  <Label htmlFor={milestoneFieldId(row.id, 'status')}>
                    {t('process.edit.statusLabel', { title: original })}
                  </Label>
                  <Select
                    id={milestoneFieldId(row.id, 'status')}
                    value={row.status}
                    width="auto"
                    onChange={(event) => setField(index, 'status', event.target.value)}
                  >
                    {MilestoneStatus.options.map((option) => (
                      <Select.Option key={option} value={option}>
                        {t(`milestoneStatus.${option}`)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              </div>
            </Fieldset>
          );
        })}
        <RevisionSaveSection
          headingId="milestone-save-heading"
          headingLevel={3}
          commentId={COMMENT_FIELD_ID}
          comment={comment}
          onComment={setComment}
          commentError={fieldError('', 'comment')}
          changeCount={changeCount}
          saving={saving}
          canUndo={draft.canUndo}
          onUndo={() => {
            draft.undo();
            setStatus(t('edit.undone'));
          }}
          onReset={() => {
            draft.reset();
            setStatus(t('edit.resetDone', { revision: baseRevision }));
          }}
          status={status}
        />
      </form>
      <UnsavedChangesDialog blocker={guard.blocker} />
    </section>
  );
}
