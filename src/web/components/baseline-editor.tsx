import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { isApiError } from '../api/api-error.ts';
import { getCase, saveRevision } from '../api/cases-api.ts';
import type { CaseView } from '../api/types.ts';
import { draftFromDocument } from '../editing/baseline-draft.ts';
import { COMMENT_FIELD_ID, type FieldRef } from '../editing/field-paths.ts';
import { rebaseDraft } from '../editing/rebase-draft.ts';
import { useBaselineDraft } from '../editing/use-baseline-draft.ts';
import { issuesToErrors, validateDraft, type DraftErrors } from '../editing/validate-draft.ts';
import { fieldLabel } from '../../case/field-label.ts';
import { useUnsavedChangesGuard } from '../hooks/use-unsaved-changes-guard.ts';
import { useSession } from '../session/session-context.tsx';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';
import { casePaths } from '../routes/case-paths.ts';
import { describeField } from '../editing/describe-field.ts';
import { BaselineEditorAreas } from './baseline-editor-areas.tsx';
import { ConflictAlert } from './conflict-alert.tsx';
import { FormErrorSummary } from './form-error-summary.tsx';
import { SaveFailedAlert } from './save-failed-alert.tsx';
import { UnsavedChangesDialog } from './unsaved-changes-dialog.tsx';
import type { SavedState } from '../pages/case-overview-page.tsx';
import { RevisionSaveSection } from './revision-save-section.tsx';

export interface BaselineEditorProps {
  caseId: string;
  /** The revision editing starts from; the user must be editor or owner. */
  view: CaseView;
}

interface Conflict {
  latest: number;
  base: number;
}

const NO_ERRORS: DraftErrors = { summary: [], byField: new Map() };

/** The baseline form: validates with `parseCase`, saves a new revision, keeps the draft through any failure. */
export function BaselineEditor({ caseId, view }: BaselineEditorProps) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { user } = useSession();
  const [baseDocument, setBaseDocument] = useState<CaseDocument>(view.document);
  const [baseRevision, setBaseRevision] = useState(view.revision.revision);
  const draft = useBaselineDraft(draftFromDocument(view.document));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [rebasing, setRebasing] = useState(false);
  const [status, setStatus] = useState('');
  const [rebaseNotice, setRebaseNotice] = useState<string | null>(null);
  const dirty = draft.changeCount > 0 || comment.trim() !== '';
  const guard = useUnsavedChangesGuard(dirty);
  const describe = useCallback(
    (ref: FieldRef) => describeField(baseDocument, ref, t, language),
    [baseDocument, t, language],
  );

  const showErrors = (next: DraftErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
    setStatus('');
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (draft.changeCount === 0)
      return showErrors({ summary: [{ message: t('edit.noChanges') }], byField: new Map() });
    // Who enters an own value and when, as far as the browser knows; the server records its own on save.
    const entry = { by: user?.displayName ?? '–', at: new Date().toISOString() };
    const result = validateDraft(baseDocument, draft.draft, language, t, describe, entry);
    const found = result.ok ? { summary: [], byField: new Map<string, string>() } : result.errors;
    if (comment.trim() === '') {
      found.summary.push({
        fieldId: COMMENT_FIELD_ID,
        message: `${t('edit.comment')}: ${t('edit.commentRequired')}`,
      });
      found.byField.set(COMMENT_FIELD_ID, t('edit.commentRequired'));
    }
    if (!result.ok || found.summary.length > 0) return showErrors(found);
    setErrors(NO_ERRORS);
    setConflict(null);
    setFailure(null);
    setSaving(true);
    setStatus(t('edit.saving'));
    try {
      const saved = await saveRevision(caseId, {
        baseRevision,
        comment: comment.trim(),
        document: result.document,
      });
      setStatus(t('edit.saved', { revision: saved.revision }));
      guard.allowNextNavigation();
      navigate(casePaths(caseId).overview, {
        state: { savedRevision: saved.revision, baseRevision } satisfies SavedState,
      });
    } catch (error) {
      setSaving(false);
      if (isApiError(error) && error.code === 'conflict') {
        const latest = error.latestRevision ?? baseRevision + 1;
        setConflict({ latest, base: baseRevision });
        setStatus(t('edit.conflictStatus', { latest }));
      } else if (isApiError(error) && error.code === 'validation' && error.issues.length > 0) {
        showErrors(
          issuesToErrors(error.issues, t, describe, (path) => fieldLabel(path, baseDocument, language)),
        );
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
      const result = rebaseDraft(baseDocument.baseline, draft.saved, draft.draft, latest.document.baseline);
      draft.rebase(result.saved, result.draft);
      setBaseDocument(latest.document);
      setBaseRevision(latest.revision.revision);
      setConflict(null);
      const revision = latest.revision.revision;
      const overlap = result.overlaps
        .map((ref) => describeField(latest.document, ref, t, language))
        .join('; ');
      const notice = t('edit.rebased', { revision });
      setRebaseNotice(
        overlap === '' ? notice : `${notice} ${t('edit.rebasedOverlap', { revision, fields: overlap })}`,
      );
      setStatus(notice);
    } catch (error) {
      setFailure(error);
    } finally {
      setRebasing(false);
    }
  }

  return (
    <>
      <Paragraph>{t('edit.intro')}</Paragraph>
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
      {rebaseNotice !== null && !conflict && (
        <Paragraph className="rebase-notice" data-size="sm">
          {rebaseNotice}
        </Paragraph>
      )}
      {failure !== null && <SaveFailedAlert error={failure} />}
      {errors.summary.length > 0 && (
        <FormErrorSummary key={attempt} heading={t('edit.errorSummary')} errors={errors.summary} />
      )}
      <form noValidate onSubmit={(event) => void submit(event)} className="baseline-form">
        <BaselineEditorAreas
          document={baseDocument}
          draft={draft.draft}
          errors={errors.byField}
          onChange={draft.setField}
        />
        <RevisionSaveSection
          headingId="save-heading"
          commentId={COMMENT_FIELD_ID}
          comment={comment}
          onComment={setComment}
          commentError={errors.byField.get(COMMENT_FIELD_ID)}
          changeCount={draft.changeCount}
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
    </>
  );
}
