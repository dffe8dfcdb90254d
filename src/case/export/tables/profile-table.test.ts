import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../default-case/default-case.ts';
import { shippedReferenceData, type ReferenceDataset } from '../../reference/reference-data.ts';
import { profileTable } from './profile-table.ts';

const [PART, NAME, POPULATION, AREA, DENSITY, GROUP, FTE, PER1000] = [0, 1, 2, 3, 4, 5, 6, 7];
const AGES = 10;

describe('profileTable', () => {
  const document = defaultCase();

  it('adds the participants up as one unit: 6 088 + 17 828 + 8 574 = 32 490 inhabitants', () => {
    const table = profileTable(document, { language: 'nb', role: 'editor' });
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toContain('Årsverk per 1 000 innbyggere');
    const members = table.rows.filter((r) => r[PART] === 'Deltaker');
    expect(members.map((r) => [r[NAME], r[POPULATION], r[GROUP]])).toEqual([
      ['Midtre Gauldal', 6088, 1],
      ['Melhus', 17828, 7],
      ['Skaun', 8574, 1],
    ]);
    const unit = table.rows.find((r) => r[PART] === 'Samarbeidet samlet');
    expect(unit?.[POPULATION]).toBe(32_490);
    // 1 860,43 + 694,41 + 224,2 km² = 2 779,04 km²; 32 490 / 2 779,04 = 11,69 per km².
    expect(unit?.[AREA]).toBeCloseTo(2779.04, 2);
    expect(unit?.[DENSITY]).toBeCloseTo(11.69, 2);
    // FTE per 1 000 inhabitants is the unit's FTE divided by 32 490, times 1 000.
    expect(unit?.[PER1000]).toBeCloseTo(((unit?.[FTE] as number) / 32_490) * 1000, 6);
    // ±15 % of 32 490: 27 617 to 37 363 inhabitants.
    expect(table.notes.some((n) => n.includes('±15 %') && n.includes('27617–37363'))).toBe(true);
    const comparable = table.rows.filter((r) => r[PART] === 'Like stor kommune');
    expect(comparable.length).toBeGreaterThan(0);
    expect(
      comparable.every((r) => (r[POPULATION] as number) >= 27_617 && (r[POPULATION] as number) <= 37_363),
    ).toBe(true);
    expect(table.sources.map((s) => s.kind)).toEqual(['reference-data', 'reference-data', 'reference-data']);
    expect(table.sources[0]?.label).toContain('07459');
    expect(table.sources[2]?.detail).toContain('Kartverket');
  });

  it('withholds the ages of small groups for readers as the page does', () => {
    const reader = profileTable(document, { language: 'nb', role: 'reader' });
    const editor = profileTable(document, { language: 'nb', role: 'editor' });
    // Sentralbord Midtre Gauldal: 0,8 årsverk, so at most 1 person.
    const row = (t: typeof reader) =>
      t?.rows.find((r) => r[PART] === 'Alder' && String(r[NAME]).startsWith('Midtre Gauldal, Sentralbord'));
    expect(row(reader)?.[AGES]).toBe(':');
    expect(row(editor)?.[AGES]).not.toBe(':');
    expect(reader?.notes.some((n) => n.startsWith('«:»'))).toBe(true);
  });

  it('shows a population the dataset lacks as «..», never as 0', () => {
    const shipped = shippedReferenceData();
    const without: ReferenceDataset = {
      ...shipped,
      municipalities: shipped.municipalities.filter((m) => m.number !== '5029'),
    };
    const table = profileTable(document, { language: 'nb', role: 'editor', referenceData: without });
    const skaun = table?.rows.find((r) => r[PART] === 'Deltaker' && r[NAME] === 'Skaun');
    expect(skaun?.[POPULATION]).toBeNull();
    expect(table?.rows.find((r) => r[PART] === 'Samarbeidet samlet')?.[POPULATION]).toBeNull();
  });
});
