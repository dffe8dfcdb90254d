import { describe, expect, it } from 'vitest';
import { numberToInput, parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it('reads a decimal comma and a decimal point', () => {
    expect(parseNumber('6,4')).toEqual({ ok: true, value: 6.4 });
    expect(parseNumber('6.44')).toEqual({ ok: true, value: 6.44 });
  });

  it('reads spaces between thousands, including no-break spaces', () => {
    expect(parseNumber('5 200 000')).toEqual({ ok: true, value: 5_200_000 });
    expect(parseNumber('14\u00a0800\u00a0000')).toEqual({ ok: true, value: 14_800_000 });
    expect(parseNumber('14\u202f800\u202f000')).toEqual({ ok: true, value: 14_800_000 });
  });

  it('gives null for an empty field, never 0', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses text that is not one number', () => {
    expect(parseNumber('abc')).toEqual({ ok: false });
    expect(parseNumber('14.800.000')).toEqual({ ok: false });
    expect(parseNumber('6,4,1')).toEqual({ ok: false });
    expect(parseNumber('5 kr')).toEqual({ ok: false });
  });

  it('keeps a minus sign so validation can name the field', () => {
    expect(parseNumber('-1')).toEqual({ ok: true, value: -1 });
    expect(parseNumber('\u22121,5')).toEqual({ ok: true, value: -1.5 });
  });
});

describe('numberToInput', () => {
  it('writes figures the way parseNumber reads them', () => {
    expect(numberToInput(6.4)).toBe('6,4');
    expect(numberToInput(null)).toBe('');
    const cost = numberToInput(5_200_000, { grouped: true });
    expect(parseNumber(cost)).toEqual({ ok: true, value: 5_200_000 });
  });
});
