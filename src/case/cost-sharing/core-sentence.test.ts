import { describe, expect, it } from 'vitest';
import type { AllocationRow } from './allocation-rows.ts';
import { wordedRows } from './comparison-words.ts';
import { amountUnit, formatAmountSpoken } from './core-sentence.ts';

const names: Record<string, string> = { '5027': 'Midtre Gauldal', '5028': 'Melhus', '5029': 'Skaun' };
const nameOf = (id: string) => names[id] ?? id;

/** A row out of the core with one municipality paying `excess` more than alone. */
function rowPaying(id: string, municipality: string, excess: number): AllocationRow {
  const overcharge = { members: [municipality], pays: 1_000_000 + excess, alone: 1_000_000, excess };
  return {
    id,
    kind: 'key',
    core: {
      inCore: false,
      balance: 0,
      violationCount: 1,
      largest: overcharge,
      aboveStandAlone: [overcharge],
      hurt: [],
    },
    warnings: [],
  } as unknown as AllocationRow;
}

describe('amounts in the core column', () => {
  it('gives every sentence of a column in one unit: «0,1 mill. kr» beside «0,4 mill. kr», never «86 439 kr»', () => {
    const rows = wordedRows([rowPaying('a', '5028', 86_439), rowPaying('b', '5029', 412_000)], nameOf, 'nb');
    expect(rows.map((r) => r.coreSentences[0])).toEqual([
      'Melhus betaler 0,1 mill. kr mer enn alene.',
      'Skaun betaler 0,4 mill. kr mer enn alene.',
    ]);
    const nn = wordedRows([rowPaying('a', '5028', 30_000), rowPaying('b', '5029', 412_000)], nameOf, 'nn');
    expect(nn[0]?.coreSentences[0]).toBe('Melhus betaler under 0,1 mill. kr meir enn åleine.');
  });

  it('keeps whole kroner when every amount is small (an example game), and rounds to one decimal of a million', () => {
    expect(amountUnit([11, 40])).toBe('krone');
    expect(formatAmountSpoken(11)).toBe('11 kr');
    expect(formatAmountSpoken(86_439, 'million')).toBe('0,1 mill. kr');
    expect(formatAmountSpoken(1_249_999, 'million')).toBe('1,2 mill. kr');
    expect(formatAmountSpoken(-286_000)).toBe('−0,3 mill. kr');
    expect(formatAmountSpoken(0, 'million')).toBe('0,0 mill. kr');
  });
});
