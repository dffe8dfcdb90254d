/**
 * A joint unit's benefit plans as the councils follow them up: each plan's `benefitView` with its status in
 * words, a count per status and the one-sentence answer. What the API, the CLI and the web page show, built
 * here once.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { fieldLabel, textOf } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { benefitView, type BenefitView } from './benefit-view.ts';
import {
  BENEFIT_SUMMARY_STATUSES,
  benefitStatusWords,
  benefitsAnswer,
  type BenefitSummaryStatus,
} from './benefit-words.ts';

/** The status's name and meaning in the view's language. */
export interface StatusText {
  label: string;
  meaning: string;
}

export type BenefitEntry =
  | (BenefitView & { statusText: StatusText })
  | {
      ok: false;
      id: string;
      benefit: string;
      status: 'invalid';
      statusText: StatusText;
      code: string;
      /** The document path, and the field as the forms label it. */
      path: string;
      field: string;
    };

export interface BenefitsView {
  unitId: string;
  unitName: string;
  language: Language;
  plans: BenefitEntry[];
  /** How many plans have each status, every status listed (0 where none). */
  summary: Record<BenefitSummaryStatus, number>;
  answer: string;
  /** True when any plan's target, date or owner is a placeholder. */
  hasPlaceholders: boolean;
}

/** The unit to show: `unitId`, or the case's first unit; `null` when there is no such unit. */
export function benefitsUnit(document: CaseDocument, unitId?: string): string | null {
  const units = document.operations.units;
  const unit = unitId === undefined ? units[0] : units.find((u) => u.id === unitId);
  return unit?.id ?? null;
}

/**
 * The benefit plans of `unitId` in `language`; `null` for a unit the case does not have.
 * @example benefitsView(defaultCase(), 'administrative-tjenester', 'nb')?.answer // → 'Ingen av de 6 gevinstene har et mål ennå.'
 */
export function benefitsView(
  document: CaseDocument,
  unitId: string,
  language: Language,
): BenefitsView | null {
  const unit = document.operations.units.find((u) => u.id === unitId);
  if (unit === undefined) return null;
  const summary = Object.fromEntries(BENEFIT_SUMMARY_STATUSES.map((s) => [s, 0])) as Record<
    BenefitSummaryStatus,
    number
  >;
  const plans = document.operations.benefitPlans
    .filter((plan) => plan.unitId === unitId)
    .map((plan): BenefitEntry => {
      const view = benefitView(document, plan.id);
      const status = view.ok ? view.status : 'invalid';
      summary[status] += 1;
      const statusText = benefitStatusWords(status, language);
      if (view.ok) return { ...view, statusText };
      const { code, path } = view;
      return {
        ok: false,
        id: plan.id,
        benefit: plan.benefit,
        status: 'invalid',
        statusText,
        code,
        path,
        field: fieldLabel(path, document, language),
      };
    });
  return {
    unitId,
    unitName: textOf(unit.name, language) ?? unitId,
    language,
    plans,
    summary,
    answer: benefitsAnswer(summary, language),
    hasPlaceholders: plans.some((p) => p.ok && p.hasPlaceholders),
  };
}
