/**
 * The names of the cost keys and allocation methods in bokmål, nynorsk and English, by the `labelKey` their
 * registries give, and a row's full label with its options («Volum (payslips)», «Hybrid: 30 % likt, 70 %
 * etter folketall»). Shared by the screens, `flokk share` and the API, so a method is named the same
 * everywhere.
 * @module
 */
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { AllocationRow } from './allocation-rows.ts';

const LABELS: Record<string, Record<Language, string>> = {
  'costKey.population.label': { nb: 'Folketall', nn: 'Folketal', en: 'Population' },
  'costKey.volume.label': { nb: 'Volum', nn: 'Volum', en: 'Volume' },
  'costKey.equal.label': { nb: 'Lik andel', nn: 'Lik del', en: 'Equal shares' },
  'costKey.hybrid.label': { nb: 'Hybrid', nn: 'Hybrid', en: 'Hybrid' },
  'allocation_method.shapley': { nb: 'Shapley-verdien', nn: 'Shapley-verdien', en: 'Shapley value' },
  'allocation_method.nucleolus': { nb: 'Nukleolus', nn: 'Nukleolus', en: 'Nucleolus' },
  'allocation_method.per_capita_nucleolus': {
    nb: 'Nukleolus per medlem (svak)',
    nn: 'Nukleolus per medlem (svak)',
    en: 'Per-capita (weak) nucleolus',
  },
  'allocation_method.proportional_nucleolus': {
    nb: 'Proporsjonal nukleolus',
    nn: 'Proporsjonal nukleolus',
    en: 'Proportional nucleolus',
  },
  'allocation_method.least_core': {
    nb: 'Minste kjerne (ett punkt)',
    nn: 'Minste kjerne (eitt punkt)',
    en: 'Least core (one point)',
  },
  'allocation_method.scrb': {
    nb: 'SCRB (separable kostnader, resterende nytte)',
    nn: 'SCRB (separable kostnader, attverande nytte)',
    en: 'SCRB (separable costs, remaining benefits)',
  },
  'allocation_method.equal_profit': {
    nb: 'Lik relativ gevinst (EPM)',
    nn: 'Lik relativ vinst (EPM)',
    en: 'Equal Profit Method (EPM)',
  },
};

const HYBRID: Record<Language, (fixed: string, rest: string, restLabel: string) => string> = {
  nb: (fixed, rest, restLabel) => `${fixed} % likt, ${rest} % etter ${restLabel.toLowerCase()}`,
  nn: (fixed, rest, restLabel) => `${fixed} % likt, ${rest} % etter ${restLabel.toLowerCase()}`,
  en: (fixed, rest, restLabel) => `${fixed} % equal, ${rest} % by ${restLabel.toLowerCase()}`,
};

/**
 * The name behind a registry's `labelKey`, or the key itself for one this module does not know.
 * @example labelText('allocation_method.shapley', 'nb') // → 'Shapley-verdien'
 */
export function labelText(labelKey: string, language: Language): string {
  return LABELS[labelKey]?.[language] ?? labelKey;
}

/**
 * A row's label with the options that matter: the measure of a volume key, the split of a hybrid key.
 * @example allocationLabel({ labelKey: 'costKey.hybrid.label', options: { fixedShare: 0.3, rest: { keyId: 'population' } } }, 'nb')
 * // → 'Hybrid: 30 % likt, 70 % etter folketall'
 */
export function allocationLabel(
  row: Pick<AllocationRow, 'labelKey' | 'options'>,
  language: Language,
): string {
  const name = labelText(row.labelKey, language);
  const measure = row.options?.['measure'];
  if (typeof measure === 'string') return `${name} (${measure})`;
  const fixed = row.options?.['fixedShare'];
  const rest = row.options?.['rest'];
  if (typeof fixed === 'number' && typeof rest === 'object' && rest !== null && 'keyId' in rest) {
    const restLabel = labelText(`costKey.${String(rest.keyId)}.label`, language);
    const percent = (v: number) => formatNumber(v * 100, Number.isInteger(v * 100) ? 0 : 1);
    return `${name}: ${HYBRID[language](percent(fixed), percent(1 - fixed), restLabel)}`;
  }
  return name;
}
