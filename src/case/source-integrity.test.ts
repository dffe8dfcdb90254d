import { describe, expect, it } from 'vitest';
import { defaultCase } from './default-case/default-case.ts';
import type { BaselineRow } from './schema/baseline.ts';
import type { CaseDocument } from './schema/case-document.ts';
import { checkSourceIntegrity } from './source-integrity.ts';

const ENTRY = { by: 'Kari Nordmann', at: '2026-12-03T17:00:00.000Z' };
const MELHUS = '5028';

/** Melhus' central payroll row and its index: the saksframlegg's table gives 5 200 000 kr. */
function melhusPayroll(document: CaseDocument): { row: BaselineRow; index: number } {
  const index = document.baseline.findIndex(
    (r) =>
      r.areaId === 'lonn-regnskap-fakturering' && r.municipalityNumber === MELHUS && r.scope === 'central',
  );
  const row = document.baseline[index];
  if (!row) throw new Error('row missing');
  return { row, index };
}

function edited(change: (row: BaselineRow) => void): {
  base: CaseDocument;
  next: CaseDocument;
  index: number;
} {
  const base = defaultCase();
  const next = structuredClone(base);
  const { row, index } = melhusPayroll(next);
  change(row);
  return { base, next, index };
}

describe('checkSourceIntegrity', () => {
  it('refuses a changed figure that keeps its old source, naming the field', () => {
    const { base, next, index } = edited((row) => {
      row.labourCost = 5_300_000 as typeof row.labourCost;
    });
    const result = checkSourceIntegrity(base, next, ENTRY, 'nb');
    expect(result.issues).toEqual([
      {
        path: `baseline[${index}].labourCost`,
        code: 'source_not_updated',
        message: 'Oppgi ny kilde for tallet eller merk det som egen verdi',
      },
    ]);
    expect(checkSourceIntegrity(base, next, ENTRY, 'nn').issues[0]?.message).toBe(
      'Oppgi ny kjelde for talet eller merk det som eigen verdi',
    );
  });

  it('refuses a changed figure whose source only claims the new value, or was dropped', () => {
    const restated = edited((row) => {
      row.fte = 6.5 as typeof row.fte;
      const source = row.sources.fte;
      if (source && 'document' in source) row.sources.fte = { ...source, statedValue: 6.5 };
    });
    expect(checkSourceIntegrity(restated.base, restated.next, ENTRY, 'en').issues.map((i) => i.path)).toEqual(
      [`baseline[${restated.index}].fte`],
    );
    const dropped = edited((row) => {
      row.fte = 6.5 as typeof row.fte;
      delete row.sources.fte;
    });
    expect(checkSourceIntegrity(dropped.base, dropped.next, ENTRY, 'en').issues).toHaveLength(1);
  });

  it('accepts a changed figure with a new source', () => {
    const { base, next } = edited((row) => {
      row.labourCost = 5_300_000 as typeof row.labourCost;
      row.sources.labourCost = { document: 'saksframlegg-bik2030', locator: 'Vedlegg 2, side 4' };
    });
    const result = checkSourceIntegrity(base, next, ENTRY, 'nb');
    expect(result.issues).toEqual([]);
    expect(result.document).toEqual(next);
  });

  it('accepts an own value and stamps it with the session user and server time, not the client’s', () => {
    const { base, next, index } = edited((row) => {
      row.labourCost = 5_300_000 as typeof row.labourCost;
      row.sources.labourCost = {
        entered: { by: 'Someone else', at: '2000-01-01T00:00:00.000Z' },
        note: 'Ny lønnsavtale',
      };
    });
    const result = checkSourceIntegrity(base, next, ENTRY, 'nb');
    expect(result.issues).toEqual([]);
    expect(result.document.baseline[index]?.sources.labourCost).toEqual({
      entered: ENTRY,
      note: 'Ny lønnsavtale',
    });
  });

  it('keeps an earlier own-value mark on an unchanged figure as it was', () => {
    const earlier = { by: 'Ola Nordmann', at: '2026-11-01T09:00:00.000Z' };
    const base = defaultCase();
    const { row } = melhusPayroll(base);
    row.sources.labourCost = { entered: earlier };
    const next = structuredClone(base);
    const nextRow = melhusPayroll(next).row;
    nextRow.sources.labourCost = { entered: { by: 'Forged', at: '2026-12-01T00:00:00.000Z' } };
    const result = checkSourceIntegrity(base, next, ENTRY, 'nb');
    expect(result.issues).toEqual([]);
    expect(melhusPayroll(result.document).row.sources.labourCost).toEqual({ entered: earlier });
  });

  it('accepts an unchanged document, and a figure cleared together with its source', () => {
    const base = defaultCase();
    expect(checkSourceIntegrity(base, structuredClone(base), ENTRY, 'nb')).toEqual({
      document: base,
      issues: [],
    });
    const cleared = edited((row) => {
      row.labourCost = null;
      delete row.sources.labourCost;
    });
    expect(checkSourceIntegrity(cleared.base, cleared.next, ENTRY, 'nb').issues).toEqual([]);
  });
});
