import { describe, expect, it } from 'vitest';
import { parseAgeBands } from './baseline-cells.ts';
import { readNumber, readTime } from './cells.ts';

describe('reading a cell', () => {
  it('reads Norwegian numbers, `..` and empty as no figure, and refuses text and formula errors', () => {
    expect(readNumber('5 200 000')).toEqual({ ok: true, value: 5_200_000 });
    expect(readNumber('6,44')).toEqual({ ok: true, value: 6.44 });
    expect(readNumber('1\u00a0200 kr')).toEqual({ ok: true, value: 1_200 });
    expect(readNumber('..')).toEqual({ ok: true, value: null });
    expect(readNumber(null)).toEqual({ ok: true, value: null });
    expect(readNumber('sju')).toEqual({ ok: false, code: 'not_a_number', quoted: 'sju' });
    expect(readNumber({ error: '#DIV/0!' })).toEqual({ ok: false, code: 'formula_error', quoted: '#DIV/0!' });
    expect(readNumber(true)).toMatchObject({ ok: false, code: 'not_a_number' });
  });

  it('reads times as minutes after midnight: 08:30 is 510, Excel’s 0,25 is 06:00', () => {
    expect(readTime('08:30')).toEqual({ ok: true, value: 510 });
    expect(readTime(0.25)).toEqual({ ok: true, value: 360 });
    expect(readTime('25:00')).toMatchObject({ ok: false, code: 'not_a_time' });
  });

  it('reads age bands «20–29: 3; 30–39: 4» and refuses anything else', () => {
    expect(parseAgeBands('20–29: 3; 30-39: 4')).toEqual([
      { from: 20, to: 29, count: 3 },
      { from: 30, to: 39, count: 4 },
    ]);
    expect(parseAgeBands('tjue til tretti')).toBeNull();
    expect(parseAgeBands('')).toBeNull();
  });
});
