/**
 * Administrativt vertskommunesamarbeid, kommuneloven §§ 20-1, 20-2, 20-4–20-10 [S1a]: each partner's
 * council instructs its own chief executive to delegate to the host's chief executive. The only model with
 * a general statutory access to delegated individual decisions (§ 20-1), here limited to cases without
 * principled significance (§ 20-2 first para.) [S1a][S6].
 * @module
 */
import { fact } from '../legal-fact.ts';
import type { LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import {
  hostMunicipalityAdoption,
  hostMunicipalityEmployer,
  hostMunicipalityEntity,
  hostMunicipalityExit,
  hostMunicipalityLiability,
  section20_4Notification,
  section20_4ThirdParagraph,
} from './shared-facts.ts';
import { hostProcessorAgreement } from './data-processing-facts.ts';
import { hostOpenQuestion, hostRoute } from './procurement-facts.ts';
import { hostStaffTransfer } from './staff-transfer-facts.ts';

export const vertskommuneAdministrativ: LegalModelDescriptor = {
  id: 'vertskommune-administrativ',
  name: {
    nb: 'Administrativt vertskommunesamarbeid',
    nn: 'Administrativt vertskommunesamarbeid',
    en: 'Host municipality (administrative)',
  },
  abbreviation: null,
  family: 'hostMunicipality',
  legalBasis: fact(
    'kommuneloven kap. 20 (§ 20-2)',
    {
      nb: 'Kommuneloven kapittel 20, § 20-2',
      nn: 'Kommunelova kapittel 20, § 20-2',
      en: 'Local Government Act chapter 20, § 20-2',
    },
    [ref('kommuneloven', '§§ 20-1, 20-2, 20-4–20-10', 'S1a')],
  ),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Vertskommunen utfører oppgavene for de andre; modellens hovedformål er lovpålagte, individrettede tjenester med offentlig myndighetsutøvelse.',
      nn: 'Vertskommunen utfører oppgåvene for dei andre; hovudformålet med modellen er lovpålagde, individretta tenester med offentleg myndeutøving.',
      en: 'The host performs the tasks for the others; the model’s main purpose is statutory, individual-oriented services involving public authority.',
    },
    [ref('kommuneloven', '§ 20-1', 'S1a'), ref('veileder', 'kap. 5', 'S6')],
  ),
  ownLegalEntity: hostMunicipalityEntity,
  individualDecisions: fact(
    'nonPrincipled',
    {
      nb: 'Kan få delegert myndighet til enkeltvedtak og forskrift i lovpålagte oppgaver om ikke annen lov er til hinder (§ 20-1), men bare i saker uten prinsipiell betydning (§ 20-2 første ledd).',
      nn: 'Kan få delegert mynde til enkeltvedtak og forskrift i lovpålagde oppgåver om ikkje anna lov er til hinder (§ 20-1), men berre i saker utan prinsipiell betydning (§ 20-2 første ledd).',
      en: 'May receive delegated authority for individual decisions and regulations in statutory tasks unless other law bars it (§ 20-1), but only in cases without principled significance (§ 20-2 first para.).',
    },
    [ref('kommuneloven', '§ 20-1', 'S1a', 'S6'), ref('kommuneloven', '§ 20-2 første ledd', 'S1a', 'S6')],
  ),
  employer: hostMunicipalityEmployer,
  liability: hostMunicipalityLiability,
  exit: hostMunicipalityExit,
  governingBodies: fact(
    ['hostChiefExecutive'],
    {
      nb: 'Ingen eget lovpålagt organ: vertskommunens kommunedirektør avgjør etter delegering fra hver deltakers kommunestyre (§ 20-2 annet ledd). Vertskommunens folkevalgte organer kan ikke instruere eller omgjøre i delegerte saker (§ 20-2 tredje ledd). Vertskommunens kontrollutvalg kontrollerer på vegne av alle (§ 20-9).',
      nn: 'Inkje eige lovpålagt organ: kommunedirektøren i vertskommunen avgjer etter delegering frå kommunestyret i kvar deltakarkommune (§ 20-2 andre ledd). Dei folkevalde organa i vertskommunen kan ikkje instruere eller gjere om i delegerte saker (§ 20-2 tredje ledd). Kontrollutvalet i vertskommunen kontrollerer på vegner av alle (§ 20-9).',
      en: 'No separate statutory body: the host’s chief executive decides under delegation from each partner’s council (§ 20-2 second para.). The host’s elected bodies may not instruct or reverse in delegated cases (§ 20-2 third para.). The host’s control committee controls on behalf of all (§ 20-9).',
    },
    [
      ref('kommuneloven', '§ 20-2 annet ledd', 'S1a'),
      ref('kommuneloven', '§ 20-2 tredje ledd', 'S1a'),
      ref('kommuneloven', '§ 20-9', 'S1a'),
    ],
  ),
  agreementAdoptedBy: hostMunicipalityAdoption,
  agreementContent: fact(
    [...section20_4ThirdParagraph, section20_4Notification],
    {
      nb: 'Skriftlig avtale med minst ni punkter.',
      nn: 'Skriftleg avtale med minst ni punkt.',
      en: 'A written agreement with at least nine points.',
    },
    [ref('kommuneloven', '§ 20-4 tredje ledd', 'S1a')],
  ),
  dataProcessing: hostProcessorAgreement,
  procurement: hostRoute,
  procurementOpenQuestions: [hostOpenQuestion],
  staffTransfer: hostStaffTransfer,
  sources: ['S1a', 'S6', 'S13', 'S34a'],
};
