/**
 * Attribute values that several services share, so each service module states only what is its own.
 * @module
 */
import { fact, unconfirmedFact, type LegalFact } from '../legal-fact.ts';
import { ref, type LegalReference } from '../legal-reference.ts';
import type { PrincipledCases, ServiceNote, StatutoryTask } from '../service-attribute.ts';

/** A service without individual decisions, by default on the ministry's overview of models [S8]. */
export function noDecisions(
  nb: string,
  en: string,
  references: readonly LegalReference[] = [ref('departementets-oversikt', null, 'S8')],
): LegalFact<'none'> {
  return fact('none', { nb, en }, references);
}

/** No principled cases: the service makes no decisions. */
export const noPrincipledCases: LegalFact<PrincipledCases> = fact('no', { nb: 'Nei.', en: 'No.' }, []);

/** Whether the service has principled cases is not settled in the sources. */
export const unknownPrincipled: LegalFact<PrincipledCases> = unconfirmedFact(
  'unknown',
  { nb: 'Ikke avklart i kildene (UNCONFIRMED).', en: 'Not settled in the sources (UNCONFIRMED).' },
  [],
);

/** Whether the task is statutory is not settled in the sources. */
export const statutoryUnknown: LegalFact<StatutoryTask> = unconfirmedFact(
  'unknown',
  { nb: 'Ikke avklart i kildene (UNCONFIRMED).', en: 'Not settled in the sources (UNCONFIRMED).' },
  [],
);

/** No special act found that lets other legal entities take the decisions (kommuneloven § 5-4 first para.). */
export function noOpeningFound(nb: string, en: string): LegalFact<boolean> {
  return unconfirmedFact(false, { nb, en }, [ref('kommuneloven', '§ 5-4 første ledd', 'S1a', 'S8')]);
}

/** The note on a service LAW.md has no row for. */
export const notCoveredNote: ServiceNote = {
  text: {
    nb: 'LAW.md har ingen rad for denne tjenesten; vurderingen er en lesning av de generelle reglene (UNCONFIRMED).',
    en: 'LAW.md has no row for this service; the assessment reads the general rules (UNCONFIRMED).',
  },
  references: [],
  unconfirmed: true,
};
