import { describe, expect, it } from 'vitest';
import { weightDisagreement } from './disagreement.ts';

describe('weightDisagreement', () => {
  it('gives min, max, range, mean and population standard deviation per criterion', () => {
    const [a, b] = weightDisagreement(
      ['a', 'b'],
      [
        { personId: 'ola', weights: { a: 0.2, b: 0.8 } },
        { personId: 'kari', weights: { a: 0.4, b: 0.6 } },
        { personId: 'per', weights: { a: 0.6, b: 0.4 } },
      ],
    );
    // a: 0.2, 0.4, 0.6 → mean 0.4, range 0.4, σ = √((0.04 + 0 + 0.04) / 3) = 0.16330.
    expect(a?.mean).toBeCloseTo(0.4, 12);
    expect(a?.range).toBeCloseTo(0.4, 12);
    expect(a?.standardDeviation).toBeCloseTo(0.1633, 4);
    expect([a?.lowestPersonId, a?.highestPersonId]).toEqual(['ola', 'per']);
    expect([b?.lowestPersonId, b?.highestPersonId]).toEqual(['per', 'ola']);
  });

  it('shows no disagreement when everyone agrees', () => {
    const [a] = weightDisagreement(
      ['a'],
      [
        { personId: 'x', weights: { a: 0.3 } },
        { personId: 'y', weights: { a: 0.3 } },
      ],
    );
    expect(a?.range).toBe(0);
    expect(a?.standardDeviation).toBe(0);
  });
});
