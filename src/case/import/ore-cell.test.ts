import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOre, type AmountFormat } from './ore-cell.ts';

const norwegian: AmountFormat = { decimal: 'comma', thousands: 'space' };
const ore = (cell: Parameters<typeof readOre>[0], format: AmountFormat = norwegian) => readOre(cell, format);

describe('readOre', () => {
  it('reads text amounts to whole øre by the declared decimal sign and thousands separator', () => {
    expect(ore('1 234,50')).toEqual({ ok: true, value: 123_450 });
    expect(ore('1\u00a0234,5')).toEqual({ ok: true, value: 123_450 });
    expect(ore('−12 kr')).toEqual({ ok: true, value: -1_200 });
    expect(ore('-0,10')).toEqual({ ok: true, value: -10 });
    expect(ore('-0')).toEqual({ ok: true, value: 0 });
    expect(ore('1.234,50', { decimal: 'comma', thousands: 'point' })).toEqual({ ok: true, value: 123_450 });
    expect(ore('1,234.50', { decimal: 'point', thousands: 'comma' })).toEqual({ ok: true, value: 123_450 });
    expect(ore('1234.5', { decimal: 'point', thousands: 'none' })).toEqual({ ok: true, value: 123_450 });
    expect(ore('')).toEqual({ ok: true, value: null });
  });

  it('is exact at the ceiling: 100 mrd. kr is 10 000 000 000 000 øre, one øre more is refused', () => {
    expect(ore('100 000 000 000,00')).toEqual({ ok: true, value: 10_000_000_000_000 });
    expect(ore('-99999999999,99', { decimal: 'comma', thousands: 'none' })).toEqual({
      ok: true,
      value: -9_999_999_999_999,
    });
    expect(ore('100 000 000 000,01')).toMatchObject({ ok: false, code: 'amount_out_of_range' });
    expect(ore('9'.repeat(40))).toMatchObject({ ok: false, code: 'amount_out_of_range' });
  });

  it('refuses what is not an amount in the declared format, quoting the cell', () => {
    expect(ore('12,3,4', { decimal: 'comma', thousands: 'none' })).toEqual({
      ok: false,
      code: 'not_a_number',
      quoted: '12,3,4',
    });
    expect(ore('12,345')).toEqual({ ok: false, code: 'too_many_decimals', quoted: '12,345' });
    // A point groups thousands in threes only: «12.34» is not 1 234 kr.
    expect(ore('12.34', { decimal: 'comma', thousands: 'point' })).toMatchObject({ code: 'not_a_number' });
    expect(ore('1e5')).toMatchObject({ code: 'not_a_number' });
    expect(ore(true)).toMatchObject({ code: 'not_a_number' });
    expect(ore({ error: '#REF!' })).toEqual({ ok: false, code: 'formula_error', quoted: '#REF!' });
  });

  it('rounds a spreadsheet’s real number to øre only within floating-point noise', () => {
    expect(ore(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(ore(1234.5)).toEqual({ ok: true, value: 123_450 });
    expect(ore(-0.07)).toEqual({ ok: true, value: -7 });
    expect(ore(12.345)).toMatchObject({ ok: false, code: 'too_many_decimals' });
    expect(ore(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: 'not_a_number' });
    expect(ore(1e11 + 1)).toMatchObject({ ok: false, code: 'amount_out_of_range' });
  });
});

/** Whole øre written with the format's separators, grouping by threes from the right, by string slicing only. */
function written(ore: number, format: AmountFormat): string {
  const abs = Math.abs(ore);
  const digits = String(Math.floor(abs / 100));
  const group = { none: '', space: '\u00a0', point: '.', comma: ',' }[format.thousands];
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  const decimal = format.decimal === 'comma' ? ',' : '.';
  return `${ore < 0 ? '-' : ''}${groups.join(group)}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

describe('readOre round trip', () => {
  it('reads back any amount within ±100 mrd. kr written in any of the formats, to the øre', () => {
    const format = fc.constantFrom<AmountFormat>(
      { decimal: 'comma', thousands: 'none' },
      { decimal: 'comma', thousands: 'space' },
      { decimal: 'comma', thousands: 'point' },
      { decimal: 'point', thousands: 'none' },
      { decimal: 'point', thousands: 'space' },
      { decimal: 'point', thousands: 'comma' },
    );
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }), format, (value, f) => {
        expect(readOre(written(value, f), f)).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
      { numRuns: 500 },
    );
  });
});
