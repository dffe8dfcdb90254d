/**
 * The boundary parser for case documents: migrate, then validate, and report issues that name the field.
 * Every load (database, file, API, UI) goes through `parseCase`.
 * @module
 */
import type { FieldIssue } from '../common/errors.ts';
import { customMessage, zodErrorMap } from '../i18n/issue-messages.ts';
import type { Language } from '../i18n/language.ts';
import { toFieldIssues } from './issue-path.ts';
import { migrateCase } from './migrate.ts';
import { CaseDocument } from './schema/case-document.ts';

export type ParseResult<T> = { success: true; data: T } | { success: false; issues: FieldIssue[] };

/** Upgrades `raw` to the current schema version and validates it. */
export function parseCase(raw: unknown, language: Language = 'nb'): ParseResult<CaseDocument> {
  const migrated = migrateCase(raw);
  if (!migrated.ok) {
    const path = migrated.code === 'unsupported_schema_version' ? 'schemaVersion' : '';
    return {
      success: false,
      issues: [{ path, code: migrated.code, message: customMessage(migrated.code, language) }],
    };
  }
  const result = CaseDocument.safeParse(migrated.document, { error: zodErrorMap(language) });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    // Flokk's own checks carry their code as the message key (see schema/references-check.ts).
    issues: toFieldIssues(result.error.issues, (key) => customMessage(key, language)),
  };
}
