import { describe, expect, it } from 'vitest';
import { formatMillions } from './format-millions.ts';

describe('formatMillions', () => {
  it('rounds to one decimal of a million, as a budget summary', () => {
    expect(formatMillions(9_737_433)).toBe('9,7');
    expect(formatMillions(12_618_909)).toBe('12,6');
    expect(formatMillions(1_250_000)).toBe('1,3');
    expect(formatMillions(-7_970_461)).toMatch(/^[−-]8,0$/);
  });
  it('shows a tiny loss as zero, never as minus zero', () => {
    expect(formatMillions(-40_000)).toBe('0,0');
  });
});
