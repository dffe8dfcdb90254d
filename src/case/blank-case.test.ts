import { describe, expect, it } from 'vitest';
import { blankCase } from './blank-case.ts';
import { parseCase } from './parse-case.ts';
import type { Participant } from './schema/participants.ts';

const skaun = {
  municipalityNumber: '5029',
  name: 'Skaun',
  population: [{ value: 8_400, referenceDate: '2024-01-01', source: 'ssb-07459' }],
} as unknown as Participant;
const melhus = { municipalityNumber: '5028', name: 'Melhus', population: [] } as unknown as Participant;

describe('blankCase', () => {
  it('parses as a case with exactly the chosen participants and nothing else', () => {
    const result = parseCase(blankCase('ny-sak', 'Ny sak', [skaun, melhus]));
    expect(result.success).toBe(true);
    if (!result.success) return;
    const doc = result.data;
    expect(doc.id).toBe('ny-sak');
    expect(doc.title).toEqual({ nb: 'Ny sak' });
    expect(doc.participants.map((p) => [p.municipalityNumber, p.name])).toEqual([
      ['5029', 'Skaun'],
      ['5028', 'Melhus'],
    ]);
    expect(doc.serviceAreas).toEqual([]);
    expect(doc.baseline).toEqual([]);
    expect(doc.scenarios).toEqual([]);
    expect(doc.milestones).toEqual([]);
    expect(doc.tracks).toEqual([]);
  });

  it('carries no figure: the population (and its source in the other case) is left out', () => {
    const result = parseCase(blankCase('ny-sak', 'Ny sak', [skaun]));
    expect(result.success && result.data.participants[0]?.population).toEqual([]);
    expect(result.success && result.data.sources).toEqual([]);
    expect(result.success && result.data.combinedPopulation).toEqual([]);
  });

  it('is refused by the schema without a participant', () => {
    const result = parseCase(blankCase('ny-sak', 'Ny sak', []));
    expect(result.success).toBe(false);
    expect(!result.success && result.issues[0]?.path).toBe('participants');
  });
});
