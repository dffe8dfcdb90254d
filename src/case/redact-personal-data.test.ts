import { describe, expect, it } from 'vitest';
import { defaultCase } from './default-case/default-case.ts';
import { redactPersonalData } from './redact-personal-data.ts';
import type { CaseDocument } from './schema/case-document.ts';

const doc = defaultCase();

function pathsOf(document: CaseDocument, areaId: string, scope = 'central'): string[] {
  return document.baseline.flatMap((row, index) =>
    row.areaId === areaId && row.scope === scope ? [`baseline[${index}].ages`] : [],
  );
}

describe('redactPersonalData on the default case', () => {
  const { document, suppressed } = redactPersonalData(doc);

  it('withholds the ages of the switchboard (0.8, 1, 0.8 FTE) and archive (1.7, 3.7, 2.5 FTE) groups', () => {
    const expected = [...pathsOf(doc, 'sentralbord'), ...pathsOf(doc, 'arkiv-postmottak')];
    expect(expected).toHaveLength(6);
    expect(suppressed).toEqual(expected);
    for (const path of expected) {
      const index = Number(/\[(\d+)\]/.exec(path)?.[1]);
      expect(document.baseline[index]?.ages).toBeNull();
    }
  });

  it('withholds the ages the source states too, keeping where they come from', () => {
    for (const path of suppressed) {
      const index = Number(/\[(\d+)\]/.exec(path)?.[1]);
      const source = document.baseline[index]?.sources.ages;
      expect(source).toBeDefined();
      expect(source).not.toHaveProperty('statedValue');
    }
    const payroll = document.baseline.find((row) => row.areaId === 'lonn-regnskap-fakturering');
    expect(payroll?.sources.ages).toHaveProperty('statedValue');
  });

  it('shows the payroll ages: 5.0, 6.2 and 6.4 FTE are at least 5 persons each', () => {
    const payroll = document.baseline.filter(
      (row) => row.areaId === 'lonn-regnskap-fakturering' && row.scope === 'central',
    );
    expect(payroll.map((row) => row.ages)).toEqual([
      { kind: 'range', min: 30, max: 60 },
      { kind: 'range', min: 47, max: 66 },
      { kind: 'range', min: 59, max: 66 },
    ]);
  });

  it('does not list ages that are missing anyway (Melhus’s decentral row)', () => {
    expect(
      suppressed.some((path) => pathsOf(doc, 'lonn-regnskap-fakturering', 'decentral').includes(path)),
    ).toBe(false);
  });

  it('keeps the figures that are not personal and leaves the input unchanged', () => {
    expect(document.baseline.map((row) => [row.fte, row.labourCost])).toEqual(
      doc.baseline.map((row) => [row.fte, row.labourCost]),
    );
    expect(doc.baseline.filter((row) => row.ages !== null)).toHaveLength(9);
  });
});

describe('redactPersonalData with a known headcount', () => {
  const withHeadcount = (headcount: number): CaseDocument => ({
    ...doc,
    baseline: doc.baseline.map((row, index) => (index === 0 ? { ...row, headcount } : row)),
  });

  it('withholds the ages of a group of 4 persons even when its FTE (6.2) suggests more', () => {
    expect(redactPersonalData(withHeadcount(4)).suppressed).toContain('baseline[0].ages');
  });

  it('shows the ages of a group of 7 persons', () => {
    const { document, suppressed } = redactPersonalData(withHeadcount(7));
    expect(suppressed).not.toContain('baseline[0].ages');
    expect(document.baseline[0]?.ages).toEqual({ kind: 'range', min: 30, max: 60 });
  });
});
