import { describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../../engine/games/lp-solver.ts';
import { compareAllocations } from '../../cost-sharing/compare-allocations.ts';
import { defaultCase } from '../../default-case/default-case.ts';
import { costSharingTable } from './cost-sharing-table.ts';
import { fairnessTable } from './fairness-table.ts';

const solver = await loadLpSolver();
const document = defaultCase();
const LRF = 'Lønn, regnskap og fakturering';

describe('fairnessTable', () => {
  const table = fairnessTable(document, { language: 'nb', role: 'reader', solver });
  const row = (scope: string, allocation: string) =>
    table?.rows.find((r) => r[0] === scope && r[1] === allocation);

  it('gives each allocation’s core check as compareAllocations does', () => {
    expect(table?.columns.map((c) => c.header)).toEqual([
      'Område',
      'Fordeling',
      'I kjernen',
      'Grupper som betaler mer enn alene (antall)',
      'Største overbetaling (kr per år)',
      'Gruppen med største overbetaling',
      'Kjernesjekken i ord',
    ]);
    const comparison = compareAllocations(
      document,
      'administrative-tjenester',
      { kind: 'area', areaId: 'lonn-regnskap-fakturering' },
      solver,
    );
    const population = comparison?.analysis?.allocations.find((r) => r.id === 'population');
    expect(row(LRF, 'Folketall')?.[2]).toBe('Nei');
    expect(row(LRF, 'Folketall')?.[3]).toBe(population?.core.violationCount);
    expect(row(LRF, 'Folketall')?.[4]).toBe(Math.round(population?.core.largest?.excess ?? NaN));
    expect(row(LRF, 'Folketall')?.[5]).toBe('Melhus, Skaun');
  });

  it('adds up by hand: the overcharge is what Melhus and Skaun pay by population less what they would pay together', () => {
    const cost = costSharingTable(document, { language: 'nb', role: 'reader', solver });
    const [, , , , melhus = 0, skaun = 0] = cost?.rows.find(
      (r) => r[0] === LRF && r[1] === 'Folketall',
    ) as number[];
    const comparison = compareAllocations(
      document,
      'administrative-tjenester',
      { kind: 'area', areaId: 'lonn-regnskap-fakturering' },
      solver,
    );
    // What Melhus (5028) and Skaun (5029) would pay in a cooperation of their own.
    const alone = comparison?.table.rows.find((r) => r.members.join() === '5028,5029')?.cost as number;
    expect(row(LRF, 'Folketall')?.[4]).toBe(Math.round(melhus + skaun - alone));
    // In the core nobody is overcharged: a true zero.
    expect(row(LRF, 'Nukleolus')?.slice(2, 6)).toEqual(['Ja', 0, 0, '']);
  });

  it('sums up each scope’s core in the notes, and speaks English when asked', () => {
    expect(table?.notes.filter((n) => n.includes('Kjernen er ikke tom'))).toHaveLength(4);
    const en = fairnessTable(document, { language: 'en', role: 'reader', solver });
    expect(en?.columns[2]?.header).toBe('In the core');
    expect(en?.sheetName).toBe('Fairness check');
  });
});
