import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { redactWorkforce } from '../people/redact-workforce.ts';
import { peopleView } from '../people/people-view.ts';
import { workforceProjection } from '../people/workforce-projection.ts';
import { explainFigure } from './explain-figure.ts';
import { walkExplanations } from './walk-explanations.test-helpers.ts';

const LRF = 'lonn-regnskap-fakturering';

describe('departure figures', () => {
  it('explains Skaun’s departures in 2026 by hand (high bound: everybody leaves at the first retirement age)', () => {
    // Skaun: 5 FTE, ages 59–66, no headcount → 5 persons: one 59, one 66, three uniform over 59…66.
    // In 2026 the 66-year-old turns 67 and leaves (1); each of the three leaves if 61 (turns 62) or 66
    // (turns 67): 2 of 8 ages, 3 × 0.25 = 0.75. Persons 1.75, FTE per person 5 / 5 = 1, so 1.75 FTE.
    const document = defaultCase();
    const id = `people:${LRF}/5029/high/departed-fte/2026`;
    const figure = explainFigure(document, id, { caseId: 'c' });
    expect(figure?.value).toBeCloseTo(1.75, 12);
    expect(figure?.label).toBe(
      'Årsverk gått av til og med 2026, Skaun, Lønn, regnskap og fakturering (høyt anslag)',
    );
    const departures = explainFigure(document, `people:${LRF}/5029/high/departures/2026`, { caseId: 'c' });
    expect(departures?.value).toBeCloseTo(1.75, 12);
    const headcount = explainFigure(document, `people:${LRF}/5029/headcount`, { caseId: 'c' });
    expect(headcount?.value).toBe(5);
    expect(headcount?.inputs.map((x) => x.value)).toEqual([5]);
  });

  it('gives the values the people page shows, for every shown unit, year and bound', () => {
    const document = defaultCase();
    const shown = redactWorkforce(peopleView(document), 'reader').workforce;
    let compared = 0;
    for (const area of shown.areas) {
      // A joint unit whose groups are all withheld is shown as a total, but its explanation would need them.
      const groupsShown = area.groups.every((g) => g.years !== null);
      for (const unit of [...area.groups, ...(area.joint ? [area.joint] : [])])
        for (const y of unit.years ?? [])
          for (const bound of ['low', 'high'] as const) {
            const id = `people:${area.areaId}/${unit.id}/${bound}/departed-fte/${y.year}`;
            const value = explainFigure(document, id, { caseId: 'c' })?.value ?? null;
            expect(value, id).toBe(
              unit.id === 'joint' && !groupsShown ? null : y.cumulativeDepartedFte[bound],
            );
            compared++;
          }
    }
    // Lønn: 3 groups and the joint unit; arkiv: the joint unit (withheld explanation); 10 years, 2 bounds.
    expect(compared).toBe(5 * 10 * 2);
    expect(workforceProjection(document).areas.length).toBe(shown.areas.length);
  });

  it('withholds every explanation the people page withholds: groups under 5 persons and what reveals them', () => {
    const document = defaultCase();
    for (const id of [
      'people:sentralbord/5027/low/departed-fte/2026',
      'people:sentralbord/joint/high/departed-fte/2035',
      'people:sentralbord/5028/ages/0',
      'people:sentralbord/5028/headcount',
      'people:arkiv-postmottak/5028/high/retirements/2026',
      'people:arkiv-postmottak/joint/high/departures/2026',
    ])
      expect(explainFigure(document, id, { caseId: 'c' }), id).toBeNull();
  });

  it('walks the joint unit down to the ages and assumptions, every formula giving its value', () => {
    const document = defaultCase();
    for (const bound of ['low', 'high'])
      for (const language of ['nb', 'nn', 'en'] as const) {
        const all = walkExplanations(document, `people:${LRF}/joint/${bound}/departed-fte/2035`, language);
        expect(
          all.every((f) => !f.id.startsWith('people:sentralbord') && !f.id.startsWith('people:arkiv')),
        ).toBe(true);
        const share = all.find((f) => f.id === `people:assumptions/${bound}/earlyRetirementShare`);
        expect(share?.value).toBe(bound === 'low' ? 0 : 1);
        expect(share?.field?.provenance.kind).toBe('placeholder');
        const age = all.find((f) => f.id === `people:${LRF}/5028/ages/1`);
        expect(age?.value).toBe(66);
        expect(age?.field?.provenance).toMatchObject({ kind: 'source' });
      }
  });
});
