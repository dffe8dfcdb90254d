import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCase } from './default-case.ts';
import { nonPricedEffects } from './non-priced-effects.ts';
import { SRC } from './sources.ts';

// The two seed documents, copied into the repository as test fixtures (test/fixtures/seeds/PROVENANCE.md).
const SEEDS = fileURLToPath(new URL('../../../test/fixtures/seeds/', import.meta.url));
const SEED_FILES: Record<string, string> = {
  [SRC.caseReport]: '001_c7545bf3c01f603e.txt',
  [SRC.status]: '000_33d1f9beebd60824.txt',
};

/** The text with every run of white space (the PDF's line breaks included) as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the default case’s non-priced effects', () => {
  it('parses, with every effect named by a source and nothing assessed by anyone', () => {
    const effects = defaultCase().nonPricedEffects;
    expect(effects.map((e) => e.id)).toEqual([
      'sarbarhet',
      'fagmiljo',
      'rekruttering',
      'service-tilgjengelighet',
      'endringsevne',
    ]);
    for (const effect of effects) {
      expect(effect.source?.locator, effect.id).toMatch(/«.+»/);
      expect(effect.assessments, effect.id).toEqual([]);
    }
  });

  describe('quotes the seeds word for word', () => {
    it.each(nonPricedEffects.map((e) => [e.id, e] as const))('%s', (_id, effect) => {
      const document = effect.source?.document ?? '';
      const file = SEED_FILES[document];
      expect(file, `no seed text for ${document}`).toBeDefined();
      const seed = flat(readFileSync(`${SEEDS}${file}`, 'utf8'));
      const quotes = [...(effect.source?.locator ?? '').matchAll(/«([^»]+)»/g)].map((m) => m[1] as string);
      expect(quotes.length).toBeGreaterThan(0);
      // A quote may leave words out with «…»; each part must stand in the seed as written.
      for (const part of quotes
        .flatMap((q) => q.split('…'))
        .map(flat)
        .filter(Boolean)) {
        expect(seed, part).toContain(part);
      }
    });
  });
});
