/**
 * What each cooperation model means for the employees whose work moves: whether arbeidsmiljøloven chapter 16
 * (virksomhetsoverdragelse) applies and why, and the consequences for pension and collective agreements.
 * Chapter 16 applies when a business or part of one moves to another employer and keeps its identity
 * (§ 16-1) [S30a]; for transfers into a host municipality, a joint body or an IKS it applies «as a starting
 * point» (KS-advokatene) [S30b], and the ministry gave employees the rights where it was unclear [S30c]. Pure
 * administrative tasks moved between administrative bodies may fall outside the directive [S30d][L10]; the
 * notes tell the tool to assume chapter 16 applies (LAW-ADDENDUM § 0 point 4).
 * @module
 */
import { fact, unconfirmedFact } from '../legal-fact.ts';
import type { StaffTransferFacts } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';

const section16_1 = ref('arbeidsmiljoloven', '§ 16-1', 'S30a');
const startingPointRefs = [
  section16_1,
  ref('praksis', null, 'S30b'),
  ref('forarbeider', 'Prop. 45 L (2015–2016) kap. 6', 'S30c'),
  ref('forarbeider', 'Ot.prp. nr. 79 (2000–2001) kap. 4', 'S30d', 'L10'),
];
const transferAgreement = [
  ref('overforingsavtalen', null, 'L15', 'L16'),
  ref('arbeidsmiljoloven', '§ 16-2 tredje ledd', 'L11'),
];
const collectiveRefs = [
  ref('arbeidsmiljoloven', '§ 16-2 første ledd', 'L11'),
  ref('arbeidsmiljoloven', '§ 16-5', 'S30e'),
  ref('arbeidsmiljoloven', '§ 16-6', 'S30f'),
];

const chapter16Applies = (whoNb: string, whoNn: string, whoEn: string) =>
  fact(
    'applies' as const,
    {
      nb: `De ansatte som gjør oppgaven, går over til ${whoNb}. Kapittel 16 gjelder når en del av en virksomhet overføres til en annen arbeidsgiver og beholder sin identitet (§ 16-1), og ved overføring til vertskommune, felles organ eller IKS gjelder det «i utgangspunktet» (KS-advokatene). Rene forvaltningsoppgaver som flyttes mellom forvaltningsorganer, kan falle utenfor, men departementet har gitt de ansatte rettighetene der det var uklart. Flokk legger til grunn at kapittel 16 gjelder.`,
      nn: `Dei tilsette som gjer oppgåva, går over til ${whoNn}. Kapittel 16 gjeld når ein del av ei verksemd blir overført til ein annan arbeidsgivar og held på identiteten sin (§ 16-1), og ved overføring til vertskommune, felles organ eller IKS gjeld det «i utgangspunktet» (KS-advokatane). Reine forvaltingsoppgåver som blir flytta mellom forvaltingsorgan, kan falle utanfor, men departementet har gitt dei tilsette rettane der det var uklart. Flokk legg til grunn at kapittel 16 gjeld.`,
      en: `The employees doing the task move to ${whoEn}. Chapter 16 applies when part of a business moves to another employer and keeps its identity (§ 16-1), and for transfers into a host municipality, a joint body or an IKS it applies «as a starting point» (KS-advokatene). Pure administrative tasks moved between administrative bodies may fall outside, but the ministry gave employees the rights where it was unclear. Flokk assumes chapter 16 applies.`,
    },
    startingPointRefs,
  );

const publicPension = unconfirmedFact(
  'transferAgreement' as const,
  {
    nb: 'Overføringsavtalen sikrer at medlemmer av offentlige tjenestepensjonsordninger får pensjon som om de hadde vært i én ordning; den som bytter jobb i offentlig sektor, tar med seg rettighetene. Lovens særregel om pensjon (§ 16-2 tredje ledd) er ikke lest (ikke bekreftet).',
    nn: 'Overføringsavtalen sikrar at medlemmer av offentlege tenestepensjonsordningar får pensjon som om dei hadde vore i éi ordning; den som byter jobb i offentleg sektor, tek med seg rettane. Særregelen i lova om pensjon (§ 16-2 tredje ledd) er ikkje lesen (ikkje stadfesta).',
    en: 'The transfer agreement (Overføringsavtalen) gives members of public occupational pension schemes a pension as if they had been in one scheme; people changing jobs within the public sector keep their rights. The act’s special pension rule (§ 16-2 third para.) has not been read (not confirmed).',
  },
  transferAgreement,
);

const companyPension = unconfirmedFact(
  'transferAgreement' as const,
  {
    nb: `${publicPension.text.nb} Hva overgangen til et selskap betyr for medlemskap i KLP, premie og reguleringskostnad, er ikke bekreftet; kravet om at pensjonen skal dekkes av overføringsavtalen, er lest i KAs tariffavtale, ikke i KS' (ikke bekreftet).`,
    nn: `${publicPension.text.nn} Kva overgangen til eit selskap tyder for medlemskap i KLP, premie og reguleringskostnad, er ikkje stadfesta; kravet om at pensjonen skal dekkjast av overføringsavtalen, er lese i tariffavtalen til KA, ikkje i den til KS (ikkje stadfesta).`,
    en: `${publicPension.text.en} What moving into a company means for KLP membership, premiums and indexation cost is not confirmed; the requirement that pension be covered by the transfer agreement was read in KA’s collective agreement, not KS’s (not confirmed).`,
  },
  [...transferAgreement, ref('praksis', null, 'L17')],
);

