import { describe, expect, it } from 'vitest';
import { formatKilobytes, shortHash } from './document-text.ts';

describe('shortHash', () => {
  it('keeps the first 12 hexadecimal characters', () => {
    expect(shortHash('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toBe(
      '9f86d081884c',
    );
  });
});

describe('formatKilobytes', () => {
  it.each([
    [0, '0,0 kB'],
    [12, '0,1 kB'],
    [23_456, '23,5 kB'],
    [412_345, '412 kB'],
    [1_234_567, '1\u00a0235 kB'],
  ])('%i bytes is %s', (bytes, text) => {
    expect(formatKilobytes(bytes)).toBe(text);
  });
});
