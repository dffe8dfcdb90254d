/**
 * Geodata: no individual decisions; each municipality keeps the duty for an updated public map base and a
 * planning register (pbl §§ 2-1, 2-2) [S24].
 * @module
 */
import { fact } from '../legal-fact.ts';
import { ref } from '../legal-reference.ts';
import type { ServiceAttributes } from '../service-attribute.ts';

export const geodata: ServiceAttributes = {
  code: 'geodata',
  name: { nb: 'Geodata', en: 'Geodata' },
  individualDecisions: fact('none', { nb: 'Ingen enkeltvedtak.', en: 'No individual decisions.' }, [
    ref('plan-og-bygningsloven', '§ 2-1', 'S24'),
  ]),
  principledCases: fact('no', { nb: 'Nei.', en: 'No.' }, []),
  statutoryTask: fact(
    'yes',
    {
      nb: 'Ja – kommunen skal sørge for et oppdatert offentlig kartgrunnlag (pbl § 2-1) og ha et planregister (§ 2-2).',
      en: 'Yes – the municipality must ensure an updated public map base (pbl § 2-1) and keep a planning register (§ 2-2).',
    },
    [ref('plan-og-bygningsloven', '§ 2-1', 'S24'), ref('plan-og-bygningsloven', '§ 2-2', 'S24')],
  ),
  retained: [
    {
      code: 'public_map_base',
      text: {
        nb: 'Hver kommune har ansvaret for et oppdatert offentlig kartgrunnlag og et planregister; kommunene kan ha et felles register.',
        en: 'Each municipality is responsible for an updated public map base and a planning register; the municipalities may keep a joint register.',
      },
      references: [
        ref('plan-og-bygningsloven', '§ 2-1', 'S24'),
        ref('plan-og-bygningsloven', '§ 2-2', 'S24'),
      ],
      unconfirmed: false,
      limitsSharing: false,
    },
  ],
  modelRules: [],
  notes: [],
  coveredBySources: true,
};
