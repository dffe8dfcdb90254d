/**
 * The reader against the engine: a generated 10 000-line export read, mapped and settled, its totals checked
 * against sums this test computes itself from the lines it wrote; and any valid ledger written as CSV reads
 * back as the same lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actualCostPerComponent, type LedgerRule } from '../../engine/operations/ledger-mapping.ts';
import { settleActual } from '../../engine/operations/settlement.ts';
import { GAULDAL_TRIO } from '../../engine/operations/test-municipalities.ts';
import { FIXTURE_COLUMNS as columns, ledgerCsv, type FixtureLine } from './ledger.fixture.ts';
import { readLedgerCsv } from './read-ledger.ts';

/** 10 000 lines over 4 responsibilities; every 7th on project P1; about one in ten an income. */
function generated(): FixtureLine[] {
  const responsibilities = ['1200', '1210', '1280', '1290'];
  return Array.from({ length: 10_000 }, (_, i) => ({
    account: String(10_100 + (i % 25) * 100),
    responsibility: responsibilities[i % 4] as string,
    function: i % 3 === 0 ? '1200' : '1201',
    ...(i % 7 === 0 ? { project: 'P1' } : {}),
    text: `Bilag ${i}`,
    period: `2026-${String(1 + (i % 12)).padStart(2, '0')}`,
    ore: ((i * 7_919) % 200_000) - 20_000,
  }));
}

const rules: LedgerRule[] = [
  { component: 'prosjekt', project: 'P*' },
  { component: 'lisens', responsibility: '1290' },
  { component: 'drift', responsibility: '12*' },
];

/** Whole kroner from øre, halves away from zero, written out here rather than taken from the engine. */
const kroner = (ore: number) => Math.sign(ore) * Math.floor((Math.abs(ore) + 50) / 100);

describe('a 10 000-line ledger read, mapped and settled', () => {
  it('gives each component the sum of its lines and splits it by the key', () => {
    const lines = generated();
    const read = readLedgerCsv(ledgerCsv(lines), columns, 'nb');
    if (!read.ok) throw new Error(read.issues[0]?.text);
    expect(read.lines).toHaveLength(10_000);
    expect(read.lines[9_999]?.row).toBe(10_001);

    // The test's own sums, in øre, by the same rules written as plain conditions.
    const expected = { drift: 0, prosjekt: 0, lisens: 0 };
    for (const line of lines) {
      const component = line.project ? 'prosjekt' : line.responsibility === '1290' ? 'lisens' : 'drift';
      expected[component] += line.ore;
    }
    const actual = actualCostPerComponent(read.lines, rules, ['drift', 'prosjekt', 'lisens']);
    expect(actual.perComponent).toEqual([
      kroner(expected.drift),
      kroner(expected.prosjekt),
      kroner(expected.lisens),
    ]);
    expect(actual.unmapped).toEqual({ lines: 0, amount: 0, firstLines: [] });

    const settlement = settleActual({
      budget: {
        budgetYear: 2026,
        municipalities: GAULDAL_TRIO,
        components: [
          {
            id: 'drift',
            kind: 'mandatory',
            amount: 1,
            key: { keyId: 'hybrid', options: { fixedShare: 0.3, rest: { keyId: 'population' } } },
            participants: ['5027', '5028', '5029'],
          },
          {
            id: 'prosjekt',
            kind: 'optIn',
            amount: 1,
            key: { keyId: 'equal' },
            participants: ['5028', '5029'],
          },
          { id: 'lisens', kind: 'direct', amount: 1, participants: ['5027'] },
        ],
      },
      actualPerComponent: actual.perComponent,
      paidOnAccount: [
        { municipality: '5027', amount: 1_000_000 },
        { municipality: '5028', amount: 2_000_000 },
        { municipality: '5029', amount: 1_000_000 },
      ],
      policy: 'to-members',
      fundOpening: 0,
    });
    const total = kroner(expected.drift) + kroner(expected.prosjekt) + kroner(expected.lisens);
    expect(settlement.shareOfActual.reduce((a, b) => a + b, 0)).toBe(total);
    // 30 % in equal parts, 70 % by population at 1 January 2026 (6 088, 17 828, 8 574; 32 490 in all).
    const [drift, prosjekt, lisens] = settlement.components;
    [6_088, 17_828, 8_574].forEach((population, m) => {
      const share = 0.3 / 3 + (0.7 * population) / 32_490;
      expect(Math.abs((drift?.amounts[m] as number) - kroner(expected.drift) * share)).toBeLessThanOrEqual(1);
    });
    expect(prosjekt?.amounts[0]).toBe(0);
    expect(Math.abs((prosjekt?.amounts[1] as number) - (prosjekt?.amounts[2] as number))).toBeLessThanOrEqual(
      1,
    );
    expect(lisens?.amounts).toEqual([kroner(expected.lisens), 0, 0]);
    expect(settlement.balance).toEqual(
      settlement.shareOfActual.map((share, m) => share - [1_000_000, 2_000_000, 1_000_000][m]!),
    );
  });
});

// What an accounting system writes in a dimension and a text: digits, letters (Æ, Ø, Å too), and in a text
// the characters CSV must quote.
const dimension = fc.stringMatching(/^[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå.-]{0,15}$/);
const lineText = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9][A-Za-zÆØÅæøå0-9 ;,"'.-]{0,30}[A-Za-zÆØÅæøå0-9"]$/);
const period = fc.oneof(
  fc.constantFrom('2027-01-31', '2027-02-28', '2027-12'),
  fc.integer({ min: 1, max: 13 }).map((p) => `P${p}`),
);
const fixtureLine: fc.Arbitrary<FixtureLine> = fc.record(
  {
    account: dimension,
    responsibility: dimension,
    function: dimension,
    project: dimension,
    text: lineText,
    period,
    ore: fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }),
  },
  { requiredKeys: ['account', 'responsibility', 'function', 'ore'] },
);

/** A period as the export writes it: `P3` is the period number «3». */
const written = (line: FixtureLine): FixtureLine =>
  line.period?.startsWith('P') ? { ...line, period: line.period.slice(1) } : line;

describe('round trip', () => {
  it('any valid ledger written as CSV (any separator) reads back as the same lines, to the øre', () => {
    fc.assert(
      fc.property(
        fc.array(fixtureLine, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(';', ',', '\t'),
        (lines, sep) => {
          const read = readLedgerCsv(ledgerCsv(lines.map(written), sep as ';' | ',' | '\t'), columns, 'nb');
          expect(read.ok || read.issues.map((i) => i.text)).toBe(true);
          if (!read.ok) return;
          expect(read.reading?.delimiter).toBe(sep);
          expect(read.lines).toEqual(
            lines.map((line, i) => ({ ...line, row: i + 2, amount: line.ore / 100 })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
