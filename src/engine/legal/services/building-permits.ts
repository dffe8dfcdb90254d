/**
 * Byggesak (building permits): permits, dispensations and orders are individual decisions, so only a host
 * municipality (or keeping them in-house) will do; no special-act opening for companies has been found
 * (UNCONFIRMED) [S1a][S6][S8].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noOpeningFound } from './shared.ts';

export const buildingPermits: ServiceAttributes = {
  code: 'buildingPermits',
  name: { nb: 'Byggesak', en: 'Building permits' },
  individualDecisions: fact(
    'core',
    {
      nb: 'Ja – tillatelser, dispensasjoner og pålegg er enkeltvedtak.',
      en: 'Yes – permits, dispensations and orders are individual decisions.',
    },
    [ref('departementets-oversikt', null, 'S8'), ref('veileder', 'kap. 5', 'S6')],
  ),
  principledCases: fact(
    'yes',
    {
      nb: 'Ja – f.eks. prinsipielle dispensasjoner; de blir hos egne folkevalgte organer med mindre en felles nemnd brukes.',
      en: 'Yes – e.g. principled dispensations; they stay with the municipality’s own elected bodies unless a joint board is used.',
    },
    [ref('kommuneloven', '§ 20-2 første ledd', 'S1a'), ref('kommuneloven', '§ 20-3', 'S1a')],
  ),
  statutoryTask: fact('yes', { nb: 'Ja.', en: 'Yes.' }, [ref('departementets-oversikt', null, 'S8')]),
  specialActOpening: noOpeningFound(
    'IKS eller AS bare om plan- og bygningsloven åpner for det – ingen slik hjemmel er funnet (UNCONFIRMED).',
    'IKS or AS only if the Planning and Building Act opens for it – no such opening has been found (UNCONFIRMED).',
  ),
  retained: [],
  modelRules: [
    {
      code: 'host_lower_instance',
      appliesTo: ['hostMunicipality'],
      effect: 'note',
      text: {
        nb: 'I administrativt vertskommunesamarbeid er den delegerende kommunen klageinstans og vertskommunens administrasjon underinstans, også der et statlig organ er klageinstans.',
        en: 'In the administrative model the delegating municipality is the appeals body and the host’s administration the lower instance, also where a state body is the appeals body.',
      },
      references: [ref('kommuneloven', '§ 20-5', 'S1a')],
      unconfirmed: false,
    },
  ],
  notes: [],
  coveredBySources: true,
};
