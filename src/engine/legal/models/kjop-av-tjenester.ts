/**
 * Avtalebasert kjøp av tjenester: one municipality buys a service from another by contract. Not a
 * kommuneloven model [S14]; no decision authority is transferred, the buyer keeps it all; procurement rules
 * decide whether tendering is needed (kommuneloven § 17-1 third para.) [S1a].
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { processorAgreementNeeded } from './data-processing-facts.ts';
import { purchaseRoute } from './procurement-facts.ts';
import { purchaseStaffTransfer } from './staff-transfer-facts.ts';

const notKommuneloven = ref('praksis', null, 'S14');
const procurement = ref('kommuneloven', '§ 17-1 tredje ledd', 'S1a');

export const kjopAvTjenester: LegalModelDescriptor = {
  id: 'kjop-av-tjenester',
  name: {
    nb: 'Avtalebasert kjøp av tjenester',
    nn: 'Avtalebasert kjøp av tenester',
    en: 'Purchase of services by contract',
  },
  abbreviation: null,
  family: 'purchaseOfServices',
  legalBasis: fact(
    'ikke regulert i kommuneloven',
    {
      nb: 'Ikke regulert i kommuneloven; anskaffelsesreglene avgjør om tjenesten må konkurranseutsettes (kl. § 17-1 tredje ledd).',
      nn: 'Ikkje regulert i kommunelova; anskaffingsreglane avgjer om tenesta må konkurranseutsetjast (kl. § 17-1 tredje ledd).',
      en: 'Not regulated by kommuneloven; procurement rules decide whether the service must be tendered (KL § 17-1 third para.).',
    },
    [notKommuneloven, procurement],
  ),
  listedInSection17_1: false,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Selgerkommunen leverer tjenesten; egner seg for enkle, veldefinerte leveranser. Anskaffelsesreglene avgjør om kjøpet må konkurranseutsettes (kl. § 17-1 tredje ledd).',
      nn: 'Seljarkommunen leverer tenesta; eignar seg for enkle, veldefinerte leveransar. Anskaffingsreglane avgjer om kjøpet må konkurranseutsetjast (kl. § 17-1 tredje ledd).',
      en: 'The selling municipality delivers the service; suits simple, well-defined deliveries. Procurement rules decide whether the purchase must be tendered (KL § 17-1 third para.).',
    },
    [procurement, notKommuneloven],
  ),
  ownLegalEntity: fact(
    'notApplicable',
    {
      nb: 'Ikke aktuelt – to kommuner inngår en kontrakt.',
      nn: 'Ikkje aktuelt – to kommunar inngår ein kontrakt.',
      en: 'Not applicable – two municipalities contract.',
    },
    [notKommuneloven],
  ),
  individualDecisions: fact(
    'none',
    {
      nb: 'Ingen delegering av myndighet; kjøperkommunen beholder all myndighet.',
      nn: 'Inga delegering av mynde; kjøparkommunen held på all mynde.',
      en: 'No delegation of authority; the buying municipality keeps all authority.',
    },
    [notKommuneloven],
  ),
  employer: fact(
    'seller',
    {
      nb: 'Selgerkommunen er arbeidsgiver.',
      nn: 'Seljarkommunen er arbeidsgivar.',
      en: 'The seller is the employer.',
    },
    [notKommuneloven],
  ),
  liability: fact('contract', { nb: 'Etter kontrakten.', nn: 'Etter kontrakten.', en: 'By contract.' }, [
    notKommuneloven,
  ]),
  exit: fact(
    { statutoryNoticeMonths: null, regulatedBy: 'contract' },
    { nb: 'Etter kontraktsvilkårene.', nn: 'Etter kontraktsvilkåra.', en: 'By the contract terms.' },
    [notKommuneloven],
  ),
  governingBodies: fact(
    [],
    { nb: 'Ingen felles organer.', nn: 'Ingen felles organ.', en: 'No joint bodies.' },
    [notKommuneloven],
  ),
  agreementAdoptedBy: unconfirmedFact(
    'contract',
    {
      nb: 'En kontrakt mellom kommunene; hvem som inngår den, følger kommunenes egne delegeringsreglement – ikke dekket av kildene (ikke bekreftet).',
      nn: 'Ein kontrakt mellom kommunane; kven som inngår han, følgjer delegeringsreglementa til kommunane – ikkje dekt av kjeldene (ikkje stadfesta).',
      en: 'A contract between the municipalities; who signs it follows each municipality’s delegation rules – not covered by the sources (not confirmed).',
    },
    [notKommuneloven],
  ),
  agreementContent: fact(
    [],
    {
      nb: 'Ingen lovbestemt minsteinnhold i kommuneloven.',
      nn: 'Noko lovfesta minsteinnhald finst ikkje i kommunelova.',
      en: 'No statutory minimum content in kommuneloven.',
    },
    [notKommuneloven],
  ),
  dataProcessing: processorAgreementNeeded,
  procurement: purchaseRoute,
  procurementOpenQuestions: [],
  staffTransfer: purchaseStaffTransfer,
  sources: ['S1a', 'S14'],
};
