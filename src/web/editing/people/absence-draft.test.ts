import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { parseCase } from '../../../case/parse-case.ts';
import { absenceDraft, absenceId, applyAbsenceDraft } from './absence-draft.ts';

const placeholder = { mode: 'placeholder', document: '', locator: '', toBeSetBy: 'Testeier' } as const;

describe('absence draft', () => {
  it('has one empty row per area and municipality with central staff', () => {
    const rows = absenceDraft(defaultCase());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => Object.values(r.values).every((v) => v === ''))).toBe(true);
  });

  it('writes percent as shares as a placeholder, leaves empty rows out and reports a half-filled row', () => {
    const [first, second, ...rest] = absenceDraft(defaultCase());
    if (!first || !second) throw new Error('the default case has central rows');
    const rows = [
      { ...first, values: { sickLeave: '6,5', holidays: '10', other: '' } },
      { ...second, values: { sickLeave: '', holidays: '10', other: '' } },
      ...rest,
    ];
    const { document, problems } = applyAbsenceDraft(defaultCase(), rows, placeholder);
    expect(problems.map((p) => [p.fieldId, p.kind])).toEqual([
      [absenceId(second, 'sickLeave'), 'missingPart'],
    ]);
    expect(document.people.absenceRates).toEqual([
      {
        areaId: first.areaId,
        municipalityNumber: first.municipalityNumber,
        sickLeave: 0.065,
        holidays: 0.1,
        other: 0,
        provenance: { placeholder: { toBeSetBy: 'Testeier' } },
      },
    ]);
    expect(parseCase(document).success).toBe(true);
  });
});