const collectiveAgreements = unconfirmedFact(
  'rightsTransfer' as const,
  {
    nb: 'Rettigheter og plikter etter arbeidsavtalen og arbeidsforholdet på overføringstidspunktet går over til den nye arbeidsgiveren (§ 16-2 første ledd). Endringer i tariffavtaler skal drøftes med tillitsvalgte (§ 16-5) og opplyses til hver ansatt (§ 16-6). Om den nye arbeidsgiveren er bundet av samme tariffavtale, er ikke dekket av kildene (ikke bekreftet).',
    nn: 'Rettar og plikter etter arbeidsavtalen og arbeidsforholdet på overføringstidspunktet går over til den nye arbeidsgivaren (§ 16-2 første ledd). Endringar i tariffavtalar skal drøftast med tillitsvalde (§ 16-5) og opplysast til kvar tilsett (§ 16-6). Om den nye arbeidsgivaren er bunden av same tariffavtale, er ikkje dekt av kjeldene (ikkje stadfesta).',
    en: 'Rights and duties under the employment contract and relationship at the time of transfer pass to the new employer (§ 16-2 first para.). Changes in collective agreements must be discussed with union representatives (§ 16-5) and told to each employee (§ 16-6). Whether the new employer is bound by the same collective agreement is not covered by the sources (not confirmed).',
  },
  collectiveRefs,
);

const unchanged = (nb: string, nn: string, en: string, references = [section16_1]) =>
  fact('unchanged' as const, { nb, nn, en }, references);

/** Vertskommune (both variants): the host municipality becomes the employer. */
export const hostStaffTransfer: StaffTransferFacts = {
  chapter16: chapter16Applies('vertskommunen', 'vertskommunen', 'the host municipality'),
  pension: publicPension,
  collectiveAgreements,
};

/** KO: its own legal entity, or an office municipality, becomes the employer. */
export const taskCommunityStaffTransfer: StaffTransferFacts = {
  chapter16: chapter16Applies(
    'fellesskapet (eller kontorkommunen, om fellesskapet ikke er eget rettssubjekt)',
    'fellesskapet (eller kontorkommunen, om fellesskapet ikkje er eige rettssubjekt)',
    'the community (or the office municipality, if it is not its own legal person)',
  ),
  pension: publicPension,
  collectiveAgreements,
};

/** IKS, AS, SA, forening: the company becomes the employer. */
export const companyStaffTransfer: StaffTransferFacts = {
  chapter16: chapter16Applies('selskapet', 'selskapet', 'the company'),
  pension: companyPension,
  collectiveAgreements,
};

/** Purchase: only if staff move to the seller with the task. */
export const purchaseStaffTransfer: StaffTransferFacts = {
  chapter16: fact(
    'appliesIfStaffMove',
    {
      nb: 'Flytter ansatte med oppgaven til selgerkommunen, gjelder kapittel 16 i utgangspunktet (§ 16-1). Løser selgeren oppgaven med egne ansatte, skifter ingen arbeidsgiver.',
      nn: 'Flyttar tilsette med oppgåva til seljarkommunen, gjeld kapittel 16 i utgangspunktet (§ 16-1). Løyser seljaren oppgåva med eigne tilsette, skifter ingen arbeidsgivar.',
      en: 'If employees move with the task to the selling municipality, chapter 16 applies as a starting point (§ 16-1). If the seller does the task with its own staff, nobody changes employer.',
    },
    startingPointRefs,
  ),
  pension: publicPension,
  collectiveAgreements,
};

/** Network: nobody changes employer. */
export const networkStaffTransfer: StaffTransferFacts = {
  chapter16: fact(
    'noTransfer',
    {
      nb: 'Ingen skifter arbeidsgiver: hver kommune beholder sine ansatte, så kapittel 16 kommer ikke til anvendelse.',
      nn: 'Ingen skifter arbeidsgivar: kvar kommune held på dei tilsette sine, så kapittel 16 kjem ikkje til bruk.',
      en: 'Nobody changes employer: each municipality keeps its staff, so chapter 16 does not come into play.',
    },
    [section16_1, ref('saksdokument', null, 'S34c')],
  ),
  pension: unchanged('Ingen endring.', 'Inga endring.', 'No change.'),
  collectiveAgreements: unchanged('Ingen endring.', 'Inga endring.', 'No change.'),
};

/** IPR: not meant to produce services, so no service staff move there. */
export const politicalCouncilStaffTransfer: StaffTransferFacts = {
  chapter16: fact(
    'notApplicable',
    {
      nb: 'Ikke aktuelt: rådet skal ikke produsere tjenester, så ingen tjenester og ansatte skal flyttes dit.',
      nn: 'Ikkje aktuelt: rådet skal ikkje produsere tenester, så ingen tenester og tilsette skal flyttast dit.',
      en: 'Not applicable: the council shall not produce services, so no services or staff move there.',
    },
    [ref('veileder', 'kap. 3.2.2', 'L6')],
  ),
  pension: unchanged('Ingen endring.', 'Inga endring.', 'No change.'),
  collectiveAgreements: unchanged('Ingen endring.', 'Inga endring.', 'No change.'),
};
