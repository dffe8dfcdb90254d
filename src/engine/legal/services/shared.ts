/**
 * Attribute values that several services share, so each service module states only what is its own.
 * @module
 */
import { fact, unconfirmedFact, type LegalFact, type Text } from '../legal-fact.ts';
import { ref, type LegalReference } from '../legal-reference.ts';
import type { PrincipledCases, ServiceNote, StatutoryTask } from '../service-attribute.ts';
import type { TaskDescription } from '../task-part.ts';

/** A service without individual decisions, by default on the ministry's overview of models [S8]. */
export function noDecisions(
  text: Text,
  references: readonly LegalReference[] = [ref('departementets-oversikt', null, 'S8')],
): LegalFact<'none'> {
  return fact('none', text, references);
}

const notSettled: Text = {
  nb: 'Ikke avklart i kildene (ikke bekreftet).',
  nn: 'Ikkje avklart i kjeldene (ikkje stadfesta).',
  en: 'Not settled in the sources (not confirmed).',
};

/** No principled cases: the service makes no decisions. */
export const noPrincipledCases: LegalFact<PrincipledCases> = fact(
  'no',
  { nb: 'Nei.', nn: 'Nei.', en: 'No.' },
  [],
);

/** Assumed to have no principled cases, without a source. */
export const assumedNoPrincipled: LegalFact<PrincipledCases> = unconfirmedFact(
  'no',
  {
    nb: 'Antatt nei (ikke bekreftet).',
    nn: 'Rekna som nei (ikkje stadfesta).',
    en: 'Assumed no (not confirmed).',
  },
  [],
);

/** Whether the service has principled cases is not settled in the sources. */
export const unknownPrincipled: LegalFact<PrincipledCases> = unconfirmedFact('unknown', notSettled, []);

/** Whether the task is statutory is not settled in the sources. */
export const statutoryUnknown: LegalFact<StatutoryTask> = unconfirmedFact('unknown', notSettled, []);

/** No special act found that lets other legal entities take the decisions (kommuneloven § 5-4 first para.). */
export function noOpeningFound(text: Text, references: readonly LegalReference[] = []): LegalFact<boolean> {
  return unconfirmedFact(false, text, [ref('kommuneloven', '§ 5-4 første ledd', 'S1a', 'S8'), ...references]);
}

/** A description of the preparatory work of a service. */
export function preparation(text: Text, references: readonly LegalReference[] = []): TaskDescription {
  return { text, references, unconfirmed: false };
}

/** The shared work handles no personal data on the municipalities' behalf. */
export const noPersonalData: LegalFact<boolean> = fact(
  false,
  {
    nb: 'Arbeidet behandler ikke personopplysninger på vegne av kommunene.',
    nn: 'Arbeidet handsamar ikkje personopplysningar på vegner av kommunane.',
    en: 'The work processes no personal data on the municipalities’ behalf.',
  },
  [],
);

/** Case files about named people: a processor relation by Flokk's reading of the general rule [L21a][L21b]. */
export const caseFilePersonalData: LegalFact<boolean> = unconfirmedFact(
  true,
  {
    nb: 'Sakene gjelder navngitte personer, så det delte arbeidet behandler personopplysninger på vegne av kommunene (Flokks lesning av den generelle regelen, ikke bekreftet).',
    nn: 'Sakene gjeld namngjevne personar, så det delte arbeidet handsamar personopplysningar på vegner av kommunane (lesinga til Flokk av den generelle regelen, ikkje stadfesta).',
    en: 'The cases concern named people, so the shared work processes personal data on the municipalities’ behalf (Flokk’s reading of the general rule, not confirmed).',
  },
  [ref('datatilsynet', null, 'L21a', 'L21b')],
);

/** The note on a service LAW.md has no row for. */
export const notCoveredNote: ServiceNote = {
  text: {
    nb: 'Lovnotatene har ingen rad for denne tjenesten; vurderingen er en lesning av de generelle reglene (ikke bekreftet).',
    nn: 'Lovnotata har inga rad for denne tenesta; vurderinga er ei lesing av dei generelle reglane (ikkje stadfesta).',
    en: 'The legal notes have no row for this service; the assessment reads the general rules (not confirmed).',
  },
  references: [],
  unconfirmed: true,
};
