/**
 * Protection of employees' personal data: traits such as ages are withheld for groups so small that a
 * person could be recognised. The threshold of 5 follows the common practice for personnel statistics
 * (SSB and KS suppress cells under 5); the issue sets it for Flokk.
 * @module
 */

/** Groups smaller than this have their ages and other traits withheld. */
export const MINIMUM_GROUP_SIZE = 5;

export interface GroupSizeFigures {
  headcount: number | null;
  fte: number | null;
}

/**
 * The smallest number of persons the group can have: the headcount where known, otherwise the FTE rounded
 * up (nobody works more than one FTE), otherwise 0.
 * @example smallestPossibleGroup({ headcount: null, fte: 2.5 }) // → 3
 */
export function smallestPossibleGroup(group: GroupSizeFigures): number {
  if (group.headcount !== null) return group.headcount;
  // FTE figures like 5.0000000001 come from float arithmetic, not a sixth person.
  if (group.fte !== null) return Math.ceil(group.fte - 1e-9);
  return 0;
}

/** True when the group may be smaller than `MINIMUM_GROUP_SIZE` persons, so its traits must be withheld. */
export function mustSuppressTraits(group: GroupSizeFigures, threshold = MINIMUM_GROUP_SIZE): boolean {
  return smallestPossibleGroup(group) < threshold;
}
