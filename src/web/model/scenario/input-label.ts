/**
 * What an uncertain input of the analysis is, in the interface language. The engine names inputs by their
 * path in the case document (`scenarios[0].areas[2].savingsShare`); the words are made here, with the
 * engine's bokmål label as the fallback.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { Language } from '../../../i18n/language.ts';
import { localized } from '../../i18n/localized-text.ts';
import { messageKeyOr } from '../../i18n/message-key.ts';
import type { Translate } from '../../i18n/use-t.ts';

/** Shares are shown in percent, amounts in kroner. */
export type InputUnit = 'share' | 'kroner';

export interface InputDescription {
  label: string;
  unit: InputUnit;
}

const PATTERN =
  /^scenarios\[(\d+)\]\.(?:realWageGrowth|areas\[(\d+)\]\.(savingsShare|(oneOffCosts|recurringCosts)\[(\d+)\]\.amount))$/;

/**
 * @example describeInput('scenarios[0].areas[0].savingsShare', document, t, 'nb', fallback) // → { label: 'Innsparing – Lønn, regnskap og fakturering', unit: 'share' }
 */
export function describeInput(
  inputId: string,
  document: CaseDocument,
  t: Translate,
  language: Language,
  fallback: string,
): InputDescription {
  const match = PATTERN.exec(inputId);
  if (!match) return { label: fallback, unit: 'kroner' };
  const [, s, a, field, list, c] = match;
  const scenario = document.scenarios[Number(s)];
  if (a === undefined || field === undefined) return { label: t('input.realWageGrowth'), unit: 'share' };
  const area = scenario?.areas[Number(a)];
  const areaInfo = document.serviceAreas.find((candidate) => candidate.id === area?.areaId);
  const areaName = areaInfo ? localized(areaInfo.name, language) : (area?.areaId ?? '');
  if (field === 'savingsShare') return { label: t('input.savingsShare', { area: areaName }), unit: 'share' };
  const cost = list === 'oneOffCosts' ? area?.oneOffCosts[Number(c)] : area?.recurringCosts[Number(c)];
  const kind = t(messageKeyOr(`costKind.${cost?.kind ?? 'other'}`, 'costKind.other'));
  return {
    label: t(list === 'oneOffCosts' ? 'input.oneOffCost' : 'input.recurringCost', {
      n: Number(c) + 1,
      kind,
      area: areaName,
    }),
    unit: 'kroner',
  };
}
