/**
 * Checks an edited baseline before it is sent: text that is not a number first, then the whole document
 * through `parseCase`, the same parser the server uses. Every error points at the input that edits it and
 * names the field in words (`fieldLabel`), never by its path.
 * @module
 */
import './zod-without-eval.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { fieldLabel } from '../../case/field-label.ts';
import { parseCase } from '../../case/parse-case.ts';
import { checkSourceIntegrity, type SourceEntry } from '../../case/source-integrity.ts';
import type { FieldIssue } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';
import type { FormError } from '../components/form-error-summary.tsx';
import type { Translate } from '../i18n/use-t.ts';
import { applyDraft, DRAFT_FIELDS, type BaselineDraft, type DraftIssue } from './baseline-draft.ts';
import type { MessageKey } from '../i18n/catalogues.ts';
import { fieldForIssue, fieldId, type FieldRef } from './field-paths.ts';

export interface DraftErrors {
  /** For the error summary, in document order. */
  summary: FormError[];
  /** The message to show at each input, by input id. */
  byField: Map<string, string>;
}

export type DraftValidation = { ok: true; document: CaseDocument } | { ok: false; errors: DraftErrors };

/**
 * Turns issues (from the draft, `parseCase` or the server) into messages at fields and in the summary. An
 * issue at an input is named by the input's label; any other by `labelOf`, the field in words.
 */
export function issuesToErrors(
  issues: readonly FieldIssue[],
  t: Translate,
  describeField: (ref: FieldRef) => string,
  labelOf: (path: string) => string,
): DraftErrors {
  const summary: FormError[] = [];
  const byField = new Map<string, string>();
  const seen = new Set<string>();
  // In the order of the form: row by row, field by field; issues outside the baseline last.
  const position = (issue: FieldIssue) => {
    const ref = fieldForIssue(issue);
    return ref ? ref.index * DRAFT_FIELDS.length + DRAFT_FIELDS.indexOf(ref.field) : Number.MAX_SAFE_INTEGER;
  };
  for (const issue of [...issues].sort((a, b) => position(a) - position(b))) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ref = fieldForIssue(issue);
    if (!ref) {
      const field = labelOf(issue.path);
      summary.push({
        message: issue.path === '' ? issue.message : t('edit.fieldError', { message: issue.message, field }),
      });
      continue;
    }
    const id = fieldId(ref);
    if (!byField.has(id)) byField.set(id, issue.message);
    summary.push({ fieldId: id, message: `${describeField(ref)}: ${issue.message}` });
  }
  return { summary, byField };
}

const DRAFT_ISSUE_MESSAGE = {
  invalidNumber: 'edit.invalidNumber',
  ageRequired: 'edit.ageRequired',
  sourceRequired: 'edit.sourceRequired',
  locatorRequired: 'edit.locatorRequired',
} as const satisfies Record<DraftIssue['kind'], MessageKey>;

export function validateDraft(
  document: CaseDocument,
  draft: BaselineDraft,
  language: Language,
  t: Translate,
  describeField: (ref: FieldRef) => string,
  entry: SourceEntry,
): DraftValidation {
  const applied = applyDraft(document, draft, entry);
  const local: FieldIssue[] = applied.issues.map((issue) => ({
    path: issue.path,
    code: issue.kind,
    message: t(DRAFT_ISSUE_MESSAGE[issue.kind]),
  }));
  const parsed = parseCase(applied.document, language);
  const labelOf = (path: string) => fieldLabel(path, applied.document, language);
  if (parsed.success && local.length === 0) {
    // The server's own rule, so a source the editor left as it was is named before anything is sent.
    const sourced = checkSourceIntegrity(document, parsed.data, entry, language).issues;
    if (sourced.length === 0) return { ok: true, document: parsed.data };
    return { ok: false, errors: issuesToErrors(sourced, t, describeField, labelOf) };
  }
  const covered = (path: string) =>
    local.some((issue) => path === issue.path || path.startsWith(`${issue.path}.`));
  const rest = parsed.success ? [] : parsed.issues.filter((issue) => !covered(issue.path));
  return { ok: false, errors: issuesToErrors([...local, ...rest], t, describeField, labelOf) };
}
