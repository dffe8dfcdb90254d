import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import type { BaselineRow } from '../../case/schema/baseline.ts';
import { draftFromDocument } from './baseline-draft.ts';
import { rebaseDraft } from './rebase-draft.ts';

describe('rebaseDraft', () => {
  const base = defaultCase().baseline;
  const saved = draftFromDocument(defaultCase());

  it("keeps the user's changed fields and takes the rest from the newer revision", () => {
    const userDraft = saved.map((row, index) => (index === 2 ? { ...row, fte: '4,9' } : row));
    const newer: BaselineRow[] = base.map((row, index) =>
      index === 0 ? { ...row, labourCost: 5_600_000 as BaselineRow['labourCost'] } : row,
    );
    const result = rebaseDraft(base, saved, userDraft, newer);
    expect(result.draft[2]?.fte).toBe('4,9');
    expect(result.draft[0]?.labourCost).toBe(result.saved[0]?.labourCost);
    expect(result.saved[0]?.labourCost).not.toBe(saved[0]?.labourCost);
    expect(result.overlaps).toEqual([]);
  });

  it('reports fields both sides changed, keeping what the user typed', () => {
    const userDraft = saved.map((row, index) => (index === 2 ? { ...row, fte: '4,9' } : row));
    const newer: BaselineRow[] = base.map((row, index) =>
      index === 2 ? { ...row, fte: 5.6 as BaselineRow['fte'] } : row,
    );
    const result = rebaseDraft(base, saved, userDraft, newer);
    expect(result.draft[2]?.fte).toBe('4,9');
    expect(result.overlaps).toEqual([{ index: 2, field: 'fte' }]);
  });

  it('matches rows by area, municipality and scope, not position', () => {
    const userDraft = saved.map((row, index) => (index === 2 ? { ...row, fte: '4,9' } : row));
    const newer = [...base].reverse();
    const result = rebaseDraft(base, saved, userDraft, newer);
    const skaun = newer.findIndex((row) => row === base[2]);
    expect(result.draft[skaun]?.fte).toBe('4,9');
  });
});
