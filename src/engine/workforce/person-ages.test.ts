import { describe, expect, it } from 'vitest';
import { groupPersons } from './person-ages.ts';

describe('groupPersons', () => {
  it('takes Skaun’s payroll (5.0 FTE, ages 59–66, headcount not given) as at least 5 persons, and says so', () => {
    const { persons, warnings, missing } = groupPersons(
      { id: 'payroll-5029', fte: 5, headcount: null, ages: { kind: 'range', min: 59, max: 66 } },
      ['groups', 2],
    );
    expect(persons?.headcount).toBe(5);
    expect(persons?.basis).toBe('fte-lower-bound');
    expect(persons?.ftePerPerson).toBe(1);
    // The youngest and the oldest exist; the other three may be any age in between.
    const span = [59, 60, 61, 62, 63, 64, 65, 66];
    expect(persons?.persons).toEqual([[59], [66], span, span, span]);
    expect(warnings).toEqual([
      { code: 'headcount-derived-from-fte', headcount: 5, fte: 5, path: ['groups', 2] },
    ]);
    expect(missing).toEqual([]);
  });

  it('rounds 6.4 FTE up to 7 persons of 6.4/7 FTE each', () => {
    const { persons } = groupPersons(
      { id: 'payroll-5028', fte: 6.4, headcount: null, ages: { kind: 'range', min: 47, max: 66 } },
      [],
    );
    expect(persons?.headcount).toBe(7);
    expect(persons?.ftePerPerson).toBeCloseTo(6.4 / 7, 15);
  });

  it('counts age bands and spreads each band over its ages', () => {
    const { persons, warnings } = groupPersons(
      {
        id: 'archive',
        fte: 2.5,
        headcount: null,
        ages: {
          kind: 'bands',
          bands: [
            { from: 20, to: 21, count: 1 },
            { from: 60, to: 62, count: 2 },
          ],
        },
      },
      [],
    );
    expect(persons?.basis).toBe('age-bands');
    expect(persons?.persons).toEqual([
      [20, 21],
      [60, 61, 62],
      [60, 61, 62],
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns when one age figure must stand for several persons', () => {
    const { warnings } = groupPersons(
      { id: 'x', fte: 1.6, headcount: 2, ages: { kind: 'single', value: 40 } },
      [],
    );
    expect(warnings).toEqual([{ code: 'single-age-for-several-persons', headcount: 2, path: [] }]);
  });

  it('reports missing ages and size instead of guessing', () => {
    const { persons, missing } = groupPersons({ id: 'x', fte: null, headcount: null, ages: null }, [
      'groups',
      0,
    ]);
    expect(persons).toBeNull();
    expect(missing).toEqual([
      { code: 'missing-input', path: ['groups', 0, 'headcount'] },
      { code: 'missing-input', path: ['groups', 0, 'ages'] },
    ]);
  });
});
