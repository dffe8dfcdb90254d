import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { membershipChanges, populationAt } from './operations-inputs.ts';

describe('populationAt', () => {
  const document = defaultCase();
  const melhus = document.participants.find((p) => p.municipalityNumber === '5028');
  melhus?.population.push({
    value: 17828,
    referenceDate: '2026-01-01',
    source: { document: 'ssb-07459', locator: 'Folkemengde 1. januar 2026' },
  });

  it('uses the figure at 1 January of the budget year when the case has it', () => {
    expect(populationAt(document, '5028', 2026)).toEqual({
      municipality: '5028',
      wanted: '2026-01-01',
      used: '2026-01-01',
      value: 17828,
    });
  });

  it('else the latest before it, saying which date', () => {
    expect(populationAt(document, '5028', 2027)?.used).toBe('2026-01-01');
    expect(populationAt(document, '5029', 2027)).toMatchObject({ used: '2025-01-01', value: 8521 });
  });

  it('else none, never a later figure', () => {
    expect(populationAt(document, '5028', 2024)).toEqual({
      municipality: '5028',
      wanted: '2024-01-01',
      used: null,
      value: null,
    });
  });
});

describe('membershipChanges', () => {
  it('keeps a member joining mid-year and turns notice into an exit date by the unit’s notice months', () => {
    const unit = {
      members: [
        { municipality: '5027', joins: '2027-08-01' },
        { municipality: '5028' },
        { municipality: '5029', noticeGiven: '2027-01-31' },
      ],
      noticeMonths: { value: 1, provenance: { placeholder: {} } },
    } as unknown as Parameters<typeof membershipChanges>[0];
    // One month after 31 January is the last day of February.
    expect(membershipChanges(unit)).toEqual([
      { municipality: '5027', joins: '2027-08-01' },
      { municipality: '5029', leaves: '2027-02-28' },
    ]);
  });
});
