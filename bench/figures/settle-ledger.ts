import type { BudgetInput } from '../../src/engine/operations/budget-component.ts';
import type { LedgerLine, LedgerRule } from '../../src/engine/operations/ledger-mapping.ts';
import { settleLedger } from '../../src/engine/operations/settlement.ts';
import type { Figure } from '../harness.ts';

const LINES = 100_000;

// Population at 1 January 2026 (SSB 07459), as in the reference data.
export const budget: BudgetInput = {
  budgetYear: 2026,
  municipalities: [
    { id: '5027', population: [{ referenceDate: '2026-01-01', value: 6088 }] },
    { id: '5028', population: [{ referenceDate: '2026-01-01', value: 17828 }] },
    { id: '5029', population: [{ referenceDate: '2026-01-01', value: 8574 }] },
  ],
  components: [
    {
      id: 'drift',
      kind: 'mandatory',
      amount: 40_000_000,
      key: { keyId: 'hybrid', options: { fixedShare: 0.3, rest: { keyId: 'population' } } },
      participants: ['5027', '5028', '5029'],
    },
    {
      id: 'prosjekt',
      kind: 'optIn',
      amount: 2_000_000,
      key: { keyId: 'equal' },
      participants: ['5028', '5029'],
    },
    { id: 'lisens', kind: 'direct', amount: 500_000, participants: ['5027'] },
    {
      id: 'salg',
      kind: 'serviceSale',
      amount: 1_000_000,
      margin: 0.2,
      key: { keyId: 'population' },
      participants: ['5027', '5029'],
    },
  ],
};

export const mapping: LedgerRule[] = [
  { component: 'prosjekt', project: 'P*' },
  { component: 'lisens', account: '12*', responsibility: '1290' },
  { component: 'salg', responsibility: '1280' },
  { component: 'drift', responsibility: '12*' },
];

/**
 * A year of the host's accounts: 100 000 lines over 40 accounts, 10 responsibilities, 5 functions and, on
 * every 13th line, one of 8 projects; amounts in kroner and øre, about 1 in 50 an income (negative).
 */
export function ledger(): LedgerLine[] {
  return Array.from({ length: LINES }, (_, i) => ({
    account: String(10_100 + (i % 40) * 50),
    responsibility: String(1_200 + (i % 10) * 10),
    function: String(1_200 + (i % 5) * 10),
    ...(i % 13 === 0 ? { project: `P${i % 8}` } : {}),
    amount: ((i * 7_919) % 90_000) / 100 + 100 - (i % 50 === 0 ? 2_000 : 0),
  }));
}

/** Settling a year of 100 000 ledger lines for three municipalities (map, sum per component, split, fund). */
export const settleLedger100k: Figure = {
  name: `settleLedger(${LINES.toLocaleString('en')} lines, 3 municipalities)`,
  iterations: 50,
  warmup: 5,
  prepare() {
    const lines = ledger();
    return () =>
      settleLedger({
        budget,
        ledger: lines,
        mapping,
        paidOnAccount: [
          { municipality: '5027', amount: 11_000_000 },
          { municipality: '5028', amount: 21_000_000 },
          { municipality: '5029', amount: 12_000_000 },
        ],
        policy: 'to-fund',
        fundOpening: 1_000_000,
      });
  },
};
