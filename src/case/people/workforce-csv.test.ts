import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { peopleView } from './people-view.ts';
import { workforceCsv } from './workforce-csv.ts';

const full = peopleView(defaultCase());
const rows = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'));

describe('workforceCsv (the export boundary)', () => {
  it('gives a reader ":" for every small group and no small group’s age', () => {
    const csv = workforceCsv(full, 'reader');
    const switchboard = rows(csv).filter((r) => r[0] === 'sentralbord');
    expect(switchboard.length).toBeGreaterThan(0);
    // Ages, departures and the joint unit (which may be 3 persons) are all withheld.
    for (const r of switchboard) expect(r.slice(5)).toEqual([':', ':', ':', ':']);
    for (const r of switchboard.filter((x) => x[1] !== 'joint')) expect(r[3]).toBe(':');
    const archive = rows(csv).filter((r) => r[0] === 'arkiv-postmottak' && r[1] !== 'joint');
    for (const r of archive) expect(r[3]).toBe(':');
    for (const age of [';51;', ';30;', ';40;', '32-65', '25-61', '27-47']) expect(csv).not.toContain(age);
    expect(csv).toContain('59-66');
  });

  it('gives the editor the ages as entered', () => {
    const csv = workforceCsv(full, 'editor');
    expect(csv).toContain(';51;');
    expect(csv).toContain('32-65');
    expect(csv).not.toMatch(/;:(;|\r)/);
  });
});
