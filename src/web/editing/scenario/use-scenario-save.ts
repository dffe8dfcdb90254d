/**
 * Saving an edited scenario as a new revision, the way the baseline editor does: validate with
 * `parseCase`, send with the revision the draft is based on, and on a 409 keep the draft and offer to build
 * on the newer revision. Nothing is merged silently: if the newer revision changed this scenario too, the
 * user is told.
 * @module
 */
import { useState } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { fieldLabel } from '../../../case/field-label.ts';
import { isApiError } from '../../api/api-error.ts';
import { getCase, saveRevision } from '../../api/cases-api.ts';
import type { Language } from '../../../i18n/language.ts';
import type { FieldIssue } from '../../../common/errors.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { SOLVER_LOADING, runAnalysis, type AnalysisFailure } from '../../model/scenario/run-analysis.ts';
import type { UndoableDraft } from '../use-undoable-draft.ts';
import { scenarioDraft, type ScenarioDraft } from './scenario-draft.ts';
import { SCENARIO_COMMENT_ID } from './scenario-field-id.ts';
import {
  NO_SCENARIO_ERRORS,
  scenarioErrors,
  validateScenario,
  type ScenarioErrors,
} from './validate-scenario.ts';

/** An analysis failure as a field issue; a key's inner path goes to the key's select. */
function analysisIssue(failure: AnalysisFailure, t: Translate): FieldIssue {
  const key = /^(.*\.(?:costKey|oneOffKey))\./.exec(failure.path)?.[1];
  return {
    path: key === undefined ? failure.path : `${key}.keyId`,
    code: failure.code,
    message: t(messageKeyOr(`analysisError.${failure.code}`, 'analysisError.unknown')),
  };
}

export interface Conflict {
  latest: number;
  base: number;
}

export interface ScenarioSave {
  baseDocument: CaseDocument;
  baseRevision: number;
  errors: ScenarioErrors;
  /** Grows with every failed attempt, so the error summary takes focus again. */
  attempt: number;
  conflict: Conflict | null;
  failure: unknown;
  saving: boolean;
  rebasing: boolean;
  /** For the polite status line. */
  status: string;
  setStatus: (status: string) => void;
  rebaseNotice: string | null;
  submit: (comment: string, changeCount: number) => Promise<void>;
  rebaseOnLatest: () => Promise<void>;
}

export interface ScenarioSaveOptions {
  caseId: string;
  initialDocument: CaseDocument;
  initialRevision: number;
  scenarioId: string;
  draft: UndoableDraft<ScenarioDraft>;
  language: Language;
  t: Translate;
  /** The field's label for a path, for the error summary. */
  describe: (path: string) => string | undefined;
  /** Called with the new revision number after a successful save. */
  onSaved: (revision: number) => void;
}

export function useScenarioSave(options: ScenarioSaveOptions): ScenarioSave {
  const { caseId, scenarioId, draft, language, t, describe } = options;
  const [baseDocument, setBaseDocument] = useState(options.initialDocument);
  const [baseRevision, setBaseRevision] = useState(options.initialRevision);
  const [errors, setErrors] = useState<ScenarioErrors>(NO_SCENARIO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [rebasing, setRebasing] = useState(false);
  const [status, setStatus] = useState('');
  const [rebaseNotice, setRebaseNotice] = useState<string | null>(null);
  const index = baseDocument.scenarios.findIndex((s) => s.id === scenarioId);

  const labelOf = (path: string) => fieldLabel(path, baseDocument, language);
  const showErrors = (next: ScenarioErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
    setStatus('');
  };

  async function submit(comment: string, changeCount: number) {
    if (saving) return;
    if (changeCount === 0)
      return showErrors({ summary: [{ message: t('edit.noChanges') }], byPath: new Map() });
    const result = validateScenario(baseDocument, index, draft.draft, language, t);
    const errors = result.ok
      ? { summary: [], byPath: new Map<string, string>() }
      : scenarioErrors(result.issues, t, describe, labelOf);
    const found = { summary: [...errors.summary], byPath: new Map(errors.byPath) };
    if (comment.trim() === '') {
      found.summary.push({
        fieldId: SCENARIO_COMMENT_ID,
        message: `${t('edit.comment')}: ${t('edit.commentRequired')}`,
      });
      found.byPath.set(SCENARIO_COMMENT_ID, t('edit.commentRequired'));
    }
    if (!result.ok || found.summary.length > 0) return showErrors(found);
    // A scenario the engine cannot compute with (a volume key without volumes) would fail in the CLI and the API too.
    // While the LP solver loads, the server's own check stands in for this one.
    const analysed = runAnalysis(result.document, scenarioId, { language });
    if (analysed && !analysed.ok && analysed.failure.code !== SOLVER_LOADING)
      return showErrors(scenarioErrors([analysisIssue(analysed.failure, t)], t, describe, labelOf));
    setErrors(NO_SCENARIO_ERRORS);
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
      options.onSaved(saved.revision);
    } catch (error) {
      setSaving(false);
      if (isApiError(error) && error.code === 'conflict') {
        const latest = error.latestRevision ?? baseRevision + 1;
        setConflict({ latest, base: baseRevision });
        setStatus(t('edit.conflictStatus', { latest }));
      } else if (isApiError(error) && error.code === 'validation' && error.issues.length > 0) {
        showErrors(scenarioErrors(error.issues, t, describe, labelOf));
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
      const newer = latest.document.scenarios.find((s) => s.id === scenarioId);
      const before = baseDocument.scenarios.find((s) => s.id === scenarioId);
      if (!newer) throw new Error(`scenario ${scenarioId} is gone from revision ${latest.revision.revision}`);
      draft.rebase(scenarioDraft(newer), draft.draft);
      setBaseDocument(latest.document);
      setBaseRevision(latest.revision.revision);
      setConflict(null);
      const revision = latest.revision.revision;
      const notice = t('edit.rebased', { revision });
      const changedToo = JSON.stringify(newer) !== JSON.stringify(before);
      setRebaseNotice(changedToo ? `${notice} ${t('scenarioEdit.rebasedOverlap', { revision })}` : notice);
      setStatus(notice);
    } catch (error) {
      setFailure(error);
    } finally {
      setRebasing(false);
    }
  }

  return {
    baseDocument,
    baseRevision,
    errors,
    attempt,
    conflict,
    failure,
    saving,
    rebasing,
    status,
    setStatus,
    rebaseNotice,
    submit,
    rebaseOnLatest,
  };
}
