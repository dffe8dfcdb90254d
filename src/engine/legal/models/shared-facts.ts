/**
 * Facts that several model descriptors share word for word: the § 5-4 rule for other legal entities, the
 * chapter 20 rules common to both host-municipality variants, and the boundary-change exit right.
 * @module
 */
import { fact, unconfirmedFact, type LegalFact } from '../legal-fact.ts';
import type { AgreementPoint, ExitRules, IndividualDecisionAuthority } from '../legal-model.ts';
import { ref, type LegalReference } from '../legal-reference.ts';

/** Special exit right within one year after a municipal boundary change (inndelingslova § 16 as amended 2018). */
export const boundaryChangeExit: LegalReference = ref('inndelingslova', '§ 16', 'S1a');

const boundaryChangeNb =
  ' Innen ett år etter en grenseendring kan en deltaker si opp med seks måneders varsel og kreve reforhandling (inndelingslova § 16).';
const boundaryChangeNn =
  ' Innan eitt år etter ei grenseendring kan ein deltakar seie opp med seks månaders varsel og krevje reforhandling (inndelingslova § 16).';
const boundaryChangeEn =
  ' Within one year of a boundary change a participant may give six months’ notice and demand renegotiation (inndelingslova § 16).';

/** Individual decisions in IKS, AS, SA and forening: KL § 5-4 [S1a][S8]. */
export const section5_4Decisions: LegalFact<IndividualDecisionAuthority> = fact(
  'onlyWhereSpecialActAllows',
  {
    nb: 'Lovpålagte oppgaver bare så langt særlovgivningen åpner for det (kl. § 5-4 første ledd); andre saker bare om de ikke har prinsipiell betydning (§ 5-4 annet ledd).',
    nn: 'Lovpålagde oppgåver berre så langt særlovgivinga opnar for det (kl. § 5-4 første ledd); andre saker berre om dei ikkje har prinsipiell betydning (§ 5-4 andre ledd).',
    en: 'Statutory tasks only as far as the special act opens for it (KL § 5-4 first para.); other matters only if not of principled significance (§ 5-4 second para.).',
  },
  [
    ref('kommuneloven', '§ 5-4 første ledd', 'S1a', 'S8'),
    ref('kommuneloven', '§ 5-4 annet ledd', 'S1a', 'S8'),
  ],
);

/** Exit from a host-municipality cooperation (KL § 20-8) [S1a]. */
export const hostMunicipalityExit: LegalFact<ExitRules> = fact(
  { statutoryNoticeMonths: 12, regulatedBy: 'statute' },
  {
    nb: `Hver deltaker kan si opp med ett års varsel, om ikke annen frist er avtalt; samarbeidet kan oppløses straks om alle er enige (kl. § 20-8).${boundaryChangeNb}`,
    nn: `Kvar deltakar kan seie opp med eitt års varsel, om ikkje anna frist er avtalt; samarbeidet kan oppløysast straks om alle er samde (kl. § 20-8).${boundaryChangeNn}`,
    en: `Each participant may give one year’s notice unless another period is agreed; immediate dissolution if all agree (KL § 20-8).${boundaryChangeEn}`,
  },
  [ref('kommuneloven', '§ 20-8', 'S1a'), boundaryChangeExit],
);

/** Liability in a host-municipality cooperation: no joint entity [S34a], money per agreement (§ 20-4 f) [S1a]. */
export const hostMunicipalityLiability = fact(
  'eachKeepsOwn' as const,
  {
    nb: 'Ingen felles enhet; hver kommune beholder sitt rettslige ansvar og kan ikke delegere det bort. Det økonomiske oppgjøret følger avtalen (kl. § 20-4 tredje ledd bokstav f).',
    nn: 'Inga felles eining; kvar kommune held på det rettslege ansvaret sitt og kan ikkje delegere det bort. Det økonomiske oppgjeret følgjer avtalen (kl. § 20-4 tredje ledd bokstav f).',
    en: 'No joint entity; each municipality keeps its legal responsibility and cannot delegate it away. The financial settlement follows the agreement (KL § 20-4 third para. f).',
  },
  [ref('saksdokument', null, 'S34a'), ref('kommuneloven', '§ 20-4 tredje ledd bokstav f', 'S1a')],
);

/** The host employs the staff; a non-entity cooperation is registered as a sub-unit of the host [S13]. */
export const hostMunicipalityEmployer = fact(
  'hostMunicipality' as const,
  {
    nb: 'Vertskommunen er arbeidsgiver; samarbeidet registreres som organisasjonsledd under vertskommunen, som rapporterer lønn.',
    nn: 'Vertskommunen er arbeidsgivar; samarbeidet blir registrert som organisasjonsledd under vertskommunen, som rapporterer løn.',
    en: 'The host municipality is the employer; the cooperation is registered as a sub-unit of the host, which reports wages.',
  },
  [ref('praksis', null, 'S13')],
);

