/**
 * How each cooperation model meets procurement law. A mutually binding agreement between two separate legal
 * persons is, as a starting point, covered by the procurement rules, also between two municipalities [L1];
 * only egenregi (one legal person), extended in-house provision (utvidet egenregi, anskaffelsesforskriften
 * § 3-1 single control, § 3-2 joint control) or the cooperation exemption between contracting authorities
 * (§ 3-3) take it out [L1][L3]. Kommuneloven leaves the question to procurement law (§ 17-1 third para.)
 * [S1a]. The conditions themselves are in `procurement.ts`.
 * @module
 */
import { fact, unconfirmedFact, type LegalFact } from '../legal-fact.ts';
import type { OpenQuestion, ProcurementRoute } from '../legal-model.ts';
import { ref } from '../legal-reference.ts';

const startingPoint = ref('anskaffelsesveilederen', 'kap. 4.1', 'L1');
const section17_1 = ref('kommuneloven', '§ 17-1 tredje ledd', 'S1a');
const section3_2 = ref('anskaffelsesforskriften', '§ 3-2', 'L1', 'L3', 'L4');
const section3_3 = ref('anskaffelsesforskriften', '§ 3-3', 'L1', 'L3');

/** A company owned by the municipalities (IKS, and AS, SA, forening as far as they are wholly public). */
export function jointControlRoute(
  unconfirmed: boolean,
  extra?: OpenQuestion['text'],
): LegalFact<ProcurementRoute> {
  const text = {
    nb: `Selskapet er et eget rettssubjekt, så kjøp fra det er i utgangspunktet omfattet av anskaffelsesreglene. Uten konkurranse bare som utvidet egenregi med felles kontroll (anskaffelsesforskriften § 3-2), når alle tre vilkårene holder.${extra ? ` ${extra.nb}` : ''}`,
    nn: `Selskapet er eit eige rettssubjekt, så kjøp frå det er i utgangspunktet omfatta av anskaffingsreglane. Utan konkurranse berre som utvida eigenregi med felles kontroll (anskaffingsforskrifta § 3-2), når alle tre vilkåra held.${extra ? ` ${extra.nn}` : ''}`,
    en: `The company is its own legal person, so buying from it is, as a starting point, covered by procurement law. Without a tender only as extended in-house provision under joint control (anskaffelsesforskriften § 3-2), when all three conditions hold.${extra ? ` ${extra.en}` : ''}`,
  };
  const references = [startingPoint, section3_2, section17_1];
  return unconfirmed
    ? unconfirmedFact('jointControl', text, references)
    : fact('jointControl', text, references);
}

/** An AS with any private owner fails the third condition [L4]. */
export const privateOwnerNote = {
  nb: 'Et AS med en privat eier oppfyller ikke vilkåret om ingen privat kapital.',
  nn: 'Eit AS med ein privat eigar oppfyller ikkje vilkåret om ingen privat kapital.',
  en: 'An AS with any private owner fails the condition of no private capital.',
};

/** The notes assess KO, IKS and AS only; SA and forening are read the same way. */
export const otherEntityNote = {
  nb: 'Notatene vurderer bare KO, IKS og AS; at det samme gjelder her, er ikke bekreftet.',
  nn: 'Notata vurderer berre KO, IKS og AS; at det same gjeld her, er ikkje stadfesta.',
  en: 'The notes assess KO, IKS and AS only; that the same applies here is not confirmed.',
};

/** Vertskommune: the partners pay a separate municipality under the agreement (§ 20-4 f). */
export const hostRoute: LegalFact<ProcurementRoute> = fact(
  'publicCooperation',
  {
    nb: 'Vertskommunen er en egen kommune, og de andre betaler den etter avtalen (kl. § 20-4 bokstav f). En avtale mellom to kommuner er i utgangspunktet omfattet av anskaffelsesreglene; uten konkurranse bare om vilkårene for samarbeid mellom offentlige oppdragsgivere holder (anskaffelsesforskriften § 3-3).',
    nn: 'Vertskommunen er ein eigen kommune, og dei andre betaler han etter avtalen (kl. § 20-4 bokstav f). Ein avtale mellom to kommunar er i utgangspunktet omfatta av anskaffingsreglane; utan konkurranse berre om vilkåra for samarbeid mellom offentlege oppdragsgivarar held (anskaffingsforskrifta § 3-3).',
    en: 'The host is a separate municipality, and the others pay it under the agreement (KL § 20-4 f). An agreement between two municipalities is, as a starting point, covered by procurement law; without a tender only if the conditions for cooperation between contracting authorities hold (anskaffelsesforskriften § 3-3).',
  },
  [ref('kommuneloven', '§ 20-4 tredje ledd bokstav f', 'S1a'), startingPoint, section3_3],
);

