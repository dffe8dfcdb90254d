/**
 * From what the case says about a group (FTE, headcount, ages as a range, a single figure or bands) to a
 * list of persons, each with the ages they may have. Nothing is invented silently: a headcount derived
 * from FTE and a single age applied to several persons are reported as warnings.
 * @module
 */
import { smallestPossibleGroup } from '../privacy/small-groups.ts';

/** Ages as the source gives them: youngest and oldest, one figure, or counts per band (inclusive). */
export type AgeInfo =
  | { kind: 'range'; min: number; max: number }
  | { kind: 'single'; value: number }
  | { kind: 'bands'; bands: readonly { from: number; to: number; count: number }[] };

/** One group of staff, e.g. payroll and accounting in Skaun. `null` marks a figure the sources do not give. */
export interface WorkforceGroup {
  id: string;
  fte: number | null;
  headcount: number | null;
  ages: AgeInfo | null;
  /** FTE the scenario plans to remove from this group, if any. */
  targetReductionFte?: number;
}

/** Where the headcount used comes from. */
export type HeadcountBasis =
  /** The case gives it. */
  | 'given'
  /** The sum of the age bands. */
  | 'age-bands'
  /** The FTE rounded up: the fewest persons the FTE can be (nobody works more than one FTE). */
  | 'fte-lower-bound';

export type Path = (string | number)[];

export type WorkforceWarning =
  /** Headcount unknown: the projection uses the fewest persons the FTE allows, each working fte/headcount. */
  | { code: 'headcount-derived-from-fte'; headcount: number; fte: number; path: Path }
  /** One age figure for several persons: all are taken to be that age (the figure may be an average). */
  | { code: 'single-age-for-several-persons'; headcount: number; path: Path };

export interface MissingInput {
  code: 'missing-input';
  path: Path;
}

/** A group resolved into persons. */
export interface GroupPersons {
  headcount: number;
  basis: HeadcountBasis;
  /** FTE per person, fte / headcount; `null` when the FTE is unknown. */
  ftePerPerson: number | null;
  /** For each person, the whole ages (at the start) they may have, all equally likely. */
  persons: number[][];
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function headcountOf(group: WorkforceGroup): { headcount: number; basis: HeadcountBasis } | null {
  if (group.headcount !== null) return { headcount: group.headcount, basis: 'given' };
  if (group.ages?.kind === 'bands') {
    return { headcount: group.ages.bands.reduce((s, b) => s + b.count, 0), basis: 'age-bands' };
  }
  if (group.fte !== null) return { headcount: smallestPossibleGroup(group), basis: 'fte-lower-bound' };
  return null;
}

/**
 * The persons' possible ages. A range names the youngest and the oldest, so with two or more persons one
 * is the minimum, one the maximum and the others uniform over the whole ages between (inclusive); a
 * single person in a range is uniform over it. Bands spread their count uniformly over the band.
 */
function agesOf(ages: AgeInfo, headcount: number): number[][] {
  switch (ages.kind) {
    case 'single':
      return Array.from({ length: headcount }, () => [ages.value]);
    case 'range': {
      if (headcount < 2) return Array.from({ length: headcount }, () => span(ages.min, ages.max));
      const inner = Array.from({ length: headcount - 2 }, () => span(ages.min, ages.max));
      return [[ages.min], [ages.max], ...inner];
    }
    case 'bands':
      return ages.bands.flatMap((b) => Array.from({ length: b.count }, () => span(b.from, b.to)));
  }
}

/**
 * Resolves a group into persons: headcount as given, else the sum of the age bands, else the FTE rounded
 * up (as `smallestPossibleGroup` in privacy/small-groups, and warned). Missing ages, or neither headcount
 * nor FTE, give `null` and a missing input.
 * @example groupPersons({ id: 'payroll-5029', fte: 5, headcount: null, ages: { kind: 'range', min: 59, max: 66 } }, ['groups', 2]).persons?.headcount // → 5
 */
export function groupPersons(
  group: WorkforceGroup,
  path: Path,
): { persons: GroupPersons | null; warnings: WorkforceWarning[]; missing: MissingInput[] } {
  const warnings: WorkforceWarning[] = [];
  const missing: MissingInput[] = [];
  const count = headcountOf(group);
  if (count === null) missing.push({ code: 'missing-input', path: [...path, 'headcount'] });
  if (group.ages === null) missing.push({ code: 'missing-input', path: [...path, 'ages'] });
  if (count === null || group.ages === null) return { persons: null, warnings, missing };
  if (group.fte === null) missing.push({ code: 'missing-input', path: [...path, 'fte'] });
  if (count.basis === 'fte-lower-bound' && group.fte !== null) {
    warnings.push({ code: 'headcount-derived-from-fte', headcount: count.headcount, fte: group.fte, path });
  }
  if (group.ages.kind === 'single' && count.headcount > 1) {
    warnings.push({ code: 'single-age-for-several-persons', headcount: count.headcount, path });
  }
  const ftePerPerson = group.fte === null || count.headcount === 0 ? null : group.fte / count.headcount;
  const persons = { ...count, ftePerPerson, persons: agesOf(group.ages, count.headcount) };
  return { persons, warnings, missing };
}
