/**
 * Bokmål messages for «Dette endret seg», the effect of a saved change on the scenarios. Spread into `messages-nb.ts`.
 * @module
 */
export const changeEffectNb = {
  'changeEffect.heading': 'Dette endret seg',
  'changeEffect.loading': 'Regner ut hva endringen betyr for scenarioene …',
  'changeEffect.moved':
    'Endringen flyttet nåverdien i {count|# scenario|# scenarioer} av {total}. Tabellene viser nåverdien før (revisjon {from}) og etter (revisjon {revision}).',
  'changeEffect.none':
    'Endringen flyttet ikke nåverdien i noe scenario: før (revisjon {from}) og etter (revisjon {revision}) er like.',
  'changeEffect.npvExplained':
    'Nåverdi er summen av alle årlige gevinster og kostnader, der beløp langt fram i tid teller mindre, omregnet til kroner i basisåret. Positiv nåverdi betyr at samarbeidet lønner seg. Beløpene er i millioner kroner med én desimal, regnet med middelverdiene for det som er usikkert.',
  'changeEffect.caption': '{scenario}: nåverdi før og etter (mill. kr)',
  'changeEffect.col.who': 'Hvem',
  'changeEffect.col.before': 'Før (mill. kr)',
  'changeEffect.col.after': 'Etter (mill. kr)',
  'changeEffect.col.change': 'Endring (mill. kr)',
  'changeEffect.total': 'Alle kommunene',
  'changeEffect.notComputable': 'kan ikke regnes ut',
  'changeEffect.notComputableNote':
    'Der det står «kan ikke regnes ut», finnes ikke scenarioet i den revisjonen, eller så mangler det tall som må fylles ut på scenariosiden.',
} as const;
