/**
 * Checks an edited scenario before it is saved or analysed: gaps the form can see first, then the whole
 * case document through `parseCase`, the parser the server uses. Every error keeps its path in the document
 * (`scenarios[0].areas[0].savingsShare.distribution.max`) to point at the input that edits it, and names the
 * field in words.
 * @module
 */
import '../zod-without-eval.ts';
import { fieldLabel } from '../../../case/field-label.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import { parseCase } from '../../../case/parse-case.ts';
import type { FieldIssue } from '../../../common/errors.ts';
import type { Language } from '../../../i18n/language.ts';
import type { FormError } from '../../components/form-error-summary.tsx';
import type { MessageKey } from '../../i18n/catalogues.ts';
import type { Translate } from '../../i18n/use-t.ts';
import { buildScenario, type ScenarioDraftIssue } from './build-scenario.ts';
import type { ScenarioDraft } from './scenario-draft.ts';
import { fieldIdFor } from './scenario-field-id.ts';

export type ScenarioValidation = { ok: true; document: CaseDocument } | { ok: false; issues: FieldIssue[] };

const LOCAL_MESSAGE: Record<ScenarioDraftIssue['kind'], MessageKey> = {
  invalidNumber: 'scenarioEdit.invalidNumber',
  required: 'scenarioEdit.required',
  sourceRequired: 'scenarioEdit.sourceRequired',
  outOfOrder: 'scenarioEdit.outOfOrder',
  notPositive: 'scenarioEdit.notPositive',
  notParticipant: 'scenarioEdit.notParticipant',
};

const isWithin = (path: string, ancestor: string) =>
  path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);

/**
 * The case document with the draft in place of scenario number `index`, validated.
 * @example validateScenario(document, 0, draft, 'nb', t) // → { ok: true, document } or { ok: false, issues }
 */
export function validateScenario(
  document: CaseDocument,
  index: number,
  draft: ScenarioDraft,
  language: Language,
  t: Translate,
): ScenarioValidation {
  const original = document.scenarios[index];
  if (!original)
    return { ok: false, issues: [{ path: `scenarios[${index}]`, code: 'not_found', message: '' }] };
  const built = buildScenario(original, draft, `scenarios[${index}]`);
  const scenarios = document.scenarios.map((scenario, i) => (i === index ? built.scenario : scenario));
  const parsed = parseCase({ ...document, scenarios }, language);
  const local: FieldIssue[] = built.issues.map((issue) => ({
    path: issue.path,
    code: issue.kind,
    message: t(LOCAL_MESSAGE[issue.kind]),
  }));
  if (parsed.success && local.length === 0) return { ok: true, document: parsed.data };
  // The schema reports the same gap again, or at a parent (a union that matched no branch): one message is enough.
  const covered = (path: string) =>
    local.some((issue) => isWithin(path, issue.path) || isWithin(issue.path, path));
  const rest = parsed.success ? [] : parsed.issues.filter((issue) => !covered(issue.path));
  return { ok: false, issues: [...local, ...rest] };
}

/** Errors for the form: by input id, and for the summary in the order given. */
export interface ScenarioErrors {
  summary: FormError[];
  /** The message to show at each input, by document path. */
  byPath: ReadonlyMap<string, string>;
}

export const NO_SCENARIO_ERRORS: ScenarioErrors = { summary: [], byPath: new Map() };

/**
 * Words issues for the form: each names the field by the form's label (`describe`), or where the form does
 * not edit it, by the field in words (`labelOf`); never by its path.
 * @param describe the field's label for a path, or undefined for a path the form does not edit.
 * @param labelOf the field in words (`fieldLabel` on the case); bokmål without the case when not given.
 */
export function scenarioErrors(
  issues: readonly FieldIssue[],
  t: Translate,
  describe: (path: string) => string | undefined,
  labelOf: (path: string) => string = (path) => fieldLabel(path, null, 'nb'),
): ScenarioErrors {
  const summary: FormError[] = [];
  const byPath = new Map<string, string>();
  const seen = new Set<string>();
  for (const issue of issues) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = describe(issue.path);
    const message =
      issue.path === '' || label !== undefined
        ? issue.message
        : t('edit.fieldError', { message: issue.message, field: labelOf(issue.path) });
    if (!byPath.has(issue.path)) byPath.set(issue.path, message);
    summary.push({
      fieldId: label === undefined ? undefined : fieldIdFor(issue.path),
      message: label === undefined ? message : `${label}: ${message}`,
    });
  }
  return { summary, byPath };
}
