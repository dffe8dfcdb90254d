import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import { baselineTable } from './baseline-table.ts';

const AGES = 8;
const SOURCE = 9;

describe('baselineTable', () => {
  const document = defaultCase();

  it('gives the rows as the baseline page shows them, with the source figures as numbers', () => {
    const table = baselineTable(document, { language: 'nb', role: 'editor' });
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Kommune',
      'Tjenesteområde',
      'Omfang',
      'Budsjettår',
      'Årsverk',
      'Antall personer',
      'Lønnskostnad inkl. sosiale kostnader (kr)',
      'Andre årlige kostnader (kr)',
      'Alder',
      'Kilde',
    ]);
    expect(table.rows).toHaveLength(document.baseline.length);
    // The saksframlegg's table for lønn, regnskap og fakturering: Midtre Gauldal 6,2 årsverk, 5 500 000 kr, 30–60 år.
    expect(table.rows[0]?.slice(0, AGES + 1)).toEqual([
      'Midtre Gauldal',
      'Lønn, regnskap og fakturering',
      'Sentral enhet',
      2025,
      6.2,
      null,
      5_500_000,
      null,
      '30–60 år',
    ]);
    expect(table.rows[0]?.[SOURCE]).toMatch(/^Årsverk, Lønnskostnad, Alder: Saksframlegg/);
    // Central before decentral; the decentral row is «per dato», not a budget year.
    expect(table.rows[3]?.slice(0, 5)).toEqual([
      'Melhus',
      'Lønn, regnskap og fakturering',
      'Desentralt i enhetene',
      'Per dato',
      6.44,
    ]);
    expect(table.sources.every((s) => s.kind === 'source')).toBe(true);
    expect(table.sources.length).toBeGreaterThan(0);
  });

  it('withholds ages of groups that may be under 5 persons for readers, as «:»', () => {
    const editor = baselineTable(document, { language: 'nb', role: 'editor' });
    const reader = baselineTable(document, { language: 'nb', role: 'reader' });
    // Sentralbord Midtre Gauldal: 0,8 årsverk, so at most 1 person.
    const row = (t: typeof reader) =>
      t?.rows.find((r) => r[1] === 'Sentralbord' && r[0] === 'Midtre Gauldal');
    expect(row(reader)?.[AGES]).toBe(':');
    expect(row(editor)?.[AGES]).not.toBe(':');
    expect(row(editor)?.[AGES]).not.toBeNull();
    expect(reader?.notes.some((note) => note.startsWith('«:»'))).toBe(true);
    // 6,2 årsverk is at least 7 persons: shown to readers too.
    expect(reader?.rows[0]?.[AGES]).toBe('30–60 år');
  });

  it('names own values in the «Kilder» sources and the source column', () => {
    const own: CaseDocument = {
      ...document,
      baseline: document.baseline.map((row, index) =>
        index === 0
          ? {
              ...row,
              sources: {
                ...row.sources,
                labourCost: { entered: { by: 'Kari Nordmann', at: '2026-12-03T10:00:00Z' } },
              },
            }
          : row,
      ),
    };
    const table = baselineTable(own, { language: 'nb', role: 'editor' });
    expect(table?.rows[0]?.[SOURCE]).toContain(
      'Lønnskostnad: egen verdi, lagt inn av Kari Nordmann 03.12.2026',
    );
    expect(table?.sources).toContainEqual({
      kind: 'own-value',
      label: 'Midtre Gauldal, Lønn, regnskap og fakturering: Lønnskostnad',
      detail: 'egen verdi, lagt inn av Kari Nordmann 03.12.2026',
      usedIn: [],
    });
  });

  it('speaks nynorsk and English', () => {
    expect(baselineTable(document, { language: 'nn', role: 'reader' })?.columns[5]?.header).toBe(
      'Tal på personar',
    );
    const en = baselineTable(document, { language: 'en', role: 'reader' });
    expect(en?.sheetName).toBe('Baseline');
    expect(en?.rows[0]?.[2]).toBe('Central unit');
    expect(en?.rows[0]?.[AGES]).toBe('30–60 years');
  });

  it('gives null for a case without baseline rows', () => {
    expect(baselineTable({ ...document, baseline: [] }, { language: 'nb', role: 'owner' })).toBeNull();
  });
});
