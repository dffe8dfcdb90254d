import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { actualFromLedger, ledgerRulesOf } from './ledger-rules.ts';

const source = { source: { document: 'saksframlegg-bik2030', locator: 'test' } };
const component = (id: string, accountLines: unknown[]) => ({
  id,
  name: id,
  kind: 'mandatory',
  amount: 1,
  provenance: source,
  key: { keyId: 'equal' },
  participants: ['5027', '5028', '5029'],
  accountLines,
});

function documentWith(budget: Record<string, unknown>): CaseDocument {
  const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
  input['operations'] = {
    units: [
      {
        id: 'adm',
        name: { nb: 'Enhet' },
        members: ['5027', '5028', '5029'].map((municipality) => ({ municipality })),
      },
    ],
    budgets: [{ unitId: 'adm', year: 2027, ...budget }],
  };
  const result = parseCase(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('the ledger mapping of a budget', () => {
  const document = documentWith({
    components: [component('drift', [{ account: '1*' }]), component('prosjekt', [{ project: 'P1' }])],
    ledgerRules: [{ component: 'prosjekt', account: '1*', project: 'P1' }],
  });

  it('tries the budget’s rules before the components’ account lines', () => {
    expect(ledgerRulesOf(document.operations.budgets[0]!)).toEqual([
      { component: 'prosjekt', account: '1*', project: 'P1' },
      { component: 'drift', account: '1*' },
      { component: 'prosjekt', project: 'P1' },
    ]);
  });

  it('sums the lines per component in øre and reports the lines no rule takes', () => {
    const lines = [
      { account: '10100', responsibility: '1', function: '120', amount: 1000.4 },
      { account: '10100', responsibility: '1', function: '120', amount: 0.2 },
      { account: '11500', responsibility: '1', function: '120', project: 'P1', amount: 500 },
      { account: '16200', responsibility: '1', function: '120', amount: -100.5 },
      { account: '90000', responsibility: '1', function: '120', amount: 77 },
    ];
    const actual = actualFromLedger(document, 'adm', 2027, lines);
    // drift: 1 000,40 + 0,20 − 100,50 = 900,10 → 900; prosjekt: 500 (the budget's rule wins over drift's 1*).
    expect(actual).toEqual({
      ok: true,
      perComponent: [900, 500],
      unmapped: { lines: 1, amount: 77, firstLines: [4] },
    });
  });

  it('names the ledger line and column of a bad amount', () => {
    const bad = [{ account: '10100', responsibility: '1', function: '120', amount: Number.NaN }];
    expect(actualFromLedger(document, 'adm', 2027, bad)).toEqual({
      ok: false,
      code: 'invalid_amount',
      path: 'ledger[0].amount',
    });
  });
});
