import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { parseCase } from '../../src/case/parse-case.ts';
import { shippedReferenceData } from '../../src/case/reference/reference-data.ts';
import type { CaseDocument } from '../../src/case/schema/case-document.ts';
import { baselineTemplate } from '../../src/documents/spreadsheet/baseline-template.ts';
import { importBaselineWorkbook } from '../../src/documents/spreadsheet/import-baseline-workbook.ts';
import type { Figure } from '../harness.ts';

/**
 * A case of all 357 municipalities (the shipped reference data) × the default case's 10 service areas, one
 * baseline row each with figures and a source: 3 570 rows.
 */
function nationalCase(fteOffset: number): CaseDocument {
  const base = defaultCase();
  const municipalities = shippedReferenceData().municipalities;
  const source = base.sources[0]?.id ?? 'saksframlegg';
  const raw = {
    ...base,
    participants: municipalities.map((m) => ({ municipalityNumber: m.number, name: m.name, population: [] })),
    baseline: municipalities.flatMap((m, i) =>
      base.serviceAreas.map((area, j) => {
        const fte = 1 + ((i * 7 + j * 3) % 40) / 4 + (j === 0 ? fteOffset : 0);
        return {
          areaId: area.id,
          municipalityNumber: m.number,
          scope: 'central',
          budgetYear: 2025,
          fte,
          headcount: null,
          labourCost: Math.round(fte * 800_000),
          ages: { kind: 'range', min: 25, max: 66 },
          otherCosts: [],
          sources: { labourCost: { document: source, locator: 'Tabell 1' } },
        };
      }),
    ),
    documentedTotals: [],
  };
  const parsed = parseCase(raw);
  if (!parsed.success) throw new Error(`national case: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.data;
}

/** Read the .xlsx, validate every row and the whole case, and list the changes (357 FTE changes here). */
export const importBaseline357x10: Figure = {
  name: 'import baseline workbook, 357 municipalities × 10 areas: read + validate + diff',
  iterations: 10,
  warmup: 2,
  async prepare() {
    const bytes = await baselineTemplate(nationalCase(0.5), 'nb');
    const current = nationalCase(0);
    const entry = { by: 'Benk', at: '2026-01-01T00:00:00.000Z' };
    return async () => {
      const result = await importBaselineWorkbook(bytes, current, entry, 'nb');
      if (!result.ok || result.changes.length === 0) throw new Error('the benchmark import failed');
      return result;
    };
  },
};
