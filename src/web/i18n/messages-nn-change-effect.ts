/**
 * Nynorsk messages for «Dette endra seg», the effect of a saved change on the scenarios. Spread into `messages-nn.ts`.
 * @module
 */
import type { changeEffectNb } from './messages-nb-change-effect.ts';

export const changeEffectNn: Record<keyof typeof changeEffectNb, string> = {
  'changeEffect.heading': 'Dette endra seg',
  'changeEffect.loading': 'Reknar ut kva endringa betyr for scenarioa …',
  'changeEffect.moved':
    'Endringa flytta noverdien i {count|# scenario|# scenario} av {total}. Tabellane viser noverdien før (revisjon {from}) og etter (revisjon {revision}).',
  'changeEffect.none':
    'Endringa flytta ikkje noverdien i noko scenario: før (revisjon {from}) og etter (revisjon {revision}) er like.',
  'changeEffect.npvExplained':
    'Noverdi er summen av alle årlege vinstar og kostnader, der beløp langt fram i tid tel mindre, rekna om til kroner i basisåret. Positiv noverdi betyr at samarbeidet løner seg. Beløpa er i millionar kroner med éin desimal, rekna med middelverdiane for det som er usikkert.',
  'changeEffect.caption': '{scenario}: noverdi før og etter (mill. kr)',
  'changeEffect.col.who': 'Kven',
  'changeEffect.col.before': 'Før (mill. kr)',
  'changeEffect.col.after': 'Etter (mill. kr)',
  'changeEffect.col.change': 'Endring (mill. kr)',
  'changeEffect.total': 'Alle kommunane',
  'changeEffect.notComputable': 'kan ikkje reknast ut',
  'changeEffect.notComputableNote':
    'Der det står «kan ikkje reknast ut», finst ikkje scenarioet i den revisjonen, eller så manglar det tal som må fyllast ut på scenariosida.',
};
