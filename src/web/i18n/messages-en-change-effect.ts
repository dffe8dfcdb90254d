/**
 * English messages for «What changed», the effect of a saved change on the scenarios. Spread into `messages-en.ts`.
 * @module
 */
import type { changeEffectNb } from './messages-nb-change-effect.ts';

export const changeEffectEn: Record<keyof typeof changeEffectNb, string> = {
  'changeEffect.heading': 'What changed',
  'changeEffect.loading': 'Working out what the change means for the scenarios …',
  'changeEffect.moved':
    'The change moved the net present value in {count|# scenario|# scenarios} of {total}. The tables show the net present value before (revision {from}) and after (revision {revision}).',
  'changeEffect.none':
    'The change moved the net present value in no scenario: before (revision {from}) and after (revision {revision}) are the same.',
  'changeEffect.npvExplained':
    'Net present value is the sum of all yearly gains and costs, with amounts far in the future counting for less, converted to kroner in the base year. A positive value means the cooperation pays. Amounts are in millions of kroner with one decimal, computed with the middle values of what is uncertain.',
  'changeEffect.caption': '{scenario}: net present value before and after (million kr)',
  'changeEffect.col.who': 'Who',
  'changeEffect.col.before': 'Before (million kr)',
  'changeEffect.col.after': 'After (million kr)',
  'changeEffect.col.change': 'Change (million kr)',
  'changeEffect.total': 'All the municipalities',
  'changeEffect.notComputable': 'cannot be computed',
  'changeEffect.notComputableNote':
    'Where it says «cannot be computed», the scenario does not exist in that revision, or figures are missing that must be filled in on the scenario page.',
};
