import { describe, expect, it } from 'vitest';
import { randomIndex, SAATY_RANDOM_INDEX } from './random-index.ts';

describe('randomIndex', () => {
  it('is Saaty’s classic table for n = 1…10', () => {
    expect(SAATY_RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
    expect(randomIndex(8)).toEqual({ value: 1.41, unconfirmed: false, source: 'Saaty (1980)' });
  });

  it('marks n = 11…15 unconfirmed and has no value above', () => {
    expect(randomIndex(12)?.value).toBe(1.48);
    expect(randomIndex(15)?.unconfirmed).toBe(true);
    expect(randomIndex(16)).toBeNull();
    expect(() => randomIndex(0)).toThrow(RangeError);
  });
});
