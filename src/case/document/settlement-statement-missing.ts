/**
 * Why a settlement statement or benefit report cannot be made yet, in words a finance manager reads: the field
 * as the forms label it (`fieldLabel`), never a document path, and what to do about it. Checked before anything
 * is generated, so the refusal (422) comes at once. Also who is a member of a unit in a year.
 * @module
 */
import { membershipChanges } from '../operations/operations-inputs.ts';
import { fieldLabel } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { JointUnit } from '../schema/operations.ts';
import type { Language } from '../../i18n/language.ts';

type Kind = 'settlement-statement' | 'benefit-report';

const LEAD: Record<Language, Record<Kind, (year: number) => string>> = {
  nb: {
    'settlement-statement': (year) => `Årsoppgjøret for ${year} kan ikke lages ennå`,
    'benefit-report': (year) => `Gevinstrapporten for ${year} kan ikke lages ennå`,
  },
  nn: {
    'settlement-statement': (year) => `Årsoppgjeret for ${year} kan ikkje lagast enno`,
    'benefit-report': (year) => `Gevinstrapporten for ${year} kan ikkje lagast enno`,
  },
  en: {
    'settlement-statement': (year) => `The settlement statement for ${year} cannot be made yet`,
    'benefit-report': (year) => `The benefit report for ${year} cannot be made yet`,
  },
};

/** What is missing, per view error code; `label` is the field as the forms name it. */
const REASON: Record<Language, Record<string, (label: string, year: number) => string>> = {
  nb: {
    no_surplus_policy: (label) => `det er ikke bestemt hva som skjer med et overskudd (${label})`,
    no_fund_opening: (label) => `fondets saldo ved start er ikke lagt inn (${label})`,
    no_settlement: (_, year) =>
      `ingen avregning er registrert for ${year}: regnskapet fra vertskommunen er ikke lest inn`,
    no_benefit_plans: () => 'den felles enheten har ingen gevinstplan',
    other: (label) => `dette feltet mangler eller har en ugyldig verdi: ${label}`,
  },
  nn: {
    no_surplus_policy: (label) => `det er ikkje bestemt kva som skjer med eit overskot (${label})`,
    no_fund_opening: (label) => `saldoen til fondet ved start er ikkje lagd inn (${label})`,
    no_settlement: (_, year) =>
      `inga avrekning er registrert for ${year}: rekneskapen frå vertskommunen er ikkje lesen inn`,
    no_benefit_plans: () => 'den felles eininga har ingen gevinstplan',
    other: (label) => `dette feltet manglar eller har ein ugyldig verdi: ${label}`,
  },
  en: {
    no_surplus_policy: (label) => `nobody has decided what happens to a surplus (${label})`,
    no_fund_opening: (label) => `the fund's opening balance has not been entered (${label})`,
    no_settlement: (_, year) =>
      `no settlement is recorded for ${year}: the host's ledger has not been imported`,
    no_benefit_plans: () => 'the joint unit has no benefit plan',
    other: (label) => `this field is missing or has an invalid value: ${label}`,
  },
};

/**
 * The refusal's message.
 * @example operationsMissingMessage(defaultCase(), 'settlement-statement', { code: 'no_surplus_policy', path: 'operations.units[0].surplusPolicy' }, 2027, 'nb')
 * // → 'Årsoppgjøret for 2027 kan ikke lages ennå: det er ikke bestemt hva som skjer med et overskudd (Drift av samarbeidet: felles enhet for administrative tjenester, overskudd).'
 */
export function operationsMissingMessage(
  document: CaseDocument,
  kind: Kind,
  missing: { code: string; path: string },
  year: number,
  language: Language,
): string {
  const reasons = REASON[language];
  const reason = reasons[missing.code] ?? reasons['other'];
  const label = fieldLabel(missing.path, document, language);
  return `${LEAD[language][kind](year)}: ${reason?.(label, year) ?? label}.`;
}

/**
 * Whether `municipality` is a member of `unit` for some part of `year`: it has joined before the year ends and
 * not left (on its exit date, or the date its notice runs out) before the year starts.
 */
export function isMemberInYear(unit: JointUnit, municipality: string, year: number): boolean {
  if (!unit.members.some((m) => m.municipality === municipality)) return false;
  const change = membershipChanges(unit).find((c) => c.municipality === municipality);
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  if (change?.joins !== undefined && change.joins >= end) return false;
  return change?.leaves === undefined || change.leaves > start;
}
