import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { peopleView } from '../../people/people-view.ts';
import { redactWorkforce } from '../../people/redact-workforce.ts';
import { departuresTable } from './departures-table.ts';

const document = defaultCase();
const full = peopleView(document);

describe('departuresTable', () => {
  const owner = departuresTable(document, { language: 'nb', role: 'owner' });
  const reader = departuresTable(document, { language: 'nb', role: 'reader' });
  const { firstYear, years } = full.workforce;

  it('has one row per unit and year, persons and FTE in separate columns that say which', () => {
    if (!owner) throw new Error('no table');
    const units = full.workforce.areas.flatMap((a) => [...a.groups, ...(a.joint ? [a.joint] : [])]);
    expect(owner.rows).toHaveLength(units.length * years);
    expect(owner.columns.map((c) => c.header)).toContain('Avgang, lav (personer)');
    expect(owner.columns.map((c) => c.header)).toContain('Avgang til og med året, høy (årsverk)');
    expect(owner.columns.find((c) => c.header.startsWith('Andel'))?.format).toBe('percent');
    expect(owner.rows[0]?.[2]).toBe(firstYear);
    const melhus = full.workforce.areas[0]?.groups[1]?.years?.[1];
    const row = owner.rows.find(
      (r) => r[0] === 'Lønn, regnskap og fakturering' && r[1] === 'Melhus' && r[2] === firstYear + 1,
    );
    expect(row?.[6]).toBeCloseTo(melhus?.departures.high ?? NaN, 3);
    expect(row?.[8]).toBeCloseTo(melhus?.cumulativeDepartedFte.high ?? NaN, 3);
  });

  it('adds up by hand: the share covered is the FTE departed over the reduction, at most all of it', () => {
    if (!owner) throw new Error('no table');
    // Midtre Gauldal, lønn: 1.302 FTE to reduce (6.2 FTE × 21 %); by the second year 1.029 FTE have left (high).
    const row = owner.rows.find((r) => r[1] === 'Midtre Gauldal' && r[2] === firstYear + 1);
    expect(row?.[8]).toBeCloseTo(1.029, 3);
    expect(row?.[10]).toBeCloseTo(1.029 / 1.302, 3);
    for (const r of owner.rows) {
      if (typeof r[10] === 'number') expect(r[10]).toBeLessThanOrEqual(1);
    }
  });

  it('gives a reader «:» for every figure of a withheld group, and the same figures as the owner elsewhere', () => {
    if (!owner || !reader) throw new Error('no table');
    const view = redactWorkforce(full, 'reader');
    const units = view.workforce.areas.flatMap((a) => [...a.groups, ...(a.joint ? [a.joint] : [])]);
    units.forEach((unit, u) => {
      for (let i = 0; i < years; i++) {
        const row = reader.rows[u * years + i] ?? [];
        if (unit.years === null) expect(row.slice(3).every((cell) => cell === ':')).toBe(true);
        else expect(row).toEqual(owner.rows[u * years + i]);
      }
    });
    expect(reader.rows.some((r) => r[3] === ':')).toBe(true);
  });

  it('has English headers when asked', () => {
    const en = departuresTable(document, { language: 'en', role: 'owner' });
    expect(en?.columns[3]?.header).toBe('Retirements, low (persons)');
    expect(en?.columns[7]?.header).toBe('Departed to date, low (FTE)');
  });
});
