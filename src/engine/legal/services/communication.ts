/**
 * Kommunikasjon (communication): LAW.md has no row for it; read as a support function without individual
 * decisions. Every attribute is UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { notCoveredNote, statutoryUnknown } from './shared.ts';

export const communication: ServiceAttributes = {
  code: 'communication',
  name: { nb: 'Kommunikasjon', en: 'Communication' },
  individualDecisions: unconfirmedFact(
    'none',
    {
      nb: 'Antatt en støttefunksjon uten enkeltvedtak (UNCONFIRMED).',
      en: 'Assumed a support function without individual decisions (UNCONFIRMED).',
    },
    [],
  ),
  principledCases: unconfirmedFact(
    'no',
    { nb: 'Antatt nei (UNCONFIRMED).', en: 'Assumed no (UNCONFIRMED).' },
    [],
  ),
  statutoryTask: statutoryUnknown,
  retained: [],
  modelRules: [],
  notes: [notCoveredNote],
  coveredBySources: false,
};
