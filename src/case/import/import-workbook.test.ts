import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import type { CellValue, SheetGrid } from './cells.ts';
import { importWorkbook } from './import-workbook.ts';
import { SHEET_COLUMNS, SHEET_IDS, SHEET_NAMES, type SheetId } from './sheet-layout.ts';
import { templateRows } from './template-rows.ts';

const entry = { by: 'Kari', at: '2026-03-01T10:00:00.000Z' };

/** The template of the default case as grids, in `language`, with `extra` rows appended per sheet. */
function grids(
  language: 'nb' | 'nn' | 'en',
  extra: Partial<Record<SheetId, CellValue[][]>> = {},
): SheetGrid[] {
  const rows = templateRows(defaultCase(), language);
  return SHEET_IDS.map((sheet) => ({
    name: SHEET_NAMES[sheet][language],
    rows: [SHEET_COLUMNS[sheet].map((c) => c.header[language]), ...rows[sheet], ...(extra[sheet] ?? [])],
  }));
}

describe('importWorkbook', () => {
  it('adds a volume measure and call counts from the Volum and Anrop sheets', () => {
    const base = defaultCase();
    const scenario = base.scenarios[0];
    const area = scenario?.areas[0];
    if (!scenario || !area) throw new Error('the default case has a scenario with an area');
    const result = importWorkbook(
      grids('nn', {
        volumes: [[scenario.id, null, area.areaId, null, '5029', null, 'lønnsslipper', '9 500']],
        calls: [
          ['5028', null, 'måndag', '08:00', 12],
          ['5028', null, 'Tuesday', 0.375, 7.5],
        ],
      }),
      base,
      entry,
      'nb',
    );
    if (!result.ok) throw new Error(result.issues.map((i) => i.text).join('\n'));
    expect(result.changes.map((c) => [c.kind, c.sheet, c.field, c.afterText])).toEqual([
      ['added', 'volumes', 'lønnsslipper', '9 500'.replace(' ', '\u00a0')],
      ['added', 'calls', 'anrop', '12'],
      ['added', 'calls', 'anrop', '7,50'],
    ]);
    const updated = result.document.scenarios[0]?.areas[0]?.volumes;
    expect(updated).toEqual({ '5029': { lønnsslipper: 9500 } });
    const melhus = result.document.people.switchboard.municipalities.find(
      (m) => m.municipalityNumber === '5028',
    );
    expect(melhus?.calls).toEqual([
      { weekday: 1, startMinute: 480, calls: 12 },
      { weekday: 2, startMinute: 540, calls: 7.5 },
    ]);
  });

  it('collects every problem of every sheet, and a missing column, each placed', () => {
    const broken = grids('nb', {
      volumes: [['finnes-ikke', null, 'x', null, '5029', null, 'm', 1]],
      calls: [['5028', null, 'fredagskveld', '08:00', 1]],
    });
    const baseline = broken[0];
    if (baseline) baseline.rows[0] = baseline.rows[0]?.filter((header) => header !== 'Merknad') ?? [];
    const result = importWorkbook(broken, defaultCase(), entry, 'en');
    expect(result.ok ? [] : result.issues.map((i) => i.text)).toEqual([
      'Sheet Grunnlag, row 1, column Notes: The column is missing; use the template from Flokk',
      'Sheet Volum, row 2, column Scenario-id (nøkkel): The case has no scenario “finnes-ikke”',
      'Sheet Anrop, row 2, column Ukedag (nøkkel): Unknown value “fredagskveld”; use one of: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday',
    ]);
  });
});
