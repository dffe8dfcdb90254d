/**
 * Samvirkeforetak (SA) under samvirkelova [S8], one of the forms in kommuneloven § 17-1 second paragraph
 * [S1a]. Individual decisions as for IKS (kommuneloven § 5-4) [S1a]. LAW.md could confirm little else:
 * legal-entity details, employer, liability, exit and governing bodies are UNCONFIRMED.
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { section5_4Decisions, unconfirmedCompanyLawExit } from './shared-facts.ts';

const basis = ref('samvirkelova', null, 'S8');

const notCovered = {
  nb: 'Ikke dekket av kildene (UNCONFIRMED).',
  en: 'Not covered by the sources (UNCONFIRMED).',
};

export const samvirkeforetak: LegalModelDescriptor = {
  id: 'samvirkeforetak',
  name: { nb: 'Samvirkeforetak', en: 'Cooperative society' },
  abbreviation: 'SA',
  family: 'separateLegalEntity',
  legalBasis: fact('samvirkelova', { nb: 'Samvirkelova', en: 'Cooperative Societies Act' }, [basis]),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Kan produsere tjenester som en av formene i kommuneloven § 17-1.',
      en: 'May produce services as one of the forms in kommuneloven § 17-1.',
    },
    [ref('kommuneloven', '§ 17-1 annet ledd', 'S1a')],
  ),
  ownLegalEntity: unconfirmedFact(
    'yes',
    {
      nb: 'Ja – detaljene er ikke bekreftet (UNCONFIRMED).',
      en: 'Yes – details not confirmed (UNCONFIRMED).',
    },
    [basis],
  ),
  individualDecisions: section5_4Decisions,
  employer: unconfirmedFact(
    'ownEntity',
    {
      nb: 'Foretaket er arbeidsgiver – detaljene er ikke bekreftet (UNCONFIRMED).',
      en: 'The society is the employer – details not confirmed (UNCONFIRMED).',
    },
    [basis],
  ),
  liability: unconfirmedFact('unknown', notCovered, [basis]),
  exit: unconfirmedCompanyLawExit([basis]),
  governingBodies: unconfirmedFact([], notCovered, [basis]),
  agreementAdoptedBy: unconfirmedFact('companyLaw', notCovered, [basis]),
  agreementContent: unconfirmedFact([], notCovered, [basis]),
  sources: ['S1a', 'S8'],
};
