/**
 * Kommunalt oppgavefellesskap (KO), kommuneloven chapter 19 (§§ 19-1–19-4) [S1a]: a cooperation with its
 * own representantskap that produces services, e.g. administrative support such as HR, ICT and archive [S7].
 * It cannot make individual decisions except on internal matters and grant schemes (§ 19-1 second para.),
 * whether or not it is its own legal entity, and § 5-4 does not open for more (KDD 2021) [S10][S11].
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { AgreementPoint, LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { boundaryChangeExit } from './shared-facts.ts';
import { taskCommunityProcessorAgreement } from './data-processing-facts.ts';
import { taskCommunityRoute } from './procurement-facts.ts';
import { taskCommunityStaffTransfer } from './staff-transfer-facts.ts';

const section19_4Points: [string, string, string, string][] = [
  [
    'a',
    'navnet, som skal inneholde «kommunalt oppgavefellesskap» (forkortelsen KO godtas)',
    'namnet, som skal innehalde «kommunalt oppgavefellesskap» (forkortinga KO blir godteken)',
    'the name, containing «kommunalt oppgavefellesskap» (the abbreviation KO is accepted)',
  ],
  [
    'b',
    'om fellesskapet er et eget rettssubjekt',
    'om fellesskapet er eit eige rettssubjekt',
    'whether it is its own legal entity',
  ],
  [
    'c',
    'antall medlemmer i representantskapet fra hver deltaker',
    'talet på medlemmer i representantskapet frå kvar deltakar',
    'the number of representantskap members per participant',
  ],
  [
    'd',
    'hvilke oppgaver og hvilken myndighet fellesskapet skal ha',
    'kva oppgåver og kva mynde fellesskapet skal ha',
    'which tasks and what authority are given to it',
  ],
  [
    'e',
    'deltakernes plikt til å skyte inn kapital og yte andre bidrag',
    'plikta deltakarane har til å skyte inn kapital og yte andre bidrag',
    'the participants’ duty to pay in capital and make other contributions',
  ],
  [
    'f',
    'deltakernes eierandeler og ansvarsandel dersom den avviker fra eierandelen',
    'eigardelane til deltakarane og ansvarsdelen dersom han avvik frå eigardelen',
    'each participant’s ownership share, and its liability share if different',
  ],
  ['g', 'om fellesskapet kan ta opp lån', 'om fellesskapet kan ta opp lån', 'whether it may borrow money'],
  [
    'h',
    'hva fellesskapet skal rapportere til deltakerne',
    'kva fellesskapet skal rapportere til deltakarane',
    'what it shall report to the participants',
  ],
  ['i', 'hvordan en deltaker kan tre ut', 'korleis ein deltakar kan tre ut', 'how participants can withdraw'],
  [
    'j',
    'hvordan fellesskapet oppløses, herunder hvem som sørger for at arkivet tas vare på etterpå',
    'korleis fellesskapet blir oppløyst, medrekna kven som syter for at arkivet blir teke vare på etterpå',
    'how it is dissolved, including who ensures its archives are kept afterwards',
  ],
];

const agreementPoints: AgreementPoint[] = [
  ...section19_4Points.map(([letter, nb, nn, en]) => ({
    letter,
    text: { nb, nn, en },
    reference: ref('kommuneloven', `§ 19-4 fjerde ledd bokstav ${letter}`, 'S1a'),
    unconfirmed: false,
  })),
  {
    letter: null,
    text: {
      nb: 'en deltakers plikt til å dekke merforbruk, dersom den skal avvike fra ansvarsandelen',
      nn: 'plikta ein deltakar har til å dekkje meirforbruk, dersom ho skal avvike frå ansvarsdelen',
      en: 'a participant’s duty to cover deficits, if it is to differ from its liability share',
    },
    reference: ref('kommuneloven', '§ 14-12 fjerde ledd', 'S1a'),
    unconfirmed: false,
  },
];

export const kommunaltOppgavefellesskap: LegalModelDescriptor = {
  id: 'kommunalt-oppgavefellesskap',
  name: {
    nb: 'Kommunalt oppgavefellesskap',
    nn: 'Kommunalt oppgåvefellesskap',
    en: 'Joint municipal task community',
  },
  abbreviation: 'KO',
  family: 'jointTaskCommunity',
  legalBasis: fact(
    'kommuneloven kap. 19',
    { nb: 'Kommuneloven kapittel 19', nn: 'Kommunelova kapittel 19', en: 'Local Government Act chapter 19' },
    [ref('kommuneloven', '§§ 19-1–19-4', 'S1a')],
  ),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Produserer tjenester, for eksempel administrativ støtte som personal, IKT og arkiv.',
      nn: 'Produserer tenester, til dømes administrativ støtte som personal, IKT og arkiv.',
      en: 'Produces services, e.g. administrative support such as HR, ICT and archive.',
    },
    [ref('kommuneloven', '§ 19-1', 'S1a'), ref('veileder', 'kap. 6', 'S7')],
  ),
  ownLegalEntity: fact(
    'optional',
    {
      nb: 'Valgfritt – avtalen skal si om fellesskapet er eget rettssubjekt (§ 19-4 bokstav b).',
      nn: 'Valfritt – avtalen skal seie om fellesskapet er eige rettssubjekt (§ 19-4 bokstav b).',
      en: 'Optional – the agreement must say whether it is its own legal entity (§ 19-4 b).',
    },
    [ref('kommuneloven', '§ 19-4 fjerde ledd bokstav b', 'S1a')],
  ),
  individualDecisions: fact(
    'internalAndGrantsOnly',
    {
      nb: 'Kan ikke gis myndighet til å treffe enkeltvedtak, unntatt om interne forhold og forvaltning av tilskuddsordninger. Gjelder også når fellesskapet er eget rettssubjekt; § 5-4 åpner ikke for mer (KDD 13.4.2021).',
      nn: 'Kan ikkje få mynde til å gjere enkeltvedtak, unnateke om interne forhold og forvalting av tilskotsordningar. Gjeld også når fellesskapet er eige rettssubjekt; § 5-4 opnar ikkje for meir (KDD 13.4.2021).',
      en: 'Cannot be given authority to make individual decisions, except on internal matters and administering grant schemes. Applies also when it is its own legal entity; § 5-4 does not open for more (KDD 13 April 2021).',
    },
    [
      ref('kommuneloven', '§ 19-1 annet ledd', 'S1a'),
      ref('departementets-tolkning', null, 'S10'),
      ref('praksis', null, 'S11'),
    ],
  ),
  employer: unconfirmedFact(
    'ownEntityOrParticipant',
    {
      nb: 'Ja som eget rettssubjekt (loven forutsetter en daglig leder, § 19-3); ellers via en kontorkommune – veilederens ordlyd er ikke bekreftet.',
      nn: 'Ja som eige rettssubjekt (lova føreset ein dagleg leiar, § 19-3); elles via ein kontorkommune – ordlyden i rettleiaren er ikkje stadfesta.',
      en: 'Yes as its own legal entity (the law presupposes a daily manager, § 19-3); otherwise via an office municipality – the guide’s wording is not confirmed.',
    },
    [ref('kommuneloven', '§ 19-3', 'S1a')],
  ),
  liability: fact(
    'unlimitedProRata',
    {
      nb: 'Som for IPR: ubegrenset ansvar for egen andel; kreditor må først kreve fellesskapet og kan kreve deltakerne etter 14 dager.',
      nn: 'Som for IPR: uavgrensa ansvar for eigen del; kreditor må først krevje fellesskapet og kan krevje deltakarane etter 14 dagar.',
      en: 'As for IPR: unlimited liability for its own share; creditors must first claim the community and may claim the participants after 14 days.',
    },
    [ref('kommuneloven', '§ 19-2', 'S1a')],
  ),
  exit: fact(
    { statutoryNoticeMonths: null, regulatedBy: 'agreement' },
    {
      nb: 'Avtalen regulerer uttreden og oppløsning (§ 19-4 bokstav i–j); 2018-teksten har ingen lovbestemt oppsigelsesfrist. Innen ett år etter en grenseendring kan en deltaker si opp med seks måneders varsel (inndelingslova § 16).',
      nn: 'Avtalen regulerer uttreding og oppløysing (§ 19-4 bokstav i–j); 2018-teksten har ingen lovfesta oppseiingsfrist. Innan eitt år etter ei grenseendring kan ein deltakar seie opp med seks månaders varsel (inndelingslova § 16).',
      en: 'The agreement regulates exit and dissolution (§ 19-4 i–j); the 2018 text has no statutory notice period. Within one year of a boundary change a participant may give six months’ notice (inndelingslova § 16).',
    },
    [ref('kommuneloven', '§ 19-4 fjerde ledd bokstav i–j', 'S1a'), boundaryChangeExit],
  ),
  governingBodies: fact(
    ['representativeBody', 'dailyManager'],
    {
      nb: 'Representantskap etter samme regler som IPR; daglig leder kan ikke sitte i det. Representantskapet kan opprette andre styringsorganer (for eksempel et styre), som er «andre kommunale organer» (§ 5-2).',
      nn: 'Representantskap etter same reglar som IPR; dagleg leiar kan ikkje sitje i det. Representantskapet kan opprette andre styringsorgan (til dømes eit styre), som er «andre kommunale organ» (§ 5-2).',
      en: 'A representantskap under the same rules as IPR; the daily manager may not sit in it. It may set up other governing bodies (e.g. a board), which are «andre kommunale organer» (§ 5-2).',
    },
    [ref('kommuneloven', '§ 19-3', 'S1a'), ref('kommuneloven', '§ 5-2', 'S1a')],
  ),
  agreementAdoptedBy: fact(
    'councilItself',
    {
      nb: 'Kommunestyret selv i hver deltakerkommune vedtar avtalen (§ 19-4, § 19-1). Endringer som for IPR (§ 19-4 tredje ledd).',
      nn: 'Kommunestyret sjølv i kvar deltakarkommune vedtek avtalen (§ 19-4, § 19-1). Endringar som for IPR (§ 19-4 tredje ledd).',
      en: 'Each participant’s council itself adopts the agreement (§ 19-4, § 19-1). Amendments as for IPR (§ 19-4 third para.).',
    },
    [
      ref('kommuneloven', '§ 19-4', 'S1a'),
      ref('kommuneloven', '§ 19-1', 'S1a'),
      ref('kommuneloven', '§ 19-4 tredje ledd', 'S1a'),
    ],
  ),
  agreementContent: fact(
    agreementPoints,
    {
      nb: 'Skriftlig avtale med minst ti punkter.',
      nn: 'Skriftleg avtale med minst ti punkt.',
      en: 'A written agreement with at least ten points.',
    },
    [ref('kommuneloven', '§ 19-4 fjerde ledd', 'S1a'), ref('departementets-tolkning', null, 'S12')],
  ),
  dataProcessing: taskCommunityProcessorAgreement,
  procurement: taskCommunityRoute,
  procurementOpenQuestions: [],
  staffTransfer: taskCommunityStaffTransfer,
  sources: ['S1a', 'S7', 'S10', 'S11', 'S12'],
};
