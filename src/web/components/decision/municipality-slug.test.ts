import { describe, expect, it } from 'vitest';
import { municipalitySlug } from './municipality-slug.ts';

describe('municipalitySlug', () => {
  it('writes the three municipalities as their addresses', () => {
    expect(['Skaun', 'Melhus', 'Midtre Gauldal'].map(municipalitySlug)).toEqual([
      'skaun',
      'melhus',
      'midtre-gauldal',
    ]);
  });
  it('spells out æ, ø and å', () => {
    expect(municipalitySlug('Bø i Telemark')).toBe('bo-i-telemark');
    expect(municipalitySlug('Åfjord')).toBe('afjord');
  });
});
