/**
 * Why a draft agreement cannot be marked final: every missing point with its paragraph, in the reader's
 * language. The API's 422, the CLI's refusal and the web's explanation say the same words.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { AgreementCheck } from './build-agreement.ts';

const LEAD: Record<Language, string> = {
  nb: 'Utkastet kan ikke merkes som endelig før minsteinnholdet er på plass. Mangler:',
  nn: 'Utkastet kan ikkje merkast som endeleg før minsteinnhaldet er på plass. Manglar:',
  en: 'The draft cannot be marked final until the minimum content is in place. Missing:',
};

/**
 * The message naming each missing point with its paragraph, or `null` when none is missing.
 * @example agreementIncompleteMessage(check, 'nb') // → 'Utkastet kan ikke merkes som endelig … Mangler: Vertskommunen (kommuneloven § 20-4 tredje ledd bokstav b); …'
 */
export function agreementIncompleteMessage(check: AgreementCheck, language: Language): string | null {
  const missing = check.points.filter((p) => p.status === 'missing');
  if (missing.length === 0) return null;
  return `${LEAD[language]} ${missing.map((p) => `${p.label} (${p.paragraph})`).join('; ')}.`;
}
