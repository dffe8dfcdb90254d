import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/language.ts';
import { CATALOGUES, translate } from './all-catalogues.ts';
import type { MessageKey } from './catalogues.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const keys = Object.keys(CATALOGUES.nb) as MessageKey[];

  it.each(LANGUAGES)('%s words every message with the same placeholders as bokmål', (language) => {
    for (const key of keys) {
      expect(placeholders(CATALOGUES[language][key]), key).toEqual(placeholders(CATALOGUES.nb[key]));
      expect(CATALOGUES[language][key].trim(), key).not.toBe('');
    }
  });

  it('picks the plural form by the number, in every language', () => {
    const caption = (language: (typeof LANGUAGES)[number], count: number) =>
      translate(CATALOGUES[language], 'modelChoice.weightsCaption', { count });
    expect(caption('nb', 1)).toBe('Gruppevekter og uenighet (1 person har satt vekter)');
    expect(caption('nb', 2)).toBe('Gruppevekter og uenighet (2 personer har satt vekter)');
    expect(caption('nn', 1)).toBe('Gruppevekter og usemje (1 person har sett vekter)');
    expect(caption('nn', 3)).toBe('Gruppevekter og usemje (3 personar har sett vekter)');
    expect(caption('en', 1)).toBe('Group weights and disagreement (1 person set weights)');
    expect(caption('en', 0)).toBe('Group weights and disagreement (0 people set weights)');
  });

  it('words the legal notes’ «not confirmed» in each language, never the notes’ English marker UNCONFIRMED', () => {
    expect(CATALOGUES.nb['modelChoice.unconfirmed']).toBe('Ikke bekreftet');
    expect(CATALOGUES.nn['modelChoice.unconfirmed']).toBe('Ikkje stadfesta');
    expect(CATALOGUES.en['modelChoice.unconfirmed']).toBe('Unconfirmed');
    for (const language of ['nb', 'nn'] as const)
      for (const key of keys) expect(CATALOGUES[language][key], key).not.toMatch(/unconfirmed/i);
  });

  it('fills placeholders', () => {
    expect(translate(CATALOGUES.nb, 'revision.banner', { revision: 3 })).toBe(
      'Du ser revisjon 3 (ikke den nyeste).',
    );
  });
});
