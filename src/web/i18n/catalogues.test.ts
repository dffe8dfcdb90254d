import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/language.ts';
import { CATALOGUES, translate } from './all-catalogues.ts';
import type { MessageKey } from './catalogues.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const keys = Object.keys(CATALOGUES.nb) as MessageKey[];

  it.each(LANGUAGES)('%s words every message with the same placeholders as bokmål', (language) => {
    for (const key of keys) {
      expect(placeholders(CATALOGUES[language][key]), key).toEqual(placeholders(CATALOGUES.nb[key]));
      expect(CATALOGUES[language][key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(translate(CATALOGUES.nb, 'revision.banner', { revision: 3 })).toBe(
      'Du ser revisjon 3 (ikke den nyeste).',
    );
  });
});
