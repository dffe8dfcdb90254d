/**
 * Names of the case's fields that explanations end in, as the forms label them, in bokmål, nynorsk and
 * English. `{cost}`, `{grant}` and `{fromYear}` are filled in.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

const FIELD_WORDS: Readonly<Record<string, Record<Language, string>>> = {
  labourCost: { nb: 'lønnskostnad', nn: 'lønskostnad', en: 'labour cost' },
  otherCosts: { nb: 'andre kostnader', nn: 'andre kostnader', en: 'other costs' },
  savingsShare: { nb: 'innsparing', nn: 'innsparing', en: 'savings share' },
  rampUpYears: { nb: 'opptrappingsår', nn: 'opptrappingsår', en: 'ramp-up years' },
  attritionCap: {
    nb: 'naturlig avgang per år',
    nn: 'naturleg avgang per år',
    en: 'natural attrition per year',
  },
  recurringCosts: {
    nb: 'løpende kostnad «{cost}»',
    nn: 'løpande kostnad «{cost}»',
    en: 'recurring cost «{cost}»',
  },
  oneOffCosts: { nb: 'engangskostnad «{cost}»', nn: 'eingongskostnad «{cost}»', en: 'one-off cost «{cost}»' },
  zeroAlternativeCosts: {
    nb: 'kostnad ved å fortsette alene «{cost}»',
    nn: 'kostnad ved å halde fram åleine «{cost}»',
    en: 'cost of going alone «{cost}»',
  },
  costShare: {
    nb: 'andel etter kostnadsnøkkelen',
    nn: 'del etter kostnadsnøkkelen',
    en: 'share by the cost key',
  },
  oneOffShare: {
    nb: 'andel etter nøkkelen for engangskostnader',
    nn: 'del etter nøkkelen for eingongskostnader',
    en: 'share by the one-off key',
  },
  grantAmount: { nb: 'tilskudd «{grant}»', nn: 'tilskot «{grant}»', en: 'grant «{grant}»' },
  grantShare: {
    nb: 'andel av tilskuddet «{grant}»',
    nn: 'del av tilskotet «{grant}»',
    en: 'share of the grant «{grant}»',
  },
  realWageGrowth: {
    nb: 'reallønnsvekst per år',
    nn: 'reallønsvekst per år',
    en: 'real wage growth per year',
  },
  discountRate: {
    nb: 'kalkulasjonsrente fra år {fromYear}',
    nn: 'kalkulasjonsrente frå år {fromYear}',
    en: 'discount rate from year {fromYear}',
  },
  typedCoalitionCost: {
    nb: 'kostnad for gruppen fra kostnadstabellen',
    nn: 'kostnad for gruppa frå kostnadstabellen',
    en: 'the group’s cost from the cost table',
  },
};

/**
 * The words of a field, with `prefix` (a municipality and area, or a scenario) before a colon.
 * @example fieldWords('labourCost', 'nb', 'Melhus, Lønn', {}) // → 'Melhus, Lønn: lønnskostnad'
 */
export function fieldWords(
  field: string,
  language: Language,
  prefix: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const words = (FIELD_WORDS[field]?.[language] ?? field).replace(/\{(\w+)\}/g, (_, key: string) =>
    String(params[key] ?? ''),
  );
  return prefix === '' ? words : `${prefix}: ${words}`;
}
