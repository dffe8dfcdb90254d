/**
 * Vertskommunesamarbeid med felles folkevalgt nemnd, kommuneloven §§ 20-1, 20-3, 20-4, 20-6 [S1a]: a joint
 * elected board in the host may decide all types of cases, including principled ones, unless a statute
 * says otherwise (§ 20-3). Rarely used in practice [S6].
 * @module
 */
import { fact } from '../legal-fact.ts';
import type { AgreementPoint, LegalModelDescriptor } from '../legal-model.ts';
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

const boardMembers: AgreementPoint = {
  letter: null,
  text: {
    nb: 'antall medlemmer i nemnda fra hver deltaker',
    nn: 'talet på medlemmer i nemnda frå kvar deltakar',
    en: 'each participant’s number of members of the joint board',
  },
  reference: ref('kommuneloven', '§ 20-4 fjerde ledd', 'S1a'),
  unconfirmed: false,
};

export const vertskommuneNemnd: LegalModelDescriptor = {
  id: 'vertskommune-nemnd',
  name: {
    nb: 'Vertskommunesamarbeid med felles folkevalgt nemnd',
    nn: 'Vertskommunesamarbeid med felles folkevald nemnd',
    en: 'Host municipality with a joint elected board',
  },
  abbreviation: null,
  family: 'hostMunicipality',
  legalBasis: fact(
    'kommuneloven kap. 20 (§ 20-3)',
    {
      nb: 'Kommuneloven kapittel 20, § 20-3',
      nn: 'Kommunelova kapittel 20, § 20-3',
      en: 'Local Government Act chapter 20, § 20-3',
    },
    [ref('kommuneloven', '§§ 20-1, 20-3, 20-4, 20-6', 'S1a')],
  ),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Vertskommunen utfører oppgavene for de andre, styrt av en felles folkevalgt nemnd.',
      nn: 'Vertskommunen utfører oppgåvene for dei andre, styrt av ei felles folkevald nemnd.',
      en: 'The host performs the tasks for the others, governed by a joint elected board.',
    },
    [
      ref('kommuneloven', '§ 20-1', 'S1a'),
      ref('kommuneloven', '§ 20-3', 'S1a'),
      ref('veileder', 'kap. 5', 'S6'),
    ],
  ),
  ownLegalEntity: hostMunicipalityEntity,
  individualDecisions: fact(
    'all',
    {
      nb: 'Nemnda kan treffe vedtak i alle typer saker, også prinsipielle, om ikke annet følger av lov; den kan delegere saker uten prinsipiell betydning videre til vertskommunens kommunedirektør (§ 20-3 annet ledd).',
      nn: 'Nemnda kan gjere vedtak i alle typar saker, også prinsipielle, om ikkje anna følgjer av lov; ho kan delegere saker utan prinsipiell betydning vidare til kommunedirektøren i vertskommunen (§ 20-3 andre ledd).',
      en: 'The board may decide all types of cases, including principled ones, unless a statute says otherwise; it may sub-delegate non-principled cases to the host’s chief executive (§ 20-3 second para.).',
    },
    [ref('kommuneloven', '§ 20-1', 'S1a'), ref('kommuneloven', '§ 20-3', 'S1a')],
  ),
  employer: hostMunicipalityEmployer,
  liability: hostMunicipalityLiability,
  exit: hostMunicipalityExit,
  governingBodies: fact(
    ['jointElectedBoard'],
    {
      nb: 'Felles folkevalgt nemnd i vertskommunen; hver deltaker har minst to medlemmer; nemnda velger leder og nestleder (kan rotere etter avtale); reglene for utvalg gjelder (§ 20-3). Klager går til særskilte klagenemnder oppnevnt av kommunestyrene (§ 20-6).',
      nn: 'Felles folkevald nemnd i vertskommunen; kvar deltakar har minst to medlemmer; nemnda vel leiar og nestleiar (kan rotere etter avtale); reglane for utval gjeld (§ 20-3). Klager går til særskilde klagenemnder oppnemnde av kommunestyra (§ 20-6).',
      en: 'A joint elected board in the host; each participant has at least two members; the board elects its leader and deputy (may rotate by agreement); the rules for committees apply (§ 20-3). Appeals go to special appeal boards appointed by the councils (§ 20-6).',
    },
    [ref('kommuneloven', '§ 20-3', 'S1a'), ref('kommuneloven', '§ 20-6', 'S1a')],
  ),
  agreementAdoptedBy: hostMunicipalityAdoption,
  agreementContent: fact(
    [...section20_4ThirdParagraph, boardMembers, section20_4Notification],
    {
      nb: 'Skriftlig avtale med minst ni punkter og antall nemndsmedlemmer per deltaker.',
      nn: 'Skriftleg avtale med minst ni punkt og talet på nemndmedlemmer per deltakar.',
      en: 'A written agreement with at least nine points and the number of board members per participant.',
    },
    [ref('kommuneloven', '§ 20-4 tredje og fjerde ledd', 'S1a')],
  ),
  dataProcessing: hostProcessorAgreement,
  procurement: hostRoute,
  procurementOpenQuestions: [hostOpenQuestion],
  staffTransfer: hostStaffTransfer,
  sources: ['S1a', 'S6', 'S13', 'S34a'],
};
