import { describe, expect, it } from 'vitest';
import { shippedReferenceData } from './reference-data.ts';

describe('shipped reference data', () => {
  const data = shippedReferenceData();

  it('has all 357 municipalities once', () => {
    expect(data.municipalities).toHaveLength(357);
    expect(new Set(data.municipalities.map((m) => m.number)).size).toBe(357);
  });

  it('has the case municipalities as ../shared/data/municipalities/PROVENANCE.md states them', () => {
    const byNumber = new Map(data.municipalities.map((m) => [m.number, m]));
    // Spot check in the provenance file: population 1.1.2024 / 2025 / 2026, area, KOSTRA group.
    expect(byNumber.get('5027')).toMatchObject({
      name: 'Midtre Gauldal',
      population: { 2024: 6140, 2025: 6141, 2026: 6088 },
      areaKm2: 1860.43,
      kostraGroup: 1,
    });
    expect(byNumber.get('5028')).toMatchObject({
      population: { 2024: 17560, 2025: 17812, 2026: 17828 },
      kostraGroup: 7,
    });
    expect(byNumber.get('5029')).toMatchObject({
      population: { 2026: 8574 },
      areaKm2: 224.2,
      kostraGroup: 1,
    });
  });

  it('has the KOSTRA group sizes SSB publishes (17 groups, 357 in all)', () => {
    const sizes = new Map<number, number>();
    for (const m of data.municipalities) sizes.set(m.kostraGroup, (sizes.get(m.kostraGroup) ?? 0) + 1);
    const published = [40, 18, 9, 39, 33, 28, 38, 13, 27, 13, 10, 11, 1, 25, 36, 8, 8];
    expect(published.map((_, i) => sizes.get(i + 1))).toEqual(published);
  });

  it('has symmetric neighbour lists (Melhus borders Skaun and Skaun Melhus)', () => {
    const byNumber = new Map(data.municipalities.map((m) => [m.number, m]));
    for (const m of data.municipalities) {
      for (const n of m.neighbours) {
        expect(byNumber.get(n.number)?.neighbours.some((back) => back.number === m.number)).toBe(true);
      }
    }
    expect(byNumber.get('5028')?.neighbours.map((n) => n.number)).toEqual([
      '5001',
      '5027',
      '5029',
      '5032',
      '5059',
    ]);
  });

  it("has Melhus' administration per inhabitant 2023–2025 as the KOSTRA file states", () => {
    const fgk1b = data.kostraIndicators
      .filter((f) => f.region === '5028' && f.code === 'FGK1b')
      .map((f) => [f.year, f.perInhabitantNok]);
    expect(fgk1b).toEqual([
      [2023, 5144],
      [2024, 5478],
      [2025, 5519],
    ]);
  });
});
