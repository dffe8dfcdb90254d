import { describe, expect, it } from 'vitest';
import { changeRows, millions, scenarioMoved, signedMillions } from './change-effect-rows.ts';

const municipalities = [
  { municipalityNumber: '5029', name: 'Midtre Gauldal' },
  { municipalityNumber: '5028', name: 'Melhus' },
  { municipalityNumber: '5027', name: 'Skaun' },
];

describe('change-effect rows', () => {
  it('rounds to million kroner with one decimal, the change signed', () => {
    expect(millions(11_744_031)).toBe('11,7');
    expect(millions(-86_439)).toBe('−0,1');
    expect(millions(-4_999)).toBe('0,0');
    expect(signedMillions(1_159_548)).toBe('+1,2');
    expect(signedMillions(-420_000)).toBe('−0,4');
    expect(signedMillions(30_000)).toBe('0,0');
  });

  it('lists the total, then each municipality that takes part, before → after', () => {
    const scenario = {
      scenarioId: 's',
      name: { nb: 'S' },
      before: { total: 10_000_000, perMunicipality: { '5027': 2_000_000, '5028': 8_000_000 } },
      after: { total: 11_159_548, perMunicipality: { '5027': 2_400_000, '5028': 8_759_548 } },
    };
    expect(changeRows(scenario, municipalities)).toEqual([
      { key: 'total', before: '10,0', after: '11,2', change: '+1,2' },
      { key: '5028', before: '8,0', after: '8,8', change: '+0,8' },
      { key: '5027', before: '2,0', after: '2,4', change: '+0,4' },
    ]);
    expect(scenarioMoved(scenario)).toBe(true);
    expect(scenarioMoved({ ...scenario, after: scenario.before })).toBe(false);
  });

  it('leaves the change out where a side cannot be computed', () => {
    const scenario = {
      scenarioId: 's',
      name: { nb: 'S' },
      before: null,
      after: { total: 1_000_000, perMunicipality: {} },
    };
    expect(changeRows(scenario, municipalities)).toEqual([
      { key: 'total', before: null, after: '1,0', change: null },
    ]);
    expect(scenarioMoved(scenario)).toBe(true);
  });
});
