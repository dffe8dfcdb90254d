/**
 * The operations views as the API answers them: every placeholder and every field a view could not be
 * computed for named as the forms label it (`fieldLabel`, with the words of `operations-words.ts`), never by
 * its document path, and the population the keys read with whether an earlier date than 1 January of the
 * budget year had to be used.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { fieldLabel } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { BudgetView, OperationsViewError } from './budget-view.ts';
import { participantName } from './operations-index.ts';

export interface LabelledBudgetView extends Omit<BudgetView, 'placeholders' | 'population'> {
  placeholders: (BudgetView['placeholders'][number] & { label: string })[];
  population: (BudgetView['population'][number] & { name: string; earlier: boolean })[];
}

/** A view error with the field in words and a sentence saying what is missing. */
export interface LabelledViewError extends OperationsViewError {
  label: string;
  message: string;
}

export function labelBudget(
  view: BudgetView,
  document: CaseDocument,
  language: Language,
): LabelledBudgetView {
  return {
    ...view,
    placeholders: view.placeholders.map((p) => ({ ...p, label: fieldLabel(p.path, document, language) })),
    population: view.population.map((p) => ({
      ...p,
      name: participantName(document, p.municipality),
      earlier: p.used !== null && p.used !== p.wanted,
    })),
  };
}

const MESSAGES: Record<string, Record<Language, (label: string) => string>> = {
  no_periods: {
    nb: () =>
      'A-konto-terminene er ikke satt for dette budsjettåret. En redaktør kan sette dem på siden Drift.',
    nn: () =>
      'A-konto-terminane er ikkje sette for dette budsjettåret. Ein redaktør kan setje dei på sida Drift.',
    en: () =>
      'The a-konto periods are not set for this budget year. An editor can set them on the Operations page.',
  },
};

const FALLBACK: Record<Language, (label: string) => string> = {
  nb: (label) => `Budsjettet kan ikke regnes ut: «${label}» mangler eller er ugyldig.`,
  nn: (label) => `Budsjettet kan ikkje reknast ut: «${label}» manglar eller er ugyldig.`,
  en: (label) => `The budget cannot be computed: «${label}» is missing or invalid.`,
};

export function labelError(
  error: OperationsViewError,
  document: CaseDocument,
  language: Language,
): LabelledViewError {
  const label = fieldLabel(error.path, document, language);
  return { ...error, label, message: (MESSAGES[error.code]?.[language] ?? FALLBACK[language])(label) };
}
