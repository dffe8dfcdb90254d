/**
 * Kommunikasjon (communication): LAW.md has no row for it; read as a support function without individual
 * decisions. Every attribute is UNCONFIRMED.
 * @module
 */
import { unconfirmedFact } from '../legal-fact.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import {
  assumedNoPrincipled,
  noPersonalData,
  notCoveredNote,
  preparation,
  statutoryUnknown,
} from './shared.ts';

export const communication: ServiceAttributes = {
  code: 'communication',
  name: { nb: 'Kommunikasjon', nn: 'Kommunikasjon', en: 'Communication' },
  individualDecisions: unconfirmedFact(
    'none',
    {
      nb: 'Antatt en støttefunksjon uten enkeltvedtak (ikke bekreftet).',
      nn: 'Rekna som ein støttefunksjon utan enkeltvedtak (ikkje stadfesta).',
      en: 'Assumed a support function without individual decisions (not confirmed).',
    },
    [],
  ),
  principledCases: assumedNoPrincipled,
  statutoryTask: statutoryUnknown,
  preparation: preparation({
    nb: 'Informasjon og kommunikasjon for kommunene.',
    nn: 'Informasjon og kommunikasjon for kommunane.',
    en: 'Information and communication for the municipalities.',
  }),
  personalData: noPersonalData,
  retained: [],
  modelRules: [],
  notes: [notCoveredNote],
  coveredBySources: false,
};
