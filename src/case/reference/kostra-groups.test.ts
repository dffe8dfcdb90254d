import { describe, expect, it } from 'vitest';
import { kostraGroupDescription, kostraGroupRegion } from './kostra-groups.ts';

describe('kostraGroupDescription', () => {
  it('words SSB’s criteria for group 1 and 7 in bokmål, nynorsk and English', () => {
    expect(kostraGroupDescription(1, 'nb')).toBe(
      'Gruppe 1: små kommuner (2\u00a0000–9\u00a0999 innbyggere) med lave bundne kostnader og lave frie disponible inntekter',
    );
    expect(kostraGroupDescription(7, 'nn')).toBe(
      'Gruppe 7: mellomstore kommunar (10\u00a0000–19\u00a0999 innbyggjarar) med låge bundne kostnader og låge frie disponible inntekter',
    );
    expect(kostraGroupDescription(8, 'en')).toBe(
      'Group 8: medium-sized municipalities (10\u00a0000–19\u00a0999 inhabitants) with low bound costs and middle or high free disposable income',
    );
  });

  it('describes Oslo and the eight richest without a size band, and an unknown group by number only', () => {
    expect(kostraGroupDescription(13, 'nb')).toBe('Gruppe 13: Oslo kommune');
    expect(kostraGroupDescription(17, 'nb')).toMatch(
      /^Gruppe 17: de åtte kommunene med høyest skatteinntekter/,
    );
    expect(kostraGroupDescription(18, 'nb')).toBe('Gruppe 18');
  });

  it('gives SSB’s region code', () => {
    expect(kostraGroupRegion(7)).toBe('EKG07');
    expect(kostraGroupRegion(12)).toBe('EKG12');
  });
});
