/**
 * Byggesak (building permits): permits, dispensations and orders are individual decisions. Any model that
 * produces services may prepare the cases, but only a host municipality can take the decisions (or each
 * municipality keeps them); no special-act opening for companies has been found (UNCONFIRMED) [S1a][S6][S8].
 * Appeals are decided by the statsforvalter under authority from the ministry (pbl § 1-9) [L18][L19][L20];
 * in a host model the host is the lower instance (kommuneloven § 20-5) [S1a].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { caseFilePersonalData, noOpeningFound, preparation } from './shared.ts';

export const buildingPermits: ServiceAttributes = {
  code: 'buildingPermits',
  name: { nb: 'Byggesak', nn: 'Byggjesak', en: 'Building permits' },
  individualDecisions: fact(
    'core',
    {
      nb: 'Ja – tillatelser, dispensasjoner og pålegg er enkeltvedtak.',
      nn: 'Ja – løyve, dispensasjonar og pålegg er enkeltvedtak.',
      en: 'Yes – permits, dispensations and orders are individual decisions.',
    },
    [ref('departementets-oversikt', null, 'S8'), ref('veileder', 'kap. 5', 'S6')],
  ),
  principledCases: fact(
    'yes',
    {
      nb: 'Ja – for eksempel prinsipielle dispensasjoner; de blir hos egne folkevalgte organer med mindre en felles nemnd brukes.',
      nn: 'Ja – til dømes prinsipielle dispensasjonar; dei blir verande hos eigne folkevalde organ med mindre ei felles nemnd blir brukt.',
      en: 'Yes – e.g. principled dispensations; they stay with the municipality’s own elected bodies unless a joint board is used.',
    },
    [ref('kommuneloven', '§ 20-2 første ledd', 'S1a'), ref('kommuneloven', '§ 20-3', 'S1a')],
  ),
  statutoryTask: fact('yes', { nb: 'Ja.', nn: 'Ja.', en: 'Yes.' }, [
    ref('departementets-oversikt', null, 'S8'),
  ]),
  specialActOpening: noOpeningFound({
    nb: 'IKS eller AS kan treffe byggesaksvedtak bare om plan- og bygningsloven åpner for det – ingen slik hjemmel er funnet (ikke bekreftet).',
    nn: 'IKS eller AS kan gjere byggjesaksvedtak berre om plan- og bygningslova opnar for det – ingen slik heimel er funnen (ikkje stadfesta).',
    en: 'An IKS or AS may make building-permit decisions only if the Planning and Building Act opens for it – no such opening has been found (not confirmed).',
  }),
  preparation: preparation({
    nb: 'Saksforberedelse: ta imot og kontrollere søknader, befaring, veiledning og utkast til vedtak.',
    nn: 'Saksførebuing: ta imot og kontrollere søknader, synfaring, rettleiing og utkast til vedtak.',
    en: 'Case preparation: receiving and checking applications, site visits, guidance and draft decisions.',
  }),
  appeal: {
    body: 'countyGovernor',
    text: {
      nb: 'Klageinstans er statsforvalteren: departementet er klageinstans etter plan- og bygningsloven og har delegert klagene til statsforvalteren. Klagen sendes kommunen, som sender den videre om den ikke endrer vedtaket.',
      nn: 'Klageinstans er statsforvaltaren: departementet er klageinstans etter plan- og bygningslova og har delegert klagene til statsforvaltaren. Klaga blir send til kommunen, som sender henne vidare om han ikkje endrar vedtaket.',
      en: 'The appeals body is the statsforvalter (county governor): the ministry is the appeals body under the Planning and Building Act and has delegated appeals to the statsforvalter. The appeal is sent to the municipality, which forwards it if it does not change its decision.',
    },
    references: [ref('plan-og-bygningsloven', '§ 1-9', 'L18'), ref('praksis', null, 'L19', 'L20')],
    unconfirmed: false,
  },
  personalData: caseFilePersonalData,
  retained: [],
  modelRules: [
    {
      code: 'host_lower_instance',
      part: 'appeal',
      appliesTo: ['hostMunicipality'],
      effect: 'note',
      text: {
        nb: 'I vertskommunesamarbeid er vertskommunen underinstans også der et statlig organ er klageinstans: vertskommunen forbereder klagen, og statsforvalteren avgjør den.',
        nn: 'I vertskommunesamarbeid er vertskommunen underinstans også der eit statleg organ er klageinstans: vertskommunen førebur klaga, og statsforvaltaren avgjer henne.',
        en: 'In a host-municipality cooperation the host is the lower instance also where a state body is the appeals body: the host prepares the appeal, and the statsforvalter decides it.',
      },
      references: [ref('kommuneloven', '§ 20-5', 'S1a')],
      unconfirmed: false,
    },
  ],
  notes: [],
  coveredBySources: true,
};
