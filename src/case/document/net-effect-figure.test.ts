import { describe, expect, it } from 'vitest';
import { amountInWords, genitive, netEffectAlt } from './net-effect-figure.ts';

const nb = { language: 'nb' } as const;
const nn = { language: 'nn' } as const;

describe('netEffectAlt', () => {
  it('says what the chart shows, from the first year to the last', () => {
    expect(netEffectAlt(nb, 'Melhus', [2026, 2027, 2033], [0, 500_000, 1_210_000])).toBe(
      "Stolpediagram: Melhus' netto effekt per år 2026–2033, fra 0 kr i 2026 til 1,2 mill. kr i 2033",
    );
    expect(netEffectAlt(nn, 'Skaun', [2026, 2027], [-40_000, 90_000])).toBe(
      'Stolpediagram: netto effekt per år for Skaun 2026–2027, frå \u221240\u00a0000 kr i 2026 til 90\u00a0000 kr i 2027',
    );
  });

  it('names the lowest year when the effect dips below zero between the ends', () => {
    expect(netEffectAlt(nb, 'Skaun', [2026, 2027, 2028], [0, -2_500_000, 300_000])).toBe(
      'Stolpediagram: Skauns netto effekt per år 2026–2028, fra 0 kr i 2026 til 300\u00a0000 kr i 2028, lavest \u22122,5 mill. kr i 2027',
    );
  });
});

describe('genitive and amountInWords', () => {
  it('puts an apostrophe after s, x or z and an s after anything else', () => {
    expect(['Melhus', 'Trondheim', 'Os'].map(genitive)).toEqual(["Melhus'", 'Trondheims', "Os'"]);
  });

  it('gives millions with one decimal and smaller amounts to the thousand', () => {
    expect(amountInWords(nb, 1_700_628)).toBe('1,7 mill. kr');
    expect(amountInWords(nb, 357_257)).toBe('357\u00a0000 kr');
  });
});
