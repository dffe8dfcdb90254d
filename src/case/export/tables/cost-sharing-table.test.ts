import { describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../../engine/games/lp-solver.ts';
import { compareAllocations } from '../../cost-sharing/compare-allocations.ts';
import { defaultCase } from '../../default-case/default-case.ts';
import { cashFlowsTable } from './cash-flows-table.ts';
import { costSharingTable } from './cost-sharing-table.ts';

const solver = await loadLpSolver();
const document = defaultCase();
const LRF = 'Lønn, regnskap og fakturering';

describe('costSharingTable', () => {
  const table = costSharingTable(document, { language: 'nb', role: 'reader', solver });
  const row = (scope: string, allocation: string) =>
    table?.rows.find((r) => r[0] === scope && r[1] === allocation);

  it('names the municipalities in the headers, with units, never their numbers', () => {
    expect(table?.columns.map((c) => c.header)).toEqual([
      'Område',
      'Fordeling',
      'Type',
      'Midtre Gauldal betaler (kr per år)',
      'Melhus betaler (kr per år)',
      'Skaun betaler (kr per år)',
      'Midtre Gauldal: andel av innsparingen (%)',
      'Melhus: andel av innsparingen (%)',
      'Skaun: andel av innsparingen (%)',
      'I kjernen',
      'Merknad',
    ]);
    expect(table?.columns.slice(6, 9).every((c) => c.format === 'percent')).toBe(true);
  });

  it('shows compareAllocations’ amounts for every scope: each area, then all areas together', () => {
    const comparison = compareAllocations(
      document,
      'administrative-tjenester',
      { kind: 'area', areaId: 'lonn-regnskap-fakturering' },
      solver,
    );
    const nucleolus = comparison?.analysis?.allocations.find((r) => r.id === 'nucleolus');
    expect(row(LRF, 'Nukleolus')?.slice(3, 6)).toEqual(nucleolus?.amounts.map(Math.round));
    expect(row(LRF, 'Nukleolus')?.[9]).toBe(nucleolus?.core.inCore ? 'Ja' : 'Nei');
    expect([...new Set(table?.rows.map((r) => r[0]))]).toEqual([
      LRF,
      'Sentralbord',
      'Arkiv og postmottak',
      'Alle områdene samlet',
    ]);
  });

  it('adds up by hand: equal shares are a third each, and the shares of the saving sum to 1', () => {
    const equal = row(LRF, 'Lik andel') as number[];
    expect(equal[3]).toBe(equal[4]);
    expect(equal[4]).toBe(equal[5]);
    for (const r of table?.rows ?? []) {
      const shares = r.slice(6, 9);
      if (shares.every((s) => typeof s === 'number'))
        expect((shares as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    }
    // Population key: Melhus has 17 812 of 32 474 inhabitants (SSB 2025), so it pays that share of the total.
    const [, , , midtreGauldal = 0, melhus = 0, skaun = 0] = row(LRF, 'Folketall') as number[];
    const total = midtreGauldal + melhus + skaun;
    expect(melhus).toBeCloseTo((total * 17_812) / (6_141 + 17_812 + 8_521), -1);
  });

  it('agrees with the cash-flow table: the scenario’s key is what each pays for the joint unit at full effect', () => {
    const shapley = row(LRF, 'Shapley-verdien');
    expect(shapley?.[10]).toBe('Scenarioets nøkkel');
    const flows = cashFlowsTable(document, { language: 'nb', role: 'reader' });
    const joint = flows?.rows.find(
      (r) => r[0] === 'Midtre Gauldal' && r[1] === `Andel av felles enhet – ${LRF}`,
    );
    expect(joint?.at(-2)).toBe(-(shapley?.[3] as number));
  });

  it('states the model of the coalition costs and its placeholders; English headers when asked', () => {
    expect(table?.notes.some((n) => n.startsWith('Bygger på plassholdere'))).toBe(true);
    expect(table?.notes.some((n) => n.startsWith('Én kommune alene betaler'))).toBe(true);
    expect(table?.sources.some((s) => s.kind === 'placeholder')).toBe(true);
    const en = costSharingTable(document, { language: 'en', role: 'reader', solver });
    expect(en?.columns[4]?.header).toBe('Melhus pays (NOK a year)');
    expect(en?.rows.at(-1)?.[0]).toBe('All areas together');
  });

  it('refuses to run without the solver rather than leave the game methods out unsaid', () => {
    expect(() => costSharingTable(document, { language: 'nb', role: 'reader' })).toThrow(/LP solver/);
    expect(
      costSharingTable(document, { language: 'nb', role: 'reader', solver, scenarioId: 'nope' }),
    ).toBeNull();
  });
});
