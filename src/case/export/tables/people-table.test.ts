import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { peopleView } from '../../people/people-view.ts';
import { redactWorkforce } from '../../people/redact-workforce.ts';
import { peopleTable } from './people-table.ts';

const document = defaultCase();
const full = peopleView(document);
const readerView = redactWorkforce(full, 'reader');

describe('peopleTable', () => {
  const owner = peopleTable(document, { language: 'nb', role: 'owner' });
  const reader = peopleTable(document, { language: 'nb', role: 'reader' });

  it('shows each area’s municipalities and joint unit as the people page does, with units in the headers', () => {
    if (!owner) throw new Error('no table');
    expect(owner.columns.map((c) => c.header)).toEqual([
      'Tjenesteområde',
      'Kommune eller enhet',
      'Årsverk',
      'Alder (år)',
      'Reduksjon i scenario (årsverk)',
      'Dekket av naturlig avgang, lav (år)',
      'Dekket av naturlig avgang, høy (år)',
    ]);
    const units = full.workforce.areas.flatMap((a) => [...a.groups, ...(a.joint ? [a.joint] : [])]);
    expect(owner.rows).toHaveLength(units.length);
    expect(owner.rows.map((r) => r[2])).toEqual(
      units.map((u) => (u.fte === null ? null : Math.round(u.fte * 1000) / 1000)),
    );
    expect(owner.rows.slice(0, 4).map((r) => r[1])).toEqual([
      'Midtre Gauldal',
      'Melhus',
      'Skaun',
      'Felles enhet',
    ]);
  });

  it('adds up by hand: the joint unit of lønn, regnskap og fakturering has 6.2 + 6.4 + 5 = 17.6 FTE', () => {
    const lrf = owner?.rows.filter((r) => r[0] === 'Lønn, regnskap og fakturering') ?? [];
    expect(lrf.map((r) => r[2])).toEqual([6.2, 6.4, 5, 17.6]);
    expect(lrf[3]?.[3]).toBe('');
  });

  it('withholds for a reader exactly what redaction withholds, and nothing an editor’s ages would give away', () => {
    if (!owner || !reader) throw new Error('no table');
    expect(readerView.suppressed.length).toBeGreaterThan(0);
    const units = readerView.workforce.areas.flatMap((a) => [...a.groups, ...(a.joint ? [a.joint] : [])]);
    units.forEach((unit, i) => {
      const row = reader.rows[i] ?? [];
      const hidden = unit.years === null;
      expect(row.slice(5).every((cell) => cell === ':')).toBe(hidden);
      if (hidden && unit.id !== 'joint') expect(row[3]).toBe(':');
    });
    // The switchboard's persons (one aged 51 in Midtre Gauldal) are small groups: the owner sees the age, the reader does not.
    const switchboard = (rows: typeof owner.rows) =>
      rows.find((r) => r[0] === 'Sentralbord' && r[1] === 'Midtre Gauldal');
    expect(switchboard(owner.rows)?.[3]).toBe('51');
    expect(switchboard(reader.rows)?.[3]).toBe(':');
    expect(reader.notes.some((n) => n.startsWith('«:» betyr'))).toBe(true);
    expect(owner.notes.some((n) => n.startsWith('«:» betyr'))).toBe(false);
  });

  it('states the placeholders and missing assumptions, and speaks English when asked', () => {
    expect(owner?.notes[0]).toMatch(/^Bygger på plassholdere.*Alder for AFP/);
    expect(owner?.notes[1]).toMatch(/^Forutsetninger som mangler.*Årlig turnover/);
    expect(owner?.sources.some((s) => s.kind === 'source')).toBe(true);
    const en = peopleTable(document, { language: 'en', role: 'reader' });
    expect(en?.columns.map((c) => c.header).slice(0, 3)).toEqual([
      'Service area',
      'Municipality or unit',
      'FTE',
    ]);
    expect(en?.rows[3]?.[1]).toBe('Joint unit');
  });

  it('gives «..» (null), never 0, for a figure there is no source for: no scenario, no reduction', () => {
    const table = peopleTable({ ...defaultCase(), scenarios: [] }, { language: 'nb', role: 'owner' });
    expect(table?.rows.length).toBeGreaterThan(0);
    for (const row of table?.rows ?? []) expect(row.slice(4)).toEqual([null, null, null]);
  });
});
