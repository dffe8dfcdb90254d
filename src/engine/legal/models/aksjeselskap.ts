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
import { processorAgreementNeeded } from './data-processing-facts.ts';
import { jointControlRoute, privateOwnerNote } from './procurement-facts.ts';
import { companyStaffTransfer } from './staff-transfer-facts.ts';

export const aksjeselskap: LegalModelDescriptor = {
  id: 'aksjeselskap',
  name: { nb: 'Aksjeselskap', nn: 'Aksjeselskap', en: 'Limited company' },
  abbreviation: 'AS',
  family: 'separateLegalEntity',
  legalBasis: fact(
    'aksjeloven',
    { nb: 'Aksjeloven', nn: 'Aksjelova', en: 'Limited Liability Companies Act' },
    [ref('aksjeloven', null, 'S8', 'S41')],
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
  ownLegalEntity: fact('yes', { nb: 'Ja.', nn: 'Ja.', en: 'Yes.' }, [ref('aksjeloven', '§ 1-2', 'S41')]),
  individualDecisions: section5_4Decisions,
  employer: fact(
    'ownEntity',
    {
      nb: 'Selskapet er arbeidsgiver.',
      nn: 'Selskapet er arbeidsgivar.',
      en: 'The company is the employer.',
    },
    [ref('aksjeloven', null, 'S41')],
  ),
  liability: fact(
    'limited',
    {
      nb: 'Aksjeeierne hefter ikke overfor selskapets kreditorer (aksjeloven § 1-2).',
      nn: 'Aksjeeigarane heftar ikkje overfor kreditorane til selskapet (aksjelova § 1-2).',
      en: 'Shareholders are not liable to the company’s creditors (aksjeloven § 1-2).',
    },
    [ref('aksjeloven', '§ 1-2', 'S41')],
  ),
  exit: unconfirmedCompanyLawExit([ref('aksjeloven', null, 'S41')]),
  governingBodies: fact(
    ['generalMeeting', 'board'],
    {
      nb: 'Generalforsamling og styre etter aksjeloven; reglene om kjønnsbalanse gjelder når kommuner eier minst to tredeler (kommuneloven § 21-1).',
      nn: 'Generalforsamling og styre etter aksjelova; reglane om kjønnsbalanse gjeld når kommunar eig minst to tredelar (kommunelova § 21-1).',
      en: 'General meeting and board under aksjeloven; gender-balance rules apply when municipalities own at least two thirds (kommuneloven § 21-1).',
    },
    [ref('aksjeloven', null, 'S41'), ref('kommuneloven', '§ 21-1', 'S1a')],
  ),
  agreementAdoptedBy: unconfirmedFact(
    'companyLaw',
    {
      nb: 'Stiftelsesdokument og vedtekter etter aksjeloven; hvilket kommunalt organ som må vedta deltakelsen, er ikke dekket av kildene (ikke bekreftet).',
      nn: 'Stiftingsdokument og vedtekter etter aksjelova; kva kommunalt organ som må vedta deltakinga, er ikkje dekt av kjeldene (ikkje stadfesta).',
      en: 'Founding document and articles under aksjeloven; which municipal body must adopt the participation is not covered by the sources (not confirmed).',
    },
    [ref('aksjeloven', null, 'S41')],
  ),
  agreementContent: unconfirmedFact(
    [],
    {
      nb: 'Kommuneloven setter ingen minsteinnhold; vedtektenes minsteinnhold etter aksjeloven er ikke dekket av kildene (ikke bekreftet).',
      nn: 'Kommunelova set ikkje noko minsteinnhald; minsteinnhaldet i vedtektene etter aksjelova er ikkje dekt av kjeldene (ikkje stadfesta).',
      en: 'Kommuneloven sets no minimum content; the minimum content of the articles under aksjeloven is not covered by the sources (not confirmed).',
    },
    [ref('aksjeloven', null, 'S41')],
  ),
  dataProcessing: processorAgreementNeeded,
  procurement: jointControlRoute(false, privateOwnerNote),
  procurementOpenQuestions: [],
  staffTransfer: companyStaffTransfer,
  sources: ['S1a', 'S8', 'S41'],
};
