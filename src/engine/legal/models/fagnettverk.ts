/**
 * Fagnettverk (professional network): an informal network between professionals with no formal agreement.
 * Outside the formal models the municipalities are free to set up such networks (saksframlegget, «Utover
 * slike formelle samarbeid … fagnettverk») [S34c]. Nothing is transferred: each municipality keeps its
 * services, staff and decisions.
 * @module
 */
import { fact } from '../legal-fact.ts';
import type { LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { noProcessing } from './data-processing-facts.ts';
import { noContractRoute } from './procurement-facts.ts';
import { networkStaffTransfer } from './staff-transfer-facts.ts';

const caseReport = ref('saksdokument', null, 'S34c');

export const fagnettverk: LegalModelDescriptor = {
  id: 'fagnettverk',
  name: { nb: 'Fagnettverk', nn: 'Fagnettverk', en: 'Professional network' },
  abbreviation: null,
  family: 'professionalNetwork',
  legalBasis: fact(
    'ingen (uformelt samarbeid)',
    {
      nb: 'Ingen lovregulering; kommunene står fritt til å etablere fagnettverk utenom de formelle samarbeidene.',
      nn: 'Inga lovregulering; kommunane står fritt til å etablere fagnettverk utanom dei formelle samarbeida.',
      en: 'No statutory regulation; the municipalities are free to set up networks outside the formal cooperations.',
    },
    [caseReport],
  ),
  listedInSection17_1: false,
  serviceProduction: fact(
    'knowledgeSharingOnly',
    {
      nb: 'Deler kunnskap og erfaring; hver kommune beholder tjenesten, de ansatte og alle vedtak.',
      nn: 'Deler kunnskap og erfaring; kvar kommune held på tenesta, dei tilsette og alle vedtak.',
      en: 'Shares knowledge and experience; each municipality keeps the service, its staff and all decisions.',
    },
    [caseReport],
  ),
  ownLegalEntity: fact(
    'notApplicable',
    { nb: 'Ikke aktuelt.', nn: 'Ikkje aktuelt.', en: 'Not applicable.' },
    [caseReport],
  ),
  individualDecisions: fact(
    'none',
    { nb: 'Ingen myndighet overføres.', nn: 'Inga mynde blir overført.', en: 'No authority is transferred.' },
    [caseReport],
  ),
  employer: fact(
    'eachMunicipality',
    {
      nb: 'Hver kommune beholder sine ansatte.',
      nn: 'Kvar kommune held på dei tilsette sine.',
      en: 'Each municipality keeps its staff.',
    },
    [caseReport],
  ),
  liability: fact(
    'eachKeepsOwn',
    {
      nb: 'Hver kommune beholder sitt ansvar.',
      nn: 'Kvar kommune held på ansvaret sitt.',
      en: 'Each municipality keeps its responsibility.',
    },
    [caseReport],
  ),
  exit: fact(
    { statutoryNoticeMonths: null, regulatedBy: 'none' },
    {
      nb: 'Uformelt; ingen avtalte vilkår.',
      nn: 'Uformelt; ingen avtalte vilkår.',
      en: 'Informal; no agreed terms.',
    },
    [caseReport],
  ),
  governingBodies: fact([], { nb: 'Ingen.', nn: 'Ingen.', en: 'None.' }, [caseReport]),
  agreementAdoptedBy: fact(
    'none',
    { nb: 'Ingen formell avtale.', nn: 'Ingen formell avtale.', en: 'No formal agreement.' },
    [caseReport],
  ),
  agreementContent: fact(
    [],
    { nb: 'Ingen formell avtale.', nn: 'Ingen formell avtale.', en: 'No formal agreement.' },
    [caseReport],
  ),
  dataProcessing: noProcessing,
  procurement: noContractRoute,
  procurementOpenQuestions: [],
  staffTransfer: networkStaffTransfer,
  sources: ['S34c'],
};