/** The host is part of the host municipality's own organisation [S6]. */
export const hostMunicipalityEntity = fact(
  'no' as const,
  {
    nb: 'Nei – samarbeidet er en del av vertskommunens virksomhet, og vertskommunens ordinære regler gjelder.',
    nn: 'Nei – samarbeidet er ein del av verksemda til vertskommunen, og dei ordinære reglane i vertskommunen gjeld.',
    en: 'No – the cooperation is part of the host municipality’s activity, and the host’s ordinary rules apply.',
  },
  [ref('veileder', 'kap. 5', 'S6')],
);

/** Every participant's council itself adopts a host agreement and changes to its mandatory points (§ 20-4 second para.). */
export const hostMunicipalityAdoption = fact(
  'councilItself' as const,
  {
    nb: 'Kommunestyret selv i hver deltakerkommune vedtar avtalen og endringer i de obligatoriske punktene (kl. § 20-4 annet ledd).',
    nn: 'Kommunestyret sjølv i kvar deltakarkommune vedtek avtalen og endringar i dei obligatoriske punkta (kl. § 20-4 andre ledd).',
    en: 'Each participant’s council itself adopts the agreement and changes to its mandatory points (KL § 20-4 second para.).',
  },
  [ref('kommuneloven', '§ 20-4 annet ledd', 'S1a')],
);

const section20_4Points: [string, string, string, string][] = [
  ['a', 'hvem som er deltakere', 'kven som er deltakarar', 'the participants'],
  [
    'b',
    'hvilken deltaker som er vertskommune',
    'kva deltakar som er vertskommune',
    'which participant is the host',
  ],
  [
    'c',
    'hvilke oppgaver og hvilken myndighet som er lagt til vertskommunen',
    'kva oppgåver og kva mynde som er lagt til vertskommunen',
    'which tasks and authority are given to the host',
  ],
  [
    'd',
    'når oppgaver og myndighet overføres',
    'når oppgåver og mynde blir overførte',
    'when tasks and authority are transferred',
  ],
  [
    'e',
    'hvilke av vertskommunens vedtak deltakerne skal varsles om',
    'kva for vedtak i vertskommunen deltakarane skal varslast om',
    'which host decisions the participants must be notified of',
  ],
  [
    'f',
    'hvordan det økonomiske oppgjøret mellom deltakerne og vertskommunen gjøres',
    'korleis det økonomiske oppgjeret mellom deltakarane og vertskommunen blir gjort',
    'how the financial settlement between partners and host is made',
  ],
  ['g', 'hvordan en deltaker kan tre ut', 'korleis ein deltakar kan tre ut', 'how participants can withdraw'],
  [
    'h',
    'hvordan samarbeidet oppløses',
    'korleis samarbeidet blir oppløyst',
    'how the cooperation is dissolved',
  ],
  [
    'i',
    'annet som etter lov skal fastsettes i avtale',
    'anna som etter lov skal fastsetjast i avtale',
    'anything else a statute requires to be set in an agreement',
  ],
];

/** KL § 20-4 third paragraph a–i [S1a]. */
export const section20_4ThirdParagraph: AgreementPoint[] = section20_4Points.map(([letter, nb, nn, en]) => ({
  letter,
  text: { nb, nn, en },
  reference: ref('kommuneloven', `§ 20-4 tredje ledd bokstav ${letter}`, 'S1a'),
  unconfirmed: false,
}));

/** KL § 20-4 fifth paragraph: the host must notify the county governor (statsforvalteren) [S1a]. */
export const section20_4Notification: AgreementPoint = {
  letter: null,
  text: {
    nb: 'Vertskommunen skal melde fra til statsforvalteren om at samarbeidet er opprettet (plikt ved siden av avtalen)',
    nn: 'Vertskommunen skal melde frå til statsforvaltaren om at samarbeidet er oppretta (plikt ved sida av avtalen)',
    en: 'The host must notify the county governor that the cooperation has been set up (a duty beside the agreement)',
  },
  reference: ref('kommuneloven', '§ 20-4 femte ledd', 'S1a'),
  unconfirmed: false,
};

/** Exit under company or association law, which LAW.md could not read. */
export function unconfirmedCompanyLawExit(references: readonly LegalReference[]): LegalFact<ExitRules> {
  return unconfirmedFact(
    { statutoryNoticeMonths: null, regulatedBy: 'unknown' },
    {
      nb: 'Uttreden og oppløsning følger selskaps- eller foreningsretten – detaljer ikke bekreftet.',
      nn: 'Uttreding og oppløysing følgjer selskaps- eller foreiningsretten – detaljar ikkje stadfesta.',
      en: 'Exit and dissolution follow company or association law – details not confirmed.',
    },
    references,
  );
}
