import { describe, expect, it } from 'vitest';
import { defaultCase } from './default-case/default-case.ts';
import { populationSum } from './population-sum.ts';

const source = { document: 'ssb' } as never;

describe('populationSum', () => {
  it('adds the default case’s figures of 1 January 2025: 6 141 + 17 812 + 8 521 = 32 474', () => {
    const sum = populationSum(defaultCase());
    expect(sum?.value).toBe(32_474);
    expect(sum?.referenceDate).toBe('2025-01-01');
    // The combined figure the case report gives is another date and source, and another number.
    expect(defaultCase().combinedPopulation[0]).toMatchObject({ value: 32_338, referenceDate: '2024-08' });
  });

  it('takes the latest date every municipality has, never a sum across dates', () => {
    const participants = [
      {
        municipalityNumber: '1',
        name: 'A',
        population: [
          { value: 100, referenceDate: '2024-01-01', source },
          { value: 110, referenceDate: '2025-01-01', source },
        ],
      },
      {
        municipalityNumber: '2',
        name: 'B',
        population: [{ value: 50, referenceDate: '2024-01-01', source }],
      },
    ];
    expect(populationSum({ participants } as never)).toMatchObject({
      value: 150,
      referenceDate: '2024-01-01',
    });
    const noCommonDate = [participants[0], { ...participants[1], population: [] }];
    expect(populationSum({ participants: noCommonDate } as never)).toBeNull();
  });
});
