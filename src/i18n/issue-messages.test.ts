import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodErrorMap } from './issue-messages.ts';

const messageOf = (schema: z.ZodType, value: unknown, language: 'nb' | 'nn' | 'en' = 'nb') => {
  const result = schema.safeParse(value, { error: zodErrorMap(language) });
  return result.success ? null : result.error.issues[0]?.message;
};

describe('bounds in words', () => {
  it('writes a year without a thousands space', () => {
    const Year = z.strictObject({ baseYear: z.number().int().min(2000).max(2100) });
    expect(messageOf(Year, { baseYear: 1999 })).toBe('Må være minst 2000');
    expect(messageOf(Year, { baseYear: 2101 }, 'nn')).toBe('Kan ikkje vere meir enn 2100');
    expect(messageOf(Year, { baseYear: 1999 }, 'en')).toBe('Must be at least 2000');
    expect(messageOf(z.strictObject({ startYear: z.number().int().min(2000) }), { startYear: 1 })).toBe(
      'Må være minst 2000',
    );
  });

  it('keeps the thousands space in amounts', () => {
    const Amount = z.strictObject({ labourCost: z.number().min(0).max(1_000_000) });
    expect(messageOf(Amount, { labourCost: 2_000_000 })).toBe('Kan ikke være mer enn 1\u00a0000\u00a0000');
    expect(messageOf(z.strictObject({ fte: z.number().max(2000) }), { fte: 2001 })).toBe(
      'Kan ikke være mer enn 2\u00a0000',
    );
  });
});
