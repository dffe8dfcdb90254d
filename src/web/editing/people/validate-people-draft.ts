/**
 * Checks a people form before saving: the comment, the source document of changed figures, numbers that cannot be
 * read, and then the whole changed document through `parseCase`, whose issues name the field path.
 * @module
 */
import { parseCase } from '../../../case/parse-case.ts';
import { fieldLabel } from '../../../case/field-label.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Language } from '../../../i18n/language.ts';
import type { FormError } from '../../components/form-error-summary.tsx';
import type { Translate } from '../../i18n/use-t.ts';
import { issuesToErrors, type ProvenanceDraft } from './people-draft-common.ts';

export interface PeopleFormIds {
  /** The input for the role that ought to set a placeholder. */
  toBeSetBy: string;
  document: string;
  comment: string;
}

/** The input a provenance issue points at: the document of a source, else the role of a placeholder. */
export function provenanceInput(ids: PeopleFormIds, provenance: ProvenanceDraft): string {
  return provenance.mode === 'source' ? ids.document : ids.toBeSetBy;
}

export interface PeopleDraftCheck {
  before: CaseDocument;
  after: CaseDocument;
  provenance: ProvenanceDraft;
  comment: string;
  /** Errors in the form's own inputs (unreadable numbers and times). */
  local: FormError[];
  /** Only issues under this path are the form's. */
  prefix: string;
  inputFor: (path: string) => string | undefined;
  ids: PeopleFormIds;
}

function provenanceErrors(check: PeopleDraftCheck, t: Translate): FormError[] {
  const changed = JSON.stringify(check.before.people) !== JSON.stringify(check.after.people);
  if (!changed) return [];
  // A placeholder needs nothing more: it says that nobody has set the figures.
  const { mode, document } = check.provenance;
  if (mode === 'source' && document === '')
    return [{ fieldId: check.ids.document, message: t('peopleForm.documentRequired') }];
  return [];
}

/** Every error to list before the form may save; empty when it may. */
export function checkPeopleDraft(check: PeopleDraftCheck, t: Translate, language: Language): FormError[] {
  const errors = [...check.local, ...provenanceErrors(check, t)];
  if (JSON.stringify(check.before.people) === JSON.stringify(check.after.people) && check.local.length === 0)
    errors.push({ message: t('edit.noChanges') });
  if (check.comment.trim() === '')
    errors.push({
      fieldId: check.ids.comment,
      message: `${t('edit.comment')}: ${t('edit.commentRequired')}`,
    });
  if (check.local.length > 0) return errors;
  const parsed = parseCase(check.after, language);
  if (parsed.success) return errors;
  const provenanceListed = errors.some((e) => e.fieldId === check.ids.document);
  const issues = parsed.issues.filter((issue) => !(provenanceListed && issue.path.includes('.provenance')));
  return [
    ...errors,
    ...issuesToErrors(issues, check.prefix, check.inputFor, (message, path) =>
      t('edit.fieldError', { message, field: fieldLabel(path, check.after, language) }),
    ),
  ];
}
