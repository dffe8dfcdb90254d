/**
 * Withholds what would reveal the ages of persons in small groups before a people view leaves for anyone
 * who did not enter the data. A group that may have fewer than 5 persons loses its ages and its projected
 * departures (which follow from the ages); then secondary suppression withholds further groups, or the
 * joint unit, wherever the joint figure minus the published groups would give a withheld group back.
 * @module
 */
import { type CellRef, secondarySuppression } from '../../engine/privacy/aggregate-suppression.ts';
import type { PeopleView } from './people-view.ts';
import type { WorkforceArea, WorkforceUnit } from './workforce-projection.ts';

/** Who is looking: editors and owners entered the data and see it as entered. */
export type ViewerRole = 'owner' | 'editor' | 'reader' | 'public';

const withheld = (unit: WorkforceUnit): WorkforceUnit => ({
  ...unit,
  ages: null,
  years: null,
  fullyCoveredYear: null,
  simulatedCumulativeFte: null,
});

/**
 * The groups (by index) and whether the joint unit must be withheld in one area. The area is a one-row
 * table of headcounts with the joint unit as its row total; see `secondarySuppression`.
 */
export function suppressedInArea(area: WorkforceArea): { groups: number[]; joint: boolean } {
  const primary: CellRef[] = area.groups.flatMap((g, i) =>
    g.belowMinimumGroupSize ? [{ row: 0, column: i }] : [],
  );
  const jointSmall = area.joint?.belowMinimumGroupSize ?? false;
  if (area.joint !== null && jointSmall) primary.push({ row: 0, column: 'total' });
  if (primary.length === 0) return { groups: [], joint: false };
  const table = {
    cells: [area.groups.map((g) => g.headcount)],
    rowTotals: area.joint !== null,
    columnTotals: false,
  };
  const extra = area.groups.length > 0 ? secondarySuppression(table, primary).cells : [];
  const all = [...primary, ...extra];
  return {
    groups: all.flatMap((c) => (typeof c.column === 'number' ? [c.column] : [])),
    joint: area.joint !== null && all.some((c) => c.column === 'total'),
  };
}

/**
 * The view as `role` may see it: unchanged for editors and owners; otherwise small groups and anything
 * that would let them be recovered by subtraction withheld and listed in `suppressed`.
 * @example redactWorkforce(peopleView(defaultCase()), 'reader').suppressed // → ['workforce.areas[1].groups[0]', …]
 */
export function redactWorkforce(view: PeopleView, role: ViewerRole): PeopleView {
  if (role === 'owner' || role === 'editor') return view;
  const suppressed: string[] = [];
  const areas = view.workforce.areas.map((area, a) => {
    const hide = suppressedInArea(area);
    const groups = area.groups.map((g, i) => {
      if (!hide.groups.includes(i)) return g;
      suppressed.push(`workforce.areas[${a}].groups[${i}]`);
      return withheld(g);
    });
    let joint = area.joint;
    if (joint !== null && hide.joint) {
      suppressed.push(`workforce.areas[${a}].joint`);
      joint = withheld(joint);
    }
    return { ...area, groups, joint };
  });
  return { ...view, workforce: { ...view.workforce, areas }, suppressed };
}
