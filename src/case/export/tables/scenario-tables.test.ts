import { describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../../engine/games/lp-solver.ts';
import { LANGUAGES } from '../../../i18n/language.ts';
import { defaultCase } from '../../default-case/default-case.ts';
import { EXPORT_TABLE_IDS, type ExportTable } from '../export-table.ts';
import { MORE_EXPORT_TABLES } from './scenario-tables.ts';

const solver = await loadLpSolver();
const document = defaultCase();
const FORMATS = [
  'text',
  'integer',
  'decimal1',
  'decimal2',
  'nok',
  'thousandNok',
  'millionNok',
  'percent',
  'year',
  'date',
];

const tables: ExportTable[] = LANGUAGES.flatMap((language) =>
  Object.values(MORE_EXPORT_TABLES).flatMap(({ build, needsSolver }) => {
    const table = build(document, {
      language,
      role: 'reader',
      ...(needsSolver(document, undefined) ? { solver } : {}),
    });
    return table ? [table] : [];
  }),
);

describe('MORE_EXPORT_TABLES', () => {
  it('has every table id but the baseline, the comparison page’s and the operations tables, each building the table of its own id', () => {
    // The operations tables (a joint unit's year, not a scenario's) are registered beside the baseline.
    const own = ['baseline', 'profile', 'benchmark', 'operations-budget', 'a-konto', 'settlement'];
    expect(Object.keys(MORE_EXPORT_TABLES).sort()).toEqual(
      EXPORT_TABLE_IDS.filter((id) => !own.includes(id)).sort(),
    );
    expect(tables).toHaveLength(3 * (EXPORT_TABLE_IDS.length - own.length));
    for (const [id, entry] of Object.entries(MORE_EXPORT_TABLES)) {
      expect(entry.build(document, { language: 'nb', role: 'owner', solver })?.id).toBe(id);
    }
  });

  it('says which tables need the LP solver', () => {
    expect(MORE_EXPORT_TABLES['cost-sharing'].needsSolver(document, undefined)).toBe(true);
    expect(MORE_EXPORT_TABLES.fairness.needsSolver(document, 'nope')).toBe(false);
    expect(MORE_EXPORT_TABLES['cash-flows'].needsSolver(document, 'administrative-tjenester')).toBe(false);
    expect(MORE_EXPORT_TABLES.people.needsSolver(document, undefined)).toBe(false);
  });

  it('keeps Excel’s sheet rules, one name per table in each language', () => {
    for (const language of LANGUAGES) {
      const names = tables
        .filter((_, i) => Math.floor(i / 10) === LANGUAGES.indexOf(language))
        .map((t) => t.sheetName);
      expect(new Set(names).size).toBe(names.length);
    }
    for (const table of tables) {
      expect(table.sheetName.length).toBeLessThanOrEqual(31);
      expect(table.sheetName).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('gives every row as many cells as there are columns, and only known formats', () => {
    for (const table of tables) {
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
      for (const column of table.columns) expect(FORMATS).toContain(column.format);
    }
  });

  it('never uses a code name or a municipality number as a header, and never NaN or an infinite number', () => {
    for (const table of tables) {
      for (const { header } of table.columns) {
        expect(header.trim()).not.toBe('');
        expect(header).not.toMatch(/\b50\d\d\b|[a-z]+[A-Z][a-z]+|[a-z]+-[a-z]+-[a-z]+|_/);
      }
      for (const row of table.rows)
        for (const cell of row) if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
    }
  });

  it('has nothing to show for a case without scenarios, where a table is a scenario’s', () => {
    const empty = { ...document, scenarios: [] };
    for (const id of [
      'cash-flows',
      'budget-view',
      'socio-economic-view',
      'cost-sharing',
      'fairness',
    ] as const)
      expect(MORE_EXPORT_TABLES[id].build(empty, { language: 'nb', role: 'owner', solver })).toBeNull();
  });
});
