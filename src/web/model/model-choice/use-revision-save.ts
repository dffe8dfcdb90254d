/**
 * Saving a changed case document as a new revision from the model-choice forms: the base revision moves on
 * after each save (so the next person builds on it), a stale save becomes a conflict naming the newer
 * revision (never a silent merge), and "rebase" loads the newer revision for the draft to apply to.
 * @module
 */
import { useState } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { fieldLabel } from '../../../case/field-label.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { isApiError } from '../../api/api-error.ts';
import { getCase, saveRevision } from '../../api/cases-api.ts';
import type { FormError } from '../../components/form-error-summary.tsx';
import { useT } from '../../i18n/use-t.ts';

export interface RevisionSave {
  baseDocument: CaseDocument;
  baseRevision: number;
  saving: boolean;
  rebasing: boolean;
  conflict: { latest: number; base: number } | null;
  failure: unknown;
  status: string;
  /** Errors from the server's validation, by path. */
  serverErrors: FormError[];
  /** The form that saved last; only it shows the status, conflict and errors. */
  owner: string | null;
  /** Saves `change(baseDocument)`; resolves to the new revision, or null when the save failed. */
  save: (
    owner: string,
    change: (document: CaseDocument) => CaseDocument,
    comment: string,
    savedMessage: (revision: number) => string,
  ) => Promise<number | null>;
  rebase: () => Promise<void>;
}

export function useRevisionSave(caseId: string, document: CaseDocument, revision: number): RevisionSave {
  const t = useT();
  const { language } = useLanguage();
  const [baseDocument, setBaseDocument] = useState(document);
  const [baseRevision, setBaseRevision] = useState(revision);
  const [saving, setSaving] = useState(false);
  const [rebasing, setRebasing] = useState(false);
  const [conflict, setConflict] = useState<RevisionSave['conflict']>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [serverErrors, setServerErrors] = useState<FormError[]>([]);
  const [owner, setOwner] = useState<string | null>(null);

  async function save(
    form: string,
    change: (d: CaseDocument) => CaseDocument,
    comment: string,
    savedMessage: (r: number) => string,
  ) {
    setOwner(form);
    setSaving(true);
    setConflict(null);
    setFailure(null);
    setServerErrors([]);
    setStatus(t('edit.saving'));
    try {
      const next = change(baseDocument);
      const saved = await saveRevision(caseId, { baseRevision, comment, document: next });
      // The saved revision is exactly what was sent, so the next save builds on it without reloading.
      setBaseDocument(next);
      setBaseRevision(saved.revision);
      setStatus(savedMessage(saved.revision));
      return saved.revision;
    } catch (error) {
      if (isApiError(error) && error.code === 'conflict') {
        const latest = error.latestRevision ?? baseRevision + 1;
        setConflict({ latest, base: baseRevision });
        setStatus(t('edit.conflictStatus', { latest }));
      } else if (isApiError(error) && error.code === 'validation' && error.issues.length > 0) {
        // Named in words, not by path: «Tittel: …».
        const labelOf = (path: string) => fieldLabel(path, baseDocument, language);
        setServerErrors(
          error.issues.map((issue) => ({ message: `${labelOf(issue.path)}: ${issue.message}` })),
        );
        setStatus('');
      } else {
        setFailure(error);
        setStatus(t('edit.saveFailedStatus'));
      }
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function rebase() {
    setRebasing(true);
    try {
      // The forms only add a person or replace one model's scores, so the draft applies to the newer revision as it is.
      const latest = await getCase(caseId);
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

  return {
    owner,
    baseDocument,
    baseRevision,
    saving,
    rebasing,
    conflict,
    failure,
    status,
    serverErrors,
    save,
    rebase,
  };
}
