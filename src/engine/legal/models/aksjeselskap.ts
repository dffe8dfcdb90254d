/**
 * Aksjeselskap (AS) under aksjeloven [S8][S41], one of the forms in kommuneloven § 17-1 second paragraph
 * [S1a]. Its own legal entity; shareholders are not liable for its debt (aksjeloven § 1-2) [S41].
 * Individual decisions only where the special act opens for it (kommuneloven § 5-4) [S1a][S8].
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { section5_4Decisions, unconfirmedCompanyLawExit } from './shared-facts.ts';

export const aksjeselskap: LegalModelDescriptor = {
  id: 'aksjeselskap',
  name: { nb: 'Aksjeselskap', en: 'Limited company' },
  abbreviation: 'AS',
  family: 'separateLegalEntity',
  legalBasis: fact('aksjeloven', { nb: 'Aksjeloven', en: 'Limited Liability Companies Act' }, [
    ref('aksjeloven', null, 'S8', 'S41'),
  ]),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Kan produsere tjenester som en av formene i kommuneloven § 17-1.',
      en: 'May produce services as one of the forms in kommuneloven § 17-1.',
    },
    [ref('kommuneloven', '§ 17-1 annet ledd', 'S1a')],
  ),
  ownLegalEntity: fact('yes', { nb: 'Ja.', en: 'Yes.' }, [ref('aksjeloven', '§ 1-2', 'S41')]),
  individualDecisions: section5_4Decisions,
  employer: fact('ownEntity', { nb: 'Selskapet er arbeidsgiver.', en: 'The company is the employer.' }, [
    ref('aksjeloven', null, 'S41'),
  ]),
  liability: fact(
    'limited',
    {
      nb: 'Aksjeeierne hefter ikke overfor selskapets kreditorer (aksjeloven § 1-2).',
      en: 'Shareholders are not liable to the company’s creditors (aksjeloven § 1-2).',
    },
    [ref('aksjeloven', '§ 1-2', 'S41')],
  ),
  exit: unconfirmedCompanyLawExit([ref('aksjeloven', null, 'S41')]),
  governingBodies: fact(
    ['generalMeeting', 'board'],
    {
      nb: 'Generalforsamling og styre etter aksjeloven; reglene om kjønnsbalanse gjelder når kommuner eier minst to tredeler (kommuneloven § 21-1).',
      en: 'General meeting and board under aksjeloven; gender-balance rules apply when municipalities own at least two thirds (kommuneloven § 21-1).',
    },
    [ref('aksjeloven', null, 'S41'), ref('kommuneloven', '§ 21-1', 'S1a')],
  ),
  agreementAdoptedBy: unconfirmedFact(
    'companyLaw',
    {
      nb: 'Stiftelsesdokument og vedtekter etter aksjeloven; hvilket kommunalt organ som må vedta deltakelsen, er ikke dekket av kildene (UNCONFIRMED).',
      en: 'Founding document and articles under aksjeloven; which municipal body must adopt the participation is not covered by the sources (UNCONFIRMED).',
    },
    [ref('aksjeloven', null, 'S41')],
  ),
  agreementContent: unconfirmedFact(
    [],
    {
      nb: 'Kommuneloven setter ingen minsteinnhold; vedtektenes minsteinnhold etter aksjeloven er ikke dekket av kildene (UNCONFIRMED).',
      en: 'Kommuneloven sets no minimum content; the minimum content of the articles under aksjeloven is not covered by the sources (UNCONFIRMED).',
    },
    [ref('aksjeloven', null, 'S41')],
  ),
  sources: ['S1a', 'S8', 'S41'],
};
