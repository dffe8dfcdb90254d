import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { parseCase } from '../../../case/parse-case.ts';
import {
  applyMilestoneDrafts,
  countChanges,
  milestoneDrafts,
  validateMilestoneDrafts,
} from './milestone-draft.ts';

describe('milestone draft', () => {
  it('applies a changed date and status and keeps the document valid', () => {
    const document = defaultCase();
    const saved = milestoneDrafts(document.milestones);
    const draft = saved.map((d) =>
      d.id === 'adm-oppstart' ? { ...d, date: '2027-02', status: 'moved' as const } : d,
    );
    expect(countChanges(saved, draft)).toBe(1);
    expect(validateMilestoneDrafts(draft)).toEqual([]);
    const next = applyMilestoneDrafts(document, draft);
    expect(next.milestones.find((m) => m.id === 'adm-oppstart')).toMatchObject({
      date: '2027-02',
      status: 'moved',
    });
    expect(parseCase(next).success).toBe(true);
  });

  it('names the milestone and field of an invalid date', () => {
    const draft = milestoneDrafts(defaultCase().milestones).map((d) =>
      d.id === 'sam-oppstart' ? { ...d, date: '2027-13' } : d,
    );
    expect(validateMilestoneDrafts(draft)).toEqual([
      { id: 'sam-oppstart', field: 'date', kind: 'invalidDate' },
    ]);
  });
});
