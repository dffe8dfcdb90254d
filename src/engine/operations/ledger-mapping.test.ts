import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actualCostPerComponent, type LedgerLine, type LedgerRule } from './ledger-mapping.ts';
import { OperationsError } from './operations-error.ts';

const line = (account: string, responsibility: string, amount: number, project?: string): LedgerLine => ({
  account,
  responsibility,
  function: '1200',
  amount,
  ...(project === undefined ? {} : { project }),
});

describe('actualCostPerComponent', () => {
  it('maps by the first matching rule, with prefixes, and sums in øre', () => {
    const rules: LedgerRule[] = [
      { component: 'prosjekt', project: 'P1' },
      { component: 'lisens', account: '12*', responsibility: '1290' },
      { component: 'drift', responsibility: '12*' },
    ];
    const lines = [
      // Ten lines of 0.10 kr and ten of 0.20 kr: 3.00 kr exactly (floating point would give 3.0000000000000004).
      ...Array.from({ length: 10 }, () => line('10100', '1200', 0.1)),
      ...Array.from({ length: 10 }, () => line('10100', '1210', 0.2)),
      line('12000', '1290', 1_000.49), // lisens: 1 000.49 → 1 000
      line('12000', '1200', 500, 'P1'), // prosjekt, though drift's rule would also take it
      line('10100', '3000', 250.5), // no rule: unmapped
      line('10100', '3000', 0.5), // the same combination: counted, not listed again
      line('10100', '1200', -0.5), // drift: 3.00 − 0.50 = 2.50 → 3 (half away from zero)
    ];
    expect(actualCostPerComponent(lines, rules, ['drift', 'prosjekt', 'lisens'])).toEqual({
      perComponent: [3, 500, 1_000],
      unmapped: { lines: 2, amount: 251, firstLines: [22] },
    });
  });

  it('names the bad line, field or rule', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof OperationsError ? [error.code, error.path] : error;
      }
      return undefined;
    };
    const ok = [line('10100', '1200', 1)];
    expect(codeOf(() => actualCostPerComponent([...ok, line('1', '1', 2e11)], [], []))).toEqual([
      'invalid_amount',
      ['ledger', 1, 'amount'],
    ]);
    expect(codeOf(() => actualCostPerComponent([line('1'.repeat(65), '1', 1)], [], []))).toEqual([
      'invalid_field',
      ['ledger', 0, 'account'],
    ]);
    expect(codeOf(() => actualCostPerComponent([line('1', 'a\nb', 1)], [], []))).toEqual([
      'invalid_field',
      ['ledger', 0, 'responsibility'],
    ]);
    expect(
      codeOf(() =>
        actualCostPerComponent(ok, [{ component: 'drift', function: 7 as unknown as string }], ['drift']),
      ),
    ).toEqual(['invalid_field', ['mapping', 0, 'function']]);
    expect(codeOf(() => actualCostPerComponent(ok, [{ component: 'x' }], ['drift']))).toEqual([
      'unknown_component',
      ['mapping', 0, 'component'],
    ]);
  });
});

describe('actualCostPerComponent: properties', () => {
  const lines = fc.array(
    fc.record({
      account: fc.constantFrom('10100', '10200', '12000', '16000'),
      responsibility: fc.constantFrom('1200', '1210', '3000'),
      function: fc.constantFrom('1200', '1201'),
      amount: fc.integer({ min: -1e8, max: 1e9 }).map((ore) => ore / 100),
    }),
    { maxLength: 300 },
  );
  const rules: LedgerRule[] = [
    { component: 'a', account: '12*' },
    { component: 'b', responsibility: '12*', function: '1200' },
    { component: 'c', responsibility: '1210' },
  ];

  it('equals mapping each line on its own, and mapped + unmapped is the whole ledger', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const result = actualCostPerComponent(ls, rules, ['a', 'b', 'c']);
        // The naive reference: every line through the rules one by one, summed in øre.
        const ore = [0, 0, 0, 0];
        for (const l of ls) {
          const r = rules.findIndex(
            (rule) =>
              (rule.account === undefined || l.account.startsWith(rule.account.slice(0, -1))) &&
              (rule.responsibility === undefined ||
                (rule.responsibility.endsWith('*')
                  ? l.responsibility.startsWith(rule.responsibility.slice(0, -1))
                  : l.responsibility === rule.responsibility)) &&
              (rule.function === undefined || l.function === rule.function),
          );
          const slot = r < 0 ? 3 : r;
          ore[slot] = (ore[slot] as number) + Math.round(l.amount * 100);
        }
        const kroner = (o: number) => Math.sign(o) * Math.round(Math.abs(o) / 100) + 0;
        expect(result.perComponent).toEqual(ore.slice(0, 3).map(kroner));
        expect(result.unmapped.amount).toBe(kroner(ore[3] as number));
      }),
    );
  });
});
