/**
 * Forening (association) under non-statutory association law [S8], one of the forms in kommuneloven
 * § 17-1 second paragraph [S1a]. Individual decisions as for IKS (kommuneloven § 5-4) [S1a]. Whether it is
 * its own legal entity depends on how it is organised; that and everything else is UNCONFIRMED.
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { section5_4Decisions, unconfirmedCompanyLawExit } from './shared-facts.ts';
import { processorAgreementNeeded } from './data-processing-facts.ts';
import { jointControlRoute, otherEntityNote } from './procurement-facts.ts';
import { companyStaffTransfer } from './staff-transfer-facts.ts';

const basis = ref('foreningsretten', null, 'S8');

const notCovered = {
  nb: 'Ikke dekket av kildene (ikke bekreftet).',
  nn: 'Ikkje dekt av kjeldene (ikkje stadfesta).',
  en: 'Not covered by the sources (not confirmed).',
};

export const forening: LegalModelDescriptor = {
  id: 'forening',
  name: { nb: 'Forening', nn: 'Foreining', en: 'Association' },
  abbreviation: null,
  family: 'separateLegalEntity',
  legalBasis: fact(
    'ulovfestet foreningsrett',
    { nb: 'Ulovfestet foreningsrett', nn: 'Ulovfesta foreiningsrett', en: 'Non-statutory association law' },
    [basis],
  ),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Kan produsere tjenester som en av formene i kommuneloven § 17-1.',
      nn: 'Kan produsere tenester som ei av formene i kommunelova § 17-1.',
      en: 'May produce services as one of the forms in kommuneloven § 17-1.',
    },
    [ref('kommuneloven', '§ 17-1 annet ledd', 'S1a')],
  ),
  ownLegalEntity: unconfirmedFact(
    'yes',
    {
      nb: 'Ja, dersom den er organisert som forening – detaljene er ikke bekreftet.',
      nn: 'Ja, dersom ho er organisert som foreining – detaljane er ikkje stadfesta.',
      en: 'Yes, if organised as an association – details not confirmed.',
    },
    [basis],
  ),
  individualDecisions: section5_4Decisions,
  employer: unconfirmedFact('unknown', notCovered, [basis]),
  liability: unconfirmedFact('unknown', notCovered, [basis]),
  exit: unconfirmedCompanyLawExit([basis]),
  governingBodies: unconfirmedFact([], notCovered, [basis]),
  agreementAdoptedBy: unconfirmedFact('companyLaw', notCovered, [basis]),
  agreementContent: unconfirmedFact([], notCovered, [basis]),
  dataProcessing: processorAgreementNeeded,
  procurement: jointControlRoute(true, otherEntityNote),
  procurementOpenQuestions: [],
  staffTransfer: companyStaffTransfer,
  sources: ['S1a', 'S8'],
};
