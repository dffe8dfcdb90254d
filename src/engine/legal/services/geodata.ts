/**
 * Geodata: no individual decisions; each municipality keeps the duty for an updated public map base and a
 * planning register (pbl §§ 2-1, 2-2), and the municipalities may keep a joint register [S24].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';
import { noDecisions, noPersonalData, noPrincipledCases, preparation } from './shared.ts';

const registers = [
  ref('plan-og-bygningsloven', '§ 2-1', 'S24'),
  ref('plan-og-bygningsloven', '§ 2-2', 'S24'),
];

export const geodata: ServiceAttributes = {
  code: 'geodata',
  name: { nb: 'Geodata', nn: 'Geodata', en: 'Geodata' },
  individualDecisions: noDecisions(
    { nb: 'Ingen enkeltvedtak.', nn: 'Ingen enkeltvedtak.', en: 'No individual decisions.' },
    [ref('plan-og-bygningsloven', '§ 2-1', 'S24')],
  ),
  principledCases: noPrincipledCases,
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – kommunen skal sørge for et oppdatert offentlig kartgrunnlag (pbl § 2-1) og ha et planregister (§ 2-2).',
      nn: 'Ja – kommunen skal syte for eit oppdatert offentleg kartgrunnlag (pbl § 2-1) og ha eit planregister (§ 2-2).',
      en: 'Yes – the municipality must ensure an updated public map base (pbl § 2-1) and keep a planning register (§ 2-2).',
    },
    registers,
  ),
  preparation: preparation({
    nb: 'Kartlegging, ajourføring og forvaltning av kartdata.',
    nn: 'Kartlegging, ajourføring og forvalting av kartdata.',
    en: 'Mapping, updating and managing map data.',
  }),
  registry: {
    text: {
      nb: 'Kartgrunnlaget og planregisteret.',
      nn: 'Kartgrunnlaget og planregisteret.',
      en: 'The map base and the planning register.',
    },
    references: registers,
    unconfirmed: false,
  },
  personalData: noPersonalData,
  retained: [
    {
      code: 'public_map_base',
      part: 'registry',
      text: {
        nb: 'Hver kommune har ansvaret for et oppdatert offentlig kartgrunnlag og et planregister; kommunene kan ha et felles register.',
        nn: 'Kvar kommune har ansvaret for eit oppdatert offentleg kartgrunnlag og eit planregister; kommunane kan ha eit felles register.',
        en: 'Each municipality is responsible for an updated public map base and a planning register; the municipalities may keep a joint register.',
      },
      references: registers,
      unconfirmed: false,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [],
  coveredBySources: true,
};