/** Whether a paid host arrangement is outside procurement law at all is not settled in the notes. */
export const hostOpenQuestion: OpenQuestion = {
  text: {
    nb: 'Åpent spørsmål: om en betalt vertskommuneordning faller utenfor anskaffelsesreglene som organisering av offentlige oppgaver (overføring av kompetanse). Veilederens avsnitt om samarbeid som ikke er en kontrakt, er ikke lest, og KS-advokatene (2017) advarte om at anskaffelsesreglene på noen områder kan stenge for vertskommune.',
    nn: 'Ope spørsmål: om ei betalt vertskommuneordning fell utanfor anskaffingsreglane som organisering av offentlege oppgåver (overføring av kompetanse). Avsnittet i rettleiaren om samarbeid som ikkje er ein kontrakt, er ikkje lese, og KS-advokatane (2017) åtvara om at anskaffingsreglane på nokre område kan stengje for vertskommune.',
    en: 'Open question: whether a paid host arrangement falls outside procurement law as an organisation of public tasks (a transfer of competence). The guide’s section on cooperation that is not a contract has not been read, and KS-advokatene (2017) warned that procurement rules may in some areas exclude a host municipality.',
  },
  references: [startingPoint, ref('praksis', null, 'S30b')],
};

/** KO: part of the participants' own legal persons unless it is its own legal entity. */
export const taskCommunityRoute: LegalFact<ProcurementRoute> = unconfirmedFact(
  'inHouseOrJointControl',
  {
    nb: 'Er fellesskapet ikke et eget rettssubjekt, er det en del av deltakernes egne rettssubjekter (egenregi), men den nøyaktige vurderingen er ikke bekreftet. Er det et eget rettssubjekt, er kjøp fra det unntatt bare som utvidet egenregi med felles kontroll (anskaffelsesforskriften § 3-2), når alle tre vilkårene holder.',
    nn: 'Er fellesskapet ikkje eit eige rettssubjekt, er det ein del av dei eigne rettssubjekta til deltakarane (eigenregi), men den nøyaktige vurderinga er ikkje stadfesta. Er det eit eige rettssubjekt, er kjøp frå det unnateke berre som utvida eigenregi med felles kontroll (anskaffingsforskrifta § 3-2), når alle tre vilkåra held.',
    en: 'If the community is not its own legal person, it is part of the participants’ own legal persons (in-house), but the exact assessment is not confirmed. If it is its own legal person, buying from it is exempt only as extended in-house provision under joint control (anskaffelsesforskriften § 3-2), when all three conditions hold.',
  },
  [startingPoint, section3_2, section17_1],
);

/** Purchase from another municipality: a contract between two legal persons. */
export const purchaseRoute: LegalFact<ProcurementRoute> = fact(
  'publicCooperation',
  {
    nb: 'Kjøp fra en annen kommune er en kontrakt mellom to rettssubjekter og er i utgangspunktet omfattet av anskaffelsesreglene, også mellom kommuner. Uten konkurranse bare om vilkårene i anskaffelsesforskriften § 3-3 holder; ellers må kjøpet konkurranseutsettes.',
    nn: 'Kjøp frå ein annan kommune er ein kontrakt mellom to rettssubjekt og er i utgangspunktet omfatta av anskaffingsreglane, også mellom kommunar. Utan konkurranse berre om vilkåra i anskaffingsforskrifta § 3-3 held; elles må kjøpet konkurranseutsetjast.',
    en: 'Buying from another municipality is a contract between two legal persons and is, as a starting point, covered by procurement law, also between municipalities. Without a tender only if the conditions of anskaffelsesforskriften § 3-3 hold; otherwise the purchase must be tendered.',
  },
  [startingPoint, section3_3, section17_1],
);

/** A network buys nothing: there is no mutually binding agreement. */
export const noContractRoute: LegalFact<ProcurementRoute> = fact(
  'noContract',
  {
    nb: 'Ingen konkurranse trengs: et fagnettverk har ingen gjensidig bebyrdende avtale om kjøp, og det er slike avtaler anskaffelsesreglene gjelder.',
    nn: 'Ingen konkurranse trengst: eit fagnettverk har ingen gjensidig bebyrdande avtale om kjøp, og det er slike avtalar anskaffingsreglane gjeld.',
    en: 'No tender is needed: a professional network has no mutually binding purchase agreement, which is what procurement law covers.',
  },
  [startingPoint],
);

/** A political council produces no services, so nothing is bought from it. */
export const notApplicableRoute: LegalFact<ProcurementRoute> = fact(
  'notApplicable',
  {
    nb: 'Ikke aktuelt: rådet skal ikke produsere tjenester, så kommunene kjøper ingen tjenester fra det.',
    nn: 'Ikkje aktuelt: rådet skal ikkje produsere tenester, så kommunane kjøper ingen tenester frå det.',
    en: 'Not applicable: the council shall not produce services, so the municipalities buy no services from it.',
  },
  [ref('veileder', 'kap. 3.2.2', 'L6')],
);
