/**
 * Interkommunalt selskap (IKS), IKS-loven LOV-1999-01-29-6 [S2]: a company owned by municipalities, its own
 * legal entity (§ 2). Individual decisions only where the special act opens for delegation to other legal
 * entities (kommuneloven § 5-4) [S1a][S8]. The list of mandatory agreement content (§ 4 third para.) and
 * the exit rules (§§ 30, 32) could not be read: UNCONFIRMED.
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { AgreementPoint, LegalModelDescriptor } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';
import { boundaryChangeExit, section5_4Decisions } from './shared-facts.ts';
import { processorAgreementNeeded } from './data-processing-facts.ts';
import { jointControlRoute } from './procurement-facts.ts';
import { companyStaffTransfer } from './staff-transfer-facts.ts';

const section4Points: [string, string, string][] = [
  ['selskapets foretaksnavn', 'føretaksnamnet til selskapet', 'the company name'],
  [
    'hvilken kommune selskapet skal ha sitt hovedkontor i',
    'kva kommune selskapet skal ha hovudkontoret sitt i',
    'the municipality of the head office',
  ],
  ['selskapets formål', 'formålet til selskapet', 'the company’s purpose'],
  ['den enkelte deltakers eierandel', 'eigardelen til kvar deltakar', 'each participant’s ownership share'],
  [
    'den enkelte deltakers innskuddsplikt',
    'innskotsplikta til kvar deltakar',
    'each participant’s capital contribution duty',
  ],
  [
    'antall medlemmer i representantskapet fra hver deltaker',
    'talet på medlemmer i representantskapet frå kvar deltakar',
    'the number of representantskap members per participant',
  ],
];

// LAW.md could read § 4 only up to its second paragraph; the list is its best reading and is flagged.
const agreementPoints: AgreementPoint[] = [
  ...section4Points.map(([nb, nn, en]) => ({
    letter: null,
    text: { nb, nn, en },
    reference: ref('iks-loven', '§ 4 tredje ledd', 'S2'),
    unconfirmed: true,
  })),
  {
    letter: null,
    text: {
      nb: 'en øvre ramme for samlet låneopptak, dersom selskapet skal kunne ta opp lån',
      nn: 'ei øvre ramme for samla låneopptak, dersom selskapet skal kunne ta opp lån',
      en: 'a ceiling for total borrowing, if the company may borrow',
    },
    reference: ref('iks-loven', '§ 22', 'S2'),
    unconfirmed: true,
  },
];

export const interkommunaltSelskap: LegalModelDescriptor = {
  id: 'interkommunalt-selskap',
  name: { nb: 'Interkommunalt selskap', nn: 'Interkommunalt selskap', en: 'Inter-municipal company' },
  abbreviation: 'IKS',
  family: 'separateLegalEntity',
  legalBasis: fact(
    'IKS-loven',
    {
      nb: 'Lov om interkommunale selskaper',
      nn: 'Lov om interkommunale selskap',
      en: 'Inter-Municipal Companies Act',
    },
    [ref('iks-loven', '§§ 1–4', 'S2')],
  ),
  listedInSection17_1: true,
  serviceProduction: fact(
    'yes',
    {
      nb: 'Produserer tjenester; brukes typisk til selskapsliknende og tekniske tjenester som brann og redning eller avfall.',
      nn: 'Produserer tenester; blir typisk brukt til selskapsliknande og tekniske tenester som brann og redning eller avfall.',
      en: 'Produces services; typically used for company-like and technical services such as fire and rescue or waste.',
    },
    [ref('kommuneloven', '§ 17-1 annet ledd', 'S1a'), ref('praksis', null, 'S42a', 'S42c')],
  ),
  ownLegalEntity: fact(
    'yes',
    {
      nb: 'Ja – selskapet kan ha rettigheter og plikter og være part for domstoler og myndigheter (§ 2).',
      nn: 'Ja – selskapet kan ha rettar og plikter og vere part for domstolar og styresmakter (§ 2).',
      en: 'Yes – it can hold rights and duties and be a party before courts and authorities (§ 2).',
    },
    [ref('iks-loven', '§ 2', 'S2')],
  ),
  individualDecisions: {
    ...section5_4Decisions,
    text: {
      nb: `${section5_4Decisions.text.nb} Klage over slike vedtak går til en særskilt klagenemnd oppnevnt av selskapets øverste organ (forvaltningsloven § 28 annet ledd).`,
      nn: `${section5_4Decisions.text.nn} Klage over slike vedtak går til ei særskild klagenemnd oppnemnd av det øvste organet i selskapet (forvaltningslova § 28 andre ledd).`,
      en: `${section5_4Decisions.text.en} Appeals against such decisions go to a special appeals board appointed by the entity’s top body (forvaltningsloven § 28 second para.).`,
    },
    references: [...section5_4Decisions.references, ref('forvaltningsloven', '§ 28 annet ledd', 'S1a')],
  },
  employer: fact(
    'ownEntity',
    {
      nb: 'Selskapet er arbeidsgiver (registrert med organisasjonsform IKS). Har selskapet 30 eller færre ansatte, har de ansattes representant møterett i styret (§ 10).',
      nn: 'Selskapet er arbeidsgivar (registrert med organisasjonsform IKS). Har selskapet 30 eller færre tilsette, har representanten til dei tilsette møterett i styret (§ 10).',
      en: 'The company is the employer (registered as organisasjonsform IKS). With 30 or fewer employees, an employee representative has meeting rights in the board (§ 10).',
    },
    [ref('praksis', null, 'S13'), ref('iks-loven', '§ 10', 'S1a')],
  ),
  liability: fact(
    'unlimitedProRata',
    {
      nb: 'Hver deltaker har ubegrenset ansvar for en prosent- eller brøkdel av selskapets forpliktelser, som standard lik eierandelen; kreditor må først kreve selskapet og kan kreve deltakerne etter 14 dager (§ 3).',
      nn: 'Kvar deltakar har uavgrensa ansvar for ein prosent- eller brøkdel av pliktene til selskapet, som standard lik eigardelen; kreditor må først krevje selskapet og kan krevje deltakarane etter 14 dagar (§ 3).',
      en: 'Each participant is liable without limit for a percentage or fraction of the obligations, by default its ownership share; creditors must first claim the company and may claim participants after 14 days (§ 3).',
    },
    [ref('iks-loven', '§ 3', 'S2')],
  ),
  exit: unconfirmedFact(
    { statutoryNoticeMonths: 12, regulatedBy: 'statute' },
    {
      nb: 'Ett års skriftlig oppsigelse med rett til å bli løst ut (§ 30) – ordlyden er ikke bekreftet; reglene om oppløsning (§ 32) er ikke bekreftet. Innen ett år etter en grenseendring kan en deltaker si opp med seks måneders varsel (inndelingslova § 16).',
      nn: 'Eitt års skriftleg oppseiing med rett til å bli løyst ut (§ 30) – ordlyden er ikkje stadfesta; reglane om oppløysing (§ 32) er ikkje stadfesta. Innan eitt år etter ei grenseendring kan ein deltakar seie opp med seks månaders varsel (inndelingslova § 16).',
      en: 'One year’s written notice with a right to be bought out (§ 30) – wording not confirmed; the dissolution rules (§ 32) are not confirmed. Within one year of a boundary change a participant may give six months’ notice (inndelingslova § 16).',
    },
    [ref('iks-loven', '§ 30', 'S2'), ref('iks-loven', '§ 32', 'S2'), boundaryChangeExit],
  ),
  governingBodies: fact(
    ['representativeBody', 'board', 'dailyManager'],
    {
      nb: 'Representantskap (øverste organ), styre og daglig leder. Representantskapets medlemmer velges av kommunestyret selv (§ 6); fra 1.7.2023 kan valg avtales, og hvert medlem skal ha minst to varamedlemmer. Representantskapets møter er åpne fra 2024 for selskap omfattet av offentleglova; styremøter er ikke åpne.',
      nn: 'Representantskap (øvste organ), styre og dagleg leiar. Medlemmene i representantskapet blir valde av kommunestyret sjølv (§ 6); frå 1.7.2023 kan val avtalast, og kvart medlem skal ha minst to varamedlemmer. Møta i representantskapet er opne frå 2024 for selskap omfatta av offentleglova; styremøte er ikkje opne.',
      en: 'A representantskap (top body), a board and a daily manager. Representantskap members are elected by the council itself (§ 6); since 1 July 2023 elections may be agreed and each member has at least two deputies. Representantskap meetings are open from 2024 for companies covered by offentleglova; board meetings are not.',
    },
    [
      ref('iks-loven', '§§ 10, 14', 'S1a', 'S2'),
      ref('iks-loven', '§ 6', 'S42b'),
      ref('praksis', null, 'S15', 'S17', 'S18'),
    ],
  ),
  agreementAdoptedBy: fact(
    'councilItself',
    {
      nb: 'Kommunestyret selv i hver deltakerkommune vedtar selskapsavtalen; for en deltaker som selv er et IKS, vedtar representantskapet. Endringer i de obligatoriske punktene følger samme framgangsmåte; andre endringer gjør representantskapet om ikke avtalen sier noe annet.',
      nn: 'Kommunestyret sjølv i kvar deltakarkommune vedtek selskapsavtalen; for ein deltakar som sjølv er eit IKS, vedtek representantskapet. Endringar i dei obligatoriske punkta følgjer same framgangsmåte; andre endringar gjer representantskapet om ikkje avtalen seier noko anna.',
      en: 'Each participant’s council itself adopts the company agreement; for a participant that is itself an IKS, its representantskap does. Changes to mandatory points follow the same procedure; other changes are made by the representantskap unless the agreement says otherwise.',
    },
    [ref('iks-loven', '§ 4', 'S2')],
  ),
  agreementContent: unconfirmedFact(
    agreementPoints,
    {
      nb: 'Skriftlig selskapsavtale. Listen over obligatorisk innhold (§ 4 tredje ledd) og lånerammen (§ 22) er ikke bekreftet mot lovdata.',
      nn: 'Skriftleg selskapsavtale. Lista over obligatorisk innhald (§ 4 tredje ledd) og låneramma (§ 22) er ikkje stadfesta mot lovdata.',
      en: 'A written company agreement. The list of mandatory content (§ 4 third para.) and the borrowing ceiling (§ 22) are not confirmed against lovdata.',
    },
    [ref('iks-loven', '§ 4 tredje ledd', 'S2'), ref('iks-loven', '§ 22', 'S2')],
  ),
  dataProcessing: processorAgreementNeeded,
  procurement: jointControlRoute(false),
  procurementOpenQuestions: [],
  staffTransfer: companyStaffTransfer,
  sources: ['S1a', 'S2', 'S8', 'S13', 'S15', 'S17', 'S18', 'S42a', 'S42b', 'S42c'],
};
