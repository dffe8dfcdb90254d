/**
 * A small export bundle for the writers' tests: figures chosen so the expected cells can be written by hand.
 * @module
 */
import type { ExportBundle, ExportTable } from '../../case/export/export-table.ts';

export const FIXTURE_TABLE: ExportTable = {
  id: 'baseline',
  sheetName: 'Grunnlag',
  title: 'Grunnlag: årsverk og kostnader per kommune',
  columns: [
    { header: 'Kommune', format: 'text' },
    { header: 'År', format: 'year' },
    { header: 'Årsverk', format: 'decimal1' },
    { header: 'Lønnskostnad (kr)', format: 'nok' },
    { header: 'Andel (%)', format: 'percent' },
    { header: 'Dato', format: 'date' },
  ],
  rows: [
    ['Skaun', 2025, 1234.5, 5_300_000, 0.125, '2026-02-03'],
    ['Melhus; «sentralt» "A"', 2025, null, -250_000, null, null],
    ['=HYPERLINK("http://x")', 2026, 0.5, 0, 1, '2026-12-31'],
  ],
  notes: ['«..»: kildene gir ikke tallet.'],
  sources: [
    { kind: 'source', label: 'Saksframlegg 2025', detail: 'Tabell 2', usedIn: [] },
    { kind: 'placeholder', label: 'Diskonteringsrente', detail: 'Skal fastsettes av rådmennene', usedIn: [] },
  ],
};

export const FIXTURE_BUNDLE: ExportBundle = {
  caseId: 'skaun-melhus',
  caseTitle: 'Bærekraftige kommuner',
  revision: 7,
  savedAt: '2026-03-01T09:30:00Z',
  exportedAt: '2026-12-04T12:00:00Z',
  language: 'nb',
  tables: [FIXTURE_TABLE],
  usesPlaceholders: true,
};
