/**
 * Nynorsk messages for the non-priced effects of a scenario (ikkje-prissette verknader).
 * @module
 */
import type { NonPricedMessages } from './messages-nb-non-priced.ts';

export const nonPricedNn: NonPricedMessages = {
  'nonPriced.heading': 'Ikkje-prissette verknader',
  'nonPriced.explanation':
    'Ikkje-prissette verknader er verknader av samarbeidet som blir vurderte, men ikkje rekna om til kroner – til dømes mindre sårbarheit eller eit sterkare fagmiljø. Kvar verknad blir vurdert etter pluss-minus-metoden: betydning (lita, middels, stor) og omfang (frå stort negativt til stort positivt) gir ein konsekvens på ein skala frå − − − − til + + + +.',
  'nonPriced.beside':
    'Verknadene står ved sida av det prissette resultatet og er ikkje lagde saman med noverdien. Skalaen viser rekkjefølgje, ikkje mengd: to pluss er meir enn eitt, men ikkje dobbelt så mykje, så konsekvensane blir ikkje summerte.',
  'nonPriced.unconfirmed':
    'Tabellen som gjer betydning og omfang om til konsekvens, er Flokk si lesing av pluss-minus-metoden og er ikkje kontrollert mot DFØ-rettleiaren.',
  'nonPriced.breakEven.negative':
    'Den prissette samfunnsøkonomiske noverdien er {npv}. For at samarbeidet skal løne seg, må dei ikkje-prissette verknadene til saman vere verde minst {value} i året i åra {first}–{last} (kroner i {baseYear}-prisar).',
  'nonPriced.breakEven.positive':
    'Den prissette samfunnsøkonomiske noverdien er {npv}, altså ikkje negativ: samarbeidet løner seg utan dei ikkje-prissette verknadene. Dei skal likevel vurderast, fordi avgjerda byggjer på begge.',
  'nonPriced.status': '{notAssessed} av {cells} vurderingar er ikkje gjorde enno.',
  'nonPriced.placeholders': 'Vurderingar som er plasshaldarar og ikkje fastsette av nokon: {count}.',
  'nonPriced.noEffects': 'Saka har ingen ikkje-prissette verknader enno.',
  'nonPriced.source': 'Nemnd i: {title}, {locator}',
  'nonPriced.sourceNoLocator': 'Nemnd i: {title}',
  'nonPriced.caption': '{effect}: konsekvens per kommune',
  'nonPriced.col.municipality': 'Kommune',
  'nonPriced.col.significance': 'Betydning',
  'nonPriced.col.extent': 'Omfang',
  'nonPriced.col.consequence': 'Konsekvens',
  'nonPriced.notAssessed': 'Ikkje vurdert',
  'nonPriced.placeholder': 'Plasshaldar – ikkje fastsett',
  'nonPriced.toBeSetBy': 'Bør fastsetjast av: {role}',
  'nonPriced.basis.source': 'Frå kjelde',
  'nonPriced.basis.decision': 'Frå vedtak',
  'nonPriced.summary': 'Vurdert for {assessed} av {total} kommunar; frå {lowest} til {highest}.',
  'nonPriced.summaryNone': 'Ikkje vurdert for nokon kommune.',
  'nonPriced.significance.small': 'Lita',
  'nonPriced.significance.medium': 'Middels',
  'nonPriced.significance.large': 'Stor',
  'nonPriced.extent.m4': 'Stort negativt',
  'nonPriced.extent.m3': 'Middels negativt',
  'nonPriced.extent.m2': 'Lite negativt',
  'nonPriced.extent.m1': 'Svært lite negativt',
  'nonPriced.extent.0': 'Inkje',
  'nonPriced.extent.p1': 'Svært lite positivt',
  'nonPriced.extent.p2': 'Lite positivt',
  'nonPriced.extent.p3': 'Middels positivt',
  'nonPriced.extent.p4': 'Stort positivt',
  'nonPriced.consequence.m4': 'svært stor negativ konsekvens',
  'nonPriced.consequence.m3': 'stor negativ konsekvens',
  'nonPriced.consequence.m2': 'middels negativ konsekvens',
  'nonPriced.consequence.m1': 'lita negativ konsekvens',
  'nonPriced.consequence.0': 'ingen vesentleg konsekvens',
  'nonPriced.consequence.p1': 'lita positiv konsekvens',
  'nonPriced.consequence.p2': 'middels positiv konsekvens',
  'nonPriced.consequence.p3': 'stor positiv konsekvens',
  'nonPriced.consequence.p4': 'svært stor positiv konsekvens',
  'nonPriced.vulnerability.caption':
    'Grunnlag for sårbarheit: personar som kan gjere oppgåvene, i dag og i felles eining',
  'nonPriced.vulnerability.intro':
    'Flokk sitt sårbarheitstal, som på personalsida: kor mange personar som kan gjere oppgåvene i kvar kommune i dag og i den felles eininga. Talet er eit grunnlag for å vurdere sårbarheit, ikkje ei vurdering i seg sjølv.',
  'nonPriced.vulnerability.area': 'Område',
  'nonPriced.vulnerability.joint': 'Felles eining',
  'nonPriced.vulnerability.onePerson': '{count} (einpersonsfunksjon)',
  'nonPriced.vulnerability.atLeast': 'minst {count}',
  'nonPriced.vulnerability.fromFte':
    '«Minst» tyder at talet på personar er rekna ut frå årsverk fordi talet på tilsette ikkje er oppgitt.',
};
