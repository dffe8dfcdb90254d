/**
 * A budget's words as every view states them (the page, the export tables, the CLI): a component's kind, its
 * key with the options that matter and any phase-in step, and an a-konto period («1. kvartal 2027»,
 * «januar 2027»). One place, so a key or a period is never named two ways.
 * @module
 */
import { allocationLabel } from '../cost-sharing/allocation-labels.ts';
import { LOCALE, type Language } from '../../i18n/language.ts';
import type { BudgetComponent } from '../schema/operations.ts';
import type { BudgetComponentRow } from './budget-view.ts';
import { OPERATIONS_VALUE_WORDS } from './operations-words.ts';

/** «Obligatorisk drift», «Valgfritt prosjekt», «Direkte kostnad», «Tjenestesalg». */
export function componentKindWords(kind: string, language: Language): string {
  return OPERATIONS_VALUE_WORDS[kind]?.[language] ?? kind;
}

const NO_KEY: Record<Language, string> = {
  nb: 'Ingen (betales av én kommune)',
  nn: 'Ingen (betalt av éin kommune)',
  en: 'None (paid by one municipality)',
};

const PHASE: Record<Language, (step: number, years: number) => string> = {
  nb: (step, years) =>
    step === 0 ? 'innfasing ikke begynt, gammel fordeling' : `innfasing år ${step} av ${years}`,
  nn: (step, years) =>
    step === 0 ? 'innfasing ikkje byrja, gammal fordeling' : `innfasing år ${step} av ${years}`,
  en: (step, years) => (step === 0 ? 'phase-in not started, old split' : `phase-in year ${step} of ${years}`),
};

/**
 * The component's key in words, with the phase-in step when it is phased in.
 * @example componentKeyWords({ kind: 'mandatory', key: { keyId: 'population' } }, null, 'nb') // → 'Folketall'
 */
export function componentKeyWords(
  component: Pick<BudgetComponent, 'kind' | 'key'>,
  phaseIn: BudgetComponentRow['phaseIn'],
  language: Language,
): string {
  if (component.kind === 'direct' || component.key === undefined) return NO_KEY[language];
  const key = allocationLabel(
    {
      labelKey: `costKey.${component.key.keyId}.label`,
      ...(component.key.options === undefined ? {} : { options: component.key.options }),
    },
    language,
  );
  return phaseIn === null ? key : `${key} (${PHASE[language](phaseIn.step, phaseIn.years)})`;
}

const QUARTER: Record<Language, (q: string, year: string) => string> = {
  nb: (q, year) => `${q}. kvartal ${year}`,
  nn: (q, year) => `${q}. kvartal ${year}`,
  en: (q, year) => `Q${q} ${year}`,
};

/**
 * An a-konto period as a person reads it: `2027-K1` → «1. kvartal 2027», `2027-03` → «mars 2027»; any other
 * id as it is written.
 */
export function periodWords(id: string, language: Language): string {
  const quarter = /^(\d{4})-K([1-4])$/.exec(id);
  if (quarter) return QUARTER[language](quarter[2] as string, quarter[1] as string);
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(LOCALE[language], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  return id;
}

const INVOICE_TEXT: Record<Language, (period: string, unit: string) => string> = {
  nb: (period, unit) => `A-konto ${period} – ${unit}`,
  nn: (period, unit) => `A-konto ${period} – ${unit}`,
  en: (period, unit) => `On account ${period} – ${unit}`,
};

/** The text of an invoice line: «A-konto 1. kvartal 2027 – Felles enhet for administrative tjenester». */
export function invoiceText(periodId: string, unitName: string, language: Language): string {
  return INVOICE_TEXT[language](periodWords(periodId, language), unitName);
}
