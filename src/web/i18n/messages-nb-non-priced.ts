/**
 * Bokmål messages for the non-priced effects of a scenario (ikke-prissatte virkninger).
 * @module
 */
export const nonPricedNb = {
  'nonPriced.heading': 'Ikke-prissatte virkninger',
  'nonPriced.explanation':
    'Ikke-prissatte virkninger er virkninger av samarbeidet som vurderes, men ikke regnes om til kroner – for eksempel mindre sårbarhet eller et sterkere fagmiljø. Hver virkning vurderes etter pluss-minus-metoden: betydning (liten, middels, stor) og omfang (fra stort negativt til stort positivt) gir en konsekvens på en skala fra − − − − til + + + +.',
  'nonPriced.beside':
    'Virkningene står ved siden av det prissatte resultatet og er ikke lagt sammen med nåverdien. Skalaen viser rekkefølge, ikke mengde: to pluss er mer enn ett, men ikke dobbelt så mye, så konsekvensene summeres ikke.',
  'nonPriced.unconfirmed':
    'Tabellen som gjør betydning og omfang om til konsekvens, er Flokks lesing av pluss-minus-metoden og er ikke kontrollert mot DFØ-veilederen.',
  'nonPriced.breakEven.negative':
    'Den prissatte samfunnsøkonomiske nåverdien er {npv}. For at samarbeidet skal lønne seg, må de ikke-prissatte virkningene til sammen være verdt minst {value} i året i årene {first}–{last} (kroner i {baseYear}-priser).',
  'nonPriced.breakEven.positive':
    'Den prissatte samfunnsøkonomiske nåverdien er {npv}, altså ikke negativ: samarbeidet lønner seg uten de ikke-prissatte virkningene. De skal likevel vurderes, fordi beslutningen bygger på begge.',
  'nonPriced.status': '{notAssessed} av {cells} vurderinger er ikke gjort ennå.',
  'nonPriced.placeholders': 'Vurderinger som er plassholdere og ikke fastsatt av noen: {count}.',
  'nonPriced.noEffects': 'Saken har ingen ikke-prissatte virkninger ennå.',
  'nonPriced.source': 'Nevnt i: {title}, {locator}',
  'nonPriced.sourceNoLocator': 'Nevnt i: {title}',
  'nonPriced.caption': '{effect}: konsekvens per kommune',
  'nonPriced.col.municipality': 'Kommune',
  'nonPriced.col.significance': 'Betydning',
  'nonPriced.col.extent': 'Omfang',
  'nonPriced.col.consequence': 'Konsekvens',
  'nonPriced.notAssessed': 'Ikke vurdert',
  'nonPriced.placeholder': 'Plassholder – ikke fastsatt',
  'nonPriced.toBeSetBy': 'Bør fastsettes av: {role}',
  'nonPriced.basis.source': 'Fra kilde',
  'nonPriced.basis.decision': 'Fra vedtak',
  'nonPriced.summary': 'Vurdert for {assessed} av {total} kommuner; fra {lowest} til {highest}.',
  'nonPriced.summaryNone': 'Ikke vurdert for noen kommune.',
  'nonPriced.significance.small': 'Liten',
  'nonPriced.significance.medium': 'Middels',
  'nonPriced.significance.large': 'Stor',
  'nonPriced.extent.m4': 'Stort negativt',
  'nonPriced.extent.m3': 'Middels negativt',
  'nonPriced.extent.m2': 'Lite negativt',
  'nonPriced.extent.m1': 'Svært lite negativt',
  'nonPriced.extent.0': 'Intet',
  'nonPriced.extent.p1': 'Svært lite positivt',
  'nonPriced.extent.p2': 'Lite positivt',
  'nonPriced.extent.p3': 'Middels positivt',
  'nonPriced.extent.p4': 'Stort positivt',
  'nonPriced.consequence.m4': 'svært stor negativ konsekvens',
  'nonPriced.consequence.m3': 'stor negativ konsekvens',
  'nonPriced.consequence.m2': 'middels negativ konsekvens',
  'nonPriced.consequence.m1': 'liten negativ konsekvens',
  'nonPriced.consequence.0': 'ingen vesentlig konsekvens',
  'nonPriced.consequence.p1': 'liten positiv konsekvens',
  'nonPriced.consequence.p2': 'middels positiv konsekvens',
  'nonPriced.consequence.p3': 'stor positiv konsekvens',
  'nonPriced.consequence.p4': 'svært stor positiv konsekvens',
  'nonPriced.vulnerability.caption':
    'Grunnlag for sårbarhet: personer som kan gjøre oppgavene, i dag og i felles enhet',
  'nonPriced.vulnerability.intro':
    'Flokks sårbarhetstall, som på personalsiden: hvor mange personer som kan gjøre oppgavene i hver kommune i dag og i den felles enheten. Tallet er et grunnlag for å vurdere sårbarhet, ikke en vurdering i seg selv.',
  'nonPriced.vulnerability.area': 'Område',
  'nonPriced.vulnerability.joint': 'Felles enhet',
  'nonPriced.vulnerability.onePerson': '{count} (enpersonsfunksjon)',
  'nonPriced.vulnerability.atLeast': 'minst {count}',
  'nonPriced.vulnerability.fromFte':
    '«Minst» betyr at antall personer er regnet ut fra årsverk fordi antall ansatte ikke er oppgitt.',
} as const satisfies Record<string, string>;

export type NonPricedMessages = Record<keyof typeof nonPricedNb, string>;
