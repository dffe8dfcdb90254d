import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { aKontoView } from './a-konto-view.ts';
import { budgetView } from './budget-view.ts';
import { settlementView } from './settlement-view.ts';

// The default case has population at 1 January 2025 only: Midtre Gauldal 6 141, Melhus 17 812, Skaun 8 521
// (32 474 together). Municipalities are listed in the case's order: 5027, 5028, 5029.
const ALL = ['5027', '5028', '5029'];
const HYBRID_30_70 = { keyId: 'hybrid', options: { fixedShare: 0.3, rest: { keyId: 'population' } } };
const source = { source: { document: 'saksframlegg-bik2030', locator: 'test' } };

function documentWith(operations: Record<string, unknown>): CaseDocument {
  const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
  input['operations'] = {
    units: [],
    ...operations,
  };
  const result = parseCase(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const unit = (extra: Record<string, unknown> = {}) => ({
  id: 'adm',
  name: { nb: 'Felles enhet' },
  members: ALL.map((municipality) => ({ municipality })),
  ...extra,
});
const drift = (amount: number, extra: Record<string, unknown> = {}) => ({
  id: 'drift',
  name: 'Drift',
  kind: 'mandatory',
  amount,
  provenance: source,
  key: HYBRID_30_70,
  keyProvenance: source,
  participants: ALL,
  ...extra,
});

describe('budgetView', () => {
  it('splits 30 % equally and 70 % by population, and says 1 January 2025 was used for 2027', () => {
    const view = budgetView(
      documentWith({
        units: [unit()],
        budgets: [{ unitId: 'adm', year: 2027, components: [drift(1_000_000)] }],
      }),
      'adm',
      2027,
    );
    if (!view.ok) throw new Error(view.code);
    // Midtre Gauldal: 1 000 000 · (0.1 + 0.7 · 6 141 / 32 474) = 232 373.59; Melhus 483 950.24; Skaun 283 676.17.
    // The floors sum to 999 999; the largest remainder (0.59) gives Midtre Gauldal the last krone.
    expect(view.totals).toEqual([232_374, 483_950, 283_676]);
    expect(view.total).toBe(1_000_000);
    expect(view.population).toEqual([
      { municipality: '5027', wanted: '2027-01-01', used: '2025-01-01', value: 6141 },
      { municipality: '5028', wanted: '2027-01-01', used: '2025-01-01', value: 17812 },
      { municipality: '5029', wanted: '2027-01-01', used: '2025-01-01', value: 8521 },
    ]);
    expect(view.host).toBeNull();
    expect(view.hasPlaceholders).toBe(false);
    expect(view.components[0]?.amountProvenance).toBe('source');
  });

  it('phases a 40/60 key in over three years from an old split of 50/30/20', () => {
    const phaseIn = {
      oldShares: [
        { municipality: '5027', share: 0.5 },
        { municipality: '5028', share: 0.3 },
        { municipality: '5029', share: 0.2 },
      ],
      years: 3,
      startYear: 2027,
      provenance: { placeholder: {} },
    };
    const component = drift(600_000, {
      key: { keyId: 'hybrid', options: { fixedShare: 0.4, rest: { keyId: 'population' } } },
      phaseIn,
    });
    const doc = documentWith({
      units: [unit()],
      budgets: [2027, 2029].map((year) => ({ unitId: 'adm', year, components: [component] })),
    });
    const first = budgetView(doc, 'adm', 2027);
    if (!first.ok) throw new Error(first.code);
    // New split: 0.4 / 3 + 0.6 · p / 32 474 → 0.24680, 0.46243, 0.29077. Year 1 of 3: old + (new − old) / 3 →
    // 0.41560, 0.35414, 0.23026; · 600 000 = 249 359.28, 212 486.71, 138 154.01 → the 0.71 remainder takes the krone.
    expect(first.totals).toEqual([249_359, 212_487, 138_154]);
    expect(first.components[0]?.phaseIn).toEqual({ step: 1, years: 3 });
    // A placeholder phase-in makes the budget one nobody has set.
    expect(first.hasPlaceholders).toBe(true);
    // Year 3: the new split itself: 600 000 · new = 148 077.85, 277 460.12, 174 462.03.
    const third = budgetView(doc, 'adm', 2029);
    expect(third.ok && third.totals).toEqual([148_078, 277_460, 174_462]);
  });

  it('prices a service sale at cost plus 20 % to its buyer, who need not be a member', () => {
    const sale = {
      id: 'lonn-salg',
      name: 'Lønnstjenester solgt',
      kind: 'serviceSale',
      amount: 845_000,
      provenance: source,
      key: { keyId: 'equal' },
      participants: ['5029'],
      margin: { value: 0.2, provenance: source },
    };
    const doc = documentWith({
      units: [unit({ members: [{ municipality: '5027' }, { municipality: '5028' }] })],
      budgets: [{ unitId: 'adm', year: 2027, components: [sale] }],
    });
    const view = budgetView(doc, 'adm', 2027);
    // 845 000 + 0.2 · 845 000 = 1 014 000, all to Skaun.
    expect(view.ok && view.components[0]?.charged).toBe(1_014_000);
    expect(view.ok && view.totals).toEqual([0, 0, 1_014_000]);
  });

  it('splits the months of a member leaving after twelve months of notice', () => {
    const doc = documentWith({
      units: [
        unit({
          members: [
            { municipality: '5027', noticeGiven: '2026-06-30' },
            { municipality: '5028' },
            { municipality: '5029' },
          ],
        }),
      ],
      budgets: [{ unitId: 'adm', year: 2027, components: [drift(1_200_000, { key: { keyId: 'equal' } })] }],
    });
    const view = budgetView(doc, 'adm', 2027);
    if (!view.ok) throw new Error(view.code);
    // Notice 30 June 2026 + 12 months: out on 30 June 2027, so a member on 1 June and paying January–June.
    expect(view.changes).toEqual([{ municipality: '5027', leaves: '2027-06-30' }]);
    // 600 000 for six months by three (200 000 each), 600 000 for six months by two (300 000 each).
    expect(view.totals).toEqual([200_000, 500_000, 500_000]);
  });

  it('names the field when a key cannot be computed, and says when the budget is missing', () => {
    const doc = documentWith({
      units: [unit()],
      budgets: [
        {
          unitId: 'adm',
          year: 2027,
          components: [drift(100, { key: { keyId: 'volume', options: { measure: 'lønnsslipper' } } })],
        },
      ],
    });
    const view = budgetView(doc, 'adm', 2027);
    expect(view.ok).toBe(false);
    expect(!view.ok && view.code).toBe('invalid_key');
    expect(!view.ok && view.path).toMatch(/^operations\.budgets\[0\]\.components\[0\]\.key/);
    expect(budgetView(doc, 'adm', 2028)).toEqual({ ok: false, code: 'no_budget', path: 'operations' });
  });
});

describe('aKontoView', () => {
  it('gives quarterly invoices that sum to each share and to the budget', () => {
    const periods = ['03-31', '06-30', '09-30', '12-31'].map((d, q) => ({
      id: `2027-K${q + 1}`,
      dueDate: `2027-${d}`,
    }));
    const doc = documentWith({
      units: [unit()],
      budgets: [{ unitId: 'adm', year: 2027, components: [drift(1_000_000)], aKontoPeriods: periods }],
    });
    const view = aKontoView(doc, 'adm', 2027);
    if (!view.ok) throw new Error(view.code);
    const of = (m: string) => view.lines.filter((l) => l.municipality === m).map((l) => l.amount);
    // 232 374 / 4 = 58 093.5: two quarters of 58 094 and two of 58 093 (pointer starts at the first period).
    expect(of('5027')).toEqual([58_094, 58_094, 58_093, 58_093]);
    // 483 950 / 4 = 120 987.5: the next two periods from where Midtre Gauldal's extra kroner stopped.
    expect(of('5028')).toEqual([120_987, 120_987, 120_988, 120_988]);
    // 283 676 / 4 = 70 919 exactly.
    expect(of('5029')).toEqual([70_919, 70_919, 70_919, 70_919]);
    expect(view.periodTotals).toEqual([250_000, 250_000, 250_000, 250_000]);
    expect(view.lines[0]?.name).toBe('Midtre Gauldal');
  });

  it('asks for the periods before there are any', () => {
    const doc = documentWith({
      units: [unit()],
      budgets: [{ unitId: 'adm', year: 2027, components: [drift(9)] }],
    });
    expect(aKontoView(doc, 'adm', 2027)).toEqual({
      ok: false,
      code: 'no_periods',
      path: 'operations.budgets[0].aKontoPeriods',
    });
  });
});

describe('settlementView', () => {
  const budgets = [2027, 2028].map((year) => ({ unitId: 'adm', year, components: [drift(1_000_000)] }));
  const fund = { amount: 100_000, year: 2027, provenance: source };

  it('puts a surplus in the fund, paid on account being the budget', () => {
    const doc = documentWith({
      units: [unit({ surplusPolicy: { value: 'to-fund', provenance: source }, fundOpening: fund })],
      budgets,
    });
    const view = settlementView(doc, 'adm', 2027, [900_000]);
    if (!view.ok) throw new Error(view.code);
    // 900 000 by the 30/70 key: 209 136.23, 435 555.21, 255 308.55 → the 0.55 remainder to Skaun.
    expect(view.shareOfActual).toEqual([209_136, 435_555, 255_309]);
    expect(view.paid).toEqual([232_374, 483_950, 283_676]);
    expect(view.resultBeforeFund).toEqual([-23_238, -48_395, -28_367]);
    // Every member is in surplus, so each surplus goes into the fund whole and nobody is refunded.
    expect(view.balance).toEqual([0, 0, 0]);
    expect(view.fund).toEqual({ opening: 100_000, paidIn: 100_000, paidOut: 0, closing: 200_000 });
    expect(view.paidFrom).toBe('budget');
  });

  it('invoices a deficit to the members, and carries the fund from the recorded year before', () => {
    const recorded = {
      unitId: 'adm',
      year: 2027,
      ledger: { fingerprint: 'ab'.repeat(32), lines: 10_000 },
      actualPerComponent: [{ componentId: 'drift', amount: 900_000 }],
      unmapped: { lines: 0, amount: 0 },
      recordedOn: '2028-02-15',
    };
    const doc = documentWith({
      units: [unit({ surplusPolicy: { value: 'to-fund', provenance: source }, fundOpening: fund })],
      budgets,
      settlements: [recorded],
    });
    // 2027 put its 100 000 surplus in the fund, so 2028 opens with 200 000, which covers the whole deficit.
    const view = settlementView(doc, 'adm', 2028, [1_100_000]);
    if (!view.ok) throw new Error(view.code);
    expect(view.fund.opening).toBe(200_000);
    // 1 100 000 by the key: 255 610.95, 532 345.26, 312 043.79 → the 0.95 and 0.79 remainders get a krone.
    expect(view.shareOfActual).toEqual([255_611, 532_345, 312_044]);
    expect(view.resultBeforeFund).toEqual([23_237, 48_395, 28_368]);
    expect(view.fund.paidOut).toBe(100_000);
    expect(view.balance).toEqual([0, 0, 0]);

    const toMembers = documentWith({
      units: [unit({ surplusPolicy: { value: 'to-members', provenance: source } })],
      budgets,
    });
    const invoiced = settlementView(toMembers, 'adm', 2028, [1_100_000]);
    // The agreement sends results to the members: each deficit is invoiced, the fund untouched and unknown.
    expect(invoiced.ok && invoiced.balance).toEqual([23_237, 48_395, 28_368]);
    expect(invoiced.ok && invoiced.fundKnown).toBe(false);
    // The recorded import settles the year without figures passed in.
    const fromRecord = settlementView(doc, 'adm', 2027);
    expect(fromRecord.ok && fromRecord.actualFrom).toEqual({
      kind: 'recorded',
      fingerprint: 'ab'.repeat(32),
      unmappedLines: 0,
    });
  });

  it('names the recorded payment of a municipality outside the budget', () => {
    const two = ['5027', '5028'];
    const doc = documentWith({
      units: [
        unit({
          members: two.map((municipality) => ({ municipality })),
          surplusPolicy: { value: 'to-members', provenance: source },
        }),
      ],
      budgets: [
        {
          unitId: 'adm',
          year: 2027,
          components: [drift(10, { key: { keyId: 'equal' }, participants: two })],
        },
      ],
      settlements: [
        {
          unitId: 'adm',
          year: 2027,
          ledger: { fingerprint: '0'.repeat(64), lines: 1 },
          actualPerComponent: [{ componentId: 'drift', amount: 10 }],
          unmapped: { lines: 0, amount: 0 },
          paidOnAccount: ['5027', '5028', '5029'].map((municipality) => ({ municipality, amount: 5 })),
          recordedOn: '2028-02-01',
        },
      ],
    });
    expect(settlementView(doc, 'adm', 2027)).toEqual({
      ok: false,
      code: 'unknown_municipality',
      path: 'operations.settlements[0].paidOnAccount[2].municipality',
    });
  });

  it('asks for the surplus policy rather than choosing one', () => {
    const doc = documentWith({ units: [unit()], budgets });
    expect(settlementView(doc, 'adm', 2027, [1])).toEqual({
      ok: false,
      code: 'no_surplus_policy',
      path: 'operations.units[0].surplusPolicy',
    });
  });
});
