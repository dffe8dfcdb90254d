/**
 * Interkommunalt politisk råd (IPR), kommuneloven chapter 18 (§§ 18-1–18-4) [S1a]: a political forum for
 * matters across municipal borders. It shall not produce services [S5][S7] and cannot make individual
 * decisions except on its internal matters and grant schemes (§ 18-1 second para.).
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { AgreementPoint, LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { boundaryChangeExit } from './shared-facts.ts';
import { noServiceProcessing } from './data-processing-facts.ts';
import { notApplicableRoute } from './procurement-facts.ts';
import { politicalCouncilStaffTransfer } from './staff-transfer-facts.ts';

const section18_4Points: [string, string, string, string][] = [
  [
    'a',
    'rådets navn, som skal inneholde «interkommunalt politisk råd» (forkortelsen IPR godtas)',
    'namnet på rådet, som skal innehalde «interkommunalt politisk råd» (forkortinga IPR blir godteken)',
    'the council’s name, containing «interkommunalt politisk råd» (the abbreviation IPR is accepted)',
  ],
  [
    'b',
    'om rådet er et eget rettssubjekt',
    'om rådet er eit eige rettssubjekt',
    'whether the council is its own legal entity',
  ],
  [
    'c',
    'antall medlemmer i representantskapet fra hver deltaker',
    'talet på medlemmer i representantskapet frå kvar deltakar',
    'the number of representantskap members per participant',
  ],
  [
    'd',
    'hvilke saker rådet kan behandle',
    'kva saker rådet kan handsame',
    'which matters the council may handle',
  ],
  ['e', 'hvilken myndighet rådet skal ha', 'kva mynde rådet skal ha', 'what authority is given to it'],
  [
    'f',
    'deltakernes eierandeler og ansvarsandel dersom den avviker fra eierandelen',
    'eigardelane til deltakarane og ansvarsdelen dersom han avvik frå eigardelen',
    'each participant’s ownership share, and its liability share if different',
  ],
  ['g', 'hvordan en deltaker kan tre ut', 'korleis ein deltakar kan tre ut', 'how participants can withdraw'],
  [
    'h',
    'hvordan rådet oppløses, herunder hvem som tar vare på arkivet etterpå',
    'korleis rådet blir oppløyst, medrekna kven som tek vare på arkivet etterpå',
    'how it is dissolved, including who keeps its archives afterwards',
  ],
];

const agreementPoints: AgreementPoint[] = section18_4Points.map(([letter, nb, nn, en]) => ({
  letter,
  text: { nb, nn, en },
  reference: ref('kommuneloven', `§ 18-4 fjerde ledd bokstav ${letter}`, 'S1a'),
  unconfirmed: false,
}));

export const interkommunaltPolitiskRad: LegalModelDescriptor = {
  id: 'interkommunalt-politisk-rad',
  name: {
    nb: 'Interkommunalt politisk råd',
    nn: 'Interkommunalt politisk råd',
    en: 'Inter-municipal political council',
  },
  abbreviation: 'IPR',
  family: 'politicalCouncil',
  legalBasis: fact(
    'kommuneloven kap. 18',
    { nb: 'Kommuneloven kapittel 18', nn: 'Kommunelova kapittel 18', en: 'Local Government Act chapter 18' },
    [ref('kommuneloven', '§§ 18-1–18-4', 'S1a')],
  ),
  listedInSection17_1: true,
  serviceProduction: fact(
    'notSuited',
    {
      nb: 'Ikke egnet for tjenesteproduksjon: veilederen sier at et interkommunalt politisk råd «skal ikke produsere tjenester, men være et samarbeidsforum». Det beskriver modellens formål; loven forbyr det ikke uttrykkelig.',
      nn: 'Ikkje eigna for tenesteproduksjon: rettleiaren seier at eit interkommunalt politisk råd «skal ikke produsere tjenester, men være et samarbeidsforum». Det skildrar formålet med modellen; lova forbyr det ikkje uttrykkeleg.',
      en: 'Not suited for producing services: the guide says an inter-municipal political council «skal ikke produsere tjenester, men være et samarbeidsforum» (shall not produce services but be a forum for cooperation). That describes the model’s purpose; the statute does not expressly bar it.',
    },
    [
      ref('kommuneloven', '§ 18-1', 'S1a'),
      ref('veileder', 'kap. 3.2.2', 'L6'),
      ref('veileder', 'kap. 6', 'S7'),
    ],
  ),
  ownLegalEntity: fact(
    'optional',
    {
      nb: 'Valgfritt – avtalen skal si om rådet er eget rettssubjekt (§ 18-4 bokstav b). Er det ikke det, er kontorkommunen rettslig og økonomisk ansvarlig for avtaler.',
      nn: 'Valfritt – avtalen skal seie om rådet er eige rettssubjekt (§ 18-4 bokstav b). Er det ikkje det, er kontorkommunen rettsleg og økonomisk ansvarleg for avtalar.',
      en: 'Optional – the agreement must say whether it is its own legal entity (§ 18-4 b). If not, the office municipality is legally and financially responsible for contracts.',
    },
    [ref('kommuneloven', '§ 18-4 fjerde ledd bokstav b', 'S1a'), ref('praksis', null, 'S19')],
  ),
  individualDecisions: fact(
    'internalAndGrantsOnly',
    {
      nb: 'Kan ikke gis myndighet til å treffe enkeltvedtak, unntatt om rådets interne forhold og forvaltning av tilskuddsordninger.',
      nn: 'Kan ikkje få mynde til å gjere enkeltvedtak, unnateke om dei interne forholda i rådet og forvalting av tilskotsordningar.',
      en: 'Cannot be given authority to make individual decisions, except on its internal matters and administering grant schemes.',
    },
    [ref('kommuneloven', '§ 18-1 annet ledd', 'S1a')],
  ),
  employer: unconfirmedFact(
    'ownEntityOrParticipant',
    {
      nb: 'Bare som eget rettssubjekt; ellers ansettes personalet av en deltaker (kontorkommune). Veilederens ordlyd er ikke bekreftet.',
      nn: 'Berre som eige rettssubjekt; elles blir personalet tilsett av ein deltakar (kontorkommune). Ordlyden i rettleiaren er ikkje stadfesta.',
      en: 'Only as its own legal entity; otherwise staff are employed by a participant (office municipality). The guide’s wording is not confirmed.',
    },
    [ref('praksis', null, 'S19')],
  ),
  liability: fact(
    'unlimitedProRata',
    {
      nb: 'Hver deltaker har ubegrenset ansvar for sin andel av forpliktelsene; kreditor må først kreve rådet og kan kreve deltakerne etter 14 dager. Ansvaret består etter uttreden og oppløsning for forpliktelser som fantes da.',
      nn: 'Kvar deltakar har uavgrensa ansvar for sin del av pliktene; kreditor må først krevje rådet og kan krevje deltakarane etter 14 dagar. Ansvaret står ved lag etter uttreding og oppløysing for plikter som fanst då.',
      en: 'Each participant is liable without limit for its share; creditors must first claim the council and may claim the participants after 14 days. Liability survives exit and dissolution for obligations existing then.',
    },
    [ref('kommuneloven', '§ 18-2', 'S1a')],
  ),
  exit: fact(
    { statutoryNoticeMonths: null, regulatedBy: 'agreement' },
    {
      nb: 'Avtalen regulerer uttreden og oppløsning (§ 18-4 bokstav g–h); 2018-teksten har ingen lovbestemt oppsigelsesfrist. Innen ett år etter en grenseendring kan en deltaker si opp med seks måneders varsel (inndelingslova § 16).',
      nn: 'Avtalen regulerer uttreding og oppløysing (§ 18-4 bokstav g–h); 2018-teksten har ingen lovfesta oppseiingsfrist. Innan eitt år etter ei grenseendring kan ein deltakar seie opp med seks månaders varsel (inndelingslova § 16).',
      en: 'The agreement regulates exit and dissolution (§ 18-4 g–h); the 2018 text has no statutory notice period. Within one year of a boundary change a participant may give six months’ notice (inndelingslova § 16).',
    },
    [ref('kommuneloven', '§ 18-4 fjerde ledd bokstav g–h', 'S1a'), boundaryChangeExit],
  ),
  governingBodies: fact(
    ['representativeBody'],
    {
      nb: 'Representantskapet er øverste organ; hver deltaker har minst ett medlem, valgt av kommunestyret selv med minst like mange varamedlemmer; fireårig valgperiode om ikke annet er avtalt. Representantskapet kan opprette andre organer. Organene er folkevalgte organer (§ 5-1).',
      nn: 'Representantskapet er øvste organ; kvar deltakar har minst eitt medlem, valt av kommunestyret sjølv med minst like mange varamedlemmer; fireårig valperiode om ikkje anna er avtalt. Representantskapet kan opprette andre organ. Organa er folkevalde organ (§ 5-1).',
      en: 'The representantskap is the top body; each participant has at least one member, elected by its council itself with at least as many deputies; four-year term unless agreed otherwise. It may create other bodies. The bodies are elected bodies (§ 5-1).',
    },
    [ref('kommuneloven', '§ 18-3', 'S1a'), ref('kommuneloven', '§ 5-1', 'S1a')],
  ),
  agreementAdoptedBy: fact(
    'councilItself',
    {
      nb: 'Kommunestyret selv i hver deltakerkommune vedtar avtalen (§ 18-4 annet ledd) og beslutter selv å opprette rådet (§ 18-1). Endringer i de obligatoriske punktene vedtas av hvert kommunestyre selv; andre endringer av representantskapet med minst 2/3 av de avgitte stemmene om ikke annet er avtalt (§ 18-4 tredje ledd).',
      nn: 'Kommunestyret sjølv i kvar deltakarkommune vedtek avtalen (§ 18-4 andre ledd) og avgjer sjølv å opprette rådet (§ 18-1). Endringar i dei obligatoriske punkta blir vedtekne av kvart kommunestyre sjølv; andre endringar av representantskapet med minst 2/3 av dei avgitte røystene om ikkje anna er avtalt (§ 18-4 tredje ledd).',
      en: 'Each participant’s council itself adopts the agreement (§ 18-4 second para.) and decides to create the council (§ 18-1). Changes to the mandatory points: each council itself; other changes: the representantskap by at least 2/3 of votes cast unless agreed otherwise (§ 18-4 third para.).',
    },
    [
      ref('kommuneloven', '§ 18-4 annet ledd', 'S1a'),
      ref('kommuneloven', '§ 18-1', 'S1a'),
      ref('kommuneloven', '§ 18-4 tredje ledd', 'S1a'),
    ],
  ),
  agreementContent: fact(
    agreementPoints,
    {
      nb: 'Skriftlig avtale med minst åtte punkter.',
      nn: 'Skriftleg avtale med minst åtte punkt.',
      en: 'A written agreement with at least eight points.',
    },
    [ref('kommuneloven', '§ 18-4 fjerde ledd', 'S1a'), ref('departementets-tolkning', null, 'S12')],
  ),
  dataProcessing: noServiceProcessing,
  procurement: notApplicableRoute,
  procurementOpenQuestions: [],
  staffTransfer: politicalCouncilStaffTransfer,
  sources: ['S1a', 'S5', 'S7', 'S12', 'S19', 'L6'],
};
